package org.relieftrace.supplies.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.agreement.AgreementCommands.AgreementTerms;
import org.relieftrace.supplies.agreement.AgreementCommands.CallOff;
import org.relieftrace.supplies.agreement.AgreementCommands.ItemQuantity;
import org.relieftrace.supplies.agreement.AgreementEvents.AgreementCalledOff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 协议储备调用: an agreement gives no more than it has left, only while in force, only to its division's depots. */
class AgreementCallOffsTest {

    private static final UUID AGREEMENT = UUID.randomUUID();
    private static final UUID DEPOT = UUID.randomUUID();
    private static final String COUNTY = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final LocalDate ON = LocalDate.of(2026, 7, 20);
    private static final AgreementTerms TERMS = new AgreementTerms(AGREEMENT, "XY-2026-CB-011",
            List.of(new ItemQuantity("TENT-12", 200), new ItemQuantity("QUILT", 1000)), LocalDate.of(2026, 1, 1),
            LocalDate.of(2028, 12, 31), COUNTY);

    private FixtureConfiguration<AgreementCallOffs> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AgreementCallOffs.class);
    }

    private static CallOff callOff(UUID receipt, String division, LocalDate on, ItemQuantity... lines) {
        return new CallOff(TERMS, receipt, DEPOT, division, on, List.of(lines));
    }

    @Test
    void aCallOffWithinWhatIsLeftIsRecordedPerItem() {
        UUID receipt = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(callOff(receipt, ZHUTUO, ON, new ItemQuantity("TENT-12", 80), new ItemQuantity("TENT-12", 20)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AgreementCalledOff(AGREEMENT, receipt, DEPOT,
                        List.of(new ItemQuantity("TENT-12", 100))));
    }

    @Test
    void aCallOffBeyondWhatIsLeftIsRefusedNamingItemAskedAndLeft() {
        fixture.given(new AgreementCalledOff(AGREEMENT, UUID.randomUUID(), DEPOT,
                        List.of(new ItemQuantity("TENT-12", 150))))
                .when(callOff(UUID.randomUUID(), ZHUTUO, ON, new ItemQuantity("TENT-12", 51)))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Agreement XY-2026-CB-011 has 50 of TENT-12 left, 51 asked for")
                .expectNoEvents();
        assertThatThrownBy(() -> AgreementRules.requireCallable(TERMS, Map.of("TENT-12", 150L), ZHUTUO, ON,
                List.of(new ItemQuantity("TENT-12", 51))))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refused -> {
                    assertThat(refused.code()).isEqualTo("agreement-exhausted");
                    assertThat(refused.arguments()).containsExactly("TENT-12", 51L, 50L, "XY-2026-CB-011");
                });
    }

    @Test
    void whatIsLeftCanBeCalledOffToTheLastUnit() {
        UUID receipt = UUID.randomUUID();
        fixture.given(new AgreementCalledOff(AGREEMENT, UUID.randomUUID(), DEPOT,
                        List.of(new ItemQuantity("TENT-12", 150))))
                .when(callOff(receipt, ZHUTUO, ON, new ItemQuantity("TENT-12", 50)))
                .expectEvents(new AgreementCalledOff(AGREEMENT, receipt, DEPOT,
                        List.of(new ItemQuantity("TENT-12", 50))));
    }

    @Test
    void theSameReceiptCalledOffAgainChangesNothing() {
        UUID receipt = UUID.randomUUID();
        fixture.given(new AgreementCalledOff(AGREEMENT, receipt, DEPOT, List.of(new ItemQuantity("TENT-12", 200))))
                .when(callOff(receipt, ZHUTUO, ON, new ItemQuantity("TENT-12", 200)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anItemTheAgreementDoesNotHoldIsRefused() {
        fixture.givenNoPriorActivity()
                .when(callOff(UUID.randomUUID(), ZHUTUO, ON, new ItemQuantity("WATER-550", 1)))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
        assertThatThrownBy(() -> AgreementRules.requireCallable(TERMS, Map.of(), ZHUTUO, ON,
                List.of(new ItemQuantity("WATER-550", 1))))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refused -> assertThat(refused.code()).isEqualTo("item-not-in-agreement"));
    }

    @Test
    void anAgreementOutOfForceOrOfAnotherDivisionGivesNothing() {
        fixture.givenNoPriorActivity()
                .when(callOff(UUID.randomUUID(), ZHUTUO, LocalDate.of(2029, 1, 1), new ItemQuantity("TENT-12", 1)))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Agreement XY-2026-CB-011 is not in force on 2029-01-01")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(callOff(UUID.randomUUID(), "500119000000", ON, new ItemQuantity("TENT-12", 1)))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Agreement XY-2026-CB-011 serves 500118000000, not a depot in 500119000000")
                .expectNoEvents();
    }
}
