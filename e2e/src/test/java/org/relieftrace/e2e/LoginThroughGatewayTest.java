package org.relieftrace.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser logs in to the console the way a user does — the gateway sends it to Keycloak (authorization code flow
 * with PKCE), it posts the login form, Keycloak sends it back with a code, the gateway sets its session cookie — and
 * then calls the API with nothing but that cookie: the gateway relays the session's access token to the service.
 */
@ExtendWith(RunningSystem.class)
class LoginThroughGatewayTest {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\""
            + "|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");

    private final Browser browser = new Browser();

    @Test
    void aKeeperLogsInAtKeycloakAndReadsStockWithTheSessionCookieOnly() throws Exception {
        HttpResponse<String> first = browser.get(URI.create(RunningSystem.gateway() + "/"));
        assertThat(first.statusCode()).as("the console asks for a login").isEqualTo(302);
        String authorize = first.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(RunningSystem.keycloak() + "/realms/relief/protocol/openid-connect/auth")
                .contains("client_id=relief-console").contains("code_challenge=")
                .contains("code_challenge_method=S256");

        HttpResponse<String> loginPage = browser.follow(URI.create(authorize));
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        assertThat(action.find()).as("a login form on " + loginPage.uri()).isTrue();
        String target = (action.group(1) != null ? action.group(1) : action.group(2)).replace("&amp;", "&");

        HttpResponse<String> console = browser.follow(browser.post(URI.create(target),
                Map.of("username", "zhutuo-keeper", "password", "demo", "credentialId", "")));
        assertThat(console.uri().toString()).startsWith(RunningSystem.gateway() + "/");
        assertThat(console.statusCode()).as(console.body()).isEqualTo(200);
        assertThat(browser.cookies.keySet()).anyMatch(name -> name.startsWith("q_session"));

        HttpResponse<String> stock = browser.get(URI.create(RunningSystem.gateway()
                + "/api/supplies/depots/" + Depots.ZHUTUO + "/stock"));
        assertThat(stock.statusCode()).as(stock.body()).isEqualTo(200);
        assertThat(stock.body()).contains(Depots.ZHUTUO.toString());
    }

    @Test
    void withoutASessionTheApiStillAnswers401AndNoRedirect() throws Exception {
        HttpResponse<String> stock = new Browser().get(URI.create(RunningSystem.gateway()
                + "/api/supplies/depots/" + Depots.ZHUTUO + "/stock"));
        assertThat(stock.statusCode()).isEqualTo(401);
    }

    /** Just enough of a browser: cookies by name (for localhost, every port), redirects followed by hand. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return send(request(uri).GET().build());
        }

        HttpResponse<String> post(URI uri, Map<String, String> form) throws IOException, InterruptedException {
            StringBuilder body = new StringBuilder();
            form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return send(request(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        }

        /** Follows redirects from {@code uri} (GET) until an answer that is not one. */
        HttpResponse<String> follow(URI uri) throws IOException, InterruptedException {
            return follow(get(uri));
        }

        HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
            for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
                response = get(response.uri().resolve(response.headers().firstValue("Location").orElseThrow()));
            }
            return response;
        }

        private HttpRequest.Builder request(URI uri) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/html,application/json");
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                        .append(value));
                builder.header("Cookie", header.toString());
            }
            return builder;
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    continue;
                }
                String name = pair.substring(0, equals).strip();
                String value = pair.substring(equals + 1).strip();
                String lower = setCookie.toLowerCase();
                if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")
                        || lower.contains("expires=thu, 01-jan-1970")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }
    }
}
