package org.relieftrace.platform.readmodel;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two keys of read-model rows are equal when they are of the same kind and name the same columns' values. */
class CompositeKeyTest {

    private static final UUID AGREEMENT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    static class LineKey extends CompositeKey {
        final UUID agreementId;
        final String itemCode;

        LineKey(UUID agreementId, String itemCode) {
            this.agreementId = agreementId;
            this.itemCode = itemCode;
        }

        @Override
        protected Object[] parts() {
            return new Object[] {agreementId, itemCode};
        }
    }

    static class OtherKey extends LineKey {
        OtherKey(UUID agreementId, String itemCode) {
            super(agreementId, itemCode);
        }
    }

    @Test
    void theSameLineIsTheSameKey() {
        assertThat(new LineKey(AGREEMENT, "TENT-12")).isEqualTo(new LineKey(AGREEMENT, "TENT-12"))
                .hasSameHashCodeAs(new LineKey(AGREEMENT, "TENT-12"));
    }

    @Test
    void anotherItemOrAnotherKindIsAnotherKey() {
        assertThat(new LineKey(AGREEMENT, "TENT-12")).isNotEqualTo(new LineKey(AGREEMENT, "QUILT-01"))
                .isNotEqualTo(new OtherKey(AGREEMENT, "TENT-12")).isNotEqualTo(null);
    }

    @Test
    void aKeyStillBeingFilledCompares() {
        assertThat(new LineKey(null, null)).isEqualTo(new LineKey(null, null));
    }
}
