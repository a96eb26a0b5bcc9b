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

import com.fasterxml.jackson.databind.JsonNode;

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

    /** One lot on the shelf; {@code expiry} is {@code ok}, {@code soon} or {@code expired}. */
    @TemplateData
    public record LotRow(String lotNumber, String itemName, String unit, long onHand, long received,
                         String producedOn, String expiresOn, String receivedOn, String source, String reference,
                         String expiry, String lotId) {
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
            return page.data("items", List.of()).data("lots", List.of()).data("expiring", 0);
        }
        JsonNode view = api.get("/api/supplies/depots/" + depot.depotId() + "/stock?size=1000");
        List<ItemRow> items = new ArrayList<>();
        for (JsonNode item : view.path("items")) {
            String code = item.path("itemCode").asText();
            items.add(new ItemRow(code, directory.itemName(code), item.path("unit").asText(),
                    item.path("onHand").asLong(), item.path("reserved").asLong(), item.path("available").asLong(),
                    item.path("lots").asInt()));
        }
        LocalDate today = Formats.today();
        List<LotRow> lots = new ArrayList<>();
        int warned = 0;
        for (JsonNode lot : view.path("lots")) {
            String expiry = expiry(lot.path("expiresOn").asText(null), today);
            if (!"ok".equals(expiry) && lot.path("onHand").asLong() > 0) {
                warned++;
            }
            lots.add(new LotRow(lot.path("lotNumber").asText(), directory.itemName(lot.path("itemCode").asText()),
                    lot.path("unit").asText(), lot.path("onHand").asLong(), lot.path("receivedQuantity").asLong(),
                    lot.path("producedOn").asText(""), lot.path("expiresOn").asText(""),
                    lot.path("receivedOn").asText(""), lot.path("source").asText(""),
                    lot.path("reference").asText(""), expiry, lot.path("lotId").asText()));
        }
        return page.data("items", items).data("lots", lots).data("expiring", warned);
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
