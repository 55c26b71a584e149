package org.gongkai.broadcast;

import java.util.List;
import org.gongkai.broadcast.spi.SettingDescriptor;

/**
 * A speaker driver: installed ones with their setting descriptors, and ids that terminals use but whose driver is
 * missing ({@code present} false, no descriptors).
 */
public record DriverInfo(String id, String name, boolean present, List<SettingDescriptor> settings, long terminals) {
}
