package org.gongkai.platform.internal.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.gongkai.platform.FieldError;
import org.gongkai.platform.Inputs;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.audit.AuditActions;
import org.gongkai.platform.audit.AuditTrail;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.SchemaReady;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.region.Agency;
import org.gongkai.platform.region.AgencyKind;
import org.gongkai.platform.region.ImportResult;
import org.gongkai.platform.region.Region;
import org.gongkai.platform.region.RegionLevel;
import org.gongkai.platform.region.RegionService;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Regions, agencies, their CSV import (all or nothing) and the agency-scope rule. */
@Component(service = RegionService.class)
public class RegionServiceImpl implements RegionService {
    static final int MAX_IMPORT_ROWS = 100_000;
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9_-]{2,40}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final RegionStore store;
    private final Transactions tx;
    private final AuditTrail audit;
    /**
     * Agencies change rarely and are read on every scoped request: a snapshot, dropped on this node's writes and
     * reloaded after {@link #SNAPSHOT_MILLIS} (another node's change shows within that time).
     */
    private volatile AgencySnapshot snapshot;
    static final long SNAPSHOT_MILLIS = 5_000;

    /** The agencies at one moment, with whether each sits at county level. */
    private record AgencySnapshot(List<Agency> agencies, Map<String, Agency> byCode, Map<String, Boolean> countyLevel,
            long loadedAt) {
    }

    @Activate
    public RegionServiceImpl(@Reference(target = "(osgi.jndi.service.name=gongkai)") DataSource dataSource,
            @Reference(target = "(" + SchemaReady.PROPERTY + "=platform)") SchemaReady schema,
            @Reference Transactions tx, @Reference AuditTrail audit) {
        this(new RegionStore(new Jdbc(dataSource)), tx, audit);
    }

    RegionServiceImpl(RegionStore store, Transactions tx, AuditTrail audit) {
        this.store = store;
        this.tx = tx;
        this.audit = audit;
    }

    @Override
    public List<Region> regions() {
        return store.regions();
    }

    @Override
    public List<Region> children(String parentCode) {
        return store.children(parentCode);
    }

    @Override
    public long childCount(String code) {
        return store.childCount(code);
    }

    @Override
    public Optional<Region> region(String code) {
        return code == null ? Optional.empty() : store.region(code);
    }

    @Override
    public List<Agency> agencies() {
        return agencySnapshot().agencies();
    }

    private AgencySnapshot agencySnapshot() {
        AgencySnapshot s = snapshot;
        long now = System.currentTimeMillis();
        if (s == null || now - s.loadedAt() > SNAPSHOT_MILLIS) {
            List<Agency> all = List.copyOf(store.agencies());
            Map<String, Agency> byCode = new HashMap<>();
            Map<String, Boolean> county = new HashMap<>();
            for (Agency a : all) {
                byCode.put(a.code(), a);
                if (a.kind() == AgencyKind.GOVERNMENT || a.kind() == AgencyKind.OPENNESS_OFFICE) {
                    county.put(a.code(), store.region(a.regionCode()).map(r -> r.level() == RegionLevel.COUNTY)
                            .orElse(false));
                }
            }
            s = new AgencySnapshot(all, Map.copyOf(byCode), Map.copyOf(county), now);
            snapshot = s;
        }
        return s;
    }

    @Override
    public Optional<Agency> agency(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(agencySnapshot().byCode().get(code));
    }

    @Override
    public Agency saveAgency(Actor actor, Agency agency) {
        actor.requireAnyRole(Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        Agency checked = checkAgency(errors, "", agency, Set.of());
        Inputs.check(errors);
        try {
            return tx.required(() -> {
                int order = store.agency(checked.code()).isPresent() ? 0 : store.maxAgencyOrder() + 1;
                store.upsertAgency(checked, order);
                audit.append(actor, AuditActions.AGENCY_SAVED, "agency", checked.code(), checked.name());
                return store.agency(checked.code()).orElseThrow();
            });
        } finally {
            snapshot = null;
        }
    }

    @Override
    public ImportResult importRegions(Actor actor, String csv) {
        actor.requireAnyRole(Role.ADMIN);
        List<Csv.Record> records = records(csv, List.of("code", "name", "level", "parent_code"));
        List<FieldError> errors = new ArrayList<>();
        Map<String, RegionLevel> inFile = new HashMap<>();
        List<Region> rows = new ArrayList<>();
        for (Csv.Record rec : records.subList(1, records.size())) {
            String at = "line " + rec.line() + ": ";
            List<String> f = rec.fields();
            if (f.size() != 4) {
                errors.add(FieldError.of(at + "columns", "应有 4 列，实际 " + f.size() + " 列", "Expected 4 columns, got " + f.size()));
                continue;
            }
            String code = f.get(0).trim();
            String parent = f.get(3).trim().isEmpty() ? null : f.get(3).trim();
            RegionLevel level = parseEnum(RegionLevel.class, f.get(2).trim());
            String name = Inputs.name(errors, at + "name", f.get(1), 100);
            if (level == null) {
                errors.add(FieldError.of(at + "level", "层级应为 COUNTY/TOWNSHIP/VILLAGE/HAMLET",
                        "Level must be COUNTY, TOWNSHIP, VILLAGE or HAMLET"));
                continue;
            }
            if (!DIGITS.matcher(code).matches() || code.length() != level.codeLength()) {
                errors.add(FieldError.of(at + "code", level.nameZh() + "代码应为 " + level.codeLength() + " 位数字",
                        level.nameEn() + " code must have " + level.codeLength() + " digits"));
                continue;
            }
            if (!inFile.containsKey(code) && inFile.size() < MAX_IMPORT_ROWS) {
                inFile.put(code, level);
            } else if (inFile.containsKey(code)) {
                errors.add(FieldError.of(at + "code", "代码重复：" + code, "Duplicate code: " + code));
                continue;
            }
            if (level == RegionLevel.COUNTY) {
                if (parent != null) {
                    errors.add(FieldError.of(at + "parent_code", "县级区划不应有上级", "A county has no parent here"));
                }
            } else {
                RegionLevel parentLevel = parent == null ? null
                        : inFile.containsKey(parent) ? inFile.get(parent) : store.region(parent).map(Region::level).orElse(null);
                if (parent == null || parentLevel == null) {
                    errors.add(FieldError.of(at + "parent_code", "上级区划不存在：" + parent, "Unknown parent region: " + parent));
                } else if (parentLevel.childLevel() != level || !code.startsWith(parent)) {
                    errors.add(FieldError.of(at + "parent_code", "上级区划层级或代码前缀不符",
                            "The parent's level or code prefix does not fit"));
                }
            }
            if (name != null) {
                rows.add(new Region(code, name, level, parent));
            }
        }
        return write(actor, errors, () -> {
            int created = 0;
            int order = 0;
            for (Region r : rows) {
                created += store.upsertRegion(r, order++) ? 1 : 0;
            }
            audit.append(actor, AuditActions.REGIONS_IMPORTED, "region", "csv", rows.size() + " rows");
            return new ImportResult(created, rows.size() - created, List.of());
        });
    }

    @Override
    public ImportResult importAgencies(Actor actor, String csv) {
        actor.requireAnyRole(Role.ADMIN);
        List<Csv.Record> records = records(csv, List.of("code", "name", "short_name", "kind", "parent_code", "region_code"));
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Csv.Record rec : records.subList(1, records.size())) {
            if (!rec.fields().isEmpty()) {
                codes.add(rec.fields().get(0).trim());
            }
        }
        Set<String> seen = new HashSet<>();
        List<Agency> rows = new ArrayList<>();
        for (Csv.Record rec : records.subList(1, records.size())) {
            String at = "line " + rec.line() + ": ";
            List<String> f = rec.fields();
            if (f.size() != 6) {
                errors.add(FieldError.of(at + "columns", "应有 6 列，实际 " + f.size() + " 列", "Expected 6 columns, got " + f.size()));
                continue;
            }
            AgencyKind kind = parseEnum(AgencyKind.class, f.get(3).trim());
            Agency a = new Agency(f.get(0).trim(), f.get(1), f.get(2).isBlank() ? null : f.get(2), kind,
                    f.get(4).isBlank() ? null : f.get(4).trim(), f.get(5).trim(), true);
            if (!seen.add(a.code())) {
                errors.add(FieldError.of(at + "code", "代码重复：" + a.code(), "Duplicate code: " + a.code()));
                continue;
            }
            Agency checked = checkAgency(errors, at, a, codes);
            if (checked != null) {
                rows.add(checked);
            }
        }
        return write(actor, errors, () -> {
            int created = 0;
            int order = store.maxAgencyOrder();
            for (Agency a : rows) {
                created += store.upsertAgency(a, ++order) ? 1 : 0;
            }
            audit.append(actor, AuditActions.AGENCIES_IMPORTED, "agency", "csv", rows.size() + " rows");
            return new ImportResult(created, rows.size() - created, List.of());
        });
    }

    @Override
    public Optional<Set<String>> visibleAgencies(Actor actor) {
        if (actor.hasAnyRole(Role.ADMIN, Role.AUDITOR) || actor.agencyCode() == null) {
            return actor.agencyCode() == null && !actor.hasRole(Role.ADMIN) ? Optional.of(Set.of()) : Optional.empty();
        }
        AgencySnapshot snap = agencySnapshot();
        List<Agency> all = snap.agencies();
        Agency own = snap.byCode().get(actor.agencyCode());
        if (own == null) {
            return Optional.of(Set.of());
        }
        if (snap.countyLevel().getOrDefault(own.code(), false)) {
            return Optional.empty();
        }
        Map<String, List<String>> children = new HashMap<>();
        for (Agency a : all) {
            if (a.parentCode() != null) {
                children.computeIfAbsent(a.parentCode(), k -> new ArrayList<>()).add(a.code());
            }
        }
        Set<String> visible = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(own.code()));
        while (!todo.isEmpty()) {
            String c = todo.remove(todo.size() - 1);
            if (visible.add(c)) {
                todo.addAll(children.getOrDefault(c, List.of()));
            }
        }
        return Optional.of(Set.copyOf(visible));
    }

    @Override
    public boolean canSee(Actor actor, String agencyCode) {
        return visibleAgencies(actor).map(s -> s.contains(agencyCode)).orElse(true);
    }

    private Agency checkAgency(List<FieldError> errors, String at, Agency a, Set<String> codesInFile) {
        int before = errors.size();
        boolean csv = !at.isEmpty(); // CSV errors name the file's columns, JSON errors the properties
        String shortField = csv ? "short_name" : "shortName";
        String parentField = csv ? "parent_code" : "parentCode";
        String regionField = csv ? "region_code" : "regionCode";
        if (a.code() == null || !AGENCY_CODE.matcher(a.code()).matches()) {
            errors.add(FieldError.of(at + "code", "机构代码须为 2–40 位字母、数字、- 或 _",
                    "Agency code: 2–40 letters, digits, - or _"));
        }
        String name = Inputs.name(errors, at + "name", a.name(), 100);
        String shortName = a.shortName() == null ? null : Inputs.name(errors, at + shortField, a.shortName(), 50);
        if (a.kind() == null) {
            errors.add(FieldError.of(at + "kind", "机构类型无效", "Unknown agency kind"));
        }
        if (a.parentCode() != null && !codesInFile.contains(a.parentCode()) && store.agency(a.parentCode()).isEmpty()) {
            errors.add(FieldError.of(at + parentField, "上级机构不存在：" + a.parentCode(), "Unknown parent agency: " + a.parentCode()));
        }
        if (a.parentCode() != null && a.parentCode().equals(a.code())) {
            errors.add(FieldError.of(at + parentField, "上级机构不能是自己", "An agency cannot be its own parent"));
        }
        if (a.regionCode() == null || store.region(a.regionCode()).isEmpty()) {
            errors.add(FieldError.of(at + regionField, "所在区划不存在：" + a.regionCode(), "Unknown region: " + a.regionCode()));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Agency(a.code(), name, shortName, a.kind(), a.parentCode(), a.regionCode(), a.active());
    }

    private ImportResult write(Actor actor, List<FieldError> errors, java.util.function.Supplier<ImportResult> writer) {
        if (!errors.isEmpty()) {
            return new ImportResult(0, 0, errors.size() > 200 ? errors.subList(0, 200) : errors);
        }
        try {
            return tx.required(writer);
        } finally {
            snapshot = null;
        }
    }

    private static List<Csv.Record> records(String csv, List<String> header) {
        List<Csv.Record> records;
        try {
            records = Csv.parse(csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("csv", "CSV 格式错误：" + e.getMessage(), "Malformed CSV: " + e.getMessage());
        }
        if (records.isEmpty() || !records.get(0).fields().stream().map(String::trim).toList().equals(header)) {
            throw ValidationException.of("csv", "第一行应为表头：" + String.join(",", header),
                    "The first line must be the header: " + String.join(",", header));
        }
        if (records.size() > MAX_IMPORT_ROWS + 1) {
            throw ValidationException.of("csv", "行数过多（最多 " + MAX_IMPORT_ROWS + "）", "Too many rows (at most " + MAX_IMPORT_ROWS + ")");
        }
        return records;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
