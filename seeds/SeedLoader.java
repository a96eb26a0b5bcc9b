import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 样例县数据 — loads the sample county (divisions, supply catalog, depots) into a running registry-service, through
 * its public API and as the {@code relief-service} client of Keycloak (role admin). JDK only:
 * {@code java SeedLoader.java SEEDS_DIR [--dry-run]}.
 * <p>
 * Every record is sent with its own {@code Idempotency-Key}, and depot ids are derived from the depot codes, so that
 * loading twice, or on another machine, gives the same records: {@code 201} (first time or a replayed answer) and
 * {@code 409} (already there) both count as success; anything else stops the load with the problem printed.
 * With {@code --dry-run} the files are read and the requests printed, and nothing is sent.
 */
public class SeedLoader {

    private static final List<String> LEVELS = List.of("COUNTY", "TOWNSHIP", "VILLAGE");
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(90);

    private final Path seeds;
    private final boolean dryRun;
    private final String registryUrl;
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Set<String> visibleDivisions = new HashSet<>();
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    SeedLoader(Path seeds, boolean dryRun) {
        this.seeds = seeds;
        this.dryRun = dryRun;
        this.registryUrl = trimSlash(env("RELIEF_REGISTRY_URL", "http://localhost:8083"));
        this.tokenUrl = trimSlash(env("RELIEF_KEYCLOAK_URL", "http://localhost:8180"))
                + "/realms/relief/protocol/openid-connect/token";
        this.clientId = env("RELIEF_SERVICE_CLIENT", "relief-service");
        this.clientSecret = env("RELIEF_SERVICE_SECRET", "relief-service-secret");
    }

    public static void main(String[] args) throws Exception {
        Path seeds = Path.of("seeds");
        boolean dryRun = false;
        for (String arg : args) {
            if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.startsWith("-")) {
                System.err.println("usage: java SeedLoader.java [SEEDS_DIR] [--dry-run]");
                System.exit(2);
            } else {
                seeds = Path.of(arg);
            }
        }
        try {
            new SeedLoader(seeds, dryRun).load();
        } catch (LoadFailed e) {
            System.err.println("seed loading failed: " + e.getMessage());
            System.exit(1);
        }
    }

    void load() throws IOException, InterruptedException {
        List<Map<String, String>> divisions = Csv.read(seeds.resolve("divisions.csv"),
                "code", "name", "level", "parentCode");
        List<Map<String, String>> items = Csv.read(seeds.resolve("catalog-items.csv"),
                "itemCode", "nameZh", "nameEn", "category", "unit", "specification", "shelfLifeDays");
        List<Map<String, String>> depots = Csv.read(seeds.resolve("depots.csv"),
                "code", "name", "divisionCode", "kind", "latitude", "longitude", "address", "capacity", "keepers");
        System.out.printf("seeds: %d divisions, %d catalog items, %d depots from %s; registry %s%n",
                divisions.size(), items.size(), depots.size(), seeds, registryUrl);

        divisions.sort(Comparator.comparing((Map<String, String> d) -> levelRank(d.get("level")))
                .thenComparing(d -> d.get("code")));
        for (Map<String, String> division : divisions) {
            String parent = blankToNull(division.get("parentCode"));
            if (parent != null && !"COUNTY".equals(division.get("level"))) {
                awaitDivision(parent);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", division.get("code"));
            body.put("name", division.get("name"));
            body.put("level", division.get("level"));
            body.put("parentCode", parent);
            body.put("reason", "样例县数据");
            post("divisions", "/api/registry/divisions", "seed-division-" + division.get("code"), body);
        }

        for (Map<String, String> item : items) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("itemCode", item.get("itemCode"));
            body.put("nameZh", item.get("nameZh"));
            body.put("nameEn", blankToNull(item.get("nameEn")));
            body.put("category", item.get("category"));
            body.put("unit", item.get("unit"));
            body.put("specification", blankToNull(item.get("specification")));
            body.put("shelfLifeDays", number(item.get("shelfLifeDays")));
            body.put("reason", "样例县数据");
            post("catalog items", "/api/registry/catalog/items", "seed-item-" + item.get("itemCode"), body);
        }

        for (Map<String, String> depot : depots) {
            awaitDivision(depot.get("divisionCode"));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("depotId", depotId(depot.get("code")).toString());
            body.put("code", depot.get("code"));
            body.put("name", depot.get("name"));
            body.put("divisionCode", depot.get("divisionCode"));
            body.put("kind", depot.get("kind"));
            body.put("latitude", decimal(depot.get("latitude")));
            body.put("longitude", decimal(depot.get("longitude")));
            body.put("address", blankToNull(depot.get("address")));
            body.put("capacity", number(depot.get("capacity")));
            String keepers = depot.get("keepers");
            body.put("keepers", keepers.isBlank() ? List.of()
                    : Arrays.stream(keepers.split(";")).map(String::strip).filter(k -> !k.isEmpty()).toList());
            body.put("reason", "样例县数据");
            post("depots", "/api/registry/depots", "seed-depot-" + depot.get("code"), body);
        }

        counts.forEach((what, c) -> System.out.printf("%s: %d created, %d already there%n", what, c[0], c[1]));
        System.out.println(dryRun ? "seeds: dry run, nothing sent" : "seeds: loaded");
    }

    /** The depot id of a depot code, the same on every machine and every load. */
    static UUID depotId(String code) {
        return UUID.nameUUIDFromBytes(("depot:" + code).getBytes(StandardCharsets.UTF_8));
    }

    private void post(String what, String path, String key, Map<String, Object> body)
            throws IOException, InterruptedException {
        int[] count = counts.computeIfAbsent(what, w -> new int[2]);
        String json = Json.write(body);
        if (dryRun) {
            System.out.printf("POST %s  Idempotency-Key: %s  %s%n", path, key, json);
            count[0]++;
            return;
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(registryUrl + path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        int status = response.statusCode();
        boolean replayed = response.headers().firstValue("Idempotent-Replayed").isPresent();
        if (status == 201 && !replayed) {
            count[0]++;
        } else if (status == 201 || status == 409) {
            count[1]++;
        } else {
            throw new LoadFailed("POST " + path + " (" + key + ") answered " + status + ": " + response.body()
                    + "\n  request: " + json);
        }
    }

    /** Waits until the registry's read model shows the division, so that its children and depots are accepted. */
    private void awaitDivision(String code) throws IOException, InterruptedException {
        if (dryRun || visibleDivisions.contains(code)) {
            return;
        }
        Instant deadline = Instant.now().plus(VISIBLE_WITHIN);
        while (true) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                    URI.create(registryUrl + "/api/registry/divisions/" + code)).GET());
            if (response.statusCode() == 200) {
                visibleDivisions.add(code);
                return;
            }
            if (response.statusCode() != 404) {
                throw new LoadFailed("GET division " + code + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new LoadFailed("division " + code + " did not become visible within " + VISIBLE_WITHIN
                        + "; is it in divisions.csv?");
            }
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.copy().header("Authorization", "Bearer " + token())
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            tokenExpires = Instant.EPOCH;
            response = http.send(request.header("Authorization", "Bearer " + token())
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    /** A service-account token of the relief-service client, fetched again shortly before it expires. */
    private String token() throws IOException, InterruptedException {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret);
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LoadFailed("cannot reach Keycloak at " + tokenUrl + ": " + e);
        }
        if (response.statusCode() != 200) {
            throw new LoadFailed("Keycloak refused client " + clientId + " (" + response.statusCode() + "): "
                    + response.body());
        }
        token = Json.field(response.body(), "access_token")
                .orElseThrow(() -> new LoadFailed("no access_token in Keycloak's answer"));
        long lifetime = Json.field(response.body(), "expires_in").map(Long::parseLong).orElse(60L);
        tokenExpires = Instant.now().plusSeconds(Math.max(5, lifetime - 20));
        return token;
    }

    private static int levelRank(String level) {
        int rank = LEVELS.indexOf(level);
        if (rank < 0) {
            throw new LoadFailed("unknown division level " + level);
        }
        return rank;
    }

    private static Long number(String text) {
        return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    }

    private static Double decimal(String text) {
        return text == null || text.isBlank() ? null : Double.valueOf(text.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The load cannot go on. */
    static final class LoadFailed extends RuntimeException {
        LoadFailed(String message) {
            super(message);
        }
    }

    /** Our own simple CSV files: a header row, comma-separated fields, optional double quotes, # comments. */
    static final class Csv {

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
                            throw new LoadFailed(file + ": no column " + column);
                        }
                    }
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new LoadFailed(file + ":" + (n + 1) + ": " + fields.size() + " fields, header has "
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
                throw new LoadFailed(file + ":" + number + ": unclosed quote");
            }
            fields.add(field.toString());
            return fields;
        }
    }

    /** Just enough JSON: writing flat request bodies and reading one top-level field of Keycloak's answer. */
    static final class Json {

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
    }
}
