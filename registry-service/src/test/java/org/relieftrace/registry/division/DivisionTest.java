package org.relieftrace.registry.division;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.contracts.registry.DivisionRegistered;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.registry.division.DivisionCommands.RegisterDivision;

import static org.relieftrace.registry.division.DivisionLevel.COUNTY;
import static org.relieftrace.registry.division.DivisionLevel.TOWNSHIP;
import static org.relieftrace.registry.division.DivisionLevel.VILLAGE;

class DivisionTest {

    private static final String YONGCHUAN = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE_201 = "500118116201";

    private FixtureConfiguration<Division> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Division.class);
    }

    @Test
    void aCountyIsRegisteredWithoutAParent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDivision(YONGCHUAN, "永川区", COUNTY, null))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(YONGCHUAN)
                .expectEvents(new DivisionRegistered(YONGCHUAN, "永川区", "COUNTY", null));
    }

    @Test
    void aTownshipHangsUnderItsCounty() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDivision(ZHUTUO, " 朱沱镇 ", TOWNSHIP, YONGCHUAN))
                .expectEvents(new DivisionRegistered(ZHUTUO, "朱沱镇", "TOWNSHIP", YONGCHUAN));
    }

    @Test
    void aVillageHangsUnderItsTownship() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDivision(VILLAGE_201, "朱沱镇第2村", VILLAGE, ZHUTUO))
                .expectEvents(new DivisionRegistered(VILLAGE_201, "朱沱镇第2村", "VILLAGE", ZHUTUO));
    }

    @Test
    void theSameCodeIsNeverRegisteredTwice() {
        fixture.given(new DivisionRegistered(ZHUTUO, "朱沱镇", "TOWNSHIP", YONGCHUAN))
                .when(new RegisterDivision(ZHUTUO, "朱沱镇", TOWNSHIP, YONGCHUAN))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Division 500118116000 is already registered")
                .expectNoEvents();
    }

    @Test
    void aVillageCodeIsNeverATownship() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDivision(VILLAGE_201, "某村", TOWNSHIP, YONGCHUAN))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Division 500118116201: level code 500118116201 is a VILLAGE code")
                .expectNoEvents();
    }

    @Test
    void aVillageNamesItsOwnTownshipAsParentNotTheCounty() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDivision(VILLAGE_201, "某村", VILLAGE, YONGCHUAN))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Division 500118116201: parentCode must be 500118116000")
                .expectNoEvents();
    }

    @Test
    void aCountyMayNameItsPrefectureAsParent() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDivision(YONGCHUAN, "永川区", COUNTY, "500100000000"))
                .expectEvents(new DivisionRegistered(YONGCHUAN, "永川区", "COUNTY", "500100000000"));
    }

    @Test
    void aCountyNeverHangsUnderATownship() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDivision(YONGCHUAN, "永川区", COUNTY, ZHUTUO))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDivisionWithoutANameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDivision(ZHUTUO, " ", TOWNSHIP, YONGCHUAN))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }
}
