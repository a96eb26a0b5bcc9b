package org.relieftrace.platform.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DomainRuleViolationTest {

    /** A rule may name a value not known yet (a payment with no status): the refusal is still a 409, not a 500. */
    @Test
    void anArgumentMayBeNull() {
        DomainRuleViolation violation = new DomainRuleViolation("payment-not-failed", "no failed payment", "case-1",
                null);
        assertThat(violation.arguments()).containsExactly("case-1", null);
        assertThat(violation.code()).isEqualTo("payment-not-failed");
    }
}
