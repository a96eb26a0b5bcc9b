package org.relieftrace.e2e;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request body that passes an operation's validation, made from its OpenAPI schema: every property is filled, by
 * name where the name says what it is (a record of the fixtures, a division code, an item code, an ID number), else
 * by type and format. Records and divisions come from {@code values}: a property name to the value to send, or null.
 */
final class RequestBodies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private RequestBodies() {
    }

    /** The JSON text of a body for {@code operation}, or null when it takes none or a non-JSON one. */
    static String of(ApiOperations.Operation operation, Function<String, String> values) {
        if (operation.bodySchema() == null || !operation.bodyType().contains("json")) {
            return null;
        }
        return value(operation, "", operation.bodySchema(), values, 0).toString();
    }

    private static JsonNode value(ApiOperations.Operation operation, String name, JsonNode declared,
                                  Function<String, String> values, int depth) {
        JsonNode schema = operation.resolve(declared);
        if (schema.has("allOf")) {
            schema = operation.resolve(schema.get("allOf").get(0));
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            schema = operation.resolve((schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf")).get(0));
        }
        String known = name.isEmpty() ? null : values.apply(name);
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        if (known != null && !type.equals("array") && !type.equals("object")) {
            return number(type) ? JSON.getNodeFactory().numberNode(Long.parseLong(known))
                    : JSON.getNodeFactory().textNode(known);
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                if (depth > 6) {
                    return object;
                }
                for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                     properties.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (!property.getValue().path("readOnly").asBoolean(false)) {
                        object.set(property.getKey(),
                                value(operation, property.getKey(), property.getValue(), values, depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = JSON.createArrayNode();
                String singular = name.endsWith("Codes") ? name.substring(0, name.length() - 1)
                        : name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name + "[]";
                array.add(value(operation, singular, schema.path("items"), values, depth + 1));
                return array;
            }
            case "integer", "number" -> {
                long minimum = schema.has("minimum") ? (long) Math.ceil(schema.get("minimum").asDouble()) : 1;
                if (schema.path("exclusiveMinimum").asBoolean(false)) {
                    minimum++;
                }
                return JSON.getNodeFactory().numberNode(Math.max(1, minimum));
            }
            case "boolean" -> {
                return JSON.getNodeFactory().booleanNode(false);
            }
            default -> {
                return JSON.getNodeFactory().textNode(text(name, schema));
            }
        }
    }

    private static boolean number(String type) {
        return type.equals("integer") || type.equals("number");
    }

    private static String text(String name, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        String lower = name.toLowerCase();
        String format = schema.path("format").asText("");
        boolean later = lower.contains("expire") || lower.endsWith("to") || lower.startsWith("end");
        if (format.equals("uuid") || name.endsWith("Id")) {
            return UUID.randomUUID().toString();
        }
        if (format.equals("date") || name.endsWith("On") || name.equals("validFrom") || name.equals("validTo")) {
            return LocalDate.now(BEIJING).plusDays(later ? 365 : -30).toString();
        }
        if (format.equals("date-time") || name.endsWith("At") || name.equals("asOf")) {
            return OffsetDateTime.now(BEIJING).truncatedTo(ChronoUnit.SECONDS).minusHours(later ? 1 : 48).toString();
        }
        String pattern = schema.path("pattern").asText("");
        if (pattern.matches("\\^?[A-Z_]+(\\|[A-Z_]+)+\\$?")) {
            return pattern.replace("^", "").replace("$", "").split("\\|")[0];
        }
        if (lower.contains("idnumber")) {
            return People.freshResidentId();
        }
        if (lower.contains("phone")) {
            return "13800138000";
        }
        if (lower.contains("accountnumber")) {
            return "6228480000" + (100000000 + (int) (Math.random() * 899999999));
        }
        if (lower.equals("itemcode")) {
            return "WATER-550";
        }
        int max = schema.path("maxLength").asInt(64);
        String text = "矩阵测试" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        return text.length() > max ? text.substring(0, Math.max(1, max)) : text;
    }
}
