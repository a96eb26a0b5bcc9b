package org.relieftrace.gateway.console.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Paging;
import org.relieftrace.gateway.console.export.Sheet;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

/**
 * 库存 — a depot's stock in the console: totals per item and every lot, earliest expiry first, with lots that have
 * expired or expire within {@value #EXPIRY_WARNING_DAYS} days marked. A keeper picks among their own depots only.
 */
@Path("/console/stock")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class StockPages {

    /** Lots expiring within this many days are marked (the readiness rule's 90 days). */
    static final int EXPIRY_WARNING_DAYS = 90;

    /** One item's totals. */
    @TemplateData
    public record ItemRow(String code, String name, String unit, long onHand, long reserved, long available,
                          int lots) {
    }

    /**
     * One lot on the shelf; {@code expiry} is {@code ok}, {@code soon} or {@code expired}; {@code receiptId} names
     * the receipt that brought it in (empty for a lot that arrived by transfer).
     */
    @TemplateData
    public record LotRow(String lotNumber, String itemName, String unit, long onHand, long received,
                         String producedOn, String expiresOn, String receivedOn, String source, String reference,
                         String expiry, String lotId, String receiptId) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Directory directory;

    @Inject
    @Location("console/stock.html")
    Template stock;

    @Inject
    Excel excel;

    @GET
    public TemplateInstance stock(@QueryParam("depot") String depotId) {
        Directory.Depot depot = directory.depot(depotId);
        TemplateInstance page = pages.page(stock).data("depots", directory.depots()).data("depot", depot)
                .data("asked", depotId);
        if (depot == null) {
            return page.data("items", List.of()).data("lots", List.of()).data("expiring", 0).data("moreLots", false);
        }
        StockViews.DepotStockView view = api.get(StockViews.path(depot.depotId()), StockViews.DepotStockView.class);
        List<LotRow> lots = lotRows(view.lots().items());
        long warned = lots.stream().filter(lot -> !"ok".equals(lot.expiry()) && lot.onHand() > 0).count();
        return page.data("items", itemRows(view)).data("lots", lots).data("expiring", warned)
                .data("moreLots", view.lots().total() > view.lots().items().size());
    }

    /** 库存导出 — the depot's item totals and all its lots, as the page shows them, as an Excel workbook. */
    @GET
    @Path("/export.xlsx")
    @Produces(Excel.XLSX)
    public Response export(@QueryParam("depot") String depotId) {
        Directory.Depot depot = excel.depot(directory, depotId);
        StockViews.DepotStockView first = api.get(StockViews.path(depot.depotId()), StockViews.DepotStockView.class);
        Paging.All<StockViews.LotView> all = Paging.all(page -> page == 0 ? first.lots()
                : api.get(StockViews.path(depot.depotId(), page), StockViews.DepotStockView.class).lots());
        Sheet<ItemRow> items = Sheet.of(excel.t("stock_by_item") + " · " + depot.name(), itemRows(first))
                .text(excel.t("item"), ItemRow::name).text(excel.t("export_item_code"), ItemRow::code)
                .number(excel.t("on_hand"), ItemRow::onHand).text(excel.t("export_unit"), ItemRow::unit)
                .number(excel.t("reserved"), ItemRow::reserved).number(excel.t("available"), ItemRow::available)
                .number(excel.t("lots"), ItemRow::lots);
        Sheet<LotRow> lots = Sheet.of(excel.t("stock_by_lot") + " · " + depot.name(), lotRows(all.items()))
                .text(excel.t("lot_number"), LotRow::lotNumber).text(excel.t("item"), LotRow::itemName)
                .number(excel.t("on_hand"), LotRow::onHand).text(excel.t("export_unit"), LotRow::unit)
                .date(excel.t("produced_on"), LotRow::producedOn).date(excel.t("expires_on"), LotRow::expiresOn)
                .text(excel.t("export_expiry"), lot -> switch (lot.expiry()) {
                    case "expired" -> excel.t("expired");
                    case "soon" -> excel.t("expiring_soon");
                    default -> "";
                })
                .date(excel.t("received_on"), LotRow::receivedOn)
                .text(excel.t("source"), lot -> excel.text("source_", lot.source()))
                .text(excel.t("reference"), LotRow::reference).note(excel.cutNote(all));
        return excel.file(List.of(excel.t("stock_title"), depot.name()), items, lots);
    }

    private List<ItemRow> itemRows(StockViews.DepotStockView view) {
        List<ItemRow> items = new ArrayList<>();
        for (StockViews.ItemTotal item : view.items()) {
            items.add(new ItemRow(item.itemCode(), directory.itemName(item.itemCode()), item.unit(), item.onHand(),
                    item.reserved(), item.available(), item.lots()));
        }
        return items;
    }

    private List<LotRow> lotRows(List<StockViews.LotView> found) {
        LocalDate today = Formats.today();
        List<LotRow> lots = new ArrayList<>();
        for (StockViews.LotView lot : found) {
            lots.add(new LotRow(lot.lotNumber(), directory.itemName(lot.itemCode()), lot.unit(), lot.onHand(),
                    lot.receivedQuantity(), text(lot.producedOn()), text(lot.expiresOn()), text(lot.receivedOn()),
                    text(lot.source()), text(lot.reference()), expiry(lot.expiresOn(), today), lot.lotId(),
                    text(lot.receiptId())));
        }
        return lots;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** {@code expired} before today, {@code soon} within the warning window, else {@code ok}. */
    static String expiry(String expiresOn, LocalDate today) {
        if (expiresOn == null || expiresOn.isBlank()) {
            return "ok";
        }
        LocalDate date = LocalDate.parse(expiresOn);
        if (date.isBefore(today)) {
            return "expired";
        }
        return date.isAfter(today.plusDays(EXPIRY_WARNING_DAYS)) ? "ok" : "soon";
    }
}
