/** Common types every Gongkai capability uses: bilingual messages, validation errors, the acting user. */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.gongkai.platform;
