package org.relieftrace.supplies.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.MetaData;

import io.quarkus.arc.Arc;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.contracts.registry.DepotRegistered;
import org.relieftrace.contracts.registry.DisasterDeclared;
import org.relieftrace.contracts.registry.HouseholdRegistered;
import org.relieftrace.supplies.stock.StockCommands.Want;
import org.relieftrace.supplies.transfer.TransferCommands.ApproveTransfer;
import org.relieftrace.supplies.transfer.TransferCommands.RequestTransfer;
import org.relieftrace.supplies.transfer.TransferRules.End;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** A county, a township and a village depot of 朱沱镇 as the registry publishes them, and helpers to move goods. */
final class ChainFixture {

    static final String COUNTY = "500118000000";
    static final String TOWNSHIP = "500118116000";
    static final String VILLAGE = "500118116201";
    /** A second supplies officer of the county: who approves what the test's own user requested. */
    static final String SECOND_OFFICER = "county-officer-2";

    final EventGateway events;
    final DataSource dataSource;
    final UUID county = UUID.randomUUID();
    final UUID township = UUID.randomUUID();
    final UUID village = UUID.randomUUID();
    final UUID disaster = UUID.randomUUID();

    ChainFixture(EventGateway events, DataSource dataSource) {
        this.events = events;
        this.dataSource = dataSource;
        events.publish(new CatalogItemRegistered("TENT-12", "12平方米单帐篷", "12 m² tent", "SHELTER", "顶", "12㎡",
                null));
        events.publish(new CatalogItemRegistered("WATER-550", "瓶装饮用水", "Bottled water", "FOOD_WATER", "箱",
                "550ml×24", 365));
        depot(county, COUNTY, "COUNTY", "永川区应急物资储备库");
        depot(township, TOWNSHIP, "TOWNSHIP", "朱沱镇应急物资储备库");
        depot(village, VILLAGE, "VILLAGE", "村应急物资储备点");
        events.publish(new DisasterDeclared(disaster, "FLOOD", "7·20 洪涝", Instant.now(), "III", List.of(VILLAGE)));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM supplies.known_disaster"
                + " WHERE disaster_id = ?", disaster) == 1 && count("SELECT count(*) FROM supplies.known_depot"
                + " WHERE depot_id = ?", village) == 1);
    }

    private void depot(UUID id, String division, String tier, String name) {
        events.publish(new DepotRegistered(id, tier.charAt(0) + "-" + id.toString().substring(0, 8), name, division,
                tier, "GOVERNMENT", 29.0, 105.8, name));
    }

    /** Registers a household of the village; answers its id and the head's ID number. */
    UUID household(String division, String idNumber) {
        UUID id = UUID.randomUUID();
        events.publish(new HouseholdRegistered(id, division, "一组", UUID.randomUUID(), "户主" + idNumber.substring(14),
                idNumber, "13800000000", "MALE", java.time.LocalDate.of(1970, 1, 1)));
        return id;
    }

    void awaitHousehold(UUID household) {
        await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) FROM supplies.known_household"
                + " WHERE household_id = ?", household) == 1);
    }

    /** Events appended for the three depots and transfers requested anywhere. */
    long appended() throws Exception {
        return count("SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier IN (?, '"
                + township + "', '" + village + "') OR payload_type LIKE '%TransferRequested'", county.toString());
    }

    /** Receives one lot; answers its id. */
    UUID receive(UUID depot, String item, String lot, long quantity, String producedOn, String expiresOn) {
        String expiry = expiresOn == null ? "" : ", \"expiresOn\": \"" + expiresOn + "\"";
        return UUID.fromString(given().contentType(ContentType.JSON).body("""
                        {"source": "PROCUREMENT", "reference": "HT-2026-071", "supplier": "某帐篷厂",
                         "lines": [{"itemCode": "%s", "lotNumber": "%s", "quantity": %d,
                                    "producedOn": "%s"%s}]}
                        """.formatted(item, lot, quantity, producedOn, expiry))
                .post("/api/supplies/depots/{id}/receipts", depot)
                .then().statusCode(201).extract().jsonPath().getString("lotIds[0]"));
    }

    UUID requestTransfer(UUID from, UUID to, String item, long quantity, UUID lot) {
        String named = lot == null ? "" : ", \"lotId\": \"" + lot + "\"";
        return UUID.fromString(given().contentType(ContentType.JSON).body("""
                        {"fromDepotId": "%s", "toDepotId": "%s", "reason": "汛期调拨",
                         "lines": [{"itemCode": "%s", "quantity": %d%s}]}
                        """.formatted(from, to, item, quantity, named))
                .post("/api/supplies/transfers").then().statusCode(201).extract().jsonPath().getString("transferId"));
    }

    /**
     * Approves as {@link #SECOND_OFFICER}, not as the test's own user, who requested the transfer and so may not
     * approve it (separation of duties).
     */
    void approve(UUID transfer) {
        send(SECOND_OFFICER, COUNTY, new ApproveTransfer(transfer, COUNTY));
    }

    /** Requests a transfer from the county depot to the township's as {@code user}; answers its id. */
    UUID requestTransferAs(String user, String item, long quantity) {
        UUID transfer = UUID.randomUUID();
        send(user, COUNTY, new RequestTransfer(transfer, null, new End(county, "C-" + county.toString()
                .substring(0, 8), "COUNTY", COUNTY), new End(township, "T-" + township.toString().substring(0, 8),
                "TOWNSHIP", TOWNSHIP), List.of(new Want(item, quantity, null)), List.of(),
                java.time.LocalDate.now()));
        return transfer;
    }

    /** Sends a command as {@code user}, a supplies officer of {@code division}, with the metadata a request has. */
    static void send(String user, String division, Object command) {
        Arc.container().instance(CommandGateway.class).get().sendAndWait(GenericCommandMessage
                .asCommandMessage(command).andMetaData(MetaData.with("userId", user).and("username", user)
                        .and("roles", "supplies-officer").and("division", division).and("reason", "同意")));
    }

    JsonPath awaitStatus(UUID transfer, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(given()
                .get("/api/supplies/transfers/{id}", transfer).then().extract().path("status")));
        return given().get("/api/supplies/transfers/{id}", transfer).then().statusCode(200).extract().jsonPath();
    }

    void dispatch(UUID transfer) {
        given().contentType(ContentType.JSON).body("""
                {"vehicle": "渝A12345", "driver": "李四", "waybillNumber": "YD-0721"}""")
                .post("/api/supplies/transfers/{id}/dispatch", transfer).then().statusCode(202);
    }

    /** The lot's on-hand quantity once the read model has caught up with the expected value. */
    void awaitOnHand(UUID lot, long expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT on_hand FROM supplies.lot_stock"
                + " WHERE lot_id = ?", lot) == expected);
    }

    long count(String sql, Object key) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }
}
