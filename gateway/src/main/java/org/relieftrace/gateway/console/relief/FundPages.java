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
import org.relieftrace.gateway.console.relief.FundViews.FundView;
import org.relieftrace.gateway.console.relief.FundViews.LedgerView;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

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
            // a county's funds of a season fit one page of the largest size
            api.list("/api/relief/funds?size=500&division=" + viewer.division(), FundView.class).items()
                    .forEach(f -> funds.add(fund(f)));
        }
        return pages.page(list).data("rows", funds);
    }

    @GET
    @Path("/{fundId}")
    public TemplateInstance ledger(@PathParam("fundId") UUID fundId) {
        // the ledger's lines in one page of the largest size: the chart replays the fund's history from them
        LedgerView answer = api.get("/api/relief/funds/" + fundId + "/ledger?size=500", LedgerView.class);
        List<Share> shares = new ArrayList<>();
        answer.townships().forEach(s -> shares.add(new Share(s.townshipCode(), Formats.yuan(s.apportionedFen()),
                Formats.yuan(s.committedFen()))));
        List<Entry> entries = new ArrayList<>();
        answer.entries().items().forEach(e -> entries.add(new Entry(Formats.time(e.recordedAt()), e.kind(),
                text(e.townshipCode()), text(e.caseId()), text(e.paymentId()), Formats.yuan(e.amountFen()))));
        return pages.page(ledger).data("fund", fund(answer.fund()))
                .data("allocated", Formats.yuan(answer.allocatedFen()))
                .data("apportioned", Formats.yuan(answer.apportionedFen()))
                .data("committed", Formats.yuan(answer.committedFen()))
                .data("paid", Formats.yuan(answer.paidFen()))
                .data("returned", Formats.yuan(answer.returnedFen()))
                .data("available", Formats.yuan(answer.availableFen()))
                .data("outstanding", Formats.yuan(answer.outstandingFen()))
                .data("shares", shares).data("entries", entries)
                .data("chart", FundChart.of(answer.entries().items()))
                .data("moreEntries", answer.entries().total() > answer.entries().items().size())
                .data("width", FundChart.WIDTH).data("height", FundChart.HEIGHT);
    }

    private static Fund fund(FundView f) {
        return new Fund(f.fundId(), f.title(), f.documentNumber(), f.sourceLevel(), text(f.category()),
                text(f.allocatedOn()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
