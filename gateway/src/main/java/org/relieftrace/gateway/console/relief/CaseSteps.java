package org.relieftrace.gateway.console.relief;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedMap;

import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Sheet;
import org.relieftrace.gateway.console.relief.CaseViews.CaseView;
import org.relieftrace.gateway.console.relief.CaseViews.DeadlineBoard;

import io.quarkus.qute.TemplateData;

import static org.relieftrace.gateway.console.Forms.one;

/**
 * The steps of a case as the console sends them: the verbs the relief service names in a case's {@code actions}
 * (the last segment of each step's path), each step's path and body, and a case as a row of the list.
 */
public final class CaseSteps {

    /** The verbs of the steps the console has a form for, in the order a case goes through them. */
    static final List<String> VERBS = List.of("village-assessment", "objections", "resolution", "township-review",
            "county-approval", "confirmation", "reissue");

    /**
     * A case in a list, with the steps the user may take on it now; {@code instalments} says how many of its
     * instalments (分期拨付) are paid ("1/2"), blank for a case paid at once.
     */
    @TemplateData
    public record Row(String caseId, String householdId, String divisionCode, String category, String period,
                      String status, String amount, String noticeEndsOn, String due, String paymentStatus,
                      String paymentId, String failureReason, int openObjections, List<String> actions,
                      boolean paperNotice, String held, String instalments) {

        /** The first eight characters of the case id, enough to tell cases apart on a screen. */
        public String shortId() {
            return caseId.length() > 8 ? caseId.substring(0, 8) : caseId;
        }

        /** Whether the service offers the user this step now. */
        public boolean can(String verb) {
            return actions.contains(verb);
        }
    }

    private CaseSteps() {
    }

    /** A case as a row of the list: the amount in yuan (approved, else proposed), the next due day. */
    public static Row row(CaseView c) {
        Long fen = c.amountFen() != null ? c.amountFen() : c.proposedAmountFen();
        String due = c.payoutDue() != null ? c.payoutDue() : c.approvalDue() != null ? c.approvalDue()
                : text(c.reviewDue());
        return new Row(c.caseId(), c.householdId(), c.divisionCode(), c.category(), c.period(), c.status(),
                fen == null ? "" : Formats.yuan(fen), text(c.noticeRunsUntil() != null ? c.noticeRunsUntil()
                        : c.noticeEndsOn()), due, text(c.paymentStatus()), text(c.paymentId()),
                text(c.failureReason()), c.openObjections(), c.actions(), c.noticeRecordedAfterTheFact(),
                c.held() == null ? "" : text(c.held().text()),
                c.inInstalments() ? c.instalments().paid() + "/" + c.instalments().of() : "");
    }

    /** 时限看板 — the board's three lists of overdue cases as rows, by the key the page names them with. */
    public static Map<String, List<Row>> lists(DeadlineBoard board) {
        Map<String, List<Row>> lists = new LinkedHashMap<>();
        lists.put("reviewOverdue", board.reviewOverdue().stream().map(CaseSteps::row).toList());
        lists.put("approvalOverdue", board.approvalOverdue().stream().map(CaseSteps::row).toList());
        lists.put("payoutOverdue", board.payoutOverdue().stream().map(CaseSteps::row).toList());
        return lists;
    }

    /** Cases as a sheet of the Excel export, the columns of the case list. */
    public static Sheet<Row> sheet(Excel excel, String title, List<Row> rows) {
        return Sheet.of(title, rows)
                .text(excel.t("relief_case"), Row::caseId).text(excel.t("division"), Row::divisionCode)
                .text(excel.t("relief_category"), row -> excel.text("category_", row.category()))
                .text(excel.t("export_period"), Row::period)
                .text(excel.t("relief_status"), row -> excel.text("case_", row.status()))
                .text(excel.t("export_payment"), row -> row.paymentStatus().isEmpty() ? ""
                        : excel.text("payment_", row.paymentStatus()))
                .text(excel.t("relief_instalments"), Row::instalments)
                .number(excel.t("relief_objections"), Row::openObjections)
                .text(excel.t("relief_case_held"), Row::held).yuan(excel.t("relief_amount"), Row::amount)
                .date(excel.t("relief_notice_ends"), Row::noticeEndsOn).date(excel.t("relief_due"), Row::due);
    }

    /** The API path of the step: {@code /api/relief/cases/{id}/...}; an objection's resolution names the objection. */
    static String path(UUID caseId, String verb, MultivaluedMap<String, String> form) {
        String base = "/api/relief/cases/" + caseId;
        return switch (verb) {
            case "resolution" -> base + "/objections/" + UUID.fromString(one(form, "objectionId")) + "/resolution";
            case "confirmation" -> base + "/county-approval/confirmation";
            default -> base + "/" + verb;
        };
    }

    /** The API's body: the fields of the step, blank ones left out so that the API names what is missing. */
    static Map<String, Object> body(String verb, MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> fields = switch (verb) {
            case "village-assessment" -> List.of("membersCovered", "months", "deceasedPersons", "damageGrade",
                    "minutesReference", "appraisedOn");
            case "objections" -> List.of("objector", "content");
            case "resolution" -> List.of("upheld", "finding");
            case "township-review" -> List.of("decision", "opinion");
            case "county-approval" -> List.of("decision", "fundId", "amountFen", "overrideReason", "opinion");
            default -> List.of();
        };
        for (String field : fields) {
            ReliefFiles.put(body, field, one(form, field));
        }
        ReliefFiles.put(body, "reason", one(form, "reason"));
        return body;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
