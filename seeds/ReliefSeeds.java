import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 样例救助数据 — what a newcomer needs to walk a relief case on a fresh machine, loaded after the county by
 * {@link SeedLoader}: a sample flood affecting 朱沱镇, the county's standards for the five categories (sample amounts,
 * labelled so, with a document number), one fund per category with its share for 朱沱镇 raised (a second finance
 * user approves it), and households of 朱沱镇第2村 with their one-card accounts (one with a death recorded in the
 * flood).
 * <p>
 * Every request carries an {@code Idempotency-Key}: a second load gets the first answers back, or {@code 409} for
 * what is already there. A record the registry refuses as already there is found again by its id: a person's id
 * derives from the ID number ({@code person:<idNumber>}), and a record created with a key from the caller and the key
 * ({@code <user id>|<key>|<purpose>}), as the platform derives it.
 */
final class ReliefSeeds {

    private static final String COUNTY = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String REASON = "样例救助数据";
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(90);

    private final SeedLoader loader;
    private final Path seeds;
    private final String registryUrl;
    private final String reliefUrl;

    ReliefSeeds(SeedLoader loader, Path seeds, String registryUrl, String reliefUrl) {
        this.loader = loader;
        this.seeds = seeds;
        this.registryUrl = registryUrl;
        this.reliefUrl = reliefUrl;
    }

    void load() throws IOException, InterruptedException {
        List<Map<String, String>> standards = Csv.read(seeds.resolve("relief-standards.csv"),
                "category", "effectiveFrom", "documentNumber");
        List<Map<String, String>> funds = Csv.read(seeds.resolve("relief-funds.csv"),
                "category", "amountFen", "zhutuoShareFen", "documentNumber", "title");
        List<Map<String, String>> households = Csv.read(seeds.resolve("relief-households.csv"),
                "key", "villageCode", "address", "headName", "headIdNumber", "phone", "spouseName",
                "spouseIdNumber", "bank", "accountNumber", "spouseDiedOn");
        System.out.printf("seeds: relief sample data: %d standards, %d funds, %d households; relief %s%n",
                standards.size(), funds.size(), households.size(), reliefUrl);

        Map<String, Object> flood = body("type", "FLOOD", "name", "2026年7月朱沱镇暴雨洪涝（样例）",
                "startedAt", "2026-07-10T08:00:00+08:00", "responseLevel", "III",
                "affectedDivisionCodes", List.of(ZHUTUO));
        String disasterId = created("disaster", "POST", registryUrl + "/api/registry/disasters",
                "seed-disaster-zhutuo-2026-07", flood, "disasterId");

        for (Map<String, String> s : standards) {
            Map<String, Object> body = body("countyCode", COUNTY, "category", s.get("category"),
                    "effectiveFrom", s.get("effectiveFrom"), "documentNumber", s.get("documentNumber"));
            for (String rate : List.of("perPersonMonthlyFen", "perDeceasedFen", "collapsedFen",
                    "severelyDamagedFen", "generallyDamagedFen", "perPersonFen", "householdCapFen",
                    "housingInstalments")) {
                body.put(rate, Long.valueOf(s.getOrDefault(rate, "0")));
            }
            send("relief standards", "POST", reliefUrl + "/api/relief/standards",
                    "seed-standard-" + s.get("category") + "-" + s.get("effectiveFrom"), body, Set.of());
        }

        for (Map<String, String> h : households) {
            household(h);
        }

        for (Map<String, String> f : funds) {
            String key = "seed-fund-" + f.get("category");
            Map<String, Object> body = body("countyCode", COUNTY, "sourceLevel", "CENTRAL",
                    "documentNumber", f.get("documentNumber"), "title", f.get("title"),
                    "disasterId", disasterId, "category", f.get("category"),
                    "amountFen", Long.valueOf(f.get("amountFen")), "allocatedOn", "2026-07-12");
            // 400 until the relief-service has heard of the disaster
            String fundId = created("relief funds", "POST", reliefUrl + "/api/relief/funds", key, body, "fundId",
                    Set.of(400));
            // 404 until the fund's ledger shows it
            send("fund shares", "POST", reliefUrl + "/api/relief/funds/" + fundId + "/apportion",
                    "seed-apportion-" + f.get("category"), body("townshipCode", ZHUTUO,
                            "amountFen", Long.valueOf(f.get("zhutuoShareFen"))), Set.of(404));
        }
    }

    private void household(Map<String, String> h) throws IOException, InterruptedException {
        String key = "seed-household-" + h.get("key");
        Map<String, Object> head = body("name", h.get("headName"), "idNumber", h.get("headIdNumber"),
                "phone", h.get("phone"));
        String householdId = created("households", "POST", registryUrl + "/api/registry/households", key,
                body("divisionCode", h.get("villageCode"), "address", h.get("address"), "head", head), "householdId");
        String base = registryUrl + "/api/registry/households/" + householdId;
        send("household members", "POST", base + "/members", key + "-spouse", body("person",
                body("name", h.get("spouseName"), "idNumber", h.get("spouseIdNumber"), "relation", "配偶")),
                Set.of(404));
        send("payout accounts", "PUT", base + "/payout-account", key + "-account", body("holder", "HEAD",
                "bank", h.get("bank"), "accountNumber", h.get("accountNumber"), "holderName", h.get("headName")),
                Set.of());
        String died = h.get("spouseDiedOn");
        if (died != null && !died.isBlank()) {
            UUID spouse = UUID.nameUUIDFromBytes(("person:" + h.get("spouseIdNumber"))
                    .getBytes(StandardCharsets.UTF_8));
            send("recorded deaths", "POST", base + "/members/" + spouse + "/death", key + "-spouse-death",
                    body("dateOfDeath", died, "documentReference", "死亡证明 朱沱样例-" + h.get("key"),
                            "cause", "因灾遇难（样例）"), Set.of(404));
        }
    }

    /** Sends and answers the new record's id: from the answer, or as the platform derived it from the key. */
    private String created(String what, String method, String url, String key, Map<String, Object> body,
                           String idField) throws IOException, InterruptedException {
        return created(what, method, url, key, body, idField, Set.of());
    }

    private String created(String what, String method, String url, String key, Map<String, Object> body,
                           String idField, Set<Integer> notYet) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(what, method, url, key, body, notYet);
        if (answer != null && answer.statusCode() == 201) {
            return Json.field(answer.body(), idField).orElseThrow(() -> new SeedLoader.LoadFailed(
                    url + " answered no " + idField + ": " + answer.body()));
        }
        String purpose = idField.substring(0, idField.length() - 2);
        return UUID.nameUUIDFromBytes((loader.userId() + "|" + key + "|" + purpose)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Sends until the answer is not one of {@code notYet} (a record the service has not seen yet), or fails. */
    private HttpResponse<String> send(String what, String method, String url, String key, Map<String, Object> body,
                                      Set<Integer> notYet) throws IOException, InterruptedException {
        body.put("reason", REASON);
        Instant deadline = Instant.now().plus(VISIBLE_WITHIN);
        while (true) {
            HttpResponse<String> answer = loader.send(what, method, url, key, body);
            if (answer == null || !notYet.contains(answer.statusCode()) || Instant.now().isAfter(deadline)) {
                loader.count(what, method, url, key, body, answer);
                return answer;
            }
            Thread.sleep(300);
        }
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    /** The {@code sub} claim of a JWT: the user id the services see. */
    static String subjectOf(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.field(payload, "sub").orElseThrow(() -> new SeedLoader.LoadFailed("no sub in token"));
    }
}
