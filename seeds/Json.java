import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough JSON: writing request bodies and reading one top-level field of an answer. */
final class Json {

    private Json() {
    }

    static String write(Map<String, Object> object) {
        StringBuilder json = new StringBuilder("{");
        object.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append(string(name)).append(": ").append(value(value));
        });
        return json.append('}').toString();
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            return write(object);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Json::value).reduce((a, b) -> a + ", " + b)
                    .map(items -> "[" + items + "]").orElse("[]");
        }
        return string(value.toString());
    }

    private static String string(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /** A top-level string or number field of a JSON object (enough for an OAuth token response). */
    static java.util.Optional<String> field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"\\\\]*)\"|(\\d+))")
                .matcher(json);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(m.group(2) != null ? m.group(2) : m.group(3));
    }

    /** Every string or number value of a field, wherever it stands, in the order of the text (a list's items). */
    static java.util.List<String> all(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"\\\\]*)\"|(-?\\d+))")
                .matcher(json);
        java.util.List<String> values = new java.util.ArrayList<>();
        while (m.find()) {
            values.add(m.group(2) != null ? m.group(2) : m.group(3));
        }
        return values;
    }
}
