package org.gongkai.platform.security;

import java.util.Set;

/** Changes to an account's name, agency or roles; null fields stay as they are. */
public record AccountUpdate(String displayName, String agencyCode, Set<String> roles) {
}
