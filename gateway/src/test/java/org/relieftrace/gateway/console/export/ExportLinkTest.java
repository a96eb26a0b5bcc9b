package org.relieftrace.gateway.console.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.relieftrace.gateway.console.Texts;
import org.relieftrace.gateway.console.Viewer;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every list page offers 导出 Excel, carrying the page's filters; a page drawn as a form's answer offers none. */
@QuarkusTest
class ExportLinkTest {

    /** The console's list pages, each with its {@code …/export.xlsx}. */
    private static final List<String> LISTS = List.of("stock", "households", "transfers", "requests", "distribute",
            "relief-cases", "relief-deadlines", "relief-paid", "relief-batches", "relief-batch", "relief-funds",
            "relief-fund", "audit-events", "shelters", "shelter", "write-offs", "stocktakes", "readiness", "relief-notices");

    private static final Viewer CIVIL = new Viewer("civil", Set.of(Viewer.CIVIL), "500118116000", List.of(), "token");

    @Inject
    Texts texts;

    @Inject
    @Location("console/households.html")
    Template households;

    private TemplateInstance page(String exportHref) {
        return households.data("me", CIVIL).data("t", texts.of("zh")).data("lang", "zh").data("nav", List.of())
                .data("exportHref", exportHref).data("rows", List.of()).data("divisions", List.of())
                .data("division", "500118116000").data("q", "王").data("qParam", "%E7%8E%8B").data("page", 0)
                .data("total", 0).data("more", false);
    }

    @Test
    void theHouseholdListOffersItsExportWithTheSearch() {
        String html = page("/console/households/export.xlsx?division=500118116000&q=%E7%8E%8B").render();
        assertThat(html).contains("id=\"export-xlsx\"")
                .contains("href=\"/console/households/export.xlsx?division=500118116000&amp;q=%E7%8E%8B\"")
                .contains("导出 Excel");
    }

    @Test
    void aPageDrawnAsAFormsAnswerOffersNone() {
        assertThat(page(null).render()).doesNotContain("export-xlsx");
    }

    @Test
    void everyListPageOffersTheExport() throws IOException {
        for (String list : LISTS) {
            try (InputStream in = getClass().getClassLoader()
                    .getResourceAsStream("templates/console/" + list + ".html")) {
                assertThat(in).as(list).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(list)
                        .contains("{#include console/export-link /}");
            }
        }
    }
}
