package org.relieftrace.gateway.console.stocktake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedMap;

import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.print.SheetPdf;
import org.relieftrace.gateway.console.stocktake.StocktakeViews.LineView;
import org.relieftrace.gateway.console.stocktake.StocktakeViews.StocktakeView;

import io.quarkus.qute.TemplateData;

import static org.relieftrace.gateway.console.Forms.at;
import static org.relieftrace.gateway.console.Forms.number;
import static org.relieftrace.gateway.console.Forms.one;
import static org.relieftrace.gateway.console.Forms.put;

/** 盘点表 — a stocktake's lines as shown and printed, and the body of its steps as the supplies API takes it. */
public final class StocktakeSheets {

    /** One counted line of the stocktake. */
    @TemplateData
    public record Counted(String itemName, String lotNumber, long book, long counted, long variance, String reason) {
    }

    private StocktakeSheets() {
    }

    /** The counted lines with item names and lot numbers (a lot no longer on the shelf by the start of its id). */
    static List<Counted> counted(StocktakeView stocktake, Map<String, String> lotNumbers, Directory directory) {
        List<Counted> lines = new ArrayList<>();
        for (LineView line : stocktake.lines()) {
            String lotId = line.lotId();
            lines.add(new Counted(directory.itemName(line.itemCode()),
                    lotNumbers.getOrDefault(lotId, lotId.substring(0, Math.min(8, lotId.length()))), line.book(),
                    line.counted(), line.variance(), line.reason() == null ? "" : line.reason()));
        }
        return lines;
    }

    /** The step's body: a reason; for {@code counts} the counted quantity and variance reason of every lot. */
    static Map<String, Object> body(String step, MultivaluedMap<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "reason", one(fields, "reason"));
        if (step.equals("counts")) {
            List<Map<String, Object>> lines = new ArrayList<>();
            List<String> lots = fields.getOrDefault("lotId", List.of());
            for (int i = 0; i < lots.size(); i++) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("lotId", lots.get(i));
                String counted = at(fields, "counted", i);
                if (!counted.isBlank()) {
                    line.put("counted", number(counted));
                }
                put(line, "reason", at(fields, "lineReason", i));
                lines.add(line);
            }
            body.put("lines", lines);
        }
        return body;
    }

    /** The sheet as PDF: depot, status, every lot with book, counted, variance and reason, signature lines. */
    static byte[] pdf(UUID stocktakeId, String depotName, String status, List<Counted> lines, Map<String, String> t) {
        List<List<String>> rows = new ArrayList<>();
        for (Counted line : lines) {
            rows.add(List.of(line.itemName(), line.lotNumber(), Long.toString(line.book()),
                    Long.toString(line.counted()), Long.toString(line.variance()), line.reason()));
        }
        return SheetPdf.render(new SheetPdf.Sheet(t.get("stocktake_sheet"), List.of(
                t.get("stocktake_no") + "：" + stocktakeId,
                t.get("depot") + "：" + depotName,
                t.get("stocktake_status") + "：" + t.get("stocktake_status_" + status)),
                List.of(t.get("item"), t.get("lot_number"), t.get("stocktake_book"), t.get("stocktake_counted"),
                        t.get("stocktake_variance"), t.get("reason")),
                new float[] {3, 3, 1.5f, 1.5f, 1.5f, 4}, rows,
                List.of(t.get("sign_counter"), t.get("sign_approver"))));
    }
}
