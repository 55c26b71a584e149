package org.gongkai.web;

/** Whiteboard constants for capability resources: {@code @JaxrsApplicationSelect(GongkaiRest.APP_SELECT)}. */
public final class GongkaiRest {
    /** The JAX-RS application name of Gongkai's API (served under {@code /api}). */
    public static final String APP_NAME = "gongkai";
    /** Filter selecting Gongkai's application. */
    public static final String APP_SELECT = "(osgi.jaxrs.name=" + APP_NAME + ")";

    private GongkaiRest() {
    }
}
