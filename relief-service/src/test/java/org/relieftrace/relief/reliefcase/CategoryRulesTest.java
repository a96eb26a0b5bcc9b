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
import org.relieftrace.relief.reliefcase.CaseCommands.OpenCase;
import org.relieftrace.relief.reliefcase.CaseEvents.CaseOpened;
import org.relieftrace.relief.reliefcase.CategoryRules.Parties;
import org.relieftrace.relief.standard.ReliefCategory;

import static org.assertj.core.api.Assertions.assertThat;

/** The category rules as the case applies them when it is opened: given the registry's facts, open, expect. */
class CategoryRulesTest {

    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final UUID DISASTER = UUID.randomUUID();
    private static final UUID HEAD = UUID.randomUUID();
    private static final UUID WIFE = UUID.randomUUID();
    private static final String VILLAGE = "500118116201";
    private static final LocalDate BEGAN = LocalDate.of(2026, 7, 10);
    private static final UUID CONDOLENCE = CategoryRules.caseIdOf(HOUSEHOLD, ReliefCategory.CONDOLENCE, DISASTER,
            "2026", WIFE);

    private FixtureConfiguration<ReliefCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReliefCase.class);
    }

    private static MetaData by(String user) {
        return MetaData.from(Map.of("userId", user, "username", user));
    }

    private static OpenCase condolence(String period, UUID beneficiary, Parties parties) {
        return new OpenCase(CONDOLENCE, HOUSEHOLD, VILLAGE, ReliefCategory.CONDOLENCE, DISASTER, period, beneficiary,
                CaseOrigin.APPLICATION, "妻子因灾遇难", parties);
    }

    @Test
    void aCondolenceCaseIsOpenedForARecordedDeathInTheDisasterAndPaysALivingMember() {
        fixture.givenNoPriorActivity()
                .when(condolence("2026", null, new Parties(HEAD, null, WIFE, BEGAN.plusDays(1), BEGAN)),
                        by("village-civil"))
                .expectEvents(new CaseOpened(CONDOLENCE, HOUSEHOLD, VILLAGE, ReliefCategory.CONDOLENCE, DISASTER,
                        "2026", null, CaseOrigin.APPLICATION, "妻子因灾遇难", "village-civil", "village-civil", WIFE));
    }

    @Test
    void noRecordedDeathNoCondolence() {
        fixture.givenNoPriorActivity()
                .when(condolence("2026", null, new Parties(HEAD, null, WIFE, null, BEGAN)), by("village-civil"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("records no death"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(condolence("2026", null, new Parties(HEAD, null, WIFE, BEGAN.minusDays(1), BEGAN)),
                        by("village-civil"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("before the disaster began"))
                .expectNoEvents();
    }

    @Test
    void theDeceasedIsNeverThePayee() {
        fixture.givenNoPriorActivity()
                .when(condolence("2026", WIFE, new Parties(WIFE, BEGAN.plusDays(1), WIFE, BEGAN.plusDays(1), BEGAN)),
                        by("village-civil"))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCaseWhosePayeeWouldBeADeadHeadIsRefusedWhenItIsOpened() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(UUID.randomUUID(), HOUSEHOLD, VILLAGE, ReliefCategory.TRANSITIONAL, DISASTER,
                        "2026-07", null, CaseOrigin.NOMINATION, "房屋进水",
                        new Parties(HEAD, BEGAN.plusDays(2), null, null, BEGAN)), by("village-civil"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("is deceased"))
                .expectNoEvents();
    }

    @Test
    void oneCondolencePerDeceasedPersonWhateverThePeriod() {
        assertThat(CategoryRules.caseIdOf(HOUSEHOLD, ReliefCategory.CONDOLENCE, DISASTER, "2027", WIFE))
                .isEqualTo(CONDOLENCE)
                .isNotEqualTo(CategoryRules.caseIdOf(HOUSEHOLD, ReliefCategory.CONDOLENCE, DISASTER, "2026", HEAD));
        fixture.given(new CaseOpened(CONDOLENCE, HOUSEHOLD, VILLAGE, ReliefCategory.CONDOLENCE, DISASTER, "2026",
                        null, CaseOrigin.APPLICATION, "妻子因灾遇难", "village-civil", "village-civil", WIFE))
                .when(condolence("2027", null, new Parties(HEAD, null, WIFE, BEGAN.plusDays(1), BEGAN)),
                        by("zhutuo-civil"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("one payment per deceased person"))
                .expectNoEvents();
    }

    @Test
    void oneHousingCasePerHouseholdAndDisasterWhateverThePeriod() {
        assertThat(CategoryRules.caseIdOf(HOUSEHOLD, ReliefCategory.HOUSING, DISASTER, "2026", null))
                .isEqualTo(CategoryRules.caseIdOf(HOUSEHOLD, ReliefCategory.HOUSING, DISASTER, "2027", null))
                .isNotEqualTo(CategoryRules.caseIdOf(HOUSEHOLD, ReliefCategory.HOUSING, UUID.randomUUID(), "2026",
                        null));
        assertThat(CategoryRules.caseIdOf(HOUSEHOLD, ReliefCategory.TRANSITIONAL, DISASTER, "2026-07", null))
                .isEqualTo(CaseCommands.caseIdOf(HOUSEHOLD, ReliefCategory.TRANSITIONAL, DISASTER, "2026-07"));
    }
}
