package org.relieftrace.gateway.console;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import org.relieftrace.gateway.console.Forms.ItemLine;

import static org.assertj.core.api.Assertions.assertThat;

class FormsTest {

    @Test
    void linesOfGoodsLeaveOutBlankLinesAndKeepWhatTheApiMustRefuseAsTyped() {
        MultivaluedHashMap<String, String> fields = new MultivaluedHashMap<>();
        fields.put("itemCode", List.of(" QUILT ", "", "TENT-12", ""));
        fields.put("quantity", List.of("30", "", "zwei", " 4 "));
        List<ItemLine> lines = Forms.itemLines(fields);
        assertThat(lines).containsExactly(new ItemLine("QUILT", "30"), new ItemLine("TENT-12", "zwei"),
                new ItemLine("", "4"));
        assertThat(Forms.itemBodies(lines)).containsExactly(Map.of("itemCode", "QUILT", "quantity", 30L),
                Map.of("itemCode", "TENT-12", "quantity", "zwei"), Map.of("quantity", 4L));
    }

    @Test
    void aFormShownAgainHasAtLeastTheBlankLinesAsked() {
        assertThat(Forms.padded(List.of(new ItemLine("QUILT", "1")), 3)).hasSize(3)
                .endsWith(new ItemLine("", ""));
        assertThat(Forms.padded(List.of(), 0)).isEmpty();
    }

    @Test
    void aFormWithoutItsKeyGetsAFreshOneAndAFieldIsTrimmed() {
        MultivaluedHashMap<String, String> fields = new MultivaluedHashMap<>();
        fields.putSingle("reason", "  汛期  ");
        assertThat(Forms.key(fields)).hasSize(36).isNotEqualTo(Forms.key(fields));
        assertThat(Forms.one(fields, "reason")).isEqualTo("汛期");
        assertThat(Forms.one(fields, "missing")).isEmpty();
        fields.putSingle("key", "k-1");
        assertThat(Forms.key(fields)).isEqualTo("k-1");
    }
}
