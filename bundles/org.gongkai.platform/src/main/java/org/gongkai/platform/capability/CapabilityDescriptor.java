package org.gongkai.platform.capability;

import java.util.Set;

/**
 * What a capability tells the platform about itself. Each capability bundle registers one as an OSGi service; the
 * registry lists the ones present now, so the UI menu follows {@code feature:install} / {@code feature:uninstall}.
 *
 * @param id stable id, e.g. {@code disclosure}
 * @param uiEntry the UI route of its main screen, e.g. {@code #/disclosure}
 * @param roles roles that see it in the menu (empty = every logged-in user)
 * @param order position in the menu
 */
public record CapabilityDescriptor(String id, String nameZh, String nameEn, String uiEntry, Set<String> roles,
        int order) {
}
