/** What capability bundles use to contribute REST resources to Gongkai's /api application. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gongkai.web;
