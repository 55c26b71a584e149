package org.gongkai.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.gongkai.platform.internal.persistence.MigrationRunner;
import org.gongkai.platform.persistence.Jdbc;
import org.gongkai.platform.persistence.MigrationScript;
import org.gongkai.platform.persistence.Transactions;
import org.gongkai.platform.security.Actor;
import org.gongkai.platform.security.Role;
import org.h2.jdbcx.JdbcDataSource;

/** Shared fixtures of the platform tests: a migrated H2 database, a pass-through transaction, clocks and actors. */
public final class TestDb {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-03-02 10:00 in Shanghai (a Monday). */
    public static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    /** Runs the work directly: every Jdbc call auto-commits (enough for single-threaded tests). */
    public static final Transactions TX = new Transactions() {
        @Override
        public <T> T required(Supplier<T> work) {
            return work.get();
        }
    };

    public static final Actor ADMIN = new Actor("admin", "LC-GKB", Set.of(Role.ADMIN.id()));
    public static final Actor AUDITOR = new Actor("auditor", "LC-GKB", Set.of(Role.AUDITOR.id()));
    public static final Actor HANDLER = new Actor("handler", "LC-GKB", Set.of(Role.HANDLER.id()));

    private TestDb() {
    }

    /** A fresh, empty in-memory database (unique name, kept open until the JVM ends). */
    public static DataSource emptyDataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:gk" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }

    /** A fresh database with the platform kernel schema (V1__platform_kernel.sql from the classpath). */
    public static DataSource platformDataSource() {
        DataSource ds = emptyDataSource();
        new MigrationRunner(ds).migrate("platform",
                List.of(new MigrationScript(1, "platform kernel", resource("db/platform/V1__platform_kernel.sql"))));
        return ds;
    }

    public static Jdbc jdbc(DataSource ds) {
        return new Jdbc(ds);
    }

    public static Clock fixedClock() {
        return Clock.fixed(NOW, SHANGHAI);
    }

    /** A UTF-8 text resource from the test or main classpath. */
    public static String resource(String path) {
        try (InputStream in = TestDb.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock the test moves by hand, in Asia/Shanghai. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        public MutableClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        public void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
