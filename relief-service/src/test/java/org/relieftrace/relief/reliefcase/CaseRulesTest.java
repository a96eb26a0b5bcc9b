package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.relief.reliefcase.CaseCommands.AppraiseCase;
import org.relieftrace.relief.reliefcase.CaseCommands.CaseOrigin;
import org.relieftrace.relief.reliefcase.CaseCommands.ConfirmOverride;
import org.relieftrace.relief.reliefcase.CaseCommands.DecideCase;
import org.relieftrace.relief.reliefcase.CaseCommands.RaiseObjection;
import org.relieftrace.relief.reliefcase.CaseCommands.ReviewCase;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseApprovalProposed;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseAppraised;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseOpened;
import org.relieftrace.relief.reliefcase.CaseEvents.CasePostedOnNotice;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseReviewed;
import org.relieftrace.relief.reliefcase.CaseEvents.ObjectionRaised;
import org.relieftrace.relief.reliefcase.CaseViews.CaseView;
import org.relieftrace.relief.reliefcase.NoticeEvents.CaseNoticeConfirmed;
import org.relieftrace.relief.standard.ReliefCategory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case view's {@code actions} agree with what the case accepts: for every stage of a case and every kind of user,
 * a verb is listed exactly when its command passes the role and level checks of its endpoint and the aggregate.
 */
class CaseRulesTest {

    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final UUID DISASTER = UUID.randomUUID();
    private static final UUID FUND = UUID.randomUUID();
    private static final UUID CASE = CaseCommands.caseIdOf(HOUSEHOLD, ReliefCategory.TRANSITIONAL, DISASTER,
            "2026-07");
    private static final String VILLAGE = "500118116201";
    private static final LocalDate POSTED = LocalDate.of(2026, 7, 25);
    private static final LocalDate ENDS = POSTED.plusDays(7);

    /** A stage of a case: its history, and the view of it (on a paper list: the day it was recorded, its confirmer). */
    private record Stage(String name, List<Object> history, CaseStatus status, int openObjections,
                         String reviewedBy, String approvedBy, LocalDate recordedOn, String confirmedBy) {

        Stage(String name, List<Object> history, CaseStatus status, int openObjections, String reviewedBy,
              String approvedBy) {
            this(name, history, status, openObjections, reviewedBy, approvedBy, null, null);
        }
    }

    /** A user: name, roles, the level of their division. */
    private record User(String name, Set<String> roles, DivisionCode.Level level) {
    }

    private static final Object OPENED = new CaseOpened(CASE, HOUSEHOLD, VILLAGE, ReliefCategory.TRANSITIONAL,
            DISASTER, "2026-07", null, CaseOrigin.NOMINATION, "房屋进水", "village-civil", "village-civil");
    private static final Object APPRAISED = new CaseAppraised(CASE, 4, 3, 0, null, "村民代表会议", POSTED, 720_000,
            "village-civil", "village-civil");
    private static final Object POSTED_ON_NOTICE = new CasePostedOnNotice(CASE, UUID.randomUUID(), POSTED, ENDS);
    private static final UUID PAPER = UUID.randomUUID();
    /** A paper list put up on POSTED, recorded the day before it ran out. */
    private static final Object ON_PAPER_LIST = new CasePostedOnNotice(CASE, PAPER, POSTED, ENDS, ENDS.minusDays(1));
    private static final Object PAPER_CONFIRMED = new CaseNoticeConfirmed(CASE, PAPER, ENDS, "county-civil",
            "county-civil");
    private static final Object OBJECTED = new ObjectionRaised(CASE, UUID.randomUUID(), "村民甲", "不符合条件");
    private static final Object REVIEWED = new CaseReviewed(CASE, ENDS, "同意", "zhutuo-civil", "zhutuo-civil");
    private static final Object PROPOSED = new CaseApprovalProposed(CASE, FUND, 720_000, 800_000, 1, "家有重病人", ENDS,
            "county-civil", "county-civil");

    private static final List<Stage> STAGES = List.of(
            new Stage("opened", List.of(OPENED), CaseStatus.OPEN, 0, null, null),
            new Stage("appraised", List.of(OPENED, APPRAISED), CaseStatus.APPRAISED, 0, null, null),
            new Stage("on notice", List.of(OPENED, APPRAISED, POSTED_ON_NOTICE), CaseStatus.ON_NOTICE, 0, null,
                    null),
            new Stage("on a paper list", List.of(OPENED, APPRAISED, ON_PAPER_LIST), CaseStatus.ON_NOTICE, 0, null,
                    null, ENDS.minusDays(1), null),
            new Stage("on a confirmed paper list", List.of(OPENED, APPRAISED, ON_PAPER_LIST, PAPER_CONFIRMED),
                    CaseStatus.ON_NOTICE, 0, null, null, ENDS.minusDays(1), "county-civil"),
            new Stage("objected", List.of(OPENED, APPRAISED, POSTED_ON_NOTICE, OBJECTED), CaseStatus.ON_NOTICE, 1,
                    null, null),
            new Stage("reviewed", List.of(OPENED, APPRAISED, POSTED_ON_NOTICE, REVIEWED), CaseStatus.REVIEWED, 0,
                    "zhutuo-civil", null),
            new Stage("proposed", List.of(OPENED, APPRAISED, POSTED_ON_NOTICE, REVIEWED, PROPOSED),
                    CaseStatus.AWAITING_SECOND_APPROVAL, 0, "zhutuo-civil", "county-civil"));

    private static final List<User> USERS = List.of(
            new User("village-civil", Set.of("civil-affairs"), DivisionCode.Level.VILLAGE),
            new User("zhutuo-civil", Set.of("civil-affairs"), DivisionCode.Level.TOWNSHIP),
            new User("county-civil", Set.of("civil-affairs"), DivisionCode.Level.COUNTY),
            new User("county-finance", Set.of("finance"), DivisionCode.Level.COUNTY));

    @Test
    void theActionsOfACaseAreExactlyTheStepsItsReaderMayTakeNow() {
        for (LocalDate today : List.of(ENDS.minusDays(1), ENDS, ENDS.plusDays(6))) {
            for (Stage stage : STAGES) {
                for (User user : USERS) {
                    List<String> listed = CaseRules.actions(view(stage), new CaseRules.Reader(user.name(),
                            user.roles(), user.level(), false), today);
                    List<String> accepted = new ArrayList<>();
                    for (String verb : List.of(CaseRules.APPRAISE, CaseRules.OBJECT, CaseRules.REVIEW,
                            CaseRules.APPROVE, CaseRules.CONFIRM)) {
                        if (endpointLets(verb, user) && caseAccepts(stage, command(verb, today), user.name())) {
                            accepted.add(verb);
                        }
                    }
                    assertThat(listed).as("%s, %s, %s", stage.name(), user.name(), today)
                            .filteredOn(v -> !v.equals(CaseRules.RESOLVE)).containsExactlyElementsOf(accepted);
                }
            }
        }
    }

    /** The role and level checks of the step's endpoint. */
    private static boolean endpointLets(String verb, User user) {
        boolean civil = user.roles().contains("civil-affairs");
        return switch (verb) {
            case CaseRules.REVIEW -> civil && CaseRules.reviewsAt(user.level());
            case CaseRules.APPROVE -> civil && CaseRules.approvesAt(user.level());
            case CaseRules.CONFIRM -> CaseRules.approvesAt(user.level());
            default -> civil;
        };
    }

    private static Object command(String verb, LocalDate today) {
        return switch (verb) {
            case CaseRules.APPRAISE -> new AppraiseCase(CASE, 4, 3, 0, null, "村民代表会议", today, 720_000);
            case CaseRules.OBJECT -> new RaiseObjection(CASE, UUID.randomUUID(), "村民乙", "家境尚可");
            case CaseRules.REVIEW -> new ReviewCase(CASE, true, "同意", today);
            case CaseRules.APPROVE -> new DecideCase(CASE, true, FUND, 720_000, 720_000, 1, null, null, today,
                    today.plusDays(12));
            default -> new ConfirmOverride(CASE, today, today.plusDays(12));
        };
    }

    private static boolean caseAccepts(Stage stage, Object command, String user) {
        FixtureConfiguration<ReliefCase> fixture = new AggregateTestFixture<>(ReliefCase.class);
        try {
            fixture.given(stage.history()).when(command, MetaData.from(Map.of("userId", user, "username", user)))
                    .expectSuccessfulHandlerExecution();
            return true;
        } catch (AssertionError refused) {
            return false;
        }
    }

    private static CaseView view(Stage s) {
        boolean appraised = s.status() != CaseStatus.OPEN;
        boolean posted = s.history().contains(POSTED_ON_NOTICE) || s.recordedOn() != null;
        LocalDate runsUntil = CaseRules.noticeRunsUntil(POSTED, ENDS, s.recordedOn(), s.confirmedBy() != null);
        return new CaseView(CASE, HOUSEHOLD, VILLAGE, ReliefCategory.TRANSITIONAL, DISASTER, "2026-07", null,
                "NOMINATION", s.status(), "village-civil", null, 4, 3, 0, null, null, appraised ? POSTED : null,
                appraised ? "village-civil" : null, 720_000L, null, posted ? POSTED : null, posted ? ENDS : null,
                s.openObjections(), null, s.reviewedBy(), null, null, s.approvedBy(), null, null, null, null, null,
                null, null, 0, null, null, null, null, s.recordedOn() != null, s.recordedOn(), s.confirmedBy(),
                posted ? runsUntil : null, null, null);
    }
}
