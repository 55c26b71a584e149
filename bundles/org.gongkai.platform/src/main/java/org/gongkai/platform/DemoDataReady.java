package org.gongkai.platform;

/**
 * Marker service: the demo data of a component is in place (or, outside demo mode, nothing needs loading). Property
 * {@link #PROPERTY} names the component, e.g. {@code (gongkai.demo=platform)}; capabilities whose demo data builds on
 * the demo county reference it so they load after it.
 */
public interface DemoDataReady {
    String PROPERTY = "gongkai.demo";
}
