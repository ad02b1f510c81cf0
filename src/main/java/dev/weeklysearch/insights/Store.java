package dev.weeklysearch.insights;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQLite file: one row per (day, query, result bucket) and per (day, click position, entry
 * type), each with a count. No column could hold anything about a reader. One connection, used
 * under this object's lock (the flush thread writes, admin requests read).
 */
final class Store implements Closeable {
    /** The other query: searches past the day's cap of distinct queries; counted, never listed. */
    static final String OTHER = "";
    private static final int LISTED = 20;

    private final Connection db;

    Store(Path file) throws IOException {
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                // WAL: the flush's writes never block the owner's page reading, and a crash loses no commit.
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("CREATE TABLE IF NOT EXISTS searches (day TEXT NOT NULL, query TEXT NOT NULL, "
                        + "bucket INTEGER NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (day, query, bucket)) WITHOUT ROWID");
                s.execute("CREATE TABLE IF NOT EXISTS clicks (day TEXT NOT NULL, position INTEGER NOT NULL, "
                        + "type TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (day, position, type)) WITHOUT ROWID");
            }
        } catch (SQLException e) {
            throw new IOException("cannot open the insights database " + file + ": " + e.getMessage(), e);
        }
    }

    record SearchKey(String day, String query, int bucket) {
    }

    record ClickKey(String day, int position, String type) {
    }

    /** Adds the counts in one transaction. */
    synchronized void add(Map<SearchKey, Long> searches, Map<ClickKey, Long> clicks) throws SQLException {
        if (searches.isEmpty() && clicks.isEmpty()) {
            return;
        }
        db.setAutoCommit(false);
        try (PreparedStatement s = db.prepareStatement("INSERT INTO searches VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (day, query, bucket) DO UPDATE SET count = count + excluded.count");
                PreparedStatement c = db.prepareStatement("INSERT INTO clicks VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (day, position, type) DO UPDATE SET count = count + excluded.count")) {
            for (Map.Entry<SearchKey, Long> e : searches.entrySet()) {
                s.setString(1, e.getKey().day());
                s.setString(2, e.getKey().query());
                s.setInt(3, e.getKey().bucket());
                s.setLong(4, e.getValue());
                s.addBatch();
            }
            for (Map.Entry<ClickKey, Long> e : clicks.entrySet()) {
                c.setString(1, e.getKey().day());
                c.setInt(2, e.getKey().position());
                c.setString(3, e.getKey().type());
                c.setLong(4, e.getValue());
                c.addBatch();
            }
            s.executeBatch();
            c.executeBatch();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** Deletes every day before {@code first}; returns the rows deleted. */
    synchronized int deleteBefore(LocalDate first) throws SQLException {
        int n = 0;
        for (String table : List.of("searches", "clicks")) {
            try (PreparedStatement s = db.prepareStatement("DELETE FROM " + table + " WHERE day < ?")) {
                s.setString(1, first.toString());
                n += s.executeUpdate();
            }
        }
        return n;
    }

    /** The distinct queries counted on {@code day}. */
    synchronized Set<String> queries(LocalDate day) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement s = db.prepareStatement("SELECT DISTINCT query FROM searches WHERE day = ?")) {
            s.setString(1, day.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    synchronized Report report(LocalDate from, LocalDate to, int minCount) throws SQLException {
        String f = from.toString();
        Map<String, Long> perDay = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            perDay.put(d.toString(), 0L);
        }
        long searches = 0;
        long zero = 0;
        try (PreparedStatement s = db.prepareStatement("SELECT day, SUM(count), SUM(CASE WHEN bucket = 0 THEN count "
                + "ELSE 0 END) FROM searches WHERE day >= ? GROUP BY day")) {
            s.setString(1, f);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long day = r.getLong(2);
                    perDay.computeIfPresent(r.getString(1), (d, c) -> c + day);
                    searches += day;
                    zero += r.getLong(3);
                }
            }
        }
        List<Report.PositionCount> positions = new ArrayList<>();
        List<Report.TypeCount> types = new ArrayList<>();
        long clicks = 0;
        try (ResultSet r = select("SELECT position, SUM(count) FROM clicks WHERE day >= ? GROUP BY position "
                + "ORDER BY position", f)) {
            while (r.next()) {
                positions.add(new Report.PositionCount(r.getInt(1), r.getLong(2)));
                clicks += r.getLong(2);
            }
        }
        try (ResultSet r = select("SELECT type, SUM(count) c FROM clicks WHERE day >= ? GROUP BY type "
                + "ORDER BY c DESC, type", f)) {
            while (r.next()) {
                types.add(new Report.TypeCount(r.getString(1), r.getLong(2)));
            }
        }
        int days = perDay.size();
        return new Report(days, f, to.toString(), searches, zero, clicks, ratio(zero, searches),
                Math.min(1, ratio(clicks, searches)), minCount, listed(f, "", minCount),
                listed(f, "AND bucket = 0", minCount), positions, types,
                perDay.entrySet().stream().map(e -> new Report.DayCount(e.getKey(), e.getValue())).toList());
    }

    private List<Report.QueryCount> listed(String from, String condition, int minCount) throws SQLException {
        List<Report.QueryCount> out = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT query, SUM(count) c FROM searches WHERE day >= ? "
                + "AND query <> '' " + condition + " GROUP BY query HAVING c >= ? ORDER BY c DESC, query LIMIT ?")) {
            s.setString(1, from);
            s.setInt(2, minCount);
            s.setInt(3, LISTED);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Report.QueryCount(r.getString(1), r.getLong(2)));
                }
            }
        }
        return out;
    }

    /** The statement closes with its result set (closeOnCompletion). */
    private ResultSet select(String sql, String from) throws SQLException {
        PreparedStatement s = db.prepareStatement(sql);
        s.closeOnCompletion();
        s.setString(1, from);
        return s.executeQuery();
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : Math.round(a * 10000.0 / b) / 10000.0;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IOException("closing the insights database: " + e.getMessage(), e);
        }
    }
}
