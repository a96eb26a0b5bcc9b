package org.relieftrace.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The receipts (入库) of the material-chain history ({@link ChainHistory}): a {@code StockReceived} into a new lot —
 * procurement, donations and agreement call-offs at the county depots, donations at the townships.
 *
 * @param random the history's seeded choices
 */
record HistoryReceipts(Random random) {

    /** Receives {@code quantity} of {@code item} (code, unit, shelf life or null, specification) into a new lot. */
    void receive(HistoryWriter out, HistoryDepot depot, String[] item, long quantity) throws SQLException {
        LocalDate on = out.today();
        Map<String, Object> label = new LinkedHashMap<>();
        label.put("itemCode", item[0]);
        label.put("lotNumber", "H" + on.toString().replace("-", "") + "-" + random.nextInt(100_000));
        label.put("unit", item[1]);
        label.put("producedOn", on.minusDays(random.nextInt(180)).toString());
        label.put("expiresOn", item[2] == null ? null : out.until().plusDays(10 + random.nextInt(1100)).toString());
        HistoryLot lot = new HistoryLot(label, quantity);
        String source = depot.tier.equals("COUNTY")
                ? List.of("PROCUREMENT", "PROCUREMENT", "PROCUREMENT", "DONATION", "AGREEMENT_CALL_OFF")
                        .get(random.nextInt(5)) : "DONATION";
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("depotId", depot.id());
        payload.put("receiptId", UUID.randomUUID().toString());
        payload.put("lotId", lot.id.toString());
        payload.put("itemCode", item[0]);
        payload.put("lotNumber", label.get("lotNumber"));
        payload.put("quantity", quantity);
        payload.put("unit", item[1]);
        payload.put("specification", item[3]);
        payload.put("origin", "重庆");
        payload.put("producedOn", label.get("producedOn"));
        payload.put("expiresOn", label.get("expiresOn"));
        payload.put("receivedOn", on.toString());
        payload.put("source", source);
        payload.put("reference", source.equals("DONATION") ? "JZ-" + random.nextInt(100_000)
                : "CG-" + on.getYear() + "-" + random.nextInt(10_000));
        payload.put("supplier", source.equals("DONATION") ? "爱心企业" + random.nextInt(50) : "供应商" + random.nextInt(20));
        out.stock(depot, AuditLoader.PAYLOAD_TYPE, payload);
        out.stocked(depot, lot);
    }
}
