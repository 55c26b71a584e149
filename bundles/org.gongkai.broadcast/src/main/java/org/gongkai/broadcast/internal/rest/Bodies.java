package org.gongkai.broadcast.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.gongkai.platform.ValidationException;

/** Reads uploaded text (CSV, CAP XML) with a size limit; a UTF-8 byte-order mark is dropped. */
final class Bodies {
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private Bodies() {
    }

    static String text(InputStream in) {
        if (in == null) {
            throw ValidationException.of("file", "文件为空", "The file is empty");
        }
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw ValidationException.of("file", "文件过大（最大2 MB）", "The file is too large (2 MB at most)");
            }
            String s = new String(bytes, StandardCharsets.UTF_8);
            return s.startsWith("\ufeff") ? s.substring(1) : s;
        } catch (IOException e) {
            throw ValidationException.of("file", "文件读取失败", "The file could not be read");
        }
    }
}
