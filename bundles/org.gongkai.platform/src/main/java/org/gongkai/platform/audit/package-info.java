/** Gongkai platform API: audit. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gongkai.platform.audit;
