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

import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Pages;

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

    @GET
    public TemplateInstance stock(@QueryParam("depot") String depotId) {
        Directory.Depot depot = directory.depot(depotId);
        TemplateInstance page = pages.page(stock).data("depots", directory.depots()).data("depot", depot)
                .data("asked", depotId);
        if (depot == null) {
            return page.data("items", List.of()).data("lots", List.of()).data("expiring", 0).data("moreLots", false);
        }
        StockViews.DepotStockView view = api.get(StockViews.path(depot.depotId()), StockViews.DepotStockView.class);
        List<ItemRow> items = new ArrayList<>();
        for (StockViews.ItemTotal item : view.items()) {
            items.add(new ItemRow(item.itemCode(), directory.itemName(item.itemCode()), item.unit(), item.onHand(),
                    item.reserved(), item.available(), item.lots()));
        }
        LocalDate today = Formats.today();
        List<LotRow> lots = new ArrayList<>();
        int warned = 0;
        for (StockViews.LotView lot : view.lots().items()) {
            String expiry = expiry(lot.expiresOn(), today);
            if (!"ok".equals(expiry) && lot.onHand() > 0) {
                warned++;
            }
            lots.add(new LotRow(lot.lotNumber(), directory.itemName(lot.itemCode()), lot.unit(), lot.onHand(),
                    lot.receivedQuantity(), text(lot.producedOn()), text(lot.expiresOn()), text(lot.receivedOn()),
                    text(lot.source()), text(lot.reference()), expiry, lot.lotId(), text(lot.receiptId())));
        }
        return page.data("items", items).data("lots", lots).data("expiring", warned)
                .data("moreLots", view.lots().total() > view.lots().items().size());
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
