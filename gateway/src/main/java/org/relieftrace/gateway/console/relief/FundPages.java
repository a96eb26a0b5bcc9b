package org.relieftrace.gateway.console.relief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Forms;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.Submission;
import org.relieftrace.gateway.console.Viewer;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Paging;
import org.relieftrace.gateway.console.export.Sheet;
import org.relieftrace.gateway.console.relief.FundViews.EntryView;
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
 * of money committed and paid over time ({@link FundChart}); the apportionments waiting for a second user, whom the
 * page offers to approve or reject them (资金分配复核).
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

    /** An apportionment waiting for a second user, and whether this user may decide it. */
    @TemplateData
    public record Pending(String apportionmentId, String townshipCode, String amount, String raisedBy,
                          String raisedAt, boolean decides) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Excel excel;

    @Inject
    @Location("console/relief-funds.html")
    Template list;

    @Inject
    @Location("console/relief-fund.html")
    Template ledger;

    @GET
    public TemplateInstance funds() {
        return pages.page(list).data("rows", fundRows());
    }

    /** 资金导出 — the funds of the user's division, as the list shows them, as Excel. */
    @GET
    @Path("/export.xlsx")
    @Produces(Excel.XLSX)
    public Response fundsExport() {
        return excel.file(List.of(excel.t("nav_relief_funds")), Sheet.of(excel.t("nav_relief_funds"), fundRows())
                .text(excel.t("relief_fund"), Fund::title).text(excel.t("relief_document"), Fund::documentNumber)
                .text(excel.t("relief_source"), fund -> excel.text("source_level_", fund.sourceLevel()))
                .text(excel.t("relief_category"), fund -> excel.text("category_", fund.category()))
                .date(excel.t("relief_allocated_on"), Fund::allocatedOn));
    }

    /**
     * 资金台账导出 — a fund's township shares and every line of its ledger (all pages, as the ledger page shows
     * them), as Excel.
     */
    @GET
    @Path("/{fundId}/export.xlsx")
    @Produces(Excel.XLSX)
    public Response ledgerExport(@PathParam("fundId") UUID fundId) {
        LedgerView first = api.get(ledgerPath(fundId, 0), LedgerView.class);
        Paging.All<EntryView> all = Paging.all(page -> page == 0 ? first.entries()
                : api.get(ledgerPath(fundId, page), LedgerView.class).entries());
        String fund = first.fund() == null ? fundId.toString() : first.fund().title();
        return excel.file(List.of(excel.t("relief_entries"), fund),
                Sheet.of(excel.t("relief_shares") + " · " + fund, shares(first))
                        .text(excel.t("division"), Share::townshipCode)
                        .yuan(excel.t("relief_apportioned"), Share::apportioned)
                        .yuan(excel.t("relief_committed"), Share::committed),
                Sheet.of(excel.t("relief_entries") + " · " + fund, entries(all.items()))
                        .date(excel.t("when"), Entry::at)
                        .text(excel.t("relief_entry_kind"), entry -> excel.text("ledger_", entry.kind()))
                        .text(excel.t("division"), Entry::townshipCode).text(excel.t("relief_case"), Entry::caseId)
                        .yuan(excel.t("relief_amount"), Entry::amount).note(excel.cutNote(all)));
    }

    private List<Fund> fundRows() {
        Viewer viewer = pages.console().viewer();
        List<Fund> funds = new ArrayList<>();
        if (viewer.division() != null) {
            // a county's funds of a season fit one page of the largest size
            api.list("/api/relief/funds?size=500&division=" + viewer.division(), FundView.class).items()
                    .forEach(f -> funds.add(fund(f)));
        }
        return funds;
    }

    private static String ledgerPath(UUID fundId, int page) {
        return "/api/relief/funds/" + fundId + "/ledger?size=500&page=" + page;
    }

    private static List<Share> shares(LedgerView ledger) {
        return ledger.townships().stream().map(s -> new Share(s.townshipCode(), Formats.yuan(s.apportionedFen()),
                Formats.yuan(s.committedFen()))).toList();
    }

    private static List<Entry> entries(List<EntryView> found) {
        return found.stream().map(e -> new Entry(Formats.time(e.recordedAt()), e.kind(), text(e.townshipCode()),
                text(e.caseId()), text(e.paymentId()), Formats.yuan(e.amountFen()))).toList();
    }

    @GET
    @Path("/{fundId}")
    public TemplateInstance ledger(@PathParam("fundId") UUID fundId) {
        return ledgerPage(fundId, null);
    }

    /** 资金分配复核 — a second finance user approves (or rejects, with a reason) a pending apportionment. */
    @POST
    @Path("/{fundId}/apportionments/{apportionmentId}/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("fundId") UUID fundId, @PathParam("apportionmentId") UUID apportionmentId,
                           @RestForm String approve, @RestForm String reason, @RestForm String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("approve", "true".equals(approve));
        ReliefFiles.put(body, "reason", reason);
        return Submission.send(() -> {
            api.post("/api/relief/funds/" + fundId + "/apportionments/" + apportionmentId + "/approval", body,
                    Forms.key(key));
            return "/console/relief/funds/" + fundId;
        }, problem -> ledgerPage(fundId, problem));
    }

    private TemplateInstance ledgerPage(UUID fundId, ApiProblem problem) {
        // the ledger's lines in one page of the largest size: the chart replays the fund's history from them
        LedgerView answer = api.get(ledgerPath(fundId, 0), LedgerView.class);
        List<Share> shares = shares(answer);
        List<Entry> entries = entries(answer.entries().items());
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
                .data("width", FundChart.WIDTH).data("height", FundChart.HEIGHT)
                .data("pending", answer.pendingApportionments().stream().map(a -> new Pending(a.apportionmentId(),
                        a.townshipCode(), Formats.yuan(a.amountFen()), text(a.raisedBy()),
                        Formats.time(text(a.raisedAt())), a.actions().contains("approve"))).toList())
                .data("problem", problem).data("key", Forms.newKey());
    }

    private static Fund fund(FundView f) {
        return new Fund(f.fundId(), f.title(), f.documentNumber(), f.sourceLevel(), text(f.category()),
                text(f.allocatedOn()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
