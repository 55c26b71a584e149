/**
 * API of the loudspeaker-network capability (大喇叭): broadcasts and their review chain, targets, emergency levels,
 * terminals and delivery states; daily slots (一天三时段) and the schedule board (0.2.0);
 * delivery counts without lines (0.3.0).
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.gongkai.broadcast;
