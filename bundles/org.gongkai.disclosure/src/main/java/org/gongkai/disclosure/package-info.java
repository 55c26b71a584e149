/** API of the disclosure-on-application capability (依申请公开): channels, stages, clocks, and the delegation of cases to development zones. */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.gongkai.disclosure;
