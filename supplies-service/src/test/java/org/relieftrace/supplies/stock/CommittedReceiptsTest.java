package org.relieftrace.supplies.stock;

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
import org.relieftrace.contracts.supplies.StockReceived;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.supplies.agreement.AgreementCallOffs;
import org.relieftrace.supplies.agreement.AgreementCommands.AgreementTerms;
import org.relieftrace.supplies.agreement.AgreementCommands.CallOff;
import org.relieftrace.supplies.agreement.AgreementCommands.ItemQuantity;
import org.relieftrace.supplies.agreement.AgreementEvents.AgreementCalledOff;
import org.relieftrace.supplies.pledge.Pledge;
import org.relieftrace.supplies.pledge.PledgeCommands.PledgedQuantity;
import org.relieftrace.supplies.pledge.PledgeCommands.ReceiveAgainstPledge;
import org.relieftrace.supplies.pledge.PledgeCommands.RecordPledge;
import org.relieftrace.supplies.pledge.PledgeEvents.PledgeReceived;
import org.relieftrace.supplies.stock.StockCommands.ReceiveCalledOff;
import org.relieftrace.supplies.stock.StockCommands.ReceivePledged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A receipt against an agreement or a pledge takes its share and enters the stock in one unit of work, or neither. */
class CommittedReceiptsTest {

    private static final UUID DEPOT = UUID.randomUUID();
    private static final String ZHUTUO = "500118116000";
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 20);
    private static final UUID AGREEMENT = UUID.randomUUID();
    private static final AgreementTerms TERMS = new AgreementTerms(AGREEMENT, "XY-2026-CB-011",
            List.of(new ItemQuantity("TENT-12", 100)), LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31),
            "500118000000");

    private Configuration axon;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> JacksonSerializer.defaultSerializer())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(DepotStock.class)
                .configureAggregate(AgreementCallOffs.class)
                .configureAggregate(Pledge.class)
                .registerCommandHandler(c -> new CommittedReceipts(c.repository(AgreementCallOffs.class),
                        c.repository(Pledge.class), c.repository(DepotStock.class)))
                .start();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    private static ReceiveStock receipt(UUID receiptId, UUID lotId, ReceiptSource source, long quantity) {
        return new ReceiveStock(DEPOT, receiptId, source, "DY-1", "某企业", TODAY, List.of(new ReceiptLine(lotId,
                "TENT-12", "L-" + lotId.toString().substring(0, 4), quantity, "顶", "12㎡", "重庆", TODAY, null)));
    }

    private UUID callOff(UUID lotId, long quantity) {
        UUID receiptId = UUID.randomUUID();
        return axon.commandGateway().sendAndWait(new ReceiveCalledOff(receipt(receiptId, lotId,
                ReceiptSource.AGREEMENT_CALL_OFF, quantity), new CallOff(TERMS, receiptId, DEPOT, ZHUTUO, TODAY,
                List.of(new ItemQuantity("TENT-12", quantity)))));
    }

    private List<Object> stored(String aggregateId) {
        return axon.eventStore().readEvents(aggregateId).asStream().map(e -> (Object) e.getPayload()).toList();
    }

    @Test
    void aCallOffAndItsReceiptAreStoredTogether() {
        UUID receipt = callOff(UUID.randomUUID(), 60);

        assertThat(stored(AgreementCallOffs.streamOf(AGREEMENT))).containsExactly(new AgreementCalledOff(AGREEMENT,
                receipt, DEPOT, List.of(new ItemQuantity("TENT-12", 60))));
        assertThat(stored(DEPOT.toString())).singleElement().isInstanceOf(StockReceived.class);
    }

    @Test
    void aCallOffBeyondWhatIsLeftReceivesNothing() {
        callOff(UUID.randomUUID(), 60);

        assertThatThrownBy(() -> callOff(UUID.randomUUID(), 41))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refused -> assertThat(refused.code()).isEqualTo("agreement-exhausted"));

        assertThat(stored(AgreementCallOffs.streamOf(AGREEMENT))).hasSize(1);
        assertThat(stored(DEPOT.toString())).hasSize(1);
        callOff(UUID.randomUUID(), 40);
        assertThat(stored(DEPOT.toString())).hasSize(2);
    }

    @Test
    void whenTheDepotRefusesTheReceiptNothingIsCalledOff() {
        UUID lot = UUID.randomUUID();
        callOff(lot, 10);

        assertThatThrownBy(() -> callOff(lot, 10))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refused -> assertThat(refused.code()).isEqualTo("lot-already-recorded"));

        assertThat(stored(AgreementCallOffs.streamOf(AGREEMENT))).hasSize(1);
    }

    @Test
    void aDonationAgainstAPledgeTakesItsShareWithTheReceipt() {
        UUID pledge = UUID.randomUUID();
        axon.commandGateway().sendAndWait(new RecordPledge(pledge, "永川区红十字会", ZHUTUO, TODAY,
                List.of(new PledgedQuantity("TENT-12", 50))));
        UUID receiptId = UUID.randomUUID();
        axon.commandGateway().sendAndWait(new ReceivePledged(receipt(receiptId, UUID.randomUUID(),
                ReceiptSource.DONATION, 30), new ReceiveAgainstPledge(pledge, receiptId, DEPOT, ZHUTUO,
                List.of(new PledgedQuantity("TENT-12", 30)))));

        assertThat(stored(Pledge.streamOf(pledge))).last().isEqualTo(new PledgeReceived(pledge, receiptId, DEPOT,
                List.of(new PledgedQuantity("TENT-12", 30))));
        UUID beyond = UUID.randomUUID();
        assertThatThrownBy(() -> axon.commandGateway().sendAndWait(new ReceivePledged(receipt(beyond,
                UUID.randomUUID(), ReceiptSource.DONATION, 21), new ReceiveAgainstPledge(pledge, beyond, DEPOT,
                ZHUTUO, List.of(new PledgedQuantity("TENT-12", 21))))))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refused -> assertThat(refused.code()).isEqualTo("pledge-exhausted"));
        assertThat(stored(DEPOT.toString())).hasSize(1);
        assertThat(stored(Pledge.streamOf(pledge))).hasSize(2);
    }

    @Test
    void anUnknownPledgeIsInvalidInputAndReceivesNothing() {
        UUID receiptId = UUID.randomUUID();
        UUID pledge = UUID.randomUUID();
        assertThatThrownBy(() -> axon.commandGateway().sendAndWait(new ReceivePledged(receipt(receiptId,
                UUID.randomUUID(), ReceiptSource.DONATION, 1), new ReceiveAgainstPledge(pledge, receiptId, DEPOT,
                ZHUTUO, List.of(new PledgedQuantity("TENT-12", 1))))))
                .isInstanceOf(InvalidInput.class);
        assertThat(stored(DEPOT.toString())).isEmpty();
    }
}
