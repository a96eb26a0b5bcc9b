package org.relieftrace.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

class SqlLaterTest {

    /** What reached the database: "batch <sql> x<n>" per executed batch, "update <sql>", "query <sql>". */
    private final List<String> sent = new ArrayList<>();
    private final Sql sql = new Sql();

    SqlLaterTest() {
        sql.dataSource = proxy(DataSource.class, (method, args) -> method.equals("getConnection")
                ? proxy(Connection.class, (m, a) -> m.equals("prepareStatement") ? statement((String) a[0]) : null)
                : null);
    }

    private PreparedStatement statement(String text) {
        int[] rows = {0};
        return proxy(PreparedStatement.class, (method, args) -> switch (method) {
            case "addBatch" -> {
                rows[0]++;
                yield null;
            }
            case "executeBatch" -> {
                sent.add("batch " + text + " x" + rows[0]);
                yield new int[rows[0]];
            }
            case "executeUpdate" -> {
                sent.add("update " + text);
                yield 1;
            }
            case "executeQuery" -> {
                sent.add("query " + text);
                yield proxy(ResultSet.class, (m, a) -> m.equals("next") ? false : null);
            }
            default -> null;
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args));
    }

    @Test
    void statementsHeldInAUnitOfWorkGoOutWhenItCommitsInTheirOrderEachRunInOneBatch() {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
        sql.updateLater("INSERT INTO a VALUES (?)", 1);
        sql.updateLater("INSERT INTO a VALUES (?)", 2);
        sql.updateLater("UPDATE a SET x = ?", 3);
        sql.updateLater("INSERT INTO a VALUES (?)", 4);
        assertThat(sent).isEmpty();
        unit.commit();
        assertThat(sent).containsExactly("batch INSERT INTO a VALUES (?) x2", "batch UPDATE a SET x = ? x1",
                "batch INSERT INTO a VALUES (?) x1");
    }

    @Test
    void anyOtherStatementInTheUnitOfWorkSendsWhatIsHeldFirst() {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
        sql.updateLater("INSERT INTO a VALUES (?)", 1);
        sql.list("SELECT x FROM a", rows -> rows.getInt(1));
        sql.update("DELETE FROM a");
        unit.commit();
        assertThat(sent).containsExactly("batch INSERT INTO a VALUES (?) x1", "query SELECT x FROM a",
                "update DELETE FROM a");
    }

    @Test
    void aRolledBackUnitOfWorkSendsNothing() {
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
        sql.updateLater("INSERT INTO a VALUES (?)", 1);
        unit.rollback();
        assertThat(sent).isEmpty();
    }

    @Test
    void outsideAUnitOfWorkTheStatementRunsAtOnce() {
        sql.updateLater("INSERT INTO a VALUES (?)", 1);
        assertThat(sent).containsExactly("update INSERT INTO a VALUES (?)");
    }
}
