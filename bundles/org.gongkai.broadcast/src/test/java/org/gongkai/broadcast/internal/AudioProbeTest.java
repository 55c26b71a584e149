package org.gongkai.broadcast.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** WAV and MP3 are recognised by content and measured; anything else, truncated or inconsistent files are refused. */
class AudioProbeTest {

    @Test
    void aWavIsMeasuredFromItsHeader() throws Exception {
        AudioProbe.Result r = AudioProbe.probe(TestAudio.wav(2.5, 16000, 1));
        assertEquals(AudioProbe.Format.WAV, r.format());
        assertEquals("audio/wav", r.format().contentType());
        assertEquals(2500, r.durationMs());
        assertEquals(1500, AudioProbe.probe(TestAudio.wav(1.5, 44100, 2)).durationMs(), "stereo, CD rate");
    }

    @Test
    void chunksBeforeTheDataAreSkipped() throws Exception {
        byte[] plain = TestAudio.wav(1.0, 8000, 1);
        byte[] list = ByteBuffer.allocate(8 + 5 + 1).order(ByteOrder.LITTLE_ENDIAN).put("LIST".getBytes(
                StandardCharsets.US_ASCII)).putInt(5).put("INFOx".getBytes(StandardCharsets.US_ASCII)).put((byte) 0)
                .array();
        byte[] withList = TestAudio.concat(Arrays.copyOf(plain, 36), list, Arrays.copyOfRange(plain, 36, plain.length));
        ByteBuffer.wrap(withList).order(ByteOrder.LITTLE_ENDIAN).putInt(4, withList.length - 8);
        assertEquals(1000, AudioProbe.probe(withList).durationMs());
    }

    @Test
    void aStreamedWavGetsItsRealSizes() throws Exception {
        byte[] wav = TestAudio.wav(1.0, 22050, 1);
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(4, 0x7ffff024).putInt(40, 0x7ffff000); // what espeak-ng --stdout writes
        AudioProbe.Result r = AudioProbe.probe(wav);
        assertEquals(1000, r.durationMs());
        ByteBuffer fixed = ByteBuffer.wrap(r.data()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(wav.length - 8, fixed.getInt(4));
        assertEquals(wav.length - 44, fixed.getInt(40));
        assertEquals(0x7ffff000, b.getInt(40), "the caller's array is not changed");
    }

    @Test
    void aTruncatedWavIsRefused() {
        byte[] wav = TestAudio.wav(2.0, 16000, 1);
        AudioProbe.InvalidAudio e = assertThrows(AudioProbe.InvalidAudio.class,
                () -> AudioProbe.probe(Arrays.copyOf(wav, wav.length / 2)));
        assertTrue(e.zh().contains("不完整"), e.zh());
        assertThrows(AudioProbe.InvalidAudio.class, () -> AudioProbe.probe(Arrays.copyOf(wav, 30)), "header cut");
    }

    @Test
    void aWavWhoseHeaderContradictsItselfIsRefused() {
        byte[] wav = TestAudio.wav(1.0, 16000, 1);
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(28, 12345); // byte rate != rate x block align
        AudioProbe.InvalidAudio e = assertThrows(AudioProbe.InvalidAudio.class, () -> AudioProbe.probe(wav));
        assertTrue(e.zh().startsWith("不是有效的音频文件"), e.zh());
        byte[] noData = Arrays.copyOf(TestAudio.wav(1.0, 16000, 1), 44);
        ByteBuffer.wrap(noData).order(ByteOrder.LITTLE_ENDIAN).putInt(40, 0);
        assertThrows(AudioProbe.InvalidAudio.class, () -> AudioProbe.probe(noData), "no sound at all");
    }

    @Test
    void anMp3IsMeasuredByItsFrames() throws Exception {
        AudioProbe.Result r = AudioProbe.probe(TestAudio.mp3Mpeg1(1000));
        assertEquals(AudioProbe.Format.MP3, r.format());
        assertEquals("audio/mpeg", r.format().contentType());
        assertEquals(Math.round(1000 * 1152 * 1000.0 / 44100), r.durationMs()); // 26,122 ms
        assertEquals(Math.round(500 * 576 * 1000.0 / 22050), AudioProbe.probe(TestAudio.mp3Mpeg2(500)).durationMs(),
                "MPEG-2 at 22.05 kHz");
    }

    @Test
    void id3TagsAroundAnMp3AreAccepted() throws Exception {
        byte[] tagged = TestAudio.concat(TestAudio.id3v2(300), TestAudio.mp3Mpeg1(100), TestAudio.id3v1());
        assertEquals(Math.round(100 * 1152 * 1000.0 / 44100), AudioProbe.probe(tagged).durationMs());
    }

    @Test
    void anMp3WithItsLastFrameCutShortCountsTheWholeFrames() throws Exception {
        byte[] mp3 = TestAudio.mp3Mpeg1(10);
        assertEquals(Math.round(9 * 1152 * 1000.0 / 44100), AudioProbe.probe(Arrays.copyOf(mp3, mp3.length - 100))
                .durationMs());
    }

    @Test
    void anMp3DamagedInTheMiddleIsRefused() {
        byte[] mp3 = TestAudio.mp3Mpeg1(50);
        byte[] noise = new byte[2000];
        new Random(7).nextBytes(noise);
        noise[0] = 0x12;
        byte[] damaged = TestAudio.concat(Arrays.copyOf(mp3, 417 * 20), noise, Arrays.copyOfRange(mp3, 417 * 20,
                mp3.length));
        AudioProbe.InvalidAudio e = assertThrows(AudioProbe.InvalidAudio.class, () -> AudioProbe.probe(damaged));
        assertTrue(e.zh().contains("损坏"), e.zh());
    }

    @Test
    void fakesAreRefused() {
        byte[] noise = new byte[50_000];
        new Random(1).nextBytes(noise);
        noise[0] = (byte) 0xFF;
        noise[1] = (byte) 0xFB;
        noise[2] = (byte) 0x90;
        assertThrows(AudioProbe.InvalidAudio.class, () -> AudioProbe.probe(noise), "one frame header then noise");
        byte[] text = "这不是音频，只是改了扩展名的文本文件。".repeat(20).getBytes(StandardCharsets.UTF_8);
        AudioProbe.InvalidAudio e = assertThrows(AudioProbe.InvalidAudio.class, () -> AudioProbe.probe(text));
        assertEquals("不是有效的音频文件（仅支持 WAV 和 MP3）", e.zh());
        assertEquals("Not a valid audio file (WAV and MP3 only)", e.en());
        byte[] ogg = TestAudio.concat("OggS".getBytes(StandardCharsets.US_ASCII), new byte[500]);
        assertThrows(AudioProbe.InvalidAudio.class, () -> AudioProbe.probe(ogg), "other formats");
        assertThrows(AudioProbe.InvalidAudio.class, () -> AudioProbe.probe(new byte[0]));
        assertThrows(AudioProbe.InvalidAudio.class, () -> AudioProbe.probe(TestAudio.id3v2(100)), "tag only");
    }

    @Test
    void aValidWavIsStoredUnchanged() throws Exception {
        byte[] wav = TestAudio.wav(0.5, 8000, 1);
        assertArrayEquals(wav, AudioProbe.probe(wav).data());
    }
}
