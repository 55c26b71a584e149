package org.gongkai.delegation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.delegation.DelegationRule;
import org.gongkai.delegation.RuleKind;
import org.gongkai.delegation.Suggestion;
import org.gongkai.delegation.internal.DelegationDemoPlan.Outcome;
import org.gongkai.platform.calendar.WorkingDayCalendar;
import org.gongkai.platform.internal.calendar.TestCalendars;
import org.junit.jupiter.api.Test;

/**
 * The demo plan against the demo county the platform ships (demo/regions.csv, demo/agencies.csv) and the catalog
 * disclosure ships: every stage for both zones, clocks that put each case where it is meant to be, and rules that
 * really suggest the zone each case goes to.
 */
class DelegationDemoPlanTest {
    private static final Set<Outcome> OPEN = EnumSet.of(Outcome.DELEGATED, Outcome.DRAFTING, Outcome.REVIEW,
            Outcome.OVERDUE);

    @Test
    void bothZonesHaveACaseInEveryStageAndTheNumberStaysModest() {
        for (String zone : DelegationDemoPlan.ZONES) {
            Set<Outcome> covered = DelegationDemoPlan.CASES.stream().filter(c -> c.zoneCode().equals(zone))
                    .map(DelegationDemoPlan.Case::outcome).collect(Collectors.toCollection(() -> EnumSet.noneOf(Outcome.class)));
            assertEquals(EnumSet.allOf(Outcome.class), covered, zone);
            assertTrue(DelegationDemoPlan.CASES.stream().anyMatch(c -> c.zoneCode().equals(zone) && c.reminders() > 0),
                    zone + " has a reminded case");
        }
        int n = DelegationDemoPlan.CASES.size();
        assertTrue(n >= 12 && n <= 20, "12 to 20 delegated cases, not " + n);
        assertTrue(DelegationDemoPlan.CASES.stream().anyMatch(c -> c.handReason() != null), "one is forwarded by hand");
    }

    @Test
    void onlyTheOverdueCasesAreOldEnoughToBeOverdue() {
        for (DelegationDemoPlan.Case c : DelegationDemoPlan.CASES) {
            if (c.outcome() == Outcome.OVERDUE) {
                // a demo started on a weekend counts one working day fewer
                assertTrue(c.receivedWorkingDaysAgo() - 1 > DelegationDemoPlan.REPLY_PERIOD, c.title());
            } else {
                assertTrue(c.receivedWorkingDaysAgo() <= DelegationDemoPlan.REPLY_PERIOD - 2, c.title());
            }
        }
    }

    @Test
    void remindersGoOnlyToCasesTheZoneStillHas() {
        for (DelegationDemoPlan.Case c : DelegationDemoPlan.CASES) {
            if (c.reminders() > 0) {
                assertTrue(OPEN.contains(c.outcome()), c.title() + " is open and delegated when reminded");
            }
        }
    }

    @Test
    void theRulesSuggestTheZoneEachCaseIsMeantForAndNothingForTheHandForwardedOne() {
        List<DelegationSuggester.Zone> zones = DelegationDemoPlan.ZONES.stream().map(DelegationDemoPlanTest::zone).toList();
        for (DelegationDemoPlan.Case c : DelegationDemoPlan.CASES) {
            List<Suggestion> s = DelegationSuggester.suggest(new DelegationSuggester.CaseText(c.title(), c.items(),
                    List.of()), zones);
            if (c.handReason() != null) {
                assertTrue(s.isEmpty(), c.title() + " matches no rule, so the office forwards it by hand: " + s);
            } else {
                assertFalse(s.isEmpty(), c.title());
                assertEquals(c.zoneCode(), s.get(0).zoneCode(), c.title() + ": " + s);
                assertTrue(s.size() == 1 || s.get(1).score() < s.get(0).score(), c.title() + " has no tie: " + s);
            }
        }
    }

    @Test
    void rulesAreUniqueAndTheirCatalogCodesExistInTheShippedCatalog() {
        Set<String> seen = new HashSet<>();
        for (DelegationDemoPlan.Rule r : DelegationDemoPlan.RULES) {
            assertTrue(seen.add(r.zoneCode() + "|" + r.kind() + "|" + r.value()), "duplicate " + r);
        }
        Set<String> codes = resource("catalog/land-expropriation.csv").lines().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toSet());
        DelegationDemoPlan.RULES.stream().filter(r -> r.kind() == RuleKind.CATALOG)
                .forEach(r -> assertTrue(codes.contains(r.value()), r.value()));
        for (String zone : DelegationDemoPlan.ZONES) {
            Set<RuleKind> kinds = DelegationDemoPlan.RULES.stream().filter(r -> r.zoneCode().equals(zone))
                    .map(DelegationDemoPlan.Rule::kind).collect(Collectors.toSet());
            assertEquals(EnumSet.allOf(RuleKind.class), kinds, zone + " has rules of every kind");
        }
    }

    @Test
    void receiptDatesSkipWeekendsAndTheNationalDayHoliday() {
        // 2026-10-01..07 are off (National Day), Saturday 2026-10-10 is worked (调休上班)
        WorkingDayCalendar calendar = TestCalendars.shipped(
                Clock.fixed(Instant.parse("2026-10-12T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        LocalDate monday = LocalDate.of(2026, 10, 12);

        assertEquals(LocalDate.of(2026, 10, 10), DelegationDemoPlan.workingDaysBefore(calendar, monday, 1));
        assertEquals(LocalDate.of(2026, 10, 9), DelegationDemoPlan.workingDaysBefore(calendar, monday, 2));
        assertEquals(LocalDate.of(2026, 10, 8), DelegationDemoPlan.workingDaysBefore(calendar, monday, 3));
        assertEquals(LocalDate.of(2026, 9, 30), DelegationDemoPlan.workingDaysBefore(calendar, monday, 4));
        LocalDate back = DelegationDemoPlan.workingDaysBefore(calendar, monday, 25);
        assertEquals(25, calendar.workingDaysBetween(back, monday).days());
        assertTrue(calendar.describe(back).workingDay());
    }

    /** A demo zone as the service builds it: its names, the places of the regions under it (two levels), its rules. */
    private static DelegationSuggester.Zone zone(String code) {
        String[] agency = resource("demo/agencies.csv").lines().map(l -> l.split(",", -1))
                .filter(f -> f[0].equals(code)).findFirst().orElseThrow();
        List<String[]> regions = resource("demo/regions.csv").lines().skip(1).map(l -> l.split(",", -1)).toList();
        List<String> places = new ArrayList<>();
        regions.stream().filter(f -> f[0].equals(agency[5])).forEach(f -> places.add(f[1]));
        List<String> level = List.of(agency[5]);
        for (int depth = 0; depth < 2; depth++) {
            List<String> next = new ArrayList<>();
            for (String[] f : regions) {
                if (level.contains(f[3])) {
                    places.add(f[1]);
                    next.add(f[0]);
                }
            }
            level = next;
        }
        List<DelegationRule> rules = DelegationDemoPlan.RULES.stream().filter(r -> r.zoneCode().equals(code))
                .map(r -> new DelegationRule(0, r.zoneCode(), r.kind(), r.value())).toList();
        return new DelegationSuggester.Zone(code, agency[1], List.of(agency[1], agency[2]), places, rules);
    }

    private static String resource(String path) {
        try (InputStream in = DelegationDemoPlanTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
