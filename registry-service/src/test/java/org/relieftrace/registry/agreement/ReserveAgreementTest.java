package org.relieftrace.registry.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.contracts.registry.ReserveAgreementSigned;
import org.relieftrace.contracts.registry.ReserveAgreementSigned.AgreedQuantity;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.registry.agreement.AgreementCommands.SignReserveAgreement;

class ReserveAgreementTest {

    private static final UUID AGREEMENT = UUID.randomUUID();
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2028, 12, 31);
    private static final String COUNTY = "500118000000";
    private static final List<AgreedQuantity> LINES = List.of(new AgreedQuantity("TENT-12", 200),
            new AgreedQuantity("QUILT", 1000));

    private FixtureConfiguration<ReserveAgreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReserveAgreement.class);
    }

    private static SignReserveAgreement sign(List<AgreedQuantity> lines, LocalDate from, LocalDate to) {
        return new SignReserveAgreement(AGREEMENT, "XY-2026-CB-011", "永川区某商贸有限公司", lines, from, to, COUNTY);
    }

    @Test
    void whatAnEnterpriseHoldsIsRecordedPerItemForTheContractPeriod() {
        fixture.givenNoPriorActivity()
                .when(sign(LINES, FROM, TO))
                .expectResultMessagePayload(AGREEMENT)
                .expectEvents(new ReserveAgreementSigned(AGREEMENT, "XY-2026-CB-011", "永川区某商贸有限公司", LINES, FROM,
                        TO, COUNTY));
    }

    @Test
    void anAgreementIsRecordedOnlyOnce() {
        fixture.given(new ReserveAgreementSigned(AGREEMENT, "XY-2026-CB-011", "永川区某商贸有限公司", LINES, FROM, TO,
                        COUNTY))
                .when(sign(LINES, FROM, TO))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Agreement XY-2026-CB-011 is already recorded")
                .expectNoEvents();
    }

    @Test
    void anAgreementWithoutItemsOrWithNothingOfAnItemIsRefused() {
        fixture.givenNoPriorActivity()
                .when(sign(List.of(), FROM, TO))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(sign(List.of(new AgreedQuantity("TENT-12", 0)), FROM, TO))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anItemNamedTwiceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(sign(List.of(new AgreedQuantity("TENT-12", 5), new AgreedQuantity("TENT-12", 6)), FROM, TO))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aContractThatEndsBeforeItBeginsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(sign(LINES, TO, FROM))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }
}
