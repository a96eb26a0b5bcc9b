package org.relieftrace.gateway.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatsTest {

    @Test
    void anInstantIsShownOnTheShanghaiWallClock() {
        assertThat(Formats.time("2026-07-20T10:00:00Z")).isEqualTo("2026-07-20 18:00:00");
        assertThat(Formats.time("2026-07-20T10:00:00.123456Z")).isEqualTo("2026-07-20 18:00:00");
        assertThat(Formats.time("2026-07-20T10:00:00+02:00")).isEqualTo("2026-07-20 16:00:00");
    }

    @Test
    void somethingThatIsNotATimeIsShownAsItIs() {
        assertThat(Formats.time("2026-07-20")).isEqualTo("2026-07-20");
        assertThat(Formats.time(null)).isEmpty();
    }

    @Test
    void fenAreShownAsYuanWithTwoDecimalsAndGrouping() {
        assertThat(Formats.yuan(123456)).isEqualTo("¥1,234.56");
        assertThat(Formats.yuan(5)).isEqualTo("¥0.05");
        assertThat(Formats.yuan(100000000L)).isEqualTo("¥1,000,000.00");
        assertThat(Formats.yuan(-250)).isEqualTo("¥-2.50");
    }

    @Test
    void moneyThatIsNotWholeFenIsRefusedRatherThanRounded() {
        assertThatThrownBy(() -> Formats.yuan("12.5")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aTimeTypedOnTheShanghaiClockBecomesTheInstantTheApiExpects() {
        assertThat(Formats.shanghaiInputToInstant("2026-07-20T18:00")).isEqualTo("2026-07-20T10:00:00Z");
        assertThat(Formats.shanghaiInputToInstant("2026-07-20T18:00:30")).isEqualTo("2026-07-20T10:00:30Z");
        assertThat(Formats.shanghaiInputToInstant(" ")).isNull();
    }

    @Test
    void quantitiesAreGrouped() {
        assertThat(Formats.qty(12000)).isEqualTo("12,000");
        assertThat(Formats.qty(7)).isEqualTo("7");
    }

    @Test
    void onlyTheRolesOfTheReliefTraceModelAreShown() {
        assertThat(Formats.modelRoles("default-roles-relief,depot-keeper,offline_access,uma_authorization"))
                .isEqualTo("depot-keeper");
        assertThat(Formats.modelRoles("auditor, admin")).isEqualTo("auditor, admin");
    }
}
