import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * 演示用户 — the demo users of the development realm acting through the public APIs, for the sample scenario: each
 * request goes out with the user's own token (the password grant of the realm's test client, password {@code demo}),
 * so that every event of the scenario names the user a newcomer logs in as — who received, who approved, who paid.
 */
final class DemoUsers {

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String tokenUrl;
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Instant> expires = new HashMap<>();

    DemoUsers(String keycloakUrl) {
        this.tokenUrl = keycloakUrl + "/realms/relief/protocol/openid-connect/token";
    }

    /** Sends a JSON body as the user with its Idempotency-Key; answers the response, whatever its status. */
    HttpResponse<String> send(String user, String method, String url, String key, Map<String, Object> body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(user, request);
    }

    /** Sends a text body (a bank's result file) as the user. */
    HttpResponse<String> sendText(String user, String url, String contentType, String text)
            throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** Sends and answers the body, or stops the load when the status is not {@code expected}. */
    String expect(int expected, String user, String method, String url, String key, Map<String, Object> body)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = send(user, method, url, key, body);
        if (answer.statusCode() != expected) {
            throw new SeedLoader.LoadFailed(user + ": " + method + " " + url + " answered " + answer.statusCode()
                    + " (expected " + expected + "): " + answer.body() + "\n  request: " + Json.write(body));
        }
        return answer.body();
    }

    /**
     * Sends until the answer is not one of {@code notYet} — a record another service or a read model has not seen
     * yet — and answers the body of the {@code expected} answer; stops the load on anything else.
     */
    String once(Set<Integer> notYet, int expected, String user, String method, String url, String key,
                Map<String, Object> body) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(VISIBLE_WITHIN);
        HttpResponse<String> answer = send(user, method, url, key, body);
        while (notYet.contains(answer.statusCode()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            answer = send(user, method, url, key, body);
        }
        if (answer.statusCode() != expected) {
            throw new SeedLoader.LoadFailed(user + ": " + method + " " + url + " answered " + answer.statusCode()
                    + " (expected " + expected + "): " + answer.body() + "\n  request: " + Json.write(body));
        }
        return answer.body();
    }

    /** Reads as the user until the answer is {@code 200} and its body passes {@code shows}; answers that body. */
    String awaitRead(String user, String url, Predicate<String> shows) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(VISIBLE_WITHIN);
        while (true) {
            HttpResponse<String> answer = send(user, HttpRequest.newBuilder(URI.create(url)).GET());
            if (answer.statusCode() == 200 && shows.test(answer.body())) {
                return answer.body();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new SeedLoader.LoadFailed(user + ": GET " + url + " did not show what the scenario waits for"
                        + " within " + VISIBLE_WITHIN + "; last answer " + answer.statusCode() + ": " + answer.body());
            }
            Thread.sleep(300);
        }
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.copy().header("Authorization", "Bearer " + token(user))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            expires.remove(user);
            response = http.send(request.header("Authorization", "Bearer " + token(user))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private String token(String user) throws IOException, InterruptedException {
        Instant until = expires.get(user);
        if (until != null && Instant.now().isBefore(until)) {
            return tokens.get(user);
        }
        String form = "grant_type=password&client_id=relief-test&username=" + encode(user) + "&password=demo";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new SeedLoader.LoadFailed("Keycloak refused demo user " + user + " (" + response.statusCode()
                    + "): " + response.body());
        }
        String token = Json.field(response.body(), "access_token")
                .orElseThrow(() -> new SeedLoader.LoadFailed("no access_token for " + user));
        long lifetime = Json.field(response.body(), "expires_in").map(Long::parseLong).orElse(60L);
        tokens.put(user, token);
        expires.put(user, Instant.now().plusSeconds(Math.max(5, lifetime - 20)));
        return token;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
