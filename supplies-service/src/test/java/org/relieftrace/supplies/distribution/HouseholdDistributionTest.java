package org.relieftrace.supplies.distribution;

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

import org.relieftrace.contracts.supplies.ReceiptLine;
import org.relieftrace.contracts.supplies.ReceiptSource;
import org.relieftrace.contracts.supplies.ReceiveStock;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.distribution.AllowanceMessages.AllowanceClaimed;
import org.relieftrace.supplies.distribution.DistributionCommands.DistributeToHousehold;
import org.relieftrace.supplies.distribution.DistributionCommands.Household;
import org.relieftrace.supplies.stock.DepotStock;
import org.relieftrace.supplies.stock.StockCommands.Handed;
import org.relieftrace.supplies.stock.StockCommands.Want;
import org.relieftrace.supplies.stock.StockEvents.StockDistributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A distribution claims the household's allowance and issues the stock in one unit of work, or does neither. */
class HouseholdDistributionTest {

    private static final UUID DEPOT = UUID.randomUUID();
    private static final String VILLAGE = "500118116201";
    private static final UUID DISASTER = UUID.randomUUID();
    private static final String ID_NUMBER = "11010519491231002X";
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 20);
    private static final Household HOUSEHOLD = new Household(UUID.randomUUID(), VILLAGE, List.of(ID_NUMBER));
    private static final String ALLOWANCE = AllowanceMessages.allowanceId(HOUSEHOLD.householdId(), DISASTER);

    private Configuration axon;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> JacksonSerializer.defaultSerializer())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(DepotStock.class)
                .configureAggregate(HouseholdAllowance.class)
                .registerCommandHandler(c -> new HouseholdDistribution(c.repository(HouseholdAllowance.class),
                        c.repository(DepotStock.class)))
                .start();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private void receive(String item, long quantity) {
        axon.commandGateway().sendAndWait(new ReceiveStock(DEPOT, UUID.randomUUID(), ReceiptSource.PROCUREMENT,
                "HT-1", "某厂", TODAY, List.of(new ReceiptLine(UUID.randomUUID(), item, "L-" + item, quantity, "顶",
                        "12㎡", "重庆", TODAY, LocalDate.of(2029, 1, 1)))));
    }

    private Handed distribute(UUID distribution, Household household, String item, String idNumber) {
        return axon.commandGateway().sendAndWait(new DistributeToHousehold(DEPOT, "500118116000", distribution,
                household, DISASTER, "张三", idNumber, new Want(item, 1, null), 1L, TODAY));
    }

    private List<Object> stored(String aggregateId) {
        return axon.eventStore().readEvents(aggregateId).asStream().map(e -> (Object) e.getPayload()).toList();
    }

    @Test
    void aDistributionClaimsTheAllowanceAndIssuesTheStockTogether() {
        receive("TENT-12", 3);
        UUID distribution = UUID.randomUUID();

        Handed handed = distribute(distribution, HOUSEHOLD, "TENT-12", ID_NUMBER);

        assertThat(handed.lots()).hasSize(1);
        assertThat(stored(ALLOWANCE)).containsExactly(new AllowanceClaimed(ALLOWANCE, HOUSEHOLD.householdId(),
                DISASTER, distribution, "TENT-12", 1));
        assertThat(stored(DEPOT.toString())).last().isInstanceOf(StockDistributed.class);
    }

    @Test
    void whenTheDepotRefusesNothingIsAppendedToTheAllowance() {
        receive("QUILT", 3);
        long depotEvents = stored(DEPOT.toString()).size();

        assertThatThrownBy(() -> distribute(UUID.randomUUID(), HOUSEHOLD, "TENT-12", ID_NUMBER))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refused -> assertThat(refused.code()).isEqualTo("insufficient-stock"));

        assertThat(stored(ALLOWANCE)).isEmpty();
        assertThat(stored(DEPOT.toString())).hasSize((int) depotEvents);
        receive("TENT-12", 1);
        assertThat(distribute(UUID.randomUUID(), HOUSEHOLD, "TENT-12", ID_NUMBER).lots()).hasSize(1);
    }

    @Test
    void theAllowanceHoldsAcrossDistributionsOfTheSameHousehold() {
        receive("TENT-12", 3);
        distribute(UUID.randomUUID(), HOUSEHOLD, "TENT-12", ID_NUMBER);

        assertThatThrownBy(() -> distribute(UUID.randomUUID(), HOUSEHOLD, "TENT-12", ID_NUMBER))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refused -> assertThat(refused.code()).isEqualTo("household-limit-exceeded"));
        assertThat(stored(ALLOWANCE)).hasSize(1);
    }

    @Test
    void aHouseholdOutsideTheDepotsDivisionOrAStrangerGetsNothing() {
        receive("TENT-12", 3);
        Household elsewhere = new Household(HOUSEHOLD.householdId(), "500118117201", List.of(ID_NUMBER));

        assertThatThrownBy(() -> distribute(UUID.randomUUID(), elsewhere, "TENT-12", ID_NUMBER))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refused -> assertThat(refused.code()).isEqualTo("household-outside-division"));
        assertThatThrownBy(() -> distribute(UUID.randomUUID(), HOUSEHOLD, "TENT-12", "110105194912310038"))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refused -> assertThat(refused.code()).isEqualTo("recipient-not-member"));
        assertThat(stored(ALLOWANCE)).isEmpty();
    }
}
