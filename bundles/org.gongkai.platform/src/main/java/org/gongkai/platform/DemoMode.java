package org.gongkai.platform;

/**
 * Demo mode: the run command sets {@code GONGKAI_DEMO=1} (or the system property {@code gongkai.demo=true}); each
 * capability then loads its demo data on the first start only. Without it nothing demo is ever created.
 */
public final class DemoMode {
    private DemoMode() {
    }

    public static boolean enabled() {
        String env = System.getenv("GONGKAI_DEMO");
        return "1".equals(env) || "true".equalsIgnoreCase(env) || Boolean.getBoolean("gongkai.demo");
    }
}
