package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.relief.fund.Fund;
import org.relieftrace.relief.fund.FundCommands.SourceLevel;
import org.relieftrace.relief.fund.FundEvents.FundAllocated;
import org.relieftrace.relief.fund.FundEvents.FundApportioned;
import org.relieftrace.relief.fund.FundEvents.FundsCommitted;
import org.relieftrace.relief.reliefcase.CaseCommands.ApproveInCounty;
import org.relieftrace.relief.reliefcase.CaseCommands.CaseOrigin;
import org.relieftrace.relief.reliefcase.CaseCommands.ConfirmInCounty;
import org.relieftrace.relief.reliefcase.CaseCommands.ConfirmOverride;
import org.relieftrace.relief.reliefcase.CaseCommands.DecideCase;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseApprovalProposed;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseApproved;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseAppraised;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseOpened;
import org.relieftrace.relief.reliefcase.CaseEvents.CasePostedOnNotice;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseReviewed;
import org.relieftrace.relief.standard.ReliefCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The county approval as one unit of work over two event streams, on an in-memory event store: the case's decision
 * and the fund's commitment are appended together or not at all.
 */
class CaseApprovalTest {

    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final UUID DISASTER = UUID.randomUUID();
    private static final UUID FUND = UUID.randomUUID();
    private static final UUID CASE = CaseCommands.caseIdOf(HOUSEHOLD, ReliefCategory.TRANSITIONAL, DISASTER,
            "2026-07");
    private static final String VILLAGE = "500118116201";
    private static final String TOWNSHIP = "500118116000";
    private static final LocalDate POSTED = LocalDate.of(2026, 7, 25);
    private static final LocalDate ENDS = POSTED.plusDays(7);
    private static final long STANDARD = 720_000;

    private EmbeddedEventStore store;
    private SimpleCommandBus bus;

    @BeforeEach
    void setUp() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        Repository<ReliefCase> cases = EventSourcingRepository.builder(ReliefCase.class).eventStore(store).build();
        Repository<Fund> funds = EventSourcingRepository.builder(Fund.class).eventStore(store).build();
        bus = SimpleCommandBus.builder().build();
        new AnnotationCommandHandlerAdapter<>(new CaseApproval(new CaseApproval.Repositories() {
            @Override
            public Repository<ReliefCase> cases() {
                return cases;
            }

            @Override
            public Repository<Fund> funds() {
                return funds;
            }
        })).subscribe(bus);
    }

    @AfterEach
    void tearDown() {
        store.shutDown();
    }

    private void givenReviewedCaseAndFund(long share) {
        given("ReliefCase", ReliefCase.streamOf(CASE),
                new CaseOpened(CASE, HOUSEHOLD, VILLAGE, ReliefCategory.TRANSITIONAL, DISASTER, "2026-07", null,
                        CaseOrigin.NOMINATION, "房屋进水", "village-civil", "village-civil"),
                new CaseAppraised(CASE, 4, 3, 0, null, "村民代表会议", POSTED.minusDays(1), STANDARD, "village-civil",
                        "village-civil"),
                new CasePostedOnNotice(CASE, UUID.randomUUID(), POSTED, ENDS),
                new CaseReviewed(CASE, ENDS, "同意", "zhutuo-civil", "zhutuo-civil"));
        given("Fund", Fund.streamOf(FUND),
                new FundAllocated(FUND, "500118000000", SourceLevel.CENTRAL, "财建〔2026〕1号", "过渡期生活救助",
                        DISASTER, ReliefCategory.TRANSITIONAL, 10_000_000, POSTED),
                new FundApportioned(FUND, TOWNSHIP, share));
    }

    private void given(String type, String stream, Object... events) {
        for (int i = 0; i < events.length; i++) {
            store.publish(new GenericDomainEventMessage<>(type, stream, i, events[i]));
        }
    }

    private void when(Object command, String user) throws Throwable {
        CompletableFuture<Object> answer = new CompletableFuture<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of("userId", user, "username", user)), (message, result) -> {
                    if (result.isExceptional()) {
                        answer.completeExceptionally(result.exceptionResult());
                    } else {
                        answer.complete(result.getPayload());
                    }
                });
        try {
            answer.get();
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    private List<Object> events(String stream) {
        return store.readEvents(stream).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }

    private static DecideCase approve(long amount, String reason) {
        return new DecideCase(CASE, true, FUND, STANDARD, amount, 1, reason, "同意", ENDS, ENDS.plusDays(12));
    }

    @Test
    void anApprovalAtTheStandardCommitsItsAmountFromTheFundInTheSameUnitOfWork() throws Throwable {
        givenReviewedCaseAndFund(1_000_000);
        when(new ApproveInCounty(approve(STANDARD, null)), "county-civil");
        assertThat(events(ReliefCase.streamOf(CASE))).last().isInstanceOf(CaseApproved.class);
        assertThat(events(Fund.streamOf(FUND))).last()
                .isEqualTo(new FundsCommitted(FUND, CASE, TOWNSHIP, STANDARD));
    }

    @Test
    void anApprovalRefusedForTheSeparationOfDutiesLeavesTheFundUntouched() throws Throwable {
        givenReviewedCaseAndFund(1_000_000);
        assertThatThrownBy(() -> when(new ApproveInCounty(approve(STANDARD, null)), "zhutuo-civil"))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("zhutuo-civil raised or already handled case " + CASE + " and cannot approve it");
        assertThat(events(Fund.streamOf(FUND))).hasSize(2);
        assertThat(events(ReliefCase.streamOf(CASE))).hasSize(4);
    }

    @Test
    void aFundThatCannotCarryTheAmountLeavesTheCaseUnapproved() throws Throwable {
        givenReviewedCaseAndFund(STANDARD - 1);
        assertThatThrownBy(() -> when(new ApproveInCounty(approve(STANDARD, null)), "county-civil"))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("left for township");
        assertThat(events(ReliefCase.streamOf(CASE))).hasSize(4).last().isInstanceOf(CaseReviewed.class);
        assertThat(events(Fund.streamOf(FUND))).hasSize(2);
    }

    @Test
    void anUnknownFundIsRefusedAndTheCaseStaysReviewed() throws Throwable {
        givenReviewedCaseAndFund(1_000_000);
        DecideCase elsewhere = new DecideCase(CASE, true, UUID.randomUUID(), STANDARD, STANDARD, 1, null, null, ENDS,
                ENDS.plusDays(12));
        assertThatThrownBy(() -> when(new ApproveInCounty(elsewhere), "county-civil"))
                .isInstanceOf(InvalidInput.class);
        assertThat(events(ReliefCase.streamOf(CASE))).hasSize(4);
    }

    @Test
    void anOverriddenAmountIsCommittedOnlyWhenTheSecondApproverConfirmsIt() throws Throwable {
        givenReviewedCaseAndFund(1_000_000);
        when(new ApproveInCounty(approve(800_000, "家有重病人")), "county-civil");
        assertThat(events(ReliefCase.streamOf(CASE))).last().isInstanceOf(CaseApprovalProposed.class);
        assertThat(events(Fund.streamOf(FUND))).hasSize(2);
        ConfirmOverride confirm = new ConfirmOverride(CASE, ENDS, ENDS.plusDays(12));
        assertThatThrownBy(() -> when(new ConfirmInCounty(confirm), "county-civil"))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(events(Fund.streamOf(FUND))).hasSize(2);
        when(new ConfirmInCounty(confirm), "county-finance");
        assertThat(events(ReliefCase.streamOf(CASE))).last().isInstanceOf(CaseApproved.class);
        assertThat(events(Fund.streamOf(FUND))).last().isEqualTo(new FundsCommitted(FUND, CASE, TOWNSHIP, 800_000));
    }

    @Test
    void aRejectionTouchesNoFund() throws Throwable {
        givenReviewedCaseAndFund(1_000_000);
        when(new ApproveInCounty(new DecideCase(CASE, false, null, 0, 0, 1, null, "不符合条件", ENDS, null)),
                "county-civil");
        assertThat(events(Fund.streamOf(FUND))).hasSize(2);
    }
}
