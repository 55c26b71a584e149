package org.gongkai.platform.region;

/** A node of the region tree: county, township, village or hamlet. */
public record Region(String code, String name, RegionLevel level, String parentCode) {
}
