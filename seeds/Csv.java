import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Our own simple CSV files: a header row, comma-separated fields, optional double quotes, # comments. */
final class Csv {

    private Csv() {
    }

    static List<Map<String, String>> read(Path file, String... required) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line, file, n + 1);
            if (header == null) {
                header = fields;
                for (String column : required) {
                    if (!header.contains(column)) {
                        throw new SeedLoader.LoadFailed(file + ": no column " + column);
                    }
                }
                continue;
            }
            if (fields.size() != header.size()) {
                throw new SeedLoader.LoadFailed(file + ":" + (n + 1) + ": " + fields.size() + " fields, header has "
                        + header.size());
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), fields.get(i).strip());
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> split(String line, Path file, int number) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new SeedLoader.LoadFailed(file + ":" + number + ": unclosed quote");
        }
        fields.add(field.toString());
        return fields;
    }
}
