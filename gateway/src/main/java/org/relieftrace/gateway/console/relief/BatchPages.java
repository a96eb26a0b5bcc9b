package org.relieftrace.gateway.console.relief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Forms;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.Submission;
import org.relieftrace.gateway.console.Viewer;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Sheet;
import org.relieftrace.gateway.console.relief.PaymentViews.BatchDetail;
import org.relieftrace.gateway.console.relief.PaymentViews.BatchMade;
import org.relieftrace.gateway.console.relief.PaymentViews.BatchView;
import org.relieftrace.gateway.console.relief.PaymentViews.PaymentView;
import org.relieftrace.gateway.console.relief.PaymentViews.ReconciliationView;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 发放批次 — payment batches: make one up from the approved cases of a division, release it as a second finance user
 * (双人复核), confirm a held payment's account with its holder (账户复核), download its bank files (代发文件), upload
 * the bank's result file (银行回盘) and read the reconciliation (对账), reissue a failed payment once the account was
 * corrected (补发). Held payments and cases left off show the rule's text. Each payment links to its history.
 */
@Path("/console/relief/batches")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class BatchPages {

    /**
     * A batch in the list; {@code files} are the numbers of its released bank files, {@code releases},
     * {@code downloads} and {@code reconciles} what the user may do with it now (from its {@code actions}).
     */
    @TemplateData
    public record Batch(String batchId, String divisionCode, String kind, String title, String createdAt, int lines,
                        String total, String status, int heldPayments, List<Integer> files, boolean releases,
                        boolean downloads, boolean reconciles, List<HeldCase> heldCases) {
    }

    /** A case left off the batch and the rule's text. */
    @TemplateData
    public record HeldCase(String caseId, String code, String text) {
    }

    /** A payment of a batch; {@code held} why it is held out of the bank file, {@code confirms} the second check. */
    @TemplateData
    public record Payment(String paymentId, String caseId, int lineNo, int attempt, String payee, String bank,
                          String account, String amount, String flag, String status, String failureReason,
                          String paidOn, boolean reissues, String fileNo, String heldCode, String held,
                          boolean confirms) {
    }

    /** 对账结果 — what the bank's result file settled. */
    @TemplateData
    public record Reconciliation(int resultLines, String batchTotal, int paidCount, String paid, int failedCount,
                                 String failed, String unsettled, List<String> mismatches) {

        static Reconciliation of(ReconciliationView r) {
            return new Reconciliation(r.resultLines(), Formats.yuan(r.batchTotalFen()), r.paidCount(),
                    Formats.yuan(r.paidFen()), r.failedCount(), Formats.yuan(r.failedFen()),
                    Formats.yuan(r.unsettledFen()), r.mismatches());
        }
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Excel excel;

    @Inject
    @Location("console/relief-batches.html")
    Template list;

    @Inject
    @Location("console/relief-batch.html")
    Template detail;

    @GET
    public TemplateInstance batches() {
        return listPage(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response make(@RestForm String divisionCode, @RestForm String disasterId, @RestForm String title,
                         @RestForm String reason, @RestForm String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("divisionCode", divisionCode == null ? "" : divisionCode.strip());
        ReliefFiles.put(body, "disasterId", disasterId);
        ReliefFiles.put(body, "title", title);
        ReliefFiles.put(body, "reason", reason);
        return Submission.send(() -> "/console/relief/batches/" + api.post("/api/relief/payment-batches", body,
                Forms.key(key), BatchMade.class).batchId(), this::listPage);
    }

    @GET
    @Path("/{batchId}")
    public TemplateInstance batch(@PathParam("batchId") UUID batchId) {
        return detailPage(batchId, null, null);
    }

    @GET
    @Path("/{batchId}/bank-file")
    @Produces("text/csv")
    public Response bankFile(@PathParam("batchId") UUID batchId, @QueryParam("file") Integer file) {
        return ReliefFiles.passOn(api.download("/api/relief/payment-batches/" + batchId + "/bank-file"
                + (file == null ? "" : "?file=" + file)));
    }

    /** 双人复核 — a second finance user releases the batch's next bank file. */
    @POST
    @Path("/{batchId}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@PathParam("batchId") UUID batchId, @RestForm String key) {
        return Submission.send(() -> {
            api.post("/api/relief/payment-batches/" + batchId + "/release", Map.of(), Forms.key(key));
            return "/console/relief/batches/" + batchId;
        }, problem -> detailPage(batchId, null, problem));
    }

    /** 账户复核 — a held payment's account confirmed with the holder, whose name must match. */
    @POST
    @Path("/{batchId}/payments/{paymentId}/account-confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("batchId") UUID batchId, @PathParam("paymentId") UUID paymentId,
                            @RestForm String holderName, @RestForm String reason, @RestForm String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("holderName", holderName == null ? "" : holderName.strip());
        ReliefFiles.put(body, "reason", reason);
        return Submission.send(() -> {
            api.post("/api/relief/payment-batches/" + batchId + "/payments/" + paymentId + "/account-confirmation",
                    body, Forms.key(key));
            return "/console/relief/batches/" + batchId;
        }, problem -> detailPage(batchId, null, problem));
    }

    @POST
    @Path("/{batchId}/bank-results")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public TemplateInstance bankResults(@PathParam("batchId") UUID batchId, @RestForm("file") FileUpload file,
                                        @RestForm("key") String key) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return detailPage(batchId, null, new ApiProblem(400, null, pages.console().text("import_no_file"), null,
                    List.of()));
        }
        try {
            String text = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            JsonNode answer = api.postText("/api/relief/payment-batches/" + batchId + "/bank-results",
                    "text/csv; charset=UTF-8", text, Forms.key(key));
            return detailPage(batchId, Reconciliation.of(api.read(answer, ReconciliationView.class)), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ApiProblem problem) {
            return detailPage(batchId, null, problem);
        }
    }

    private TemplateInstance listPage(ApiProblem problem) {
        Viewer viewer = pages.console().viewer();
        return pages.page(list).data("rows", batchRows()).data("problem", problem)
                .data("makes", viewer.makesBatches()).data("division", viewer.division() == null ? ""
                        : viewer.division()).data("key", Forms.newKey());
    }

    private TemplateInstance detailPage(UUID batchId, Reconciliation uploaded, ApiProblem problem) {
        Viewer viewer = pages.console().viewer();
        BatchDetail answer = api.get("/api/relief/payment-batches/" + batchId, BatchDetail.class);
        List<Payment> payments = payments(answer);
        ReconciliationView recorded = answer.batch().reconciliation();
        Reconciliation reconciliation = uploaded != null ? uploaded
                : recorded != null ? Reconciliation.of(recorded) : null;
        return pages.page(detail).data("batch", batch(answer.batch())).data("payments", payments)
                .data("reconciliation", reconciliation).data("problem", problem)
                .data("bank", viewer.exchangesWithBank()).data("key", Forms.newKey());
    }

    /** 发放批次导出 — the division's payment batches, as the list shows them, as Excel. */
    @GET
    @Path("/export.xlsx")
    @Produces(Excel.XLSX)
    public Response batchesExport() {
        return excel.file(List.of(excel.t("nav_relief_batches")), Sheet.of(excel.t("nav_relief_batches"),
                        batchRows())
                .text(excel.t("relief_batch_title"), b -> b.title().isEmpty() ? b.batchId() : b.title())
                .text(excel.t("division"), Batch::divisionCode)
                .text(excel.t("relief_kind"), b -> excel.text("batch_kind_", b.kind()))
                .date(excel.t("when"), Batch::createdAt).number(excel.t("relief_lines"), Batch::lines)
                .yuan(excel.t("relief_amount"), Batch::total)
                .text(excel.t("relief_status"), b -> excel.text("batch_", b.status())));
    }

    /** 发放明细导出 — a batch's payments (account numbers as the API answers them), as Excel. */
    @GET
    @Path("/{batchId}/export.xlsx")
    @Produces(Excel.XLSX)
    public Response paymentsExport(@PathParam("batchId") UUID batchId) {
        BatchDetail answer = api.get("/api/relief/payment-batches/" + batchId, BatchDetail.class);
        Batch batch = batch(answer.batch());
        String name = batch.title().isEmpty() ? batch.batchId() : batch.title();
        return excel.file(List.of(excel.t("nav_relief_batches"), name), Sheet.of(name, payments(answer))
                .number("#", Payment::lineNo).text(excel.t("relief_payee"), Payment::payee)
                .text(excel.t("relief_bank"), Payment::bank).text(excel.t("relief_account"), Payment::account)
                .text(excel.t("relief_file_no"), Payment::fileNo).yuan(excel.t("relief_amount"), Payment::amount)
                .text(excel.t("relief_status"), p -> excel.text("payment_", p.status())
                        + (p.failureReason().isEmpty() ? "" : " · " + p.failureReason()))
                .text(excel.t("relief_held"), Payment::held).date(excel.t("relief_paid_on"), Payment::paidOn));
    }

    private List<Batch> batchRows() {
        Viewer viewer = pages.console().viewer();
        // a division's batches of a season fit one page of the largest size
        return api.list("/api/relief/payment-batches?size=500" + (viewer.division() == null ? ""
                : "&division=" + viewer.division()), BatchView.class).items().stream().map(BatchPages::batch)
                .toList();
    }

    private List<Payment> payments(BatchDetail answer) {
        List<Payment> payments = new ArrayList<>();
        for (PaymentView p : answer.payments()) {
            payments.add(new Payment(p.paymentId(), p.caseId(), p.lineNo(), p.attempt(), p.payeeName(), p.bank(),
                    p.accountNumber(), Formats.yuan(p.amountFen()), text(p.accountFlag()), p.status(),
                    text(p.failureReason()), text(p.paidOn()), "FAILED".equals(p.status()) && reissues(p.caseId()),
                    p.fileNo() == null ? "" : p.fileNo().toString(), p.held() == null ? "" : p.held().code(),
                    p.held() == null ? "" : text(p.held().text()), p.actions().contains("confirm-account")));
        }
        return payments;
    }

    /** Whether the failed payment's case offers the user its reissue (补发) now. */
    private boolean reissues(String caseId) {
        return api.get("/api/relief/cases/" + caseId, CaseViews.CaseView.class).actions().contains("reissue");
    }

    private static Batch batch(BatchView b) {
        List<Integer> files = new ArrayList<>();
        for (int n = b.releasedFiles(); n >= 1; n--) {
            files.add(n);
        }
        return new Batch(b.batchId(), b.divisionCode(), b.kind(), text(b.title()), Formats.time(text(b.createdAt())),
                b.lines(), Formats.yuan(b.totalFen()), text(b.status()), b.heldPayments(), files,
                b.actions().contains("release"), b.actions().contains("download-bank-file"),
                b.actions().contains("reconcile"), b.heldCases().stream().map(c -> new HeldCase(c.caseId(),
                c.held() == null ? "" : c.held().code(), c.held() == null ? "" : text(c.held().text()))).toList());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
