package org.relieftrace.relief.fund;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.relief.fund.FundCommands.DecideApportionment;
import org.relieftrace.relief.fund.FundEvents.FundApportionmentRaised;
import org.relieftrace.relief.fund.FundEvents.FundApportionmentRejected;
import org.relieftrace.relief.testing.ReliefFixtures;
import org.relieftrace.relief.fund.FundCommands.ApportionFund;
import org.relieftrace.relief.fund.FundCommands.CommitFunds;
import org.relieftrace.relief.fund.FundCommands.ReleaseFunds;
import org.relieftrace.relief.fund.FundCommands.SourceLevel;
import org.relieftrace.relief.fund.FundEvents.FundAllocated;
import org.relieftrace.relief.fund.FundEvents.FundApportioned;
import org.relieftrace.relief.fund.FundEvents.FundCommitmentReleased;
import org.relieftrace.relief.fund.FundEvents.FundsCommitted;
import org.relieftrace.relief.standard.ReliefCategory;

class FundTest {

    private static final UUID FUND = UUID.randomUUID();
    private static final UUID DISASTER = UUID.randomUUID();
    private static final UUID CASE = UUID.randomUUID();
    private static final String ZHUTUO = "500118116000";
    private static final String LAISU = "500118109000";

    private FixtureConfiguration<Fund> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Fund.class);
    }

    private static FundAllocated allocated(long amount) {
        return new FundAllocated(FUND, "500118000000", SourceLevel.CENTRAL, "财建〔2026〕88号", "过渡期生活救助",
                DISASTER, ReliefCategory.TRANSITIONAL, amount, LocalDate.of(2026, 7, 20));
    }

    @Test
    void townshipsShareAtMostTheAllocation() {
        fixture.given(allocated(100_000), new FundApportioned(FUND, ZHUTUO, 60_000))
                .when(new ApportionFund(FUND, UUID.randomUUID(), LAISU, 40_001), ReliefFixtures.by("finance-a"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Fund " + FUND + " has 40000 fen left to apportion, not 40001");
    }

    @Test
    void anApportionmentIsPendingUntilASecondUserApprovesIt() {
        UUID id = UUID.randomUUID();
        fixture.given(allocated(100_000))
                .when(new ApportionFund(FUND, id, ZHUTUO, 60_000), ReliefFixtures.by("finance-a"))
                .expectEvents(new FundApportionmentRaised(FUND, id, ZHUTUO, 60_000, "finance-a"));
        fixture.given(allocated(100_000), new FundApportionmentRaised(FUND, id, ZHUTUO, 60_000, "finance-a"))
                .when(new CommitFunds(FUND, CASE, ZHUTUO, ReliefCategory.TRANSITIONAL, DISASTER, 1))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
        fixture.given(allocated(100_000), new FundApportionmentRaised(FUND, id, ZHUTUO, 60_000, "finance-a"))
                .when(new DecideApportionment(FUND, id, true), ReliefFixtures.by("finance-b"))
                .expectEvents(new FundApportioned(FUND, ZHUTUO, 60_000, id))
                .expectResultMessagePayload(60_000L);
    }

    @Test
    void whoRaisedAnApportionmentCannotApproveOrRejectIt() {
        UUID id = UUID.randomUUID();
        for (boolean approve : new boolean[] {true, false}) {
            fixture.given(allocated(100_000), new FundApportionmentRaised(FUND, id, ZHUTUO, 60_000, "finance-a"))
                    .when(new DecideApportionment(FUND, id, approve), ReliefFixtures.by("finance-a"))
                    .expectException(DomainRuleViolation.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("raised or already handled"))
                    .expectNoEvents();
        }
    }

    @Test
    void pendingApportionmentsAreReservedAndARejectedOneFreesItsAmount() {
        UUID id = UUID.randomUUID();
        fixture.given(allocated(100_000), new FundApportionmentRaised(FUND, id, ZHUTUO, 60_000, "finance-a"))
                .when(new ApportionFund(FUND, UUID.randomUUID(), LAISU, 40_001), ReliefFixtures.by("finance-a"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Fund " + FUND + " has 40000 fen left to apportion, not 40001");
        fixture.given(allocated(100_000), new FundApportionmentRaised(FUND, id, ZHUTUO, 60_000, "finance-a"),
                        new FundApportionmentRejected(FUND, id, ZHUTUO, 60_000, "finance-b"))
                .when(new ApportionFund(FUND, UUID.randomUUID(), LAISU, 100_000), ReliefFixtures.by("finance-a"))
                .expectSuccessfulHandlerExecution();
        fixture.given(allocated(100_000), new FundApportionmentRaised(FUND, id, ZHUTUO, 60_000, "finance-a"),
                        new FundApportionmentRejected(FUND, id, ZHUTUO, 60_000, "finance-b"))
                .when(new DecideApportionment(FUND, id, true), ReliefFixtures.by("finance-b"))
                .expectException(org.relieftrace.platform.domain.NotFound.class)
                .expectNoEvents();
    }

    @Test
    void aCaseIsCommittedOutOfItsTownshipsShare() {
        fixture.given(allocated(100_000), new FundApportioned(FUND, ZHUTUO, 60_000))
                .when(new CommitFunds(FUND, CASE, ZHUTUO, ReliefCategory.TRANSITIONAL, DISASTER, 60_000))
                .expectEvents(new FundsCommitted(FUND, CASE, ZHUTUO, 60_000));
    }

    @Test
    void neverCommitsMoreThanTheTownshipHasLeft() {
        fixture.given(allocated(100_000), new FundApportioned(FUND, ZHUTUO, 60_000),
                        new FundsCommitted(FUND, UUID.randomUUID(), ZHUTUO, 50_000))
                .when(new CommitFunds(FUND, CASE, ZHUTUO, ReliefCategory.TRANSITIONAL, DISASTER, 10_001))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aTownshipWithoutShareCommitsNothing() {
        fixture.given(allocated(100_000), new FundApportioned(FUND, ZHUTUO, 60_000))
                .when(new CommitFunds(FUND, CASE, LAISU, ReliefCategory.TRANSITIONAL, DISASTER, 1))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void aFundPaysOnlyItsCategoryAndDisaster() {
        fixture.given(allocated(100_000), new FundApportioned(FUND, ZHUTUO, 60_000))
                .when(new CommitFunds(FUND, CASE, ZHUTUO, ReliefCategory.HOUSING, DISASTER, 100))
                .expectException(DomainRuleViolation.class);
        fixture.given(allocated(100_000), new FundApportioned(FUND, ZHUTUO, 60_000))
                .when(new CommitFunds(FUND, CASE, ZHUTUO, ReliefCategory.TRANSITIONAL, UUID.randomUUID(), 100))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void theSameCommitmentRetriedChangesNothing() {
        fixture.given(allocated(100_000), new FundApportioned(FUND, ZHUTUO, 60_000),
                        new FundsCommitted(FUND, CASE, ZHUTUO, 600))
                .when(new CommitFunds(FUND, CASE, ZHUTUO, ReliefCategory.TRANSITIONAL, DISASTER, 600))
                .expectNoEvents()
                .expectResultMessagePayload(600L);
    }

    @Test
    void aReleasedCommitmentFreesTheShareAgain() {
        fixture.given(allocated(100_000), new FundApportioned(FUND, ZHUTUO, 600),
                        new FundsCommitted(FUND, CASE, ZHUTUO, 600))
                .when(new ReleaseFunds(FUND, CASE))
                .expectEvents(new FundCommitmentReleased(FUND, CASE, ZHUTUO, 600));
        fixture.given(allocated(100_000), new FundApportioned(FUND, ZHUTUO, 600),
                        new FundsCommitted(FUND, CASE, ZHUTUO, 600),
                        new FundCommitmentReleased(FUND, CASE, ZHUTUO, 600))
                .when(new CommitFunds(FUND, UUID.randomUUID(), ZHUTUO, ReliefCategory.TRANSITIONAL, DISASTER, 600))
                .expectSuccessfulHandlerExecution();
    }
}
