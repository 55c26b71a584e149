package org.gongkai.delegation;

/**
 * How one development zone takes part in delegation.
 *
 * @param principal the government as the zone's replies name it (受{principal}委托), e.g. 县政府; blank = the
 *        disclosure configuration's default
 * @param reconsiderationOrgan the organ reviewing the government's acts, named in the zone's replies; blank = default
 */
public record ZoneSetting(String zoneCode, String zoneName, ZoneMode mode, String principal,
        String reconsiderationOrgan) {
}
