package org.gongkai.platform.region;

/** An agency (机构): who handles applications, owns broadcasts, or employs staff. */
public record Agency(String code, String name, String shortName, AgencyKind kind, String parentCode,
        String regionCode, boolean active) {
}
