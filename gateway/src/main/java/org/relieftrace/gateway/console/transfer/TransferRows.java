package org.relieftrace.gateway.console.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.print.SheetPdf;
import org.relieftrace.gateway.console.transfer.TransferViews.LineView;
import org.relieftrace.gateway.console.transfer.TransferViews.LotView;
import org.relieftrace.gateway.console.transfer.TransferViews.TransferView;

import io.quarkus.qute.TemplateData;

/** 调拨单 — a transfer as the pages show it (depot and item names, not ids), and its waybill as a printed sheet. */
public final class TransferRows {

    /** One line of a transfer: item and quantity asked for. */
    @TemplateData
    public record Want(String itemCode, String itemName, long quantity) {
    }

    /** One lot sent and what arrived of it. */
    @TemplateData
    public record Lot(String sourceLotId, String itemName, String lotNumber, long quantity, Long received,
                      Long damaged, Long shortage, String reason) {
    }

    /** A transfer as the pages show it, with the steps the user may take on it now ({@code actions}). */
    @TemplateData
    public record Row(String id, String shortId, String from, String fromId, String to, String toId, String status,
                      boolean lateral, List<Want> lines, List<Lot> lots, String vehicle, String driver,
                      String waybillNumber, String dispatchedOn, String receivedOn, String failure, boolean overdue,
                      String supplyRequestId, List<String> actions) {

        /** Lines as one short text, e.g. "帐篷 × 20". */
        public String summary() {
            StringBuilder text = new StringBuilder();
            for (Want want : lines) {
                text.append(text.isEmpty() ? "" : "; ").append(want.itemName()).append(" × ").append(want.quantity());
            }
            return text.toString();
        }

        /** Whether the service offers the user this step ({@code approve}, {@code dispatch}, ...) now. */
        public boolean can(String verb) {
            return actions.contains(verb);
        }
    }

    private TransferRows() {
    }

    /** The view with names from the directory; a depot the user cannot look up shows by the start of its id. */
    static Row row(TransferView view, Directory directory, Map<String, String> depotNames) {
        List<Want> wants = new ArrayList<>();
        for (LineView line : view.lines()) {
            wants.add(new Want(line.itemCode(), directory.itemName(line.itemCode()), line.quantity()));
        }
        List<Lot> lots = new ArrayList<>();
        for (LotView lot : view.lots()) {
            lots.add(new Lot(lot.sourceLotId(), directory.itemName(lot.itemCode()), text(lot.lotNumber()),
                    lot.quantity(), lot.received(), lot.damaged(), lot.shortage(), text(lot.reason())));
        }
        String id = view.transferId();
        String from = view.fromDepotId();
        String to = view.toDepotId();
        return new Row(id, id.substring(0, Math.min(8, id.length())), depotNames.getOrDefault(from, shortName(from)),
                from, depotNames.getOrDefault(to, shortName(to)), to, view.status(), view.lateral(), wants, lots,
                text(view.vehicle()), text(view.driver()), text(view.waybillNumber()), text(view.dispatchedOn()),
                text(view.receivedOn()), text(view.failure()), view.overdueInTransit(), text(view.supplyRequestId()),
                view.actions());
    }

    /** 调拨单 — the waybill: route, vehicle, driver, the lots sent and what arrived, signature lines. */
    static byte[] waybill(Row row, Map<String, String> t) {
        List<List<String>> rows = new ArrayList<>();
        for (Lot lot : row.lots()) {
            rows.add(List.of(lot.itemName(), lot.lotNumber(), Long.toString(lot.quantity()),
                    lot.received() == null ? "" : lot.received().toString(),
                    lot.damaged() == null ? "" : lot.damaged().toString(), lot.reason()));
        }
        return SheetPdf.render(new SheetPdf.Sheet(t.get("transfer_title"), List.of(
                t.get("transfer_no") + "：" + row.id(),
                t.get("transfer_from") + "：" + row.from() + "    " + t.get("transfer_to") + "：" + row.to(),
                t.get("transfer_goods") + "：" + row.summary(),
                t.get("vehicle") + "：" + row.vehicle() + "    " + t.get("driver") + "：" + row.driver() + "    "
                        + t.get("waybill_number") + "：" + row.waybillNumber(),
                t.get("dispatched_on") + "：" + row.dispatchedOn() + "    " + t.get("transfer_status") + "："
                        + t.get("transfer_status_" + row.status())),
                List.of(t.get("item"), t.get("lot_number"), t.get("transfer_sent"), t.get("transfer_received"),
                        t.get("transfer_damaged"), t.get("reason")),
                new float[] {3, 3, 1.5f, 1.5f, 1.5f, 4}, rows,
                List.of(t.get("sign_sender"), t.get("sign_driver"), t.get("sign_receiver"))));
    }

    private static String shortName(String depotId) {
        return depotId.length() > 8 ? depotId.substring(0, 8) + "…" : depotId;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
