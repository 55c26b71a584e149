package org.gongkai.broadcast.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gongkai.broadcast.Terminal;
import org.gongkai.platform.region.Agency;
import org.gongkai.platform.region.AgencyKind;
import org.gongkai.platform.region.ImportResult;
import org.gongkai.platform.region.Region;
import org.gongkai.platform.region.RegionLevel;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;

/** A slice of the demo county 灵川县 (450323): two townships, their villages and a hamlet, agencies and actors. */
final class Fixtures {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-07-01 10:00 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, SHANGHAI);

    static final String COUNTY = "450323";
    static final String LINGCHUAN = "450323100";
    static final String DAXU = "450323101";
    static final String FENGYUAN = "450323100201";
    static final String DAXU_VILLAGE = "450323101201";
    static final String DAXU_HAMLET = "450323101201001";

    static final List<Region> REGIONS = List.of(
            new Region(COUNTY, "灵川县", RegionLevel.COUNTY, null),
            new Region(LINGCHUAN, "灵川镇", RegionLevel.TOWNSHIP, COUNTY),
            new Region(DAXU, "大圩镇", RegionLevel.TOWNSHIP, COUNTY),
            new Region(FENGYUAN, "凤源村", RegionLevel.VILLAGE, LINGCHUAN),
            new Region(DAXU_VILLAGE, "大圩村", RegionLevel.VILLAGE, DAXU),
            new Region(DAXU_HAMLET, "上屯", RegionLevel.HAMLET, DAXU_VILLAGE));

    static final List<Agency> AGENCIES = List.of(
            new Agency("LC-GKB", "灵川县人民政府办公室（政务公开办）", "政务公开办", AgencyKind.OPENNESS_OFFICE, "LC-GOV", COUNTY, true),
            new Agency("LC-T-100", "灵川镇人民政府", "灵川镇", AgencyKind.TOWNSHIP_GOVERNMENT, "LC-GOV", LINGCHUAN, true),
            new Agency("LC-T-101", "大圩镇人民政府", "大圩镇", AgencyKind.TOWNSHIP_GOVERNMENT, "LC-GOV", DAXU, true),
            new Agency("LC-YJGLJ", "灵川县应急管理局", "应急管理局", AgencyKind.DEPARTMENT, "LC-GOV", COUNTY, true),
            new Agency("LC-QXJ", "灵川县气象局", "气象局", AgencyKind.DEPARTMENT, "LC-GOV", COUNTY, true),
            new Agency("LC-JYJ", "灵川县教育局", "教育局", AgencyKind.DEPARTMENT, "LC-GOV", COUNTY, true));

    static final Map<String, Terminal> TERMINALS = Map.of(
            "T-DX-1", new Terminal("T-DX-1", "上屯喇叭", DAXU_HAMLET, "mqtt", Map.of()),
            "T-LC-1", new Terminal("T-LC-1", "凤源村喇叭", FENGYUAN, "mqtt", Map.of()));
    static final Function<String, Optional<Terminal>> TERMINAL_LOOKUP = id -> Optional.ofNullable(TERMINALS.get(id));

    static Actor actor(String username, String agency, Role... roles) {
        return new Actor(username, agency, java.util.Arrays.stream(roles).map(Role::id).collect(
                java.util.stream.Collectors.toSet()));
    }

    static final Actor DAXU_EDITOR = actor("editor", "LC-T-101", Role.BROADCAST_EDITOR);
    static final Actor DAXU_REVIEWER = actor("dx-review", "LC-T-101", Role.BROADCAST_REVIEWER);
    static final Actor LINGCHUAN_REVIEWER = actor("lc-review", "LC-T-100", Role.BROADCAST_REVIEWER);
    static final Actor COUNTY_EDITOR = actor("county-editor", "LC-GKB", Role.BROADCAST_EDITOR);
    static final Actor COUNTY_REVIEWER = actor("approver", "LC-GKB", Role.BROADCAST_REVIEWER);
    static final Actor OFFICER = actor("officer", "LC-YJGLJ", Role.EMERGENCY_OFFICER);
    static final Actor WEATHER_OFFICER = actor("weather", "LC-QXJ", Role.EMERGENCY_OFFICER);
    static final Actor SCHOOL_OFFICER = actor("school", "LC-JYJ", Role.EMERGENCY_OFFICER);

    static final RegionService REGION_SERVICE = new RegionService() {
        @Override
        public List<Region> regions() {
            return REGIONS;
        }

        @Override
        public List<Region> children(String parentCode) {
            return REGIONS.stream().filter(r -> java.util.Objects.equals(r.parentCode(), parentCode)).toList();
        }

        @Override
        public Optional<Region> region(String code) {
            return REGIONS.stream().filter(r -> r.code().equals(code)).findFirst();
        }

        @Override
        public long childCount(String code) {
            return children(code).size();
        }

        @Override
        public List<Agency> agencies() {
            return AGENCIES;
        }

        @Override
        public Optional<Agency> agency(String code) {
            return AGENCIES.stream().filter(a -> a.code().equals(code)).findFirst();
        }

        @Override
        public Agency saveAgency(Actor actor, Agency agency) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportResult importRegions(Actor actor, String csv) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportResult importAgencies(Actor actor, String csv) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Set<String>> visibleAgencies(Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean canSee(Actor actor, String agencyCode) {
            throw new UnsupportedOperationException();
        }
    };

    static TargetScope scope() {
        return new TargetScope(REGION_SERVICE, TERMINAL_LOOKUP);
    }

    static QualityCheck quality() {
        return new QualityCheck(60, 1500, 600, 4.0, ForbiddenWords.parse("赌博\n# comment line\n六合彩，传销"));
    }

    private Fixtures() {
    }
}
