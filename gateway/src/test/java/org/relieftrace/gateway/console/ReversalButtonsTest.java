package org.relieftrace.gateway.console;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.relieftrace.gateway.console.reversal.ReversalViews.ReversalView;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The reversal page draws the form of a step exactly when the reversal's {@code actions} name its verb. */
@QuarkusTest
class ReversalButtonsTest {

    private static final Viewer OFFICER = new Viewer("officer", Set.of(Viewer.OFFICER), "500118116000", List.of(),
            "token");

    @Inject
    @Location("console/reversal.html")
    Template reversal;

    private String page(String status, String requestedBy, List<String> actions) {
        ReversalView view = new ReversalView("7d5c1c4e-0000-4000-8000-000000000001", "RECEIPT", status, requestedBy,
                requestedBy == null ? null : "数量录错", null, null, actions);
        return reversal.data("me", OFFICER).data("t", Texts.load("zh")).data("lang", "zh").data("nav", List.of())
                .data("reversal", view).data("records", "receipts").data("depotId", "d-1").data("problem", null)
                .data("key", "k-1").data("self", "/console/reversals/receipts/d-1/r-1").render();
    }

    @Test
    void aRecordNeverReversedOffersTheRequestFormOnlyWhenItsActionsSaySo() {
        assertThat(page("NONE", null, List.of("reversal"))).contains("id=\"reversal-form\"", "入库冲正", "未申请")
                .doesNotContain("id=\"approval-form\"", "id=\"rejection-form\"");
        assertThat(page("NONE", null, List.of())).as("goods moved on: the service offers nothing")
                .doesNotContain("id=\"reversal-form\"", "id=\"approval-form\"", "id=\"rejection-form\"");
    }

    @Test
    void aWaitingReversalOffersApprovalAndRejectionOnlyToWhomItsActionsName() {
        assertThat(page("REQUESTED", "keeper", List.of("approval", "rejection")))
                .contains("id=\"approval-form\"", "id=\"rejection-form\"", "数量录错", "keeper")
                .doesNotContain("id=\"reversal-form\"");
        assertThat(page("REQUESTED", "officer", List.of())).as("who asked decides nothing")
                .doesNotContain("id=\"approval-form\"", "id=\"rejection-form\"", "id=\"reversal-form\"");
    }
}
