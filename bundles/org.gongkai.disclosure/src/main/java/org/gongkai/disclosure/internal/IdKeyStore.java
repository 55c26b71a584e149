package org.gongkai.disclosure.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that encrypts identity numbers: base64 in a file outside the database (by default
 * etc/gongkai/disclosure-id.key), created with owner-only permissions on first start. Losing it makes the stored
 * identity numbers unreadable, so it belongs in the backup, apart from the database backup.
 */
final class IdKeyStore {
    private static final Logger LOG = LoggerFactory.getLogger(IdKeyStore.class);

    private IdKeyStore() {
    }

    static byte[] load(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(file.getParent());
            byte[] key = IdCipher.newKey();
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.debug("cannot restrict permissions of {}", file);
            }
            LOG.warn("Created the identity-number key {}: back it up separately from the database", file);
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read or create the identity-number key " + file, e);
        }
    }
}
