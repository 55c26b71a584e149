package org.gongkai.delegation;

import java.time.LocalDate;
import java.util.List;

/**
 * Delegated cases per zone for the cases received in a period, compared with the government's own (not delegated)
 * cases of the same kind.
 */
public record DelegationReport(LocalDate from, LocalDate to, List<ZoneRow> zones) {

    /**
     * One zone's figures.
     *
     * @param cases delegated cases received in the period
     * @param replied those closed with a reply (not withdrawn, abandoned or lapsed)
     * @param averageWorkingDays working days from receipt to reply, on average over the replied cases; null if none
     * @param overdue cases whose reply date passed before they closed (or before today, still open)
     * @param comparableCases not-delegated cases of the same kind received in the period
     * @param comparableAverageWorkingDays their average working days to reply; null if none replied
     * @param comparableOverdue those of them overdue
     */
    public record ZoneRow(String zoneCode, String zoneName, int cases, int replied, Double averageWorkingDays,
            int overdue, int comparableCases, Double comparableAverageWorkingDays, int comparableOverdue) {
    }
}
