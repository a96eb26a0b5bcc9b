package org.relieftrace.registry.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.relieftrace.contracts.registry.MemberAdded;
import org.relieftrace.contracts.registry.MemberRemoved;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.registry.household.HouseholdCommands.AddMember;
import org.relieftrace.registry.household.HouseholdCommands.MoveMember;
import org.relieftrace.registry.household.HouseholdCommands.RegisterHousehold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A person moves between households in one unit of work: out of one and into the other, or neither. */
class MemberMoveTest {

    private static final UUID FROM = UUID.randomUUID();
    private static final UUID TO = UUID.randomUUID();
    private static final String VILLAGE = "500118116201";
    private static final String HEAD_ID = TestPeople.idNumber("500118", LocalDate.of(1968, 3, 14), 31);
    private static final String SON_ID = TestPeople.idNumber("500118", LocalDate.of(1995, 5, 1), 13);
    private static final String OTHER_HEAD_ID = TestPeople.idNumber("500118", LocalDate.of(1990, 1, 2), 22);
    private static final UUID SON = ResidentIds.personIdOf(SON_ID);

    private final ClaimsInMemory claims = new ClaimsInMemory();
    private Configuration axon;

    @BeforeEach
    void twoHouseholds() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> JacksonSerializer.defaultSerializer())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Household.class)
                .registerComponent(ResidentIdClaims.class, c -> claims)
                .registerCommandHandler(c -> new MemberMove(c.repository(Household.class)))
                .start();
        axon.commandGateway().sendAndWait(new RegisterHousehold(FROM, VILLAGE, "第2村1组", "李老汉", HEAD_ID,
                "13800000001"));
        axon.commandGateway().sendAndWait(new AddMember(FROM, "李小", SON_ID, null, "子", null));
        axon.commandGateway().sendAndWait(new RegisterHousehold(TO, VILLAGE, "第2村2组", "王大", OTHER_HEAD_ID,
                "13800000002"));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private List<Object> stored(UUID householdId) {
        return axon.eventStore().readEvents(Household.streamOf(householdId)).asStream()
                .map(e -> (Object) e.getPayload()).toList();
    }

    @Test
    void thePersonLeavesOneHouseholdAndJoinsTheOtherWithTheirClaim() {
        UUID moved = axon.commandGateway().sendAndWait(new MoveMember(FROM, SON, TO));

        assertThat(moved).isEqualTo(SON);
        assertThat(stored(FROM)).last().isInstanceOf(MemberRemoved.class);
        assertThat(stored(TO)).last().isInstanceOfSatisfying(MemberAdded.class,
                added -> assertThat(added.movedFromHouseholdId()).isEqualTo(FROM));
        assertThat(claims.holder(SON_ID)).contains(TO);
    }

    @Test
    void aMoveToAnUnknownHouseholdLeavesThePersonWhereTheyWere() {
        int before = stored(FROM).size();

        assertThatThrownBy(() -> axon.commandGateway().sendAndWait(new MoveMember(FROM, SON, UUID.randomUUID())))
                .isInstanceOf(NotFound.class);

        assertThat(stored(FROM)).hasSize(before);
    }

    @Test
    void theHeadCannotMoveAndNeitherHouseholdChanges() {
        int from = stored(FROM).size();
        int to = stored(TO).size();

        assertThatThrownBy(() -> axon.commandGateway().sendAndWait(new MoveMember(FROM,
                ResidentIds.personIdOf(HEAD_ID), TO)))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refused -> assertThat(refused.code()).isEqualTo("head-cannot-leave"));

        assertThat(stored(FROM)).hasSize(from);
        assertThat(stored(TO)).hasSize(to);
        assertThat(claims.holder(HEAD_ID)).contains(FROM);
    }
}
