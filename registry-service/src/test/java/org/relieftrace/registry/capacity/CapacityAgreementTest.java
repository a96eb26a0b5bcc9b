package org.relieftrace.registry.capacity;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.contracts.registry.CapacityAgreementSigned;
import org.relieftrace.contracts.registry.CapacityLeadTimeDeclared;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.registry.capacity.CapacityCommands.SignCapacityAgreement;

class CapacityAgreementTest {

    private static final UUID AGREEMENT = UUID.randomUUID();
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2028, 12, 31);

    private FixtureConfiguration<CapacityAgreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CapacityAgreement.class);
    }

    private static SignCapacityAgreement sign(long daily, LocalDate from, LocalDate to) {
        return new SignCapacityAgreement(AGREEMENT, "XY-2026-CN-003", "重庆某帐篷制造有限公司", "TENT-12", daily, 2, from,
                to, "500118000000");
    }

    @Test
    void anEnterprisesDailyCapacityIsRecordedForTheContractPeriod() {
        fixture.givenNoPriorActivity()
                .when(sign(300, FROM, TO))
                .expectResultMessagePayload(AGREEMENT)
                .expectEvents(new CapacityAgreementSigned(AGREEMENT, "XY-2026-CN-003", "重庆某帐篷制造有限公司",
                        "TENT-12", 300, FROM, TO, "500118000000"), new CapacityLeadTimeDeclared(AGREEMENT, 2));
    }

    @Test
    void anAgreementIsRecordedOnlyOnce() {
        fixture.given(new CapacityAgreementSigned(AGREEMENT, "XY-2026-CN-003", "重庆某帐篷制造有限公司", "TENT-12", 300,
                        FROM, TO, "500118000000"))
                .when(sign(300, FROM, TO))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCapacityOfNothingIsRefused() {
        fixture.givenNoPriorActivity()
                .when(sign(0, FROM, TO))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aContractThatEndsBeforeItBeginsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(sign(300, TO, FROM))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aNegativeLeadTimeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SignCapacityAgreement(AGREEMENT, "XY-2026-CN-003", "重庆某帐篷制造有限公司", "TENT-12", 300, -1,
                        FROM, TO, "500118000000"))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }
}
