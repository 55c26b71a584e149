package org.gongkai.platform.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys in files outside the database (base64, one line), created with owner-only permissions on first use. Losing a
 * key makes what it sealed unreadable, so key files belong in the backup, apart from the database backup.
 */
public final class KeyFiles {
    private static final Logger LOG = LoggerFactory.getLogger(KeyFiles.class);

    private KeyFiles() {
    }

    /** The 256-bit key in {@code file}, created there if the file does not exist yet; {@code what} names it in logs. */
    public static byte[] loadOrCreate(Path file, String what) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] key = SecretCipher.newKey();
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.debug("cannot restrict permissions of {}", file);
            }
            LOG.warn("Created the {} key {}: back it up separately from the database", what, file);
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read or create the " + what + " key " + file, e);
        }
    }
}
