/** API of the disclosure-on-application capability (依申请公开): channels, stages, clocks. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gongkai.disclosure;
