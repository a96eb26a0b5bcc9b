package org.relieftrace.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MultiRowInsertTest {

    @Test
    void anInsertOfParametersAndLiteralsBecomesOneStatementOfManyRows() {
        MultiRowInsert insert = MultiRowInsert.of("""
                INSERT INTO replay_1.lot_stock (lot_id, source, on_hand)
                VALUES (?, 'TRANSFER', ?)
                ON CONFLICT (lot_id) DO NOTHING""");
        assertThat(insert).isNotNull();
        assertThat(insert.fits(new Object[] {1, 2})).isTrue();
        assertThat(insert.fits(new Object[] {1, 2, 3})).isFalse();
        assertThat(insert.sql(3).replaceAll("\\s+", " ")).isEqualTo("INSERT INTO replay_1.lot_stock (lot_id, source,"
                + " on_hand) VALUES (?, 'TRANSFER', ?), (?, 'TRANSFER', ?), (?, 'TRANSFER', ?) ON CONFLICT (lot_id)"
                + " DO NOTHING");
    }

    @Test
    void whatAMultiRowStatementWouldChangeIsSentRowByRow() {
        assertThat(MultiRowInsert.of("INSERT INTO t (a, b) VALUES (?, ?) ON CONFLICT (a) DO UPDATE SET b = 1"))
                .isNull();
        assertThat(MultiRowInsert.of("INSERT INTO t (a, b) VALUES (?, now())")).isNull();
        assertThat(MultiRowInsert.of("INSERT INTO t (a) VALUES (?) RETURNING a")).isNull();
        assertThat(MultiRowInsert.of("INSERT INTO t SELECT * FROM u")).isNull();
        assertThat(MultiRowInsert.of("UPDATE t SET a = ? WHERE b = ?")).isNull();
        assertThat(MultiRowInsert.of("INSERT INTO t (a) VALUES ('x')")).isNull();
    }

    @Test
    void rowsAreSentInFullStatementsThenInPowersOfTwoInOrder() {
        assertThat(MultiRowInsert.chunks(1000, 128)).containsExactly(128, 128, 128, 128, 128, 128, 128, 64, 32, 8);
        assertThat(MultiRowInsert.chunks(256, 128)).containsExactly(128, 128);
        assertThat(MultiRowInsert.chunks(5, 128)).containsExactly(4, 1);
        assertThat(MultiRowInsert.chunks(1, 128)).containsExactly(1);
    }
}
