/**
 * API of the loudspeaker-network capability (大喇叭): broadcasts and their review chain, targets, emergency levels,
 * terminals and delivery states.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gongkai.broadcast;
