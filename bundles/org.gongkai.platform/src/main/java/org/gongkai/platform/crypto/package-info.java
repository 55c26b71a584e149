/** Gongkai platform API: encryption at rest with keys kept outside the database. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gongkai.platform.crypto;
