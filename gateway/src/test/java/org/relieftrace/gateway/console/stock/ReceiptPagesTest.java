package org.relieftrace.gateway.console.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptPagesTest {

    @Test
    void theFormBecomesTheApisReceiptWithBlankLinesAndFieldsLeftOut() {
        MultivaluedHashMap<String, String> fields = new MultivaluedHashMap<>();
        fields.putSingle("depot", "d-1");
        fields.putSingle("key", "k-1");
        fields.putSingle("source", "DONATION");
        fields.putSingle("reference", " JZ-1 ");
        fields.putSingle("supplier", "");
        fields.put("itemCode", List.of("WATER-550", "", "TENT-12"));
        fields.put("lotNumber", List.of("W-1", "", "T-1"));
        fields.put("quantity", List.of("24", "", "x"));
        fields.put("producedOn", List.of("2026-05-01", "", ""));
        fields.put("expiresOn", List.of("", "", ""));

        ReceiptPages.Form form = ReceiptPages.read(fields);
        assertThat(form.key()).isEqualTo("k-1");
        assertThat(form.lines()).hasSize(2);
        Map<String, Object> body = ReceiptPages.body(form);
        assertThat(body).containsEntry("source", "DONATION").containsEntry("reference", "JZ-1")
                .doesNotContainKey("supplier");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) body.get("lines");
        assertThat(lines.get(0)).containsEntry("quantity", 24L).containsEntry("producedOn", "2026-05-01")
                .doesNotContainKey("expiresOn");
        assertThat(lines.get(1)).as("left for the API to refuse, field named").containsEntry("quantity", "x");
    }

    @Test
    void lotsAreMarkedWhenExpiredOrExpiringWithinNinetyDays() {
        LocalDate today = LocalDate.of(2026, 7, 20);
        assertThat(StockPages.expiry("2026-07-19", today)).isEqualTo("expired");
        assertThat(StockPages.expiry("2026-07-20", today)).isEqualTo("soon");
        assertThat(StockPages.expiry("2026-10-18", today)).isEqualTo("soon");
        assertThat(StockPages.expiry("2026-10-19", today)).isEqualTo("ok");
        assertThat(StockPages.expiry("", today)).isEqualTo("ok");
    }
}
