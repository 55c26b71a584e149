/** Gongkai platform API: security. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gongkai.platform.security;
