package org.gongkai.broadcast.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Audio files made in the tests: a PCM WAV tone and MPEG Layer III frame sequences of known length. */
final class TestAudio {
    private TestAudio() {
    }

    /** A 16-bit PCM WAV of a 440 Hz tone. */
    static byte[] wav(double seconds, int sampleRate, int channels) {
        int frames = (int) Math.round(seconds * sampleRate);
        int dataSize = frames * channels * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + dataSize).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(36 + dataSize).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) channels).putInt(sampleRate)
                .putInt(sampleRate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        b.put(ascii("data")).putInt(dataSize);
        for (int i = 0; i < frames; i++) {
            short v = (short) (Math.sin(2 * Math.PI * 440 * i / sampleRate) * 8000);
            for (int c = 0; c < channels; c++) {
                b.putShort(v);
            }
        }
        return b.array();
    }

    /**
     * {@code count} MPEG-1 Layer III frames at 128 kbit/s, 44.1 kHz (417 bytes, 1152 samples each), payload zero;
     * a decoder would play silence, a parser sees a well-formed stream.
     */
    static byte[] mp3Mpeg1(int count) {
        return frames(count, new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, (byte) 0x44}, 417);
    }

    /** {@code count} MPEG-2 Layer III frames at 64 kbit/s, 22.05 kHz (208 bytes, 576 samples each). */
    static byte[] mp3Mpeg2(int count) {
        return frames(count, new byte[] {(byte) 0xFF, (byte) 0xF3, (byte) 0x80, (byte) 0xC4}, 208);
    }

    /** An ID3v2.3 tag of {@code size} bytes of body (a title frame and padding). */
    static byte[] id3v2(int size) {
        byte[] tag = new byte[10 + size];
        System.arraycopy(ascii("ID3"), 0, tag, 0, 3);
        tag[3] = 3;
        tag[6] = (byte) ((size >> 21) & 0x7F);
        tag[7] = (byte) ((size >> 14) & 0x7F);
        tag[8] = (byte) ((size >> 7) & 0x7F);
        tag[9] = (byte) (size & 0x7F);
        byte[] title = ascii("TIT2");
        System.arraycopy(title, 0, tag, 10, 4);
        return tag;
    }

    /** An ID3v1 tag (128 bytes at the end of a file). */
    static byte[] id3v1() {
        byte[] tag = new byte[128];
        System.arraycopy(ascii("TAG"), 0, tag, 0, 3);
        return tag;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] frames(int count, byte[] header, int length) {
        byte[] out = new byte[count * length];
        for (int i = 0; i < count; i++) {
            System.arraycopy(header, 0, out, i * length, 4);
        }
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
