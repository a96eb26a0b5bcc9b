package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.relief.reliefcase.CaseCommands.CaseOrigin;
import org.relieftrace.relief.reliefcase.CaseCommands.ConfirmOverride;
import org.relieftrace.relief.reliefcase.CaseCommands.DecideCase;
import org.relieftrace.relief.reliefcase.CaseCommands.OpenCase;
import org.relieftrace.relief.reliefcase.CaseCommands.RaiseObjection;
import org.relieftrace.relief.reliefcase.CaseCommands.ResolveObjection;
import org.relieftrace.relief.reliefcase.CaseCommands.ReviewCase;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseApprovalProposed;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseApproved;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseAppraised;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseOpened;
import org.relieftrace.relief.reliefcase.CaseEvents.CasePostedOnNotice;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseReviewed;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseSentBack;
import org.relieftrace.relief.reliefcase.CaseEvents.ObjectionRaised;
import org.relieftrace.relief.reliefcase.CaseEvents.ObjectionResolved;
import org.relieftrace.relief.standard.ReliefCategory;

class ReliefCaseTest {

    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final UUID DISASTER = UUID.randomUUID();
    private static final UUID FUND = UUID.randomUUID();
    private static final UUID NOTICE = UUID.randomUUID();
    private static final UUID OBJECTION = UUID.randomUUID();
    private static final UUID CASE = CaseCommands.caseIdOf(HOUSEHOLD, ReliefCategory.TRANSITIONAL, DISASTER, "2026-07");
    private static final String VILLAGE = "500118116201";
    private static final LocalDate POSTED = LocalDate.of(2026, 7, 25);
    private static final LocalDate ENDS = POSTED.plusDays(7);

    private FixtureConfiguration<ReliefCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReliefCase.class);
    }

    private static MetaData by(String user) {
        return MetaData.from(Map.of("userId", user, "username", user));
    }

    private static CaseOpened opened() {
        return new CaseOpened(CASE, HOUSEHOLD, VILLAGE, ReliefCategory.TRANSITIONAL, DISASTER, "2026-07", null,
                CaseOrigin.NOMINATION, "房屋进水", "village-civil", "village-civil");
    }

    private static CaseAppraised appraised() {
        return new CaseAppraised(CASE, 4, 3, 0, null, "村民代表会议 2026-07-24", POSTED.minusDays(1), 4 * 3 * 60_000,
                "village-civil", "village-civil");
    }

    @Test
    void theCaseIdIsTheSameForTheSameHouseholdCategoryDisasterAndPeriod() {
        org.assertj.core.api.Assertions.assertThat(CaseCommands.caseIdOf(HOUSEHOLD, ReliefCategory.TRANSITIONAL,
                DISASTER, "2026-07")).isEqualTo(CASE).isNotEqualTo(CaseCommands.caseIdOf(HOUSEHOLD,
                ReliefCategory.TRANSITIONAL, DISASTER, "2026-08"));
    }

    @Test
    void aSecondCaseForTheSameHouseholdCategoryDisasterAndPeriodIsRefused() {
        fixture.given(opened())
                .when(new OpenCase(CASE, HOUSEHOLD, VILLAGE, ReliefCategory.TRANSITIONAL, DISASTER, "2026-07", null,
                        CaseOrigin.APPLICATION, "再次申请"), by("zhutuo-civil"))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theTownshipReviewsOnlyAfterTheNoticeRanItsFullPeriod() {
        fixture.given(opened(), appraised(), new CasePostedOnNotice(CASE, NOTICE, POSTED, ENDS))
                .when(new ReviewCase(CASE, true, "同意", ENDS.minusDays(1)), by("zhutuo-civil"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Case " + CASE + " is on public notice until " + ENDS);
        fixture.given(opened(), appraised(), new CasePostedOnNotice(CASE, NOTICE, POSTED, ENDS))
                .when(new ReviewCase(CASE, true, "同意", ENDS), by("zhutuo-civil"))
                .expectEvents(new CaseReviewed(CASE, ENDS, "同意", "zhutuo-civil", "zhutuo-civil"));
    }

    @Test
    void whoeverAppraisedTheCaseCannotReviewIt() {
        fixture.given(opened(), appraised(), new CasePostedOnNotice(CASE, NOTICE, POSTED, ENDS))
                .when(new ReviewCase(CASE, true, "同意", ENDS), by("village-civil"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("village-civil raised or already handled case " + CASE
                        + " and cannot review it");
    }

    @Test
    void whoeverProposedTheCaseCannotApproveIt() {
        fixture.given(opened(), appraised(), new CasePostedOnNotice(CASE, NOTICE, POSTED, ENDS),
                        new CaseReviewed(CASE, ENDS, "同意", "zhutuo-civil", "zhutuo-civil"))
                .when(new DecideCase(CASE, true, FUND, 720_000, 720_000, 1, null, null, ENDS, ENDS.plusDays(10)),
                        by("village-civil"))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void anOpenObjectionHoldsTheReviewAndAnUpheldOneSendsTheCaseBack() {
        fixture.given(opened(), appraised(), new CasePostedOnNotice(CASE, NOTICE, POSTED, ENDS),
                        new ObjectionRaised(CASE, OBJECTION, "村民甲", "该户房屋未受损"))
                .when(new ReviewCase(CASE, true, "同意", ENDS), by("zhutuo-civil"))
                .expectException(DomainRuleViolation.class);
        fixture.given(opened(), appraised(), new CasePostedOnNotice(CASE, NOTICE, POSTED, ENDS),
                        new ObjectionRaised(CASE, OBJECTION, "村民甲", "该户房屋未受损"))
                .when(new ResolveObjection(CASE, OBJECTION, true, "经核实异议成立"), by("zhutuo-civil"))
                .expectEvents(new ObjectionResolved(CASE, OBJECTION, true, "经核实异议成立", "zhutuo-civil"),
                        new CaseSentBack(CASE, OBJECTION, "经核实异议成立"));
        fixture.given(opened(), appraised(), new CasePostedOnNotice(CASE, NOTICE, POSTED, ENDS),
                        new ObjectionRaised(CASE, OBJECTION, "村民甲", "该户房屋未受损"),
                        new ObjectionResolved(CASE, OBJECTION, true, "经核实异议成立", "zhutuo-civil"),
                        new CaseSentBack(CASE, OBJECTION, "经核实异议成立"))
                .when(new ReviewCase(CASE, true, "同意", ENDS), by("zhutuo-civil"))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void anObjectionIsRaisedOnlyWhileTheCaseIsPosted() {
        fixture.given(opened(), appraised())
                .when(new RaiseObjection(CASE, OBJECTION, "村民甲", "不符合条件"), by("village-civil"))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void anOverriddenAmountWaitsForASecondApproverWhoIsNotTheFirst() {
        CaseReviewed reviewed = new CaseReviewed(CASE, ENDS, "同意", "zhutuo-civil", "zhutuo-civil");
        LocalDate due = ENDS.plusDays(10);
        fixture.given(opened(), appraised(), new CasePostedOnNotice(CASE, NOTICE, POSTED, ENDS), reviewed)
                .when(new DecideCase(CASE, true, FUND, 720_000, 800_000, 1, "家有重病人", null, ENDS, due),
                        by("county-civil"))
                .expectEvents(new CaseApprovalProposed(CASE, FUND, 720_000, 800_000, 1, "家有重病人", ENDS,
                        "county-civil", "county-civil"));
        CaseApprovalProposed proposed = new CaseApprovalProposed(CASE, FUND, 720_000, 800_000, 1, "家有重病人", ENDS,
                "county-civil", "county-civil");
        fixture.given(opened(), appraised(), new CasePostedOnNotice(CASE, NOTICE, POSTED, ENDS), reviewed, proposed)
                .when(new ConfirmOverride(CASE, ENDS, due), by("county-civil"))
                .expectException(DomainRuleViolation.class);
        fixture.given(opened(), appraised(), new CasePostedOnNotice(CASE, NOTICE, POSTED, ENDS), reviewed, proposed)
                .when(new ConfirmOverride(CASE, ENDS, due), by("county-finance"))
                .expectEvents(new CaseApproved(CASE, FUND, 720_000, 800_000, 1, "家有重病人", ENDS, due, "county-civil",
                        "county-civil", "county-finance", "county-finance"));
    }

    @Test
    void anOverrideWithoutReasonIsRefused() {
        fixture.given(opened(), appraised(), new CasePostedOnNotice(CASE, NOTICE, POSTED, ENDS),
                        new CaseReviewed(CASE, ENDS, "同意", "zhutuo-civil", "zhutuo-civil"))
                .when(new DecideCase(CASE, true, FUND, 720_000, 800_000, 1, " ", null, ENDS, ENDS), by("county-civil"))
                .expectException(DomainRuleViolation.class);
    }
}
