import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 样例县数据 — loads the sample county (divisions, supply catalog, depots) into a running registry-service, and the
 * sample relief data ({@link ReliefSeeds}) into the registry- and relief-services, through their public APIs and as
 * the {@code relief-service} client of Keycloak (role admin). JDK only: {@code seeds/load [--dry-run]} compiles the
 * two files and runs {@code SeedLoader SEEDS_DIR [--dry-run]}.
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
    private final Scenario scenario;
    private final String registryUrl;
    private final String reliefUrl;
    private final String keycloakUrl;
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Set<String> visibleDivisions = new HashSet<>();
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    /** With the county, the sample scenario too ({@link SampleScenario}), or nothing but the scenario. */
    enum Scenario { WITH, WITHOUT, ONLY }

    SeedLoader(Path seeds, boolean dryRun, Scenario scenario) {
        this.seeds = seeds;
        this.dryRun = dryRun;
        this.scenario = scenario;
        this.registryUrl = trimSlash(env("RELIEF_REGISTRY_URL", "http://localhost:8083"));
        this.reliefUrl = trimSlash(env("RELIEF_RELIEF_URL", "http://localhost:8082"));
        this.keycloakUrl = trimSlash(env("RELIEF_KEYCLOAK_URL", "http://localhost:8180"));
        this.tokenUrl = keycloakUrl + "/realms/relief/protocol/openid-connect/token";
        this.clientId = env("RELIEF_SERVICE_CLIENT", "relief-service");
        this.clientSecret = env("RELIEF_SERVICE_SECRET", "relief-service-secret");
    }

    public static void main(String[] args) throws Exception {
        Path seeds = Path.of("seeds");
        boolean dryRun = false;
        Scenario scenario = Scenario.WITH;
        for (String arg : args) {
            if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.equals("--no-scenario")) {
                scenario = Scenario.WITHOUT;
            } else if (arg.equals("--scenario-only")) {
                scenario = Scenario.ONLY;
            } else if (arg.startsWith("-")) {
                System.err.println("usage: seeds/load [--dry-run] [--no-scenario | --scenario-only]");
                System.exit(2);
            } else {
                seeds = Path.of(arg);
            }
        }
        try {
            new SeedLoader(seeds, dryRun, scenario).load();
        } catch (LoadFailed e) {
            System.err.println("seed loading failed: " + e.getMessage());
            System.exit(1);
        }
    }

    void load() throws IOException, InterruptedException {
        if (scenario != Scenario.ONLY) {
            loadCounty();
        }
        if (scenario != Scenario.WITHOUT && dryRun) {
            System.out.println("seeds: the sample scenario is not shown in a dry run (its steps wait on answers)");
        } else if (scenario != Scenario.WITHOUT) {
            new SampleScenario(new DemoUsers(keycloakUrl), registryUrl,
                    trimSlash(env("RELIEF_SUPPLIES_URL", "http://localhost:8081")), reliefUrl).load();
        }
    }

    private void loadCounty() throws IOException, InterruptedException {
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

        new ReliefSeeds(this, seeds, registryUrl, reliefUrl).load();

        counts.forEach((what, c) -> System.out.printf("%s: %d created, %d already there%n", what, c[0], c[1]));
        System.out.println(dryRun ? "seeds: dry run, nothing sent" : "seeds: loaded");
    }

    /** The depot id of a depot code, the same on every machine and every load. */
    static UUID depotId(String code) {
        return UUID.nameUUIDFromBytes(("depot:" + code).getBytes(StandardCharsets.UTF_8));
    }

    private void post(String what, String path, String key, Map<String, Object> body)
            throws IOException, InterruptedException {
        count(what, "POST", registryUrl + path, key, body, send(what, "POST", registryUrl + path, key, body));
    }

    /** Sends a JSON body with its Idempotency-Key and answers the response ({@code null} in a dry run). */
    HttpResponse<String> send(String what, String method, String url, String key, Map<String, Object> body)
            throws IOException, InterruptedException {
        if (dryRun) {
            System.out.printf("%s %s  Idempotency-Key: %s  %s%n", method, url, key, Json.write(body));
            return null;
        }
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .header("Idempotency-Key", key)
                .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }

    /** Counts an answer as created or already there ({@code 409}, or a replayed answer); stops on any other. */
    void count(String what, String method, String url, String key, Map<String, Object> body,
               HttpResponse<String> response) {
        int[] count = counts.computeIfAbsent(what, w -> new int[2]);
        if (response == null) {
            count[0]++;
            return;
        }
        int status = response.statusCode();
        boolean replayed = response.headers().firstValue("Idempotent-Replayed").isPresent();
        if (status / 100 == 2 && !replayed) {
            count[0]++;
        } else if (status / 100 == 2 || status == 409) {
            count[1]++;
        } else {
            throw new LoadFailed(method + " " + url + " (" + key + ") answered " + status + ": " + response.body()
                    + "\n  request: " + Json.write(body));
        }
    }

    /** The user id the services see for this loader (its service account), as a record created with a key names. */
    String userId() throws IOException, InterruptedException {
        return dryRun ? "dry-run" : ReliefSeeds.subjectOf(token());
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
}
