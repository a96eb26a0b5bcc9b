package org.relieftrace.platform.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SqlRedirectTest {

    private final SqlRedirect redirect = SqlRedirect.toShadowBatched(Map.of(
            "supplies.lot_stock", "replay_1.lot_stock", "supplies.lot_movement", "replay_1.lot_movement"));

    @Test
    void aStatementOnOneTableIsRewrittenAndKeyedByItsShadow() {
        String sql = "UPDATE supplies.lot_stock SET on_hand = on_hand - ? WHERE lot_id = ?";
        assertThat(redirect.rewrite(sql)).isEqualTo("UPDATE replay_1.lot_stock SET on_hand = on_hand - ? WHERE"
                + " lot_id = ?");
        assertThat(redirect.table(sql)).isEqualTo("replay_1.lot_stock");
    }

    @Test
    void aStatementNamingTwoTablesOrNoneIsNotBatched() {
        assertThat(redirect.table("INSERT INTO supplies.lot_movement SELECT * FROM supplies.lot_stock")).isEmpty();
        assertThat(redirect.table("UPDATE supplies.lot_stock_archive SET x = 1")).isEmpty();
    }
}
