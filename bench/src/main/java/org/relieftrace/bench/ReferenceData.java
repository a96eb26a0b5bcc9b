package org.relieftrace.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bench's own reference data in the registry — the catalog item {@code BENCH-KIT} and the depots
 * {@code BENCH-01..NN} plus {@code BENCH-LAG} in the county 500118000000 — and the wait until the supplies-service has
 * projected them. Registering is idempotent: a 409 means it is already there. Ids are derived from the codes, so
 * every run uses the same depots.
 */
public final class ReferenceData {

    /** The county all bench depots belong to. */
    public static final String DIVISION = "500118000000";
    /** The catalog item every bench receipt brings in. */
    public static final String ITEM = "BENCH-KIT";
    /** The depot reserved for the projection-lag prober. */
    public static final String LAG_DEPOT = "BENCH-LAG";

    private static final Duration PROJECTION_WAIT = Duration.ofSeconds(60);

    private final Config config;
    private final HttpClient http = Http.newClient();

    /** Reference data for this run. */
    public ReferenceData(Config config) {
        this.config = config;
    }

    /** The stable id of the bench depot with this code. */
    public static UUID depotId(String code) {
        return UUID.nameUUIDFromBytes(("depot:" + code).getBytes(StandardCharsets.UTF_8));
    }

    /** The ids of the load depots, in order BENCH-01, BENCH-02, ... */
    public List<UUID> loadDepots() {
        return config.depotCodes().stream().map(ReferenceData::depotId).toList();
    }

    /**
     * Registers the county (as the sample county's seeds name it, in case they are not loaded), the item and the
     * depots, as the admin; 201 or 409 for each. A depot is retried for a while if the registry does not know the
     * county yet (its division list is a projection, too).
     */
    public void register(Keycloak.Token admin) throws IOException, InterruptedException {
        Map<String, Object> county = new LinkedHashMap<>();
        county.put("code", DIVISION);
        county.put("name", "永川区");
        county.put("level", "COUNTY");
        county.put("parentCode", null);
        post(admin, "/api/registry/divisions", county, "division " + DIVISION);

        Map<String, Object> item = new LinkedHashMap<>();
        item.put("itemCode", ITEM);
        item.put("nameZh", "基准测试物资");
        item.put("nameEn", "Benchmark kit");
        item.put("category", "RESCUE_EQUIPMENT");
        item.put("unit", "套");
        item.put("specification", "bench");
        item.put("shelfLifeDays", null);
        post(admin, "/api/registry/catalog/items", item, "catalog item " + ITEM);

        List<String> codes = new ArrayList<>(config.depotCodes());
        codes.add(LAG_DEPOT);
        for (String code : codes) {
            String n = code.substring("BENCH-".length());
            Map<String, Object> depot = new LinkedHashMap<>();
            depot.put("depotId", depotId(code));
            depot.put("code", code);
            depot.put("name", "基准测试库 " + n);
            depot.put("divisionCode", DIVISION);
            depot.put("kind", "GOVERNMENT");
            depot.put("latitude", 29.35);
            depot.put("longitude", 105.93);
            depot.put("address", "bench");
            depot.put("capacity", 100000);
            post(admin, "/api/registry/depots", depot, "depot " + code);
        }
    }

    /**
     * Waits (at most 60 s) until the supplies-service answers 200 for the stock of every bench depot, then until it
     * accepts a receipt of {@code BENCH-KIT} at {@code BENCH-LAG} (so the item is known as well).
     */
    public void awaitProjected(Keycloak.Token officer) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PROJECTION_WAIT.toNanos();
        List<String> codes = new ArrayList<>(config.depotCodes());
        codes.add(LAG_DEPOT);
        for (String code : codes) {
            String path = "/api/supplies/depots/" + depotId(code) + "/stock?size=1";
            HttpResponse<String> last;
            while (true) {
                last = Http.send(http, Http.request(config.suppliesUrl(), path, officer.bearer()).GET().build());
                if (last.statusCode() == 200) {
                    break;
                }
                if (last.statusCode() != 404 || System.nanoTime() - deadline > 0) {
                    throw new IOException("the supplies-service does not know depot " + code + " (GET " + path
                            + " answered " + last.statusCode() + " " + Http.abbreviate(last.body(), 300) + ")");
                }
                Thread.sleep(250);
            }
        }
        String path = "/api/supplies/depots/" + depotId(LAG_DEPOT) + "/receipts";
        while (true) {
            HttpResponse<String> response = Http.send(http, Http.request(config.suppliesUrl(), path,
                    officer.bearer()).header("Content-Type", "application/json")
                    .POST(Http.json(receipt("B-ready"))).build());
            if (response.statusCode() == 201) {
                return;
            }
            if (response.statusCode() != 400 || System.nanoTime() - deadline > 0) {
                throw new IOException("a first receipt of " + ITEM + " at " + LAG_DEPOT + " was refused: HTTP "
                        + response.statusCode() + " " + Http.abbreviate(response.body(), 500));
            }
            Thread.sleep(250);
        }
    }

    /** The body of a one-line bench receipt with this lot number. */
    public static Map<String, Object> receipt(String lotNumber) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("itemCode", ITEM);
        line.put("lotNumber", lotNumber);
        line.put("quantity", 1);
        line.put("producedOn", "2026-01-01");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", "PROCUREMENT");
        body.put("reference", "BENCH");
        body.put("supplier", "bench");
        body.put("lines", List.of(line));
        return body;
    }

    private void post(Keycloak.Token admin, String path, Map<String, Object> body, String what)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PROJECTION_WAIT.toNanos();
        HttpResponse<String> response;
        while (true) {
            try {
                response = Http.send(http, Http.request(config.registryUrl(), path, admin.bearer())
                        .header("Content-Type", "application/json").POST(Http.json(body)).build());
            } catch (IOException e) {
                throw new IOException("the registry-service is not reachable at " + config.registryUrl() + ": " + e,
                        e);
            }
            boolean divisionNotYetKnown = response.statusCode() == 400 && body.containsKey("divisionCode")
                    && response.body().contains("divisionCode");
            if (!divisionNotYetKnown || System.nanoTime() - deadline > 0) {
                break;
            }
            Thread.sleep(250);
        }
        int status = response.statusCode();
        if (status != 201 && status != 200 && status != 409) {
            throw new IOException("registering " + what + " failed: POST " + path + " answered HTTP " + status + " "
                    + Http.abbreviate(response.body(), 500));
        }
    }
}
