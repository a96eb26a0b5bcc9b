package org.relieftrace.registry.household;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.registry.household.HouseholdCommands.AddMember;
import org.relieftrace.registry.household.HouseholdCommands.RegisterHousehold;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * 户查询 — the household list finds households by what a user types: a full ID number (also for a keeper, who sees
 * numbers masked), a name, an address; paged like the whole list, never cut off.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "zhutuo-keeper", roles = "depot-keeper")
@OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
class HouseholdSearchTest {

    private static final String VILLAGE = "500118116201";
    private static final String LAISU_VILLAGE = "500118109201";

    @Inject
    CommandGateway gateway;

    private UUID registered(String division, String head, String idNumber, String address) {
        UUID householdId = UUID.randomUUID();
        gateway.sendAndWait(new RegisterHousehold(householdId, division, address, head, idNumber, "13800000000"));
        return householdId;
    }

    @Test
    void aKeeperFindsAHouseholdByAMembersFullIdNumberWithoutSeeingTheNumber() {
        String spouse = TestPeople.randomIdNumber(false);
        UUID householdId = registered(VILLAGE, "查询户主", TestPeople.randomIdNumber(true), "朱沱镇第2村9组");
        gateway.sendAndWait(new AddMember(householdId, "查询配偶", spouse, null, "配偶", null));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().queryParam("q", spouse).get("/api/registry/households").then().statusCode(200)
                        .body("total", equalTo(1)).body("items.householdId", contains(householdId.toString()))
                        .body("items[0].members.idNumber", not(org.hamcrest.Matchers.hasItem(spouse))));
        given().queryParam("q", spouse.toLowerCase()).get("/api/registry/households").then()
                .body("items.householdId", contains(householdId.toString()));
        given().queryParam("q", spouse.substring(12)).get("/api/registry/households").then().statusCode(200)
                .body("items.householdId", not(org.hamcrest.Matchers.hasItem(householdId.toString())));
    }

    @Test
    void aSearchOutsideTheCallersDivisionFindsNothing() {
        String idNumber = TestPeople.randomIdNumber(true);
        UUID elsewhere = registered(LAISU_VILLAGE, "来苏户主", idNumber, "来苏镇第1村");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().queryParam("q", "来苏户主").queryParam("division", LAISU_VILLAGE)
                        .get("/api/registry/households").then().statusCode(403));
        given().queryParam("q", idNumber).get("/api/registry/households").then().statusCode(200)
                .body("items.householdId", not(org.hamcrest.Matchers.hasItem(elsewhere.toString())));
    }

    @Test
    @TestSecurity(user = "zhutuo-civil", roles = "civil-affairs")
    @OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
    void aNameSearchIsPagedAndSeesEveryMatchAndLiteralWildcardsMatchNothingElse() {
        String name = "翻页" + UUID.randomUUID().toString().substring(0, 6);
        String last = TestPeople.randomIdNumber(true);
        registered(VILLAGE, name + "甲", TestPeople.randomIdNumber(true), "朱沱镇第2村1组");
        registered(VILLAGE, name + "乙", TestPeople.randomIdNumber(true), "朱沱镇第2村2组");
        UUID third = registered(VILLAGE, name + "丙", last, "朱沱镇第2村3组");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().queryParam("q", name).queryParam("size", 2).get("/api/registry/households").then()
                        .statusCode(200).body("total", equalTo(3)).body("items", hasSize(2)));
        given().queryParam("q", name).queryParam("size", 2).queryParam("page", 1).get("/api/registry/households")
                .then().body("items", hasSize(1));
        given().queryParam("q", last.substring(10)).get("/api/registry/households").then()
                .body("items.householdId", org.hamcrest.Matchers.hasItem(third.toString()));
        given().queryParam("q", "%").get("/api/registry/households").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("q", "x".repeat(101)).get("/api/registry/households").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
