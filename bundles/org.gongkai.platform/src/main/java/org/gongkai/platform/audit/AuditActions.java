package org.gongkai.platform.audit;

/** Action names of the platform's own audit entries; capabilities define theirs the same way (UPPER_SNAKE). */
public final class AuditActions {
    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGOUT = "LOGOUT";
    public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";
    public static final String ACCOUNT_UPDATED = "ACCOUNT_UPDATED";
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String ACCOUNT_UNLOCKED = "ACCOUNT_UNLOCKED";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String REGIONS_IMPORTED = "REGIONS_IMPORTED";
    public static final String AGENCIES_IMPORTED = "AGENCIES_IMPORTED";
    public static final String AGENCY_SAVED = "AGENCY_SAVED";
    public static final String CALENDAR_LOADED = "CALENDAR_LOADED";
    public static final String DEMO_LOADED = "DEMO_LOADED";
    public static final String PERSONAL_DATA_VIEWED = "PERSONAL_DATA_VIEWED";

    private AuditActions() {
    }
}
