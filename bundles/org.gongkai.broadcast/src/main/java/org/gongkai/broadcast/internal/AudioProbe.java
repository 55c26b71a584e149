package org.gongkai.broadcast.internal;

/**
 * Recognises WAV and MP3 by their content (never by name or declared type) and measures their duration: WAV from the
 * RIFF header (format chunk and data chunk size), MP3 by walking its MPEG Layer III frames after an optional ID3v2
 * tag. Anything else, a truncated file or a file whose header contradicts itself is refused with a reason in Chinese
 * and English. A WAV streamed to a pipe (espeak-ng {@code --stdout}) carries placeholder sizes; they are replaced by
 * the real ones so every player reads the stored file.
 */
public final class AudioProbe {
    /** The formats accepted, with the content type they are served as. */
    public enum Format {
        WAV("audio/wav"), MP3("audio/mpeg");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** A recognised file: its format, duration and the bytes to store (header sizes corrected for a WAV). */
    public record Result(Format format, long durationMs, byte[] data) {
    }

    /** Why a file is not accepted. */
    public static final class InvalidAudio extends Exception {
        private static final long serialVersionUID = 1L;
        private final String zh;

        InvalidAudio(String zh, String en) {
            super(en);
            this.zh = zh;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return getMessage();
        }
    }

    /** Sizes at or above this in a streamed WAV mean "unknown" (written before the length was known). */
    private static final long STREAMED_SIZE = 0x7FFF0000L;
    private static final int[] MPEG1_L3_KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] MPEG2_L3_KBPS = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    private static final int[][] SAMPLE_RATES = {{11025, 12000, 8000}, null, {22050, 24000, 16000},
        {44100, 48000, 32000}};
    /** How far after the ID3 tag the first frame may start (encoders pad with zeros). */
    private static final int MAX_LEADING_JUNK = 64 * 1024;

    private AudioProbe() {
    }

    public static Result probe(byte[] data) throws InvalidAudio {
        if (data == null || data.length < 12) {
            throw notAudio();
        }
        if (ascii(data, 0, "RIFF") && ascii(data, 8, "WAVE")) {
            return wav(data);
        }
        if (ascii(data, 0, "ID3") || (data[0] & 0xFF) == 0xFF) {
            return mp3(data);
        }
        throw notAudio();
    }

    // -- WAV --

    private static Result wav(byte[] data) throws InvalidAudio {
        int pos = 12;
        long byteRate = -1;
        while (pos + 8 <= data.length) {
            long size = u32(data, pos + 4);
            int body = pos + 8;
            if (ascii(data, pos, "fmt ")) {
                if (size < 16 || body + 16 > data.length) {
                    throw truncated();
                }
                int format = u16(data, body);
                int channels = u16(data, body + 2);
                long rate = u32(data, body + 4);
                byteRate = u32(data, body + 8);
                int blockAlign = u16(data, body + 12);
                int bits = u16(data, body + 14);
                boolean known = format == 1 || format == 3 || format == 6 || format == 7 || format == 0xFFFE;
                if (!known || channels < 1 || channels > 8 || rate < 8000 || rate > 192000 || bits < 8 || bits > 64
                        || blockAlign < 1 || byteRate != rate * blockAlign) {
                    throw new InvalidAudio("不是有效的音频文件：WAV 格式信息有误或不支持该编码",
                            "Not a valid audio file: the WAV format header is inconsistent or the encoding unsupported");
                }
            } else if (ascii(data, pos, "data")) {
                if (byteRate < 0) {
                    throw new InvalidAudio("不是有效的音频文件：WAV 缺少格式信息", "Not a valid audio file: WAV without a format chunk");
                }
                long available = data.length - body;
                byte[] out = data;
                if (size > available) {
                    if (size < STREAMED_SIZE) {
                        throw truncated();
                    }
                    size = available;
                }
                if (size == 0) {
                    throw new InvalidAudio("音频文件没有声音数据", "The audio file contains no sound");
                }
                if (u32(data, 4) != data.length - 8L || u32(data, pos + 4) != size) {
                    out = data.clone();
                    putU32(out, 4, out.length - 8L);
                    putU32(out, pos + 4, size);
                }
                return new Result(Format.WAV, size * 1000 / byteRate, out);
            } else if (body + size > data.length) {
                throw truncated();
            }
            pos = (int) Math.min(Integer.MAX_VALUE, body + size + (size & 1));
        }
        throw truncated();
    }

    // -- MP3 --

    /** One MPEG audio frame header. */
    private record Frame(int version, int sampleRate, int length, int samples) {
        boolean sameStream(Frame o) {
            return version == o.version && sampleRate == o.sampleRate;
        }
    }

    private static Result mp3(byte[] data) throws InvalidAudio {
        int pos = 0;
        if (ascii(data, 0, "ID3")) {
            if (data.length < 10) {
                throw truncated();
            }
            long tag = ((data[6] & 0x7FL) << 21) | ((data[7] & 0x7FL) << 14) | ((data[8] & 0x7FL) << 7) | (data[9] & 0x7F);
            long end = 10 + tag + ((data[5] & 0x10) != 0 ? 10 : 0);
            if (end >= data.length) {
                throw truncated();
            }
            pos = (int) end;
        }
        int first = -1;
        for (int p = pos; p < Math.min(data.length - 4, pos + MAX_LEADING_JUNK); p++) {
            Frame f = frame(data, p);
            if (f != null && followedByFrame(data, p, f)) {
                first = p;
                break;
            }
        }
        if (first < 0) {
            throw notAudio();
        }
        Frame head = frame(data, first);
        int frames = 0;
        double ms = 0;
        int p = first;
        while (p + 4 <= data.length) {
            Frame f = frame(data, p);
            if (f == null || !f.sameStream(head)) {
                break;
            }
            if (p + f.length() > data.length) {
                // the last frame cut short: players drop it, so do we
                p = data.length;
                break;
            }
            frames++;
            ms += f.samples() * 1000.0 / f.sampleRate();
            p += f.length();
        }
        if (p < data.length && !trailer(data, p)) {
            throw new InvalidAudio("不是有效的音频文件：MP3 数据不完整或已损坏",
                    "Not a valid audio file: the MP3 data is incomplete or damaged");
        }
        if (frames < 2) {
            throw notAudio();
        }
        return new Result(Format.MP3, Math.round(ms), data);
    }

    private static boolean followedByFrame(byte[] data, int p, Frame f) {
        int next = p + f.length();
        if (next == data.length) {
            return true;
        }
        Frame g = next + 4 <= data.length ? frame(data, next) : null;
        return g != null && g.sameStream(f);
    }

    /** Tags that may follow the last frame: ID3v1, APE, Lyrics3, or zero padding. */
    private static boolean trailer(byte[] data, int p) {
        if (ascii(data, p, "TAG") || ascii(data, p, "APETAGEX") || ascii(data, p, "LYRICSBEGIN")) {
            return true;
        }
        for (int i = p; i < data.length; i++) {
            if (data[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The MPEG-1/2/2.5 Layer III frame header at p, or null when there is none. */
    private static Frame frame(byte[] d, int p) {
        if (p + 4 > d.length || (d[p] & 0xFF) != 0xFF || (d[p + 1] & 0xE0) != 0xE0) {
            return null;
        }
        int version = (d[p + 1] >> 3) & 3;
        int layer = (d[p + 1] >> 1) & 3;
        int bitrateIndex = (d[p + 2] >> 4) & 0xF;
        int rateIndex = (d[p + 2] >> 2) & 3;
        int padding = (d[p + 2] >> 1) & 1;
        if (version == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return null;
        }
        int rate = SAMPLE_RATES[version][rateIndex];
        boolean mpeg1 = version == 3;
        int kbps = (mpeg1 ? MPEG1_L3_KBPS : MPEG2_L3_KBPS)[bitrateIndex];
        int length = (mpeg1 ? 144000 : 72000) * kbps / rate + padding;
        return new Frame(version, rate, length, mpeg1 ? 1152 : 576);
    }

    // -- bytes --

    private static boolean ascii(byte[] d, int at, String s) {
        if (at + s.length() > d.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (d[at + i] != (byte) s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] d, int at) {
        return (d[at] & 0xFF) | (d[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] d, int at) {
        return (d[at] & 0xFFL) | (d[at + 1] & 0xFFL) << 8 | (d[at + 2] & 0xFFL) << 16 | (d[at + 3] & 0xFFL) << 24;
    }

    private static void putU32(byte[] d, int at, long v) {
        for (int i = 0; i < 4; i++) {
            d[at + i] = (byte) (v >>> (8 * i));
        }
    }

    private static InvalidAudio notAudio() {
        return new InvalidAudio("不是有效的音频文件（仅支持 WAV 和 MP3）", "Not a valid audio file (WAV and MP3 only)");
    }

    private static InvalidAudio truncated() {
        return new InvalidAudio("不是有效的音频文件：文件不完整", "Not a valid audio file: the file is truncated");
    }
}
