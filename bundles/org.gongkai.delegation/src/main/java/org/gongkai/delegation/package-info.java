/** API of the delegation capability (开发区委托办理): zone settings, delegation rules, suggestions, follow-up, report. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gongkai.delegation;
