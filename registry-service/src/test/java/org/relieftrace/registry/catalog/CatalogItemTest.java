package org.relieftrace.registry.catalog;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.registry.catalog.CatalogCommands.RegisterCatalogItem;

class CatalogItemTest {

    private FixtureConfiguration<CatalogItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CatalogItem.class);
    }

    @Test
    void aDurableItemEntersTheCatalogWithoutShelfLife() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCatalogItem("TENT-12", "12平方米单帐篷", "12 m² tent", SupplyCategory.SHELTER, "顶",
                        "12㎡", null))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload("TENT-12")
                .expectEvents(new CatalogItemRegistered("TENT-12", "12平方米单帐篷", "12 m² tent", "SHELTER", "顶",
                        "12㎡", null));
    }

    @Test
    void aPerishableItemKeepsItsShelfLife() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCatalogItem("WATER-550", "瓶装饮用水", "Bottled water", SupplyCategory.FOOD_WATER,
                        "箱", "550ml×24", 365))
                .expectEvents(new CatalogItemRegistered("WATER-550", "瓶装饮用水", "Bottled water", "FOOD_WATER", "箱",
                        "550ml×24", 365));
    }

    @Test
    void theSameItemCodeIsNeverRegisteredTwice() {
        fixture.given(new CatalogItemRegistered("QUILT", "棉被", "Quilt", "BEDDING", "床", "2kg", null))
                .when(new RegisterCatalogItem("QUILT", "棉被", "Quilt", SupplyCategory.BEDDING, "床", "2kg", null))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage("Catalog item QUILT is already registered")
                .expectNoEvents();
    }

    @Test
    void aShelfLifeOfZeroDaysIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCatalogItem("BISCUIT", "压缩饼干", "Biscuit", SupplyCategory.FOOD_WATER, "箱", null,
                        0))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anItemCodeOfDigitsOnlyIsRefusedSoThatItNeverLooksLikeADivision() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCatalogItem("500118116000", "某物资", null, SupplyCategory.MEDICAL, "个", null,
                        null))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }
}
