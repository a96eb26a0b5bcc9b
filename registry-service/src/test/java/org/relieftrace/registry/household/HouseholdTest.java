package org.relieftrace.registry.household;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.contracts.registry.HouseholdMoved;
import org.relieftrace.contracts.registry.HouseholdRegistered;
import org.relieftrace.contracts.registry.MemberAdded;
import org.relieftrace.contracts.registry.MemberRemoved;
import org.relieftrace.contracts.registry.PayoutAccountSet;
import org.relieftrace.contracts.registry.PersonDeceased;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.registry.household.HouseholdCommands.AddMember;
import org.relieftrace.registry.household.HouseholdCommands.MoveHousehold;
import org.relieftrace.registry.household.HouseholdCommands.RecordDeath;
import org.relieftrace.registry.household.HouseholdCommands.RegisterHousehold;
import org.relieftrace.registry.household.HouseholdCommands.RemoveMember;
import org.relieftrace.registry.household.HouseholdCommands.SetPayoutAccount;

import static org.assertj.core.api.Assertions.assertThat;

class HouseholdTest {

    private static final UUID HOUSEHOLD = UUID.fromString("6f1c1b59-0f4e-4f4c-9d3e-3b1e4a0c2a11");
    private static final UUID OTHER = UUID.fromString("0b7a2f7c-9a54-4a52-8f0e-7d7b1c0e5f22");
    private static final String VILLAGE = "500118116201";
    private static final String HEAD_ID = TestPeople.idNumber("500118", LocalDate.of(1968, 3, 14), 31);
    private static final String WIFE_ID = TestPeople.idNumber("500118", LocalDate.of(1970, 9, 2), 42);
    private static final UUID HEAD = ResidentIds.personIdOf(HEAD_ID);
    private static final UUID WIFE = ResidentIds.personIdOf(WIFE_ID);

    private FixtureConfiguration<Household> fixture;
    private ClaimsInMemory claims;

    @BeforeEach
    void setUp() {
        claims = new ClaimsInMemory();
        fixture = new AggregateTestFixture<>(Household.class).registerInjectableResource(claims);
    }

    private static HouseholdRegistered registered() {
        return new HouseholdRegistered(HOUSEHOLD, VILLAGE, "朱沱镇第2村3组", HEAD, "张德明", HEAD_ID, "13812345678",
                "MALE", LocalDate.of(1968, 3, 14));
    }

    private static MemberAdded wifeAdded() {
        return new MemberAdded(HOUSEHOLD, WIFE, "李秀英", WIFE_ID, null, "FEMALE", LocalDate.of(1970, 9, 2), "配偶",
                null);
    }

    private static PayoutAccountSet account(UUID holder, String name, String number) {
        return new PayoutAccountSet(HOUSEHOLD, holder, "重庆农村商业银行", number, name);
    }

    @Test
    void aHouseholdIsRegisteredWithItsHeadWhoseGenderAndBirthDateComeFromTheIdNumber() {
        fixture.givenNoPriorActivity()
                .when(new RegisterHousehold(HOUSEHOLD, VILLAGE, " 朱沱镇第2村3组 ", " 张德明", HEAD_ID, "13812345678"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(HOUSEHOLD)
                .expectEvents(registered());
    }

    @Test
    void theSameHouseholdIsNeverRegisteredTwice() {
        fixture.given(registered())
                .when(new RegisterHousehold(HOUSEHOLD, VILLAGE, "朱沱镇第2村3组", "张德明", HEAD_ID, "13812345678"))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aMemberIsAddedOnceAndTheHeadCannotBeAddedAgain() {
        fixture.given(registered())
                .when(new AddMember(HOUSEHOLD, "李秀英", WIFE_ID, null, "配偶", null))
                .expectResultMessagePayload(WIFE)
                .expectEvents(wifeAdded());
        fixture.given(registered())
                .when(new AddMember(HOUSEHOLD, "张德明", HEAD_ID, null, "户主", null))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(HOUSEHOLD.toString()))
                .expectNoEvents();
    }

    @Test
    void aMemberLeavesButTheHeadDoesNot() {
        fixture.given(registered(), wifeAdded())
                .when(new RemoveMember(HOUSEHOLD, WIFE, null))
                .expectEvents(new MemberRemoved(HOUSEHOLD, WIFE, null));
        fixture.given(registered(), wifeAdded())
                .when(new RemoveMember(HOUSEHOLD, HEAD, null))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aMemberMovingOutNamesTheHouseholdTheyMoveToAndAnswersWhoTheyWere() {
        fixture.given(registered(), wifeAdded())
                .when(new RemoveMember(HOUSEHOLD, WIFE, OTHER))
                .expectEvents(new MemberRemoved(HOUSEHOLD, WIFE, OTHER))
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.hasToString(
                        org.hamcrest.Matchers.containsString(WIFE_ID)));
        fixture.given(registered(), wifeAdded())
                .when(new RemoveMember(HOUSEHOLD, WIFE, HOUSEHOLD))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void aRetriedMoveFindsThePersonAlreadyArrivedAndAddsNothing() {
        MemberAdded arrived = new MemberAdded(HOUSEHOLD, WIFE, "李秀英", WIFE_ID, null, "FEMALE",
                LocalDate.of(1970, 9, 2), "配偶", OTHER);
        fixture.given(registered(), arrived)
                .when(new AddMember(HOUSEHOLD, "李秀英", WIFE_ID, null, "配偶", OTHER))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(WIFE)
                .expectNoEvents();
        fixture.given(registered(), arrived)
                .when(new AddMember(HOUSEHOLD, "李秀英", WIFE_ID, null, "配偶", null))
                .expectException(DomainRuleViolation.class);
    }

    @Test
    void someoneNotInTheHouseholdIsNotFoundInIt() {
        fixture.given(registered())
                .when(new RemoveMember(HOUSEHOLD, WIFE, null))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void theHolderOfThePayoutAccountDoesNotLeaveBeforeTheAccountChanges() {
        fixture.given(registered(), wifeAdded(), account(WIFE, "李秀英", "6217000012345678"))
                .when(new RemoveMember(HOUSEHOLD, WIFE, null))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDeathIsRecordedOnceAndNeverBeforeBirth() {
        fixture.given(registered(), wifeAdded())
                .when(new RecordDeath(HOUSEHOLD, WIFE, LocalDate.of(2026, 7, 1), " 死亡证明 渝0001 ", "因灾遇难"))
                .expectEvents(new PersonDeceased(HOUSEHOLD, WIFE, LocalDate.of(2026, 7, 1), "死亡证明 渝0001",
                        "因灾遇难"));
        fixture.given(registered(), wifeAdded(), new PersonDeceased(HOUSEHOLD, WIFE, LocalDate.of(2026, 7, 1)))
                .when(new RecordDeath(HOUSEHOLD, WIFE, LocalDate.of(2026, 7, 2), "死亡证明 渝0002", "因灾遇难"))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
        fixture.given(registered())
                .when(new RecordDeath(HOUSEHOLD, HEAD, LocalDate.of(1960, 1, 1), "死亡证明 渝0003", "病故"))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aMovedHouseholdRemembersWhereItCameFrom() {
        fixture.given(registered())
                .when(new MoveHousehold(HOUSEHOLD, "500118116202", "朱沱镇第3村1组"))
                .expectEvents(new HouseholdMoved(HOUSEHOLD, "500118116202", "朱沱镇第3村1组", VILLAGE));
    }

    @Test
    void thePayoutAccountIsACardInTheHoldersOwnName() {
        fixture.given(registered(), wifeAdded())
                .when(new SetPayoutAccount(HOUSEHOLD, WIFE, "重庆农村商业银行", "6217000012345678", "李秀英"))
                .expectEvents(account(WIFE, "李秀英", "6217000012345678"));
        fixture.given(registered(), wifeAdded())
                .when(new SetPayoutAccount(HOUSEHOLD, WIFE, "重庆农村商业银行", "6217000012345678", "张德明"))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDeceasedPersonHoldsNoAccountAndAnUnchangedAccountIsNoChange() {
        fixture.given(registered(), wifeAdded(), new PersonDeceased(HOUSEHOLD, WIFE, LocalDate.of(2026, 7, 1)))
                .when(new SetPayoutAccount(HOUSEHOLD, WIFE, "重庆农村商业银行", "6217000012345678", "李秀英"))
                .expectException(DomainRuleViolation.class);
        fixture.given(registered(), account(HEAD, "张德明", "6217000012345678"))
                .when(new SetPayoutAccount(HOUSEHOLD, HEAD, "重庆农村商业银行", "6217000012345678", "张德明"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theHouseholdStreamIsPrefixedSoItNeverCollidesWithAnotherKind() {
        assertThat(new MoveHousehold(HOUSEHOLD, null, null).stream()).isEqualTo("household:" + HOUSEHOLD);
    }

    @Test
    void aNumberAnotherHouseholdHoldsIsNeitherRegisteredNorAddedAndNothingIsRecorded() {
        claims.claim(HEAD_ID, OTHER, HEAD);
        fixture.givenNoPriorActivity()
                .when(new RegisterHousehold(HOUSEHOLD, VILLAGE, "朱沱镇第2村3组", "张德明", HEAD_ID, "13812345678"))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(OTHER.toString()))
                .expectNoEvents();
        claims.claim(WIFE_ID, OTHER, WIFE);
        fixture.given(registered())
                .when(new AddMember(HOUSEHOLD, "李秀英", WIFE_ID, null, "配偶", null))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void registeringAndAddingClaimTheNumbersForTheHousehold() {
        fixture.givenNoPriorActivity()
                .when(new RegisterHousehold(HOUSEHOLD, VILLAGE, "朱沱镇第2村3组", "张德明", HEAD_ID, "13812345678"))
                .expectSuccessfulHandlerExecution();
        fixture.given(registered())
                .when(new AddMember(HOUSEHOLD, "李秀英", WIFE_ID, null, "配偶", null))
                .expectSuccessfulHandlerExecution();
        assertThat(claims.holder(HEAD_ID)).contains(HOUSEHOLD);
        assertThat(claims.holder(WIFE_ID)).contains(HOUSEHOLD);
    }

    @Test
    void aMemberLeavingReleasesTheNumberAndAMemberMovingPassesItToTheOtherHousehold() {
        claims.claim(WIFE_ID, HOUSEHOLD, WIFE);
        fixture.given(registered(), wifeAdded())
                .when(new RemoveMember(HOUSEHOLD, WIFE, OTHER))
                .expectSuccessfulHandlerExecution();
        assertThat(claims.holder(WIFE_ID)).contains(OTHER);
        claims.pass(WIFE_ID, OTHER, HOUSEHOLD, WIFE);
        fixture.given(registered(), wifeAdded())
                .when(new RemoveMember(HOUSEHOLD, WIFE, null))
                .expectSuccessfulHandlerExecution();
        assertThat(claims.holder(WIFE_ID)).isEmpty();
    }
}
