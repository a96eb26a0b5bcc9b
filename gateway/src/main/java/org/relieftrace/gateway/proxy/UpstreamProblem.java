package org.relieftrace.gateway.proxy;

import java.util.List;
import java.util.Locale;

import io.vertx.core.json.JsonObject;

/**
 * The {@code application/problem+json} body (RFC 9457) the gateway answers with when a service cannot be reached or
 * does not answer in time. Title and detail follow {@code Accept-Language}: zh-CN or English (the default).
 */
public final class UpstreamProblem {

    /** Media type of every problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** Stable type of "the service could not be reached" ({@code 502}). */
    public static final String UNAVAILABLE_TYPE = "https://relieftrace.org/problems/upstream-unavailable";
    /** Stable type of "the service did not answer in time" ({@code 504}). */
    public static final String TIMEOUT_TYPE = "https://relieftrace.org/problems/upstream-timeout";

    private static final List<String> SUPPORTED_LANGUAGES = List.of("en", "zh-CN", "zh");

    private UpstreamProblem() {
    }

    /** {@code 502}: no connection to the service, or it closed the connection before answering. */
    public static JsonObject unavailable(Upstream upstream, String acceptLanguage, String requestId) {
        boolean zh = prefersChinese(acceptLanguage);
        String name = upstream.displayName(zh);
        return problem(UNAVAILABLE_TYPE, 502,
                zh ? "上游服务不可用" : "Upstream service unavailable",
                zh ? name + "当前无法访问，请稍后重试。" : "The " + name.toLowerCase(Locale.ROOT)
                        + " cannot be reached right now. Please try again shortly.",
                requestId);
    }

    /** {@code 504}: the service did not start its response within the upstream timeout after the request. */
    public static JsonObject timeout(Upstream upstream, String acceptLanguage, String requestId) {
        boolean zh = prefersChinese(acceptLanguage);
        String name = upstream.displayName(zh);
        return problem(TIMEOUT_TYPE, 504,
                zh ? "上游服务超时" : "Upstream service timed out",
                zh ? name + "未能及时响应，请稍后重试。" : "The " + name.toLowerCase(Locale.ROOT)
                        + " did not answer in time. Please try again shortly.",
                requestId);
    }

    /** Stable type of "too many changes by this user in too short a time" ({@code 429}). */
    public static final String TOO_MANY_TYPE = "https://relieftrace.org/problems/too-many-requests";

    /** {@code 429}: the caller sent more write requests than the gateway's limit per user allows. */
    public static JsonObject tooManyRequests(String acceptLanguage, String requestId, long retryAfterSeconds) {
        boolean zh = prefersChinese(acceptLanguage);
        return problem(TOO_MANY_TYPE, 429,
                zh ? "请求过于频繁" : "Too many requests",
                zh ? "提交过于频繁，请在 " + retryAfterSeconds + " 秒后重试。"
                        : "Too many changes in a short time. Please retry in " + retryAfterSeconds + " s.",
                requestId);
    }

    /** {@code true} when the best language the client accepts among ours is Chinese. */
    static boolean prefersChinese(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            List<String> matches = Locale.filterTags(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED_LANGUAGES);
            return !matches.isEmpty() && matches.getFirst().startsWith("zh");
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static JsonObject problem(String type, int status, String title, String detail, String requestId) {
        return new JsonObject()
                .put("type", type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("requestId", requestId);
    }
}
