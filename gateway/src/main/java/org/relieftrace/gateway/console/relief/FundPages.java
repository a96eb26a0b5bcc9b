package org.relieftrace.gateway.console.relief;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.Viewer;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 资金台账 — the relief funds of the user's county and, for one fund, its ledger: allocated, apportioned, committed,
 * paid, returned, available and outstanding (yuan, two decimals), the townships' shares, every entry, and the chart
 * of money committed and paid over time ({@link FundChart}).
 */
@Path("/console/relief/funds")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class FundPages {

    /** A fund in the list. */
    @TemplateData
    public record Fund(String fundId, String title, String documentNumber, String sourceLevel, String category,
                       String allocatedOn) {
    }

    /** A township's share. */
    @TemplateData
    public record Share(String townshipCode, String apportioned, String committed) {
    }

    /** One line of the ledger. */
    @TemplateData
    public record Entry(String at, String kind, String townshipCode, String caseId, String paymentId,
                        String amount) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    @Location("console/relief-funds.html")
    Template list;

    @Inject
    @Location("console/relief-fund.html")
    Template ledger;

    @GET
    public TemplateInstance funds() {
        Viewer viewer = pages.console().viewer();
        List<Fund> funds = new ArrayList<>();
        if (viewer.division() != null) {
            api.get("/api/relief/funds?division=" + viewer.division()).forEach(f -> funds.add(fund(f)));
        }
        return pages.page(list).data("rows", funds);
    }

    @GET
    @Path("/{fundId}")
    public TemplateInstance ledger(@PathParam("fundId") UUID fundId) {
        JsonNode answer = api.get("/api/relief/funds/" + fundId + "/ledger");
        List<Share> shares = new ArrayList<>();
        answer.path("townships").forEach(s -> shares.add(new Share(s.path("townshipCode").asText(),
                Formats.yuan(s.path("apportionedFen").asLong()), Formats.yuan(s.path("committedFen").asLong()))));
        List<Entry> entries = new ArrayList<>();
        answer.path("entries").forEach(e -> entries.add(new Entry(Formats.time(e.path("recordedAt").asText()),
                e.path("kind").asText(), e.path("townshipCode").asText(""), e.path("caseId").asText(""),
                e.path("paymentId").asText(""), Formats.yuan(e.path("amountFen").asLong()))));
        return pages.page(ledger).data("fund", fund(answer.path("fund")))
                .data("allocated", Formats.yuan(answer.path("allocatedFen").asLong()))
                .data("apportioned", Formats.yuan(answer.path("apportionedFen").asLong()))
                .data("committed", Formats.yuan(answer.path("committedFen").asLong()))
                .data("paid", Formats.yuan(answer.path("paidFen").asLong()))
                .data("returned", Formats.yuan(answer.path("returnedFen").asLong()))
                .data("available", Formats.yuan(answer.path("availableFen").asLong()))
                .data("outstanding", Formats.yuan(answer.path("outstandingFen").asLong()))
                .data("shares", shares).data("entries", entries)
                .data("chart", FundChart.of(answer.path("entries")))
                .data("width", FundChart.WIDTH).data("height", FundChart.HEIGHT);
    }

    private static Fund fund(JsonNode f) {
        return new Fund(f.path("fundId").asText(), f.path("title").asText(), f.path("documentNumber").asText(),
                f.path("sourceLevel").asText(), f.path("category").asText(""), f.path("allocatedOn").asText(""));
    }
}
