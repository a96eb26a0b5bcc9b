package org.relieftrace.supplies.transfer;

import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.SeparationOfDuties;
import org.relieftrace.supplies.stock.StockCommands.Want;
import org.relieftrace.supplies.transfer.TransferCommands.ApproveTransfer;
import org.relieftrace.supplies.transfer.TransferEvents.TransferApproved;
import org.relieftrace.supplies.transfer.TransferEvents.TransferRequested;

import static org.assertj.core.api.Assertions.assertThat;

/** Maker–checker on a transfer: who requested it does not approve it; anyone else of the approving division may. */
class TransferApprovalTest {

    private static final UUID TRANSFER = UUID.randomUUID();
    private static final UUID FROM = UUID.randomUUID();
    private static final List<Want> LINES = List.of(new Want("TENT-12", 5, null));
    private static final String COUNTY = "500118000000";

    private FixtureConfiguration<Transfer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Transfer.class);
    }

    private static Object requestedBy(String user) {
        return GenericEventMessage.asEventMessage(new TransferRequested(TRANSFER, null, FROM, COUNTY,
                UUID.randomUUID(), "500118116000", false, LINES)).andMetaData(as(user));
    }

    private static MetaData as(String user) {
        return MetaData.with("userId", user).and("username", user + "-name");
    }

    @Test
    void whoRequestedATransferCannotApproveIt() {
        fixture.given(List.of(requestedBy("county-officer")))
                .when(new ApproveTransfer(TRANSFER, COUNTY), as("county-officer"))
                .expectException(separationOfDuties())
                .expectNoEvents();
    }

    @Test
    void aSecondOfficerApprovesIt() {
        fixture.given(List.of(requestedBy("county-officer")))
                .when(new ApproveTransfer(TRANSFER, COUNTY), as("county-officer-2"))
                .expectEvents(new TransferApproved(TRANSFER, FROM, LINES));
    }

    @Test
    void theActionsAskTheSameRule() {
        assertThat(TransferRules.approverIsNotRequester("county-officer", "county-officer")).isFalse();
        assertThat(TransferRules.approverIsNotRequester("county-officer-2", "county-officer")).isTrue();
    }

    private static Matcher<DomainRuleViolation> separationOfDuties() {
        return new CustomTypeSafeMatcher<>("a refusal of type " + SeparationOfDuties.CODE) {
            @Override
            protected boolean matchesSafely(DomainRuleViolation refusal) {
                return SeparationOfDuties.CODE.equals(refusal.code());
            }
        };
    }
}
