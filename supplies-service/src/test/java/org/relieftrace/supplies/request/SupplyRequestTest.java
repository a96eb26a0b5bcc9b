package org.relieftrace.supplies.request;

import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.SeparationOfDuties;
import org.relieftrace.supplies.request.SupplyRequestMessages.ApproveSupplyRequest;
import org.relieftrace.supplies.request.SupplyRequestMessages.RequestedItem;
import org.relieftrace.supplies.request.SupplyRequestMessages.SupplyRequestApproved;
import org.relieftrace.supplies.request.SupplyRequestMessages.SupplyRequestSubmitted;

import static org.assertj.core.api.Assertions.assertThat;

class SupplyRequestTest {

    private static final UUID REQUEST = UUID.randomUUID();
    private static final String COUNTY = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String LAISU = "500118102000";
    private static final String VILLAGE = "500118116201";

    private FixtureConfiguration<SupplyRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SupplyRequest.class);
    }

    private static SupplyRequestSubmitted submitted(String division, String level) {
        return new SupplyRequestSubmitted(REQUEST, division, level, UUID.randomUUID(), 120,
                List.of(new RequestedItem("TENT-12", 8)));
    }

    @Test
    void aVillagesRequestIsApprovedByItsTownshipThenByTheCounty() {
        fixture.given(submitted(VILLAGE, "VILLAGE"))
                .when(new ApproveSupplyRequest(REQUEST, ZHUTUO, "TOWNSHIP"))
                .expectEvents(new SupplyRequestApproved(REQUEST, ZHUTUO, "TOWNSHIP", false));
        fixture.given(submitted(VILLAGE, "VILLAGE"), new SupplyRequestApproved(REQUEST, ZHUTUO, "TOWNSHIP", false))
                .when(new ApproveSupplyRequest(REQUEST, COUNTY, "COUNTY"))
                .expectEvents(new SupplyRequestApproved(REQUEST, COUNTY, "COUNTY", true));
    }

    @Test
    void theCountyCannotSkipTheTownshipOfAVillagesRequest() {
        fixture.given(submitted(VILLAGE, "VILLAGE"))
                .when(new ApproveSupplyRequest(REQUEST, COUNTY, "COUNTY"))
                .expectException(DomainRuleViolation.class).expectNoEvents();
    }

    @Test
    void anotherTownshipCannotApproveAVillagesRequest() {
        fixture.given(submitted(VILLAGE, "VILLAGE"))
                .when(new ApproveSupplyRequest(REQUEST, LAISU, "TOWNSHIP"))
                .expectException(DomainRuleViolation.class).expectNoEvents();
    }

    @Test
    void aTownshipsRequestIsApprovedByTheCountyAtOnce() {
        fixture.given(submitted(ZHUTUO, "TOWNSHIP"))
                .when(new ApproveSupplyRequest(REQUEST, COUNTY, "COUNTY"))
                .expectEvents(new SupplyRequestApproved(REQUEST, COUNTY, "COUNTY", true));
    }

    private static MetaData as(String user) {
        return MetaData.with("userId", user).and("username", user + "-name");
    }

    private static Object by(String user, Object event) {
        return GenericEventMessage.asEventMessage(event).andMetaData(as(user));
    }

    @Test
    void whoSubmittedARequestApprovesItAtNoTier() {
        fixture.given(List.of(by("zhutuo-admin", submitted(VILLAGE, "VILLAGE"))))
                .when(new ApproveSupplyRequest(REQUEST, ZHUTUO, "TOWNSHIP"), as("zhutuo-admin"))
                .expectException(separationOfDuties())
                .expectNoEvents();
        fixture.given(List.of(by("village-keeper", submitted(VILLAGE, "VILLAGE")),
                        by("zhutuo-officer", new SupplyRequestApproved(REQUEST, ZHUTUO, "TOWNSHIP", false))))
                .when(new ApproveSupplyRequest(REQUEST, COUNTY, "COUNTY"), as("village-keeper"))
                .expectException(separationOfDuties())
                .expectNoEvents();
    }

    @Test
    void nobodyApprovesTheSameRequestTwice() {
        fixture.given(List.of(by("village-keeper", submitted(VILLAGE, "VILLAGE")),
                        by("county-admin", new SupplyRequestApproved(REQUEST, ZHUTUO, "TOWNSHIP", false))))
                .when(new ApproveSupplyRequest(REQUEST, COUNTY, "COUNTY"), as("county-admin"))
                .expectException(separationOfDuties())
                .expectNoEvents();
    }

    @Test
    void aSecondUserAtEachTierApprovesIt() {
        fixture.given(List.of(by("village-keeper", submitted(VILLAGE, "VILLAGE")),
                        by("zhutuo-officer", new SupplyRequestApproved(REQUEST, ZHUTUO, "TOWNSHIP", false))))
                .when(new ApproveSupplyRequest(REQUEST, COUNTY, "COUNTY"), as("county-officer"))
                .expectEvents(new SupplyRequestApproved(REQUEST, COUNTY, "COUNTY", true));
    }

    @Test
    void theActionsAskTheSameRule() {
        assertThat(ApprovalTiers.separated("a", "a", List.of())).isFalse();
        assertThat(ApprovalTiers.separated("b", "a", List.of("b"))).isFalse();
        assertThat(ApprovalTiers.separated("c", null, List.of("b"))).isTrue();
    }

    private static Matcher<DomainRuleViolation> separationOfDuties() {
        return new CustomTypeSafeMatcher<>("a refusal of type " + SeparationOfDuties.CODE) {
            @Override
            protected boolean matchesSafely(DomainRuleViolation refusal) {
                return SeparationOfDuties.CODE.equals(refusal.code());
            }
        };
    }
}
