/**
 * API of the broadcast audio (语音): recordings uploaded for a broadcast (dialect versions), speech synthesised from
 * its spoken script, the choice of what plays, and the speech synthesiser's status.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.gongkai.broadcast.audio;
