package org.gongkai.platform.internal.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.gongkai.platform.persistence.MigrationScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies versioned SQL scripts per component and records them in {@code gk_schema_history}. Works on a plain
 * connection with explicit commits, outside any JTA transaction, so that it can run before anything else starts.
 * A row in {@code gk_schema_lock} is locked for the duration so that two nodes starting together migrate once.
 */
public final class MigrationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final DataSource dataSource;

    public MigrationRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The database product, lower case: {@code h2} or {@code postgresql}. */
    public String dialect() {
        try (Connection c = dataSource.getConnection()) {
            return dialect(c.getMetaData());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read database metadata", e);
        }
    }

    private static String dialect(DatabaseMetaData md) throws SQLException {
        String product = md.getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : product;
    }

    public synchronized List<Integer> migrate(String component, List<MigrationScript> scripts) {
        List<MigrationScript> ordered = new ArrayList<>(scripts);
        ordered.sort(Comparator.comparingInt(MigrationScript::version));
        List<Integer> applied = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                ensureHistoryTable(c);
                lock(c);
                Map<Integer, String> done = history(c, component);
                for (MigrationScript script : ordered) {
                    String checksum = checksum(script.sql());
                    String recorded = done.get(script.version());
                    if (recorded != null) {
                        if (!recorded.equals(checksum)) {
                            throw new IllegalStateException("schema migration " + component + " V" + script.version()
                                    + " (" + script.description() + ") was changed after it was applied; "
                                    + "restore the original script and add a new version instead");
                        }
                        continue;
                    }
                    LOG.info("Applying schema migration {} V{} {}", component, script.version(), script.description());
                    try (Statement st = c.createStatement()) {
                        for (String sql : SqlScript.statements(script.sql())) {
                            st.execute(sql);
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO gk_schema_history"
                            + " (component, version, description, checksum, applied_at) VALUES (?,?,?,?,?)")) {
                        ps.setString(1, component);
                        ps.setInt(2, script.version());
                        ps.setString(3, script.description());
                        ps.setString(4, checksum);
                        ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                        ps.executeUpdate();
                    }
                    c.commit();
                    lock(c);
                    applied.add(script.version());
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("schema migration of " + component + " failed: " + e.getMessage(), e);
        }
        return applied;
    }

    public int currentVersion(String component) {
        try (Connection c = dataSource.getConnection()) {
            ensureHistoryTable(c);
            return history(c, component).keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ensureHistoryTable(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS gk_schema_history (component VARCHAR(64) NOT NULL,"
                    + " version INTEGER NOT NULL, description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL,"
                    + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (component, version))");
            st.execute("CREATE TABLE IF NOT EXISTS gk_schema_lock (id INTEGER PRIMARY KEY)");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM gk_schema_lock")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                try (Statement ins = c.createStatement()) {
                    ins.execute("INSERT INTO gk_schema_lock (id) VALUES (1)");
                } catch (SQLException raceLost) {
                    LOG.debug("schema lock row created by another node", raceLost);
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
        }
    }

    private static void lock(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM gk_schema_lock WHERE id = 1 FOR UPDATE")) {
            rs.next();
        }
    }

    private static Map<Integer, String> history(Connection c, String component) throws SQLException {
        Map<Integer, String> done = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version, checksum FROM gk_schema_history WHERE component = ? ORDER BY version")) {
            ps.setString(1, component);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    done.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return done;
    }

    static String checksum(String sql) {
        try {
            String normalised = sql.replace("\r\n", "\n").strip();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
