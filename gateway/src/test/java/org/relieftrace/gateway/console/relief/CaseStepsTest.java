package org.relieftrace.gateway.console.relief;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;
import org.relieftrace.gateway.console.relief.CaseViews.CaseView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseStepsTest {

    private static final UUID CASE = UUID.fromString("7d5c1c4e-0000-4000-8000-000000000001");

    private static CaseView aCase(List<String> actions) {
        return new CaseView(CASE.toString(), "h-1", "500118116201", "EMERGENCY", "2026-07", "ON_NOTICE", 180_000L,
                null, "2026-07-27", 1, null, null, null, null, null, null, actions);
    }

    @Test
    void aRowOffersExactlyTheStepsItsCaseNames() {
        CaseSteps.Row row = CaseSteps.row(aCase(List.of("objections", "resolution")));
        assertThat(row.can("objections")).isTrue();
        assertThat(row.can("resolution")).isTrue();
        assertThat(row.can("township-review")).isFalse();
        assertThat(row.amount()).isEqualTo("¥1,800.00");
        assertThat(CaseSteps.row(aCase(null)).actions()).as("a case without actions offers nothing").isEmpty();
    }

    @Test
    void aCasePaidInInstalmentsSaysHowManyArePaid() {
        CaseView housing = new CaseView(CASE.toString(), "h-1", "500118116201", "HOUSING", "2026", "APPROVED", null,
                4_000_000L, null, 0, null, null, null, "PART_PAID", null, null, List.of(), false, null, null,
                new CaseViews.Instalments(2, 1));
        assertThat(CaseSteps.row(housing).instalments()).isEqualTo("1/2");
        assertThat(CaseSteps.row(aCase(List.of())).instalments()).as("a case paid at once").isEmpty();
    }

    @Test
    void eachVerbIsSentToItsPathWithOnlyItsFilledInFields() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        String objection = "7d5c1c4e-0000-4000-8000-000000000002";
        form.putSingle("objectionId", " " + objection + " ");
        form.putSingle("upheld", "true");
        form.putSingle("finding", " ");
        form.putSingle("membersCovered", "3");
        String base = "/api/relief/cases/" + CASE;
        assertThat(CaseSteps.path(CASE, "resolution", form)).isEqualTo(base + "/objections/" + objection
                + "/resolution");
        assertThat(CaseSteps.path(CASE, "confirmation", form)).isEqualTo(base + "/county-approval/confirmation");
        assertThat(CaseSteps.path(CASE, "village-assessment", form)).isEqualTo(base + "/village-assessment");
        assertThat(CaseSteps.body("resolution", form)).containsEntry("upheld", "true").doesNotContainKey("finding")
                .doesNotContainKey("membersCovered");
        assertThat(CaseSteps.body("village-assessment", form)).containsEntry("membersCovered", "3");

        form.putSingle("objectionId", "not-an-id");
        assertThatThrownBy(() -> CaseSteps.path(CASE, "resolution", form))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
