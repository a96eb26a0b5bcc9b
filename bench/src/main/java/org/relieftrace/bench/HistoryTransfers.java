package org.relieftrace.bench;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.relieftrace.contracts.store.StoredPayloadType.RESERVATION_ISSUED;
import static org.relieftrace.contracts.store.StoredPayloadType.STOCK_RESERVED;
import static org.relieftrace.contracts.store.StoredPayloadType.TRANSFERRED_STOCK_RECEIVED;
import static org.relieftrace.contracts.store.StoredPayloadType.TRANSFER_CLOSED;
import static org.relieftrace.contracts.store.StoredPayloadType.TRANSFER_DISPATCHED;
import static org.relieftrace.contracts.store.StoredPayloadType.TRANSFER_RECEIVED;
import static org.relieftrace.contracts.store.StoredPayloadType.TRANSFER_REQUESTED;
import static org.relieftrace.contracts.store.StoredPayloadType.TRANSFER_RESERVED;

/**
 * The transfers down the tiers (调拨) of the material-chain history ({@link ChainHistory}): {@code TransferRequested},
 * {@code StockReserved} at the source, {@code TransferReserved}, {@code TransferDispatched},
 * {@code ReservationIssued}, then {@code TransferReceived}, {@code TransferredStockReceived} at the destination as a
 * new lot with its source lot, and {@code TransferClosed}; a few stay in transit, a few arrive with damage.
 *
 * @param random the history's seeded choices
 */
record HistoryTransfers(Random random) {

    /** A transfer of {@code quantity} from one lot of {@code from} to {@code to}; false when no lot holds enough. */
    boolean transfer(HistoryWriter out, HistoryDepot from, HistoryDepot to, long quantity) throws SQLException {
        HistoryLot lot = from.lotWith(random, quantity);
        if (lot == null) {
            return false;
        }
        UUID transferId = UUID.randomUUID();
        String id = transferId.toString();
        EventAppender.Chain chain = EventAppender.Chain.fresh("Transfer", transferId.toString());
        String fromId = from.id();
        String toId = to.id();
        Map<String, Object> want = new LinkedHashMap<>();
        want.put("itemCode", lot.label.get("itemCode"));
        want.put("quantity", quantity);
        want.put("lotId", null);
        Map<String, Object> requested = new LinkedHashMap<>();
        requested.put("transferId", id);
        requested.put("supplyRequestId", null);
        requested.put("fromDepotId", fromId);
        requested.put("fromDivision", from.division);
        requested.put("toDepotId", toId);
        requested.put("toDivision", to.division);
        requested.put("lateral", false);
        requested.put("lines", List.of(want));
        out.transfer(chain, from.division, TRANSFER_REQUESTED, requested);
        List<Map<String, Object>> parts = List.of(lot.part(quantity));
        out.stock(from, STOCK_RESERVED.typeName(), Map.of("depotId", fromId, "reservationId", id, "lots", parts));
        out.transfer(chain, from.division, TRANSFER_RESERVED, Map.of("transferId", id, "lots", parts));
        Map<String, Object> dispatched = new LinkedHashMap<>();
        dispatched.put("transferId", id);
        dispatched.put("fromDepotId", fromId);
        dispatched.put("toDepotId", toId);
        dispatched.put("vehicle", "渝A" + (10_000 + random.nextInt(90_000)));
        dispatched.put("driver", "驾驶员" + random.nextInt(40));
        dispatched.put("waybillNumber", "YD-" + id.substring(0, 8));
        dispatched.put("dispatchedOn", out.today().toString());
        dispatched.put("lots", parts);
        out.transfer(chain, from.division, TRANSFER_DISPATCHED, dispatched);
        lot.onHand -= quantity;
        out.stock(from, RESERVATION_ISSUED.typeName(), Map.of("depotId", fromId, "reservationId", id, "lots", parts));
        if (random.nextInt(100) < 3) {
            return true; // in transit: no new lot yet
        }
        receive(out, chain, lot, to, fromId, quantity);
        return true;
    }

    /** The dispatched transfer arrives at {@code to} as a new lot, a unit or two damaged now and then. */
    private void receive(HistoryWriter out, EventAppender.Chain chain, HistoryLot lot, HistoryDepot to, String fromId,
                         long quantity) throws SQLException {
        String id = chain.id;
        String toId = to.id();
        long damaged = random.nextInt(50) == 0 ? 1 + random.nextInt(2) : 0;
        HistoryLot arrived = new HistoryLot(lot.label, quantity - damaged);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("lotId", arrived.id.toString());
        line.put("source", lot.part(quantity));
        line.put("received", quantity - damaged);
        line.put("damaged", damaged);
        line.put("shortage", 0);
        line.put("reason", damaged > 0 ? "运输途中破损" : null);
        Map<String, Object> received = new LinkedHashMap<>();
        received.put("transferId", id);
        received.put("supplyRequestId", null);
        received.put("fromDepotId", fromId);
        received.put("toDepotId", toId);
        received.put("receivedOn", out.today().toString());
        received.put("lots", List.of(line));
        out.transfer(chain, to.division, TRANSFER_RECEIVED, received);
        Map<String, Object> arrival = new LinkedHashMap<>();
        arrival.put("depotId", toId);
        arrival.put("transferId", id);
        arrival.put("fromDepotId", fromId);
        arrival.put("receivedOn", out.today().toString());
        arrival.put("lots", List.of(line));
        out.stock(to, TRANSFERRED_STOCK_RECEIVED.typeName(), arrival);
        out.transfer(chain, to.division, TRANSFER_CLOSED, Map.of("transferId", id));
        out.stocked(to, arrived);
    }
}
