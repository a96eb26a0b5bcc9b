package org.relieftrace.platform.readmodel;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Sql#one}: a row read as null (an aggregate over no rows) is no row, not a NullPointerException. */
class SqlOneTest {

    private final Sql sql = new Sql();

    /** A database whose every query answers {@code rows} rows holding {@code value} in their first column. */
    private void answering(int rows, Object value) {
        int[] left = {rows};
        ResultSet result = proxy(ResultSet.class, (method, args) -> switch (method) {
            case "next" -> left[0]-- > 0;
            case "getObject" -> value;
            case "getLong" -> value == null ? 0L : ((Number) value).longValue();
            default -> null;
        });
        PreparedStatement statement = proxy(PreparedStatement.class, (method, args) ->
                method.equals("executeQuery") ? result : null);
        Connection connection = proxy(Connection.class, (method, args) ->
                method.equals("prepareStatement") ? statement : null);
        sql.dataSource = proxy(DataSource.class, (method, args) ->
                method.equals("getConnection") ? connection : null);
    }

    @Test
    void aRowHoldingNullIsEmpty() {
        answering(1, null);
        assertThat(sql.one("SELECT max(global_index) FROM events", rows -> (Long) rows.getObject(1))).isEmpty();
    }

    @Test
    void noRowIsEmptyAndARowWithAValueIsThatValue() {
        answering(0, null);
        assertThat(sql.one("SELECT 1 WHERE false", rows -> rows.getLong(1))).isEmpty();
        answering(1, 42L);
        assertThat(sql.one("SELECT max(global_index) FROM events", rows -> (Long) rows.getObject(1))).contains(42L);
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args));
    }
}
