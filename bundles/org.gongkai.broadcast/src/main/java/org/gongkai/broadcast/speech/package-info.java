/**
 * The speech-synthesis SPI of the loudspeaker network: a {@link org.gongkai.broadcast.speech.SpeechSynthesizer} DS
 * service turns a spoken script (口播稿) into audio. The core uses the available synthesiser with the highest
 * service ranking, so a vendor's (cloud) text-to-speech bundle replaces the bundled espeak-ng default just by being
 * deployed with a higher ranking. Semantic versioning: a minor version only adds.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.gongkai.broadcast.speech;
