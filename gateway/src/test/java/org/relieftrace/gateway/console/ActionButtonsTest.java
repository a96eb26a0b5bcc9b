package org.relieftrace.gateway.console;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.relieftrace.gateway.console.relief.CaseSteps;
import org.relieftrace.gateway.console.relief.CaseViews.CaseView;
import org.relieftrace.gateway.console.transfer.TransferRows;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages draw a step's button or form exactly when the view's {@code actions} name its verb. */
@QuarkusTest
class ActionButtonsTest {

    @Inject
    @Location("console/transfer.html")
    Template transfer;

    @Inject
    @Location("console/relief-cases.html")
    Template cases;

    private static final Viewer OFFICER = new Viewer("officer", Set.of(Viewer.OFFICER), "500118116000", List.of(),
            "token");

    private static TemplateInstance page(Template template) {
        return template.data("me", OFFICER).data("t", Texts.load("zh")).data("lang", "zh").data("nav", List.of());
    }

    private static TransferRows.Row transfer(String status, List<String> actions) {
        return new TransferRows.Row("7d5c1c4e-0000-4000-8000-000000000001", "7d5c1c4e", "朱沱镇库", "a", "村库", "b",
                status, false, List.of(new TransferRows.Want("TENT-12", "帐篷", 20)), List.of(), "", "", "", "", "",
                "", false, "", actions);
    }

    private String transferPage(TransferRows.Row row) {
        return page(transfer).data("row", row).data("problem", null).data("key", "k-1").data("id", row.id())
                .data("pending", false).data("behind", false).render();
    }

    @Test
    void aTransferShowsTheFormsOfTheStepsItsActionsNameAndNoOther() {
        String requested = transferPage(transfer("REQUESTED", List.of("approve", "reject", "cancel")));
        assertThat(requested).contains("id=\"approve\"", "id=\"reject\"", "id=\"cancel-form\"")
                .doesNotContain("id=\"dispatch-form\"", "id=\"receive-form\"");

        String onlyRejects = transferPage(transfer("REQUESTED", List.of("reject")));
        assertThat(onlyRejects).contains("id=\"reject\"").doesNotContain("id=\"approve\"", "id=\"cancel-form\"");

        String reserved = transferPage(transfer("RESERVED", List.of()));
        assertThat(reserved).as("the status alone offers nothing").doesNotContain("id=\"approve-form\"",
                "id=\"dispatch-form\"", "id=\"receive-form\"", "id=\"cancel-form\"");
    }

    @Test
    void aCaseShowsTheFormsOfItsVerbs() {
        CaseView onNotice = new CaseView("c-1", "h-1", "500118116201", "EMERGENCY", "2026-07", "ON_NOTICE", 180_000L,
                null, "2026-07-27", 0, null, null, null, null, null, null, List.of("township-review"));
        CaseView open = new CaseView("c-2", "h-2", "500118116201", "EMERGENCY", "2026-07", "OPEN", null, null, null,
                0, null, null, null, null, null, null, List.of());
        String html = page(cases).data("rows", List.of(CaseSteps.row(onNotice), CaseSteps.row(open)))
                .data("statuses", List.of()).data("status", "").data("done", "").data("problem", null)
                .data("funds", List.of()).data("today", "2026-07-28").data("key", "k").data("level", "TOWNSHIP")
                .data("categories", List.of()).data("opens", false).data("period", "2026-07").data("page", 0)
                .data("previous", false).data("next", false).render();
        assertThat(html).contains("/console/relief/cases/c-1/township-review")
                .doesNotContain("/console/relief/cases/c-2/", "appraise-form", "approve-form");
    }
}
