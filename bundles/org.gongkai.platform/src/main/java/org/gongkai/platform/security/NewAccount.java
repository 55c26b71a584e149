package org.gongkai.platform.security;

import java.util.Set;

/** What an administrator gives to create an account. */
public record NewAccount(String username, String displayName, String agencyCode, Set<String> roles, String password) {
}
