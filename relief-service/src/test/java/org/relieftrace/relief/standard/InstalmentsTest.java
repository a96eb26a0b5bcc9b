package org.relieftrace.relief.standard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstalmentsTest {

    @Test
    void theInstalmentsAddUpToTheAmountWithTheOddFenOnTheFirst() {
        assertThat(Instalments.amountOf(4_000_001, 2, 1)).isEqualTo(2_000_001);
        assertThat(Instalments.amountOf(4_000_001, 2, 2)).isEqualTo(2_000_000);
        long sum = 0;
        for (int n = 1; n <= 3; n++) {
            sum += Instalments.amountOf(1_000_000, 3, n);
        }
        assertThat(sum).isEqualTo(1_000_000);
        assertThat(Instalments.amountOf(1_000_000, 3, 1)).isEqualTo(333_334);
    }

    @Test
    void noInstalmentsMeansOnePaymentOfTheWholeAmount() {
        assertThat(Instalments.count(0)).isEqualTo(1);
        assertThat(Instalments.amountOf(500_000, 0, 1)).isEqualTo(500_000);
        assertThatThrownBy(() -> Instalments.amountOf(500_000, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyHousingIsPaidInInstalments() {
        StandardAmounts amounts = new StandardAmounts(50_000, 0, 4_000_000, 2_000_000, 500_000, 0, 0, 2);
        assertThat(amounts.instalmentsOf(ReliefCategory.HOUSING)).isEqualTo(2);
        assertThat(amounts.instalmentsOf(ReliefCategory.TRANSITIONAL)).isEqualTo(1);
    }
}
