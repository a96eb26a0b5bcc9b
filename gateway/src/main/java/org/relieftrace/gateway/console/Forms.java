package org.relieftrace.gateway.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedMap;

import io.quarkus.qute.TemplateData;

/**
 * 表单 — reading a submitted console form into the JSON body of an API call: a field as typed (trimmed), the n-th of
 * a repeated field (one per line of a table), only what was filled in, whole numbers as numbers, and the form's
 * idempotency key. A value the API will refuse is passed on as typed, so the refusal names the field.
 */
public final class Forms {

    /** One typed line of goods (the repeated fields {@code itemCode} and {@code quantity}), as typed. */
    @TemplateData
    public record ItemLine(String itemCode, String quantity) {
    }

    private Forms() {
    }

    /** The lines of goods filled in (a line with neither item nor quantity is left out). */
    public static List<ItemLine> itemLines(MultivaluedMap<String, String> fields) {
        List<ItemLine> lines = new ArrayList<>();
        for (int i = 0; i < fields.getOrDefault("itemCode", List.of()).size(); i++) {
            ItemLine line = new ItemLine(at(fields, "itemCode", i), at(fields, "quantity", i));
            if (!line.itemCode().isBlank() || !line.quantity().isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The lines as the API takes them: {@code itemCode} and {@code quantity}, each only when filled in. */
    public static List<Map<String, Object>> itemBodies(List<ItemLine> lines) {
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (ItemLine line : lines) {
            Map<String, Object> body = new LinkedHashMap<>();
            put(body, "itemCode", line.itemCode());
            putNumber(body, "quantity", line.quantity());
            bodies.add(body);
        }
        return bodies;
    }

    /** The lines with blank ones added up to {@code count}, for a form shown (again). */
    public static List<ItemLine> padded(List<ItemLine> lines, int count) {
        List<ItemLine> shown = new ArrayList<>(lines);
        while (shown.size() < count) {
            shown.add(new ItemLine("", ""));
        }
        return shown;
    }

    /** The field, trimmed; empty when absent. */
    public static String one(MultivaluedMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value.strip();
    }

    /** The {@code index}-th value of a repeated field, trimmed; empty when absent. */
    public static String at(MultivaluedMap<String, String> fields, String name, int index) {
        List<String> values = fields.getOrDefault(name, List.of());
        return index < values.size() && values.get(index) != null ? values.get(index).strip() : "";
    }

    /** Puts the value, trimmed, unless it is blank. */
    public static void put(Map<String, Object> body, String name, String value) {
        if (value != null && !value.isBlank()) {
            body.put(name, value.strip());
        }
    }

    /** Puts the value as a number (see {@link #number}) unless it is blank. */
    public static void putNumber(Map<String, Object> body, String name, String value) {
        if (value != null && !value.isBlank()) {
            body.put(name, number(value));
        }
    }

    /** A whole number as a number; anything else as typed, for the API to refuse with the field named. */
    public static Object number(String typed) {
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            return typed.strip();
        }
    }

    /**
     * 幂等键 — a new idempotency key, drawn into a form when it is shown, so that sending the form twice (a double
     * click, a retry after a lost answer) does the step once. The one place the console mints keys.
     */
    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** The key a form came back with; a new one when it came without (a form from elsewhere, a stale page). */
    public static String key(String sent) {
        return sent == null || sent.isBlank() ? newKey() : sent.strip();
    }

    /** The form's idempotency key (field {@code key}), drawn into the form when it was shown; a new one if absent. */
    public static String key(MultivaluedMap<String, String> fields) {
        return key(fields.getFirst("key"));
    }
}
