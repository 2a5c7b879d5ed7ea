package fr.clausematch.shared;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Helpers of the bulk JDBC writes (imports): ids drawn ahead from a sequence, batches of rows, positioned lists. */
public final class JdbcBatches {

    /** Rows per JDBC batch. */
    public static final int SIZE = 2_000;

    private JdbcBatches() {
    }

    /** {@code count} new ids of {@code sequence}, in one query. */
    public static List<Long> nextIds(JdbcTemplate jdbc, String sequence, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("SELECT nextval('" + sequence + "') FROM generate_series(1, ?)", Long.class, count);
    }

    /** Runs {@code sql} for every row, {@link #SIZE} at a time. */
    public static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += SIZE) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + SIZE)));
        }
    }

    /** Adds (owner, position, value) for each value of a list kept in order. */
    public static void addPositioned(List<Object[]> target, Long ownerId, Collection<String> values) {
        int position = 0;
        for (String value : values) {
            target.add(new Object[]{ownerId, position++, value});
        }
    }

    /** 0, 1, …, size - 1: the rows of a batch by their index. */
    public static List<Integer> indexes(int size) {
        List<Integer> indexes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            indexes.add(i);
        }
        return indexes;
    }

    public static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
