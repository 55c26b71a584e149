/** Gongkai platform API: region. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gongkai.platform.region;
