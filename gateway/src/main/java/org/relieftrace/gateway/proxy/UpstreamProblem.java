package org.relieftrace.gateway.proxy;

import java.util.List;
import java.util.Locale;

import org.relieftrace.gateway.upstream.Upstream;

import io.vertx.core.json.JsonObject;

/**
 * The {@code application/problem+json} body (RFC 9457) the gateway answers with when no instance of a service can be
 * reached, when one broke off a request, or when it does not answer in time. Title and detail follow {@code Accept-Language}: zh-CN or English (the default).
 */
public final class UpstreamProblem {

    /** Media type of every problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** Stable type of "no instance of the service could be reached" ({@code 503}, with {@code Retry-After}). */
    public static final String UNAVAILABLE_TYPE = "https://relieftrace.org/problems/upstream-unavailable";
    /** Stable type of "the service broke off the request before answering" ({@code 502}). */
    public static final String FAILED_TYPE = "https://relieftrace.org/problems/upstream-failed";
    /** Stable type of "the service did not answer in time" ({@code 504}). */
    public static final String TIMEOUT_TYPE = "https://relieftrace.org/problems/upstream-timeout";

    private static final List<String> SUPPORTED_LANGUAGES = List.of("en", "zh-CN", "zh");

    private UpstreamProblem() {
    }

    /** {@code 503}: no instance of the service is in rotation, or none accepted a connection. */
    public static JsonObject unavailable(Upstream upstream, String acceptLanguage, String requestId) {
        boolean zh = prefersChinese(acceptLanguage);
        String name = upstream.displayName(zh);
        return problem(UNAVAILABLE_TYPE, 503,
                zh ? "上游服务不可用" : "Upstream service unavailable",
                zh ? name + "当前无法访问，请稍后重试。" : "The " + name.toLowerCase(Locale.ROOT)
                        + " cannot be reached right now. Please try again shortly.",
                requestId);
    }

    /**
     * {@code 502}: the instance closed the connection after the request may have reached it, and the request was not
     * one the gateway may send again (no {@code Idempotency-Key}): whether it took effect is unknown.
     */
    public static JsonObject failed(Upstream upstream, String acceptLanguage, String requestId) {
        boolean zh = prefersChinese(acceptLanguage);
        String name = upstream.displayName(zh);
        return problem(FAILED_TYPE, 502,
                zh ? "上游服务中断" : "Upstream service broke off",
                zh ? name + "在响应前中断了请求，操作可能已执行，请先核对再重试。" : "The " + name.toLowerCase(Locale.ROOT)
                        + " broke off the request before answering; it may have been carried out. Check before"
                        + " trying again.",
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
