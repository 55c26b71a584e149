package org.gongkai.platform.persistence;

import java.sql.SQLException;

/** A database failure the caller cannot fix (HTTP 500, logged); the statement is named, parameters are not. */
public class DataAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataAccessException(String sql, SQLException cause) {
        super("database error (" + cause.getSQLState() + ") in: " + abbreviate(sql) + ": " + cause.getMessage(), cause);
    }

    /** True when the database refused the write because of a unique or primary key. */
    public boolean isUniqueViolation() {
        return getCause() instanceof SQLException s && "23505".equals(s.getSQLState());
    }

    private static String abbreviate(String sql) {
        return sql.length() > 200 ? sql.substring(0, 200) + "…" : sql;
    }
}
