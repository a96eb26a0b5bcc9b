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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Forms;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.RegistryViews.DivisionView;
import org.relieftrace.gateway.console.Viewer;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Sheet;
import org.relieftrace.gateway.console.relief.PaymentViews.NoticeEntry;
import org.relieftrace.gateway.console.relief.PaymentViews.NoticePosted;
import org.relieftrace.gateway.console.relief.PaymentViews.NoticeView;
import org.relieftrace.gateway.console.relief.PaymentViews.PaidList;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

/**
 * 公示与发放名单 — a village's public notices (公示: post its appraised cases, dated by the service; record a paper
 * list put up earlier, marked as such until a county user confirms it; print a posted list as the API's PDF)
 * and its paid list (发放名单, with its PDF). The PDFs come from the relief API with the user's own token and are
 * passed on unchanged.
 */
@Path("/console/relief")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class NoticePages {

    /**
     * A posted list: a paper list recorded after the fact is marked with its document, recorder and confirmer;
     * {@code confirms} when the service offers the user its confirmation now.
     */
    @TemplateData
    public record Notice(String noticeId, String postedOn, String endsOn, int cases, String total, boolean paper,
                         String documentReference, String recordedBy, String confirmedBy, boolean confirms) {
    }

    /** A village to pick. */
    @TemplateData
    public record Village(String code, String name) {
    }

    /** A paid household on the published list. */
    @TemplateData
    public record Paid(String payee, String bank, String account, String amount, String paidOn) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Excel excel;

    @Inject
    @Location("console/relief-notices.html")
    Template notices;

    @Inject
    @Location("console/relief-paid.html")
    Template paid;

    @GET
    @Path("/notices")
    public TemplateInstance notices(@QueryParam("village") String village) {
        return noticePage(village, null, null);
    }

    @POST
    @Path("/notices")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance post(@RestForm String village, @RestForm String days, @RestForm String reason,
                                 @RestForm String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("villageCode", village);
        ReliefFiles.put(body, "days", days);
        ReliefFiles.put(body, "reason", reason);
        return send(village, "/api/relief/public-notices", body, key);
    }

    /** 补录 — a paper list put up earlier, with its document and the reason it is recorded late. */
    @POST
    @Path("/notices/paper")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance recordPaper(@RestForm String village, @RestForm String postedOn, @RestForm String days,
                                        @RestForm String documentReference, @RestForm String reason,
                                        @RestForm String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("villageCode", village);
        ReliefFiles.put(body, "postedOn", postedOn);
        ReliefFiles.put(body, "days", days);
        ReliefFiles.put(body, "documentReference", documentReference);
        ReliefFiles.put(body, "reason", reason);
        return send(village, "/api/relief/public-notices/paper", body, key);
    }

    /** 补录确认 — a county user confirms a paper list, with the reason. */
    @POST
    @Path("/notices/{noticeId}/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance confirm(@PathParam("noticeId") UUID noticeId, @RestForm String village,
                                    @RestForm String reason, @RestForm String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        ReliefFiles.put(body, "reason", reason);
        try {
            api.post("/api/relief/public-notices/" + noticeId + "/confirmation", body, Forms.key(key));
            return noticePage(village, pages.console().text("relief_notice_confirmed"), null);
        } catch (ApiProblem problem) {
            return noticePage(village, null, problem);
        }
    }

    private TemplateInstance send(String village, String path, Map<String, Object> body, String key) {
        try {
            NoticePosted posted = api.post(path, body, Forms.key(key), NoticePosted.class);
            return noticePage(village, pages.console().text("relief_notice_posted").formatted(posted.cases()),
                    null);
        } catch (ApiProblem problem) {
            return noticePage(village, null, problem);
        }
    }

    @GET
    @Path("/notices/{noticeId}/pdf")
    @Produces("application/pdf")
    public Response noticePdf(@PathParam("noticeId") UUID noticeId) {
        return ReliefFiles.passOn(api.download("/api/relief/public-notices/" + noticeId + "/pdf"));
    }

    @GET
    @Path("/paid")
    public TemplateInstance paidList(@QueryParam("village") String village) {
        List<Village> villages = villages();
        String chosen = chosen(village, villages);
        PaidList list = readPaidList(chosen);
        return pages.page(paid).data("villages", villages).data("village", chosen).data("rows", paidRows(list))
                .data("total", chosen.isEmpty() ? "" : Formats.yuan(list.totalFen()));
    }

    /** 发放名册导出 — a village's paid list (account numbers masked as the API answers them) as Excel. */
    @GET
    @Path("/paid/export.xlsx")
    @Produces(Excel.XLSX)
    public Response paidExport(@QueryParam("village") String village) {
        List<Village> villages = villages();
        String chosen = chosen(village, villages);
        if (chosen.isEmpty()) {
            throw excel.refused("relief_no_paid");
        }
        PaidList list = readPaidList(chosen);
        String name = villageName(villages, chosen);
        return excel.file(List.of(excel.t("nav_relief_paid"), name), Sheet.of(excel.t("nav_relief_paid") + " · "
                        + name + " · " + excel.t("total") + " " + Formats.yuan(list.totalFen()), paidRows(list))
                .text(excel.t("relief_payee"), Paid::payee).text(excel.t("relief_bank"), Paid::bank)
                .text(excel.t("relief_account"), Paid::account).yuan(excel.t("relief_amount"), Paid::amount)
                .date(excel.t("relief_paid_on"), Paid::paidOn));
    }

    private PaidList readPaidList(String village) {
        return village.isEmpty() ? new PaidList(village, 0, List.of())
                : api.get("/api/relief/paid-lists?village=" + village, PaidList.class);
    }

    private static List<Paid> paidRows(PaidList list) {
        return list.entries().stream().map(e -> new Paid(e.payeeName(), e.bank(), e.maskedAccount(),
                Formats.yuan(e.amountFen()), e.paidOn() == null ? "" : e.paidOn())).toList();
    }

    @GET
    @Path("/paid/pdf")
    @Produces("application/pdf")
    public Response paidPdf(@QueryParam("village") String village) {
        return ReliefFiles.passOn(api.download("/api/relief/paid-lists/pdf?village=" + ReliefFiles.code(village)));
    }

    private TemplateInstance noticePage(String village, String done, ApiProblem problem) {
        List<Village> villages = villages();
        String chosen = chosen(village, villages);
        List<Notice> rows = noticeRows(chosen);
        Viewer viewer = pages.console().viewer();
        return pages.page(notices).data("villages", villages).data("village", chosen).data("rows", rows)
                .data("done", done).data("problem", problem).data("today", Formats.today().toString())
                .data("posts", viewer.handlesCases()).data("key", Forms.newKey());
    }

    /** 公示导出 — a village's notices, as the page lists them, as Excel. */
    @GET
    @Path("/notices/export.xlsx")
    @Produces(Excel.XLSX)
    public Response noticesExport(@QueryParam("village") String village) {
        List<Village> villages = villages();
        String chosen = chosen(village, villages);
        if (chosen.isEmpty()) {
            throw excel.refused("relief_no_notices");
        }
        String name = villageName(villages, chosen);
        return excel.file(List.of(excel.t("nav_relief_notices"), name), Sheet.of(excel.t("nav_relief_notices")
                        + " · " + name, noticeRows(chosen))
                .date(excel.t("relief_posted_on"), Notice::postedOn).date(excel.t("relief_notice_ends"), Notice::endsOn)
                .number(excel.t("relief_cases"), Notice::cases).yuan(excel.t("relief_amount"), Notice::total)
                .text(excel.t("relief_recorded_after_the_fact"), n -> n.paper() ? n.documentReference() : "")
                .text(excel.t("export_recorded_by"), Notice::recordedBy)
                .text(excel.t("relief_confirmed_by"), Notice::confirmedBy));
    }

    private List<Notice> noticeRows(String village) {
        List<Notice> rows = new ArrayList<>();
        if (!village.isEmpty()) {
            // a village's notices of a season fit one page of the largest size
            for (NoticeView n : api.list("/api/relief/public-notices?size=500&village=" + village, NoticeView.class)
                    .items()) {
                long total = n.entries().stream().mapToLong(NoticeEntry::proposedAmountFen).sum();
                rows.add(new Notice(n.noticeId(), n.postedOn(), n.runsUntil() != null ? n.runsUntil() : n.endsOn(),
                        n.entries().size(), Formats.yuan(total), n.recordedAfterTheFact(),
                        n.documentReference() == null ? "" : n.documentReference(),
                        n.recordedBy() == null ? "" : n.recordedBy(), n.confirmedBy() == null ? "" : n.confirmedBy(),
                        n.actions().contains("confirmation")));
            }
        }
        return rows;
    }

    private List<Village> villages() {
        String mine = pages.console().viewer().division();
        List<Village> villages = new ArrayList<>();
        if (mine == null) {
            return villages;
        }
        for (DivisionView d : api.list("/api/registry/divisions/" + mine + "/subtree?size=500", DivisionView.class)
                .items()) {
            if (DivisionCode.parse(d.code()).map(code -> code.level() == DivisionCode.Level.VILLAGE).orElse(false)) {
                villages.add(new Village(d.code(), d.name()));
            }
        }
        return villages;
    }

    private static String villageName(List<Village> villages, String code) {
        return villages.stream().filter(v -> v.code().equals(code)).map(Village::name).findFirst().orElse(code);
    }

    private static String chosen(String village, List<Village> villages) {
        if (village != null && villages.stream().anyMatch(v -> v.code().equals(village))) {
            return village;
        }
        return villages.isEmpty() ? "" : villages.get(0).code();
    }
}
