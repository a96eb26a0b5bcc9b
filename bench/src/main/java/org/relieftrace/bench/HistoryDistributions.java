package org.relieftrace.bench;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.relieftrace.contracts.store.StoredPayloadType.STOCK_DISTRIBUTED;

/**
 * The distributions to households (分发) of the material-chain history ({@link ChainHistory}): a
 * {@code StockDistributed} from one lot of a township or village depot that holds enough, to one of the depot's
 * households.
 *
 * @param random the history's seeded choices
 */
record HistoryDistributions(Random random) {

    /** Hands {@code quantity} of one lot of {@code depot} to one of its households; false if no lot has it. */
    boolean distribute(HistoryWriter out, HistoryDepot depot, UUID disaster, long quantity) throws SQLException {
        HistoryLot lot = depot.lotWith(random, quantity);
        if (lot == null || depot.households.isEmpty()) {
            return false;
        }
        lot.onHand -= quantity;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("depotId", depot.id());
        payload.put("distributionId", UUID.randomUUID().toString());
        int household = random.nextInt(depot.households.size());
        payload.put("householdId", depot.households.get(household).toString());
        payload.put("disasterId", disaster.toString());
        payload.put("recipientName", "受助户" + household);
        payload.put("recipientIdNumber", null);
        payload.put("lots", List.of(lot.part(quantity)));
        out.stock(depot, STOCK_DISTRIBUTED.typeName(), payload);
        return true;
    }
}
