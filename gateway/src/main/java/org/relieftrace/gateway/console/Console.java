package org.relieftrace.gateway.console;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The console in one request: who is looking ({@link Viewer}), in which language, and the texts of that language.
 * Chinese (zh-CN) unless the user chose English (cookie {@value #LANG_COOKIE}).
 */
@RequestScoped
public class Console {

    /** Cookie that remembers the chosen language: {@code zh} or {@code en}. */
    public static final String LANG_COOKIE = "relief-lang";

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    @Inject
    Texts texts;

    private Viewer viewer;

    /** The logged-in user, from the session's access token. */
    public Viewer viewer() {
        if (viewer == null) {
            AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
            if (token == null) {
                throw new IllegalStateException("no access token in the console session");
            }
            viewer = Viewer.fromAccessToken(token.getToken());
        }
        return viewer;
    }

    /** {@code zh} or {@code en}. */
    public String lang() {
        Cookie cookie = request.getCookie(LANG_COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? "en" : "zh";
    }

    /** The {@code Accept-Language} the API is asked in, so that its problem messages come in the user's language. */
    public String acceptLanguage() {
        return "en".equals(lang()) ? "en" : "zh-CN";
    }

    /** Texts of the page in the user's language, by key. */
    public Map<String, String> texts() {
        return texts.of(lang());
    }

    /** One text in the user's language. */
    public String text(String key) {
        return texts().getOrDefault(key, key);
    }

    /** The request's id ({@code X-Request-Id}, set by the edge), passed on to the API as its correlation id. */
    public String requestId() {
        return request.getHeader("X-Request-Id");
    }

    /** Whether htmx sent the request (it then wants a fragment, not a whole page). */
    public boolean htmx() {
        return request.getHeader("HX-Request") != null;
    }

    /**
     * The Excel export of the list being shown (导出 Excel): the page's path with {@code /export.xlsx} and the
     * page's filters, all pages of it (so {@code page} is left out); null for a page drawn as the answer to a form
     * (its path is the form's, not the list's).
     */
    public String exportHref() {
        if (!"GET".equals(request.method().name())) {
            return null;
        }
        String query = request.query() == null ? "" : java.util.Arrays.stream(request.query().split("&"))
                .filter(part -> !part.isEmpty() && !part.startsWith("page=") && !part.startsWith("size="))
                .collect(java.util.stream.Collectors.joining("&"));
        return request.path().replaceAll("/+$", "") + "/export.xlsx" + (query.isEmpty() ? "" : "?" + query);
    }

    /** The path of the page being shown. */
    public String path() {
        return request.path();
    }
}
