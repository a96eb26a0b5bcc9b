package org.relieftrace.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Access tokens from the {@code relief} realm: the password grant for a demo user (through the {@code relief-test}
 * client) and the client-credentials grant for a confidential client. A token is fetched again shortly before it
 * expires, so a long run never sends an expired one.
 */
public final class Keycloak {

    /** The realm every ReliefTrace token comes from. */
    public static final String REALM = "relief";

    private final URI tokenEndpoint;
    private final HttpClient http = Http.newClient();

    /** Keycloak at {@code baseUrl} (without {@code /realms/...}). */
    public Keycloak(URI baseUrl) {
        this.tokenEndpoint = URI.create(baseUrl + "/realms/" + REALM + "/protocol/openid-connect/token");
    }

    /** A token source for a user through the password grant of a public client. */
    public Token password(String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return new Token(username + " via " + clientId, form);
    }

    /** A token source for a confidential client's service account. */
    public Token clientCredentials(String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        return new Token("client " + clientId, form);
    }

    /** One identity's current access token, refreshed by fetching a new one when it nears expiry. */
    public final class Token {

        private final String who;
        private final String form;
        private volatile String value;
        private volatile long refreshAtNanos;

        private Token(String who, Map<String, String> form) {
            this.who = who;
            this.form = form.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
        }

        /** The access token, fetching a new one first if there is none or it expires within 30 s. */
        public String bearer() throws IOException, InterruptedException {
            String current = value;
            if (current != null && System.nanoTime() - refreshAtNanos < 0) {
                return current;
            }
            synchronized (this) {
                if (value == null || System.nanoTime() - refreshAtNanos >= 0) {
                    fetch();
                }
                return value;
            }
        }

        private void fetch() throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                    .timeout(Http.REQUEST_TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
            HttpResponse<String> response;
            try {
                response = Http.send(http, request);
            } catch (IOException e) {
                throw new IOException("Keycloak is not reachable at " + tokenEndpoint + ": " + e, e);
            }
            JsonNode body = Http.parse(response.body());
            String token = body.path("access_token").asText(null);
            if (response.statusCode() != 200 || token == null) {
                throw new IOException("Keycloak refused a token for " + who + ": HTTP " + response.statusCode()
                        + " " + Http.abbreviate(response.body(), 300));
            }
            long lifetime = Math.max(10, body.path("expires_in").asLong(60));
            long refreshIn = lifetime > 60 ? lifetime - 30 : lifetime / 2;
            refreshAtNanos = System.nanoTime() + refreshIn * 1_000_000_000L;
            value = token;
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
