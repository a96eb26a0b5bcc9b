package org.relieftrace.relief.reliefcase;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.relieftrace.contracts.registry.PersonDeceased;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.relief.standard.ReliefCategory;
import org.relieftrace.relief.standard.SetStandard;
import org.relieftrace.relief.standard.StandardAmounts;
import org.relieftrace.relief.testing.ReliefFixtures;
import org.relieftrace.relief.testing.ReliefFixtures.Household;
import org.relieftrace.relief.testing.ReliefFixtures.Person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The category rules at the case's door ({@link CategoryRules}): a condolence case names a recorded death in the
 * disaster, pays a living member of the family and is opened once per deceased person; a housing case is one per
 * household and disaster, paid by damage grade. Every refusal is a problem and appends no event.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "village-civil", roles = "civil-affairs")
@OidcSecurity(claims = @Claim(key = "division", value = "500118116201"))
class CategoryCaseResourceTest {

    private static final String VILLAGE = "500118116201";
    private static final long PER_DECEASED = 2_000_000;
    private static final long COLLAPSED = 4_000_000;
    private static final long SEVERELY = 2_500_000;
    private static final long GENERALLY = 800_000;
    private static final String PROBLEMS = "https://relieftrace.org/problems/";

    @Inject
    ReliefFixtures fixtures;

    @Inject
    CommandGateway commands;

    @Inject
    EventGateway events;

    private UUID disaster;

    @BeforeEach
    void aFloodAndTheStandards() {
        standard(ReliefCategory.CONDOLENCE, new StandardAmounts(0, PER_DECEASED, 0, 0, 0, 0, 0, 0));
        standard(ReliefCategory.HOUSING, new StandardAmounts(0, 0, COLLAPSED, SEVERELY, GENERALLY, 0, 0, 0));
        disaster = fixtures.disaster(); // began 2026-07-10
    }

    private void standard(ReliefCategory category, StandardAmounts amounts) {
        try {
            commands.sendAndWait(new SetStandard(ReliefFixtures.COUNTY, category, LocalDate.of(2026, 1, 1), amounts,
                    "渝民发〔2026〕9号"), ReliefFixtures.by("county-civil"));
        } catch (DomainRuleViolation alreadySet) {
            // set by an earlier test of this JVM
        }
    }

    private void died(Household household, Person person, LocalDate on) {
        events.publish(new PersonDeceased(household.householdId(), person.personId(), on, "死亡证明 渝0717",
                "因灾遇难"));
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.count("SELECT count(*) FROM relief.known_person"
                + " WHERE person_id = ? AND deceased_on IS NOT NULL", person.personId()) == 1);
    }

    private ValidatableResponse open(Household household, String category, Person deceased, Person beneficiary,
                                     String period) {
        return given().contentType(ContentType.JSON).body("""
                {"householdId": "%s", "category": "%s", "disasterId": "%s", "period": "%s", "origin": "APPLICATION",
                 %s %s "statement": "洪灾", "reason": "户报"}""".formatted(household.householdId(), category, disaster,
                period, deceased == null ? "" : "\"deceasedPersonId\": \"" + deceased.personId() + "\",",
                beneficiary == null ? "" : "\"beneficiaryPersonId\": \"" + beneficiary.personId() + "\","))
                .post("/api/relief/cases").then();
    }

    private static void refused(ValidatableResponse answer, String type) {
        answer.statusCode(409).contentType("application/problem+json").body("type", equalTo(PROBLEMS + type));
    }

    private long opened(Household household) {
        return fixtures.events("CaseOpened", "householdId", household.householdId().toString());
    }

    private ValidatableResponse appraise(Object caseId, int deceased, String grade) {
        return given().contentType(ContentType.JSON).body("""
                {"membersCovered": 0, "months": 0, "deceasedPersons": %d, %s "minutesReference": "村民代表会议第9号",
                 "appraisedOn": "%s", "reason": "民主评议"}""".formatted(deceased,
                grade == null ? "" : "\"damageGrade\": \"" + grade + "\",", ReliefFixtures.today()))
                .post("/api/relief/cases/{id}/village-assessment", caseId).then();
    }

    private void awaitProposed(Object caseId, long amount) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/relief/cases/{id}", caseId)
                .then().statusCode(200).body("status", equalTo("APPRAISED"))
                .body("proposedAmountFen", equalTo((int) amount)));
    }

    @Test
    void aCondolenceCaseNamesARecordedDeathPaysTheFamilyAndIsOpenedOncePerDeceasedPerson() {
        Household household = fixtures.household(VILLAGE, "陈大河");
        Person wife = household.member();
        open(household, "CONDOLENCE", null, null, "2026").statusCode(400).body("errors.field",
                hasItem("deceasedPersonId"));
        refused(open(household, "CONDOLENCE", wife, null, "2026"), "death-not-recorded");
        open(household, "TRANSITIONAL", wife, null, "2026-07").statusCode(400);
        assertThat(opened(household)).isZero();

        died(household, wife, LocalDate.of(2026, 7, 12));
        refused(open(household, "CONDOLENCE", wife, wife, "2026"), "payee-deceased");
        assertThat(opened(household)).isZero();
        String caseId = open(household, "CONDOLENCE", wife, null, "2026").statusCode(201).extract().path("caseId");
        refused(open(household, "CONDOLENCE", wife, household.head(), "2026-08"), "condolence-already-opened");
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body("""
                {"householdId": "%s", "category": "CONDOLENCE", "disasterId": "%s", "period": "2027",
                 "deceasedPersonId": "%s", "origin": "APPLICATION"}""".formatted(household.householdId(), disaster,
                wife.personId())).post("/api/relief/cases").then().statusCode(409)
                .body("detail", containsString("one payment per deceased person"));
        assertThat(opened(household)).isEqualTo(1);

        appraise(caseId, 2, null).statusCode(400).body("errors.field", hasItem("deceasedPersons"));
        appraise(caseId, 1, null).statusCode(204);
        awaitProposed(caseId, PER_DECEASED);
    }

    @Test
    void aDeathBeforeTheDisasterBeganIsNoCondolenceForIt() {
        Household household = fixtures.household(VILLAGE, "黄老水");
        died(household, household.member(), LocalDate.of(2026, 7, 9));
        refused(open(household, "CONDOLENCE", household.member(), null, "2026"), "death-before-disaster");
        assertThat(opened(household)).isZero();
    }

    @Test
    void whenTheHeadDiedTheMoneyGoesToALivingMemberNamedAsBeneficiary() {
        Household household = fixtures.household(VILLAGE, "周长江");
        died(household, household.head(), LocalDate.of(2026, 7, 11));
        refused(open(household, "CONDOLENCE", household.head(), null, "2026"), "payee-deceased");
        refused(open(household, "TRANSITIONAL", null, null, "2026-07"), "payee-deceased");
        assertThat(opened(household)).isZero();
        open(household, "CONDOLENCE", household.head(), household.member(), "2026").statusCode(201);
        assertThat(opened(household)).isEqualTo(1);
    }

    @Test
    void aHousingCaseIsOnePerHouseholdAndDisasterAndPaysByDamageGrade() {
        Household collapsed = fixtures.household(VILLAGE, "吴石桥");
        String caseId = open(collapsed, "HOUSING", null, null, "2026").statusCode(201).extract().path("caseId");
        refused(open(collapsed, "HOUSING", null, null, "2027"), "case-already-exists");
        assertThat(opened(collapsed)).isEqualTo(1);
        appraise(caseId, 0, null).statusCode(400).body("errors.field", hasItem("damageGrade"));
        appraise(caseId, 0, "COLLAPSED").statusCode(204);
        awaitProposed(caseId, COLLAPSED);

        Household damaged = fixtures.household(VILLAGE, "郑瓦房");
        String other = open(damaged, "HOUSING", null, null, "2026").statusCode(201).extract().path("caseId");
        appraise(other, 0, "SEVERELY_DAMAGED").statusCode(204);
        awaitProposed(other, SEVERELY);
        appraise(other, 0, "GENERALLY_DAMAGED").statusCode(204);
        awaitProposed(other, GENERALLY);
    }
}
