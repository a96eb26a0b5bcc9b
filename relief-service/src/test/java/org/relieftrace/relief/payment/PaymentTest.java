package org.relieftrace.relief.payment;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.relief.payment.PaymentCommands.ConfirmPayment;
import org.relieftrace.relief.payment.PaymentCommands.FailPayment;
import org.relieftrace.relief.payment.PaymentCommands.IssuePayment;
import org.relieftrace.relief.payment.PaymentEvents.PaymentConfirmed;
import org.relieftrace.relief.payment.PaymentEvents.PaymentFailed;
import org.relieftrace.relief.payment.PaymentEvents.PaymentIssued;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentTest {

    private static final UUID CASE = UUID.randomUUID();
    private static final UUID FUND = UUID.randomUUID();
    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final UUID HEAD = UUID.randomUUID();
    private static final UUID BATCH = UUID.randomUUID();
    private static final UUID PAYMENT = PaymentCommands.paymentIdOf(CASE, 1, 1);

    private FixtureConfiguration<Payment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Payment.class);
    }

    private static IssuePayment issue(UUID batch) {
        return new IssuePayment(PAYMENT, batch, CASE, 1, null, FUND, HOUSEHOLD, "500118116201", HEAD, "张三",
                "重庆农村商业银行", "6228480000000001", 720_000, null, 1, 1, 1);
    }

    private static PaymentIssued issued() {
        return new PaymentIssued(PAYMENT, BATCH, CASE, 1, null, FUND, HOUSEHOLD, "500118116201", HEAD, "张三",
                "重庆农村商业银行", "6228480000000001", 720_000, null, 1, 1, 1);
    }

    @Test
    void thePaymentKeyDependsOnlyOnTheCaseTheInstalmentAndTheAttempt() {
        assertThat(PaymentCommands.paymentIdOf(CASE, 1, 1)).isEqualTo(PAYMENT)
                .isNotEqualTo(PaymentCommands.paymentIdOf(CASE, 1, 2))
                .isNotEqualTo(PaymentCommands.paymentIdOf(CASE, 2, 1));
        assertThat(PaymentCommands.paymentIdOf(CASE, 2, 1)).isEqualTo(PaymentCommands.paymentIdOf(CASE, 2, 1))
                .isNotEqualTo(PaymentCommands.paymentIdOf(CASE, 2, 2));
    }

    @Test
    void aCaseGoesOnOneBatchOnly() {
        fixture.given(issued())
                .when(issue(UUID.randomUUID()))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theSameBatchRetriedChangesNothing() {
        fixture.given(issued()).when(issue(BATCH)).expectNoEvents().expectResultMessagePayload(PAYMENT);
    }

    @Test
    void aPaymentIsPaidOrFailedOnce() {
        fixture.given(issued())
                .when(new FailPayment(PAYMENT, "账户已销户"))
                .expectEvents(new PaymentFailed(PAYMENT, CASE, FUND, 720_000, "账户已销户"));
        fixture.given(issued(), new PaymentFailed(PAYMENT, CASE, FUND, 720_000, "账户已销户"))
                .when(new ConfirmPayment(PAYMENT, LocalDate.of(2026, 8, 3), "B-1"))
                .expectException(DomainRuleViolation.class);
        fixture.given(issued(), new PaymentConfirmed(PAYMENT, CASE, FUND, 720_000, LocalDate.of(2026, 8, 3), "B-1"))
                .when(new ConfirmPayment(PAYMENT, LocalDate.of(2026, 8, 4), "B-1"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }
}
