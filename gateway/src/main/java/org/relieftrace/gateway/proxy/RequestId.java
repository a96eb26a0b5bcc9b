package org.relieftrace.gateway.proxy;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * 请求编号 — the {@code X-Request-Id} that follows one call from the browser through the gateway to a service and back.
 *
 * <p>A caller's id is kept when it is short and plain (letters, digits, {@code . _ : -}, at most 128 characters);
 * otherwise, or when there is none, the gateway issues a random UUID.
 */
public final class RequestId {

    /** Header that carries the id, in requests to the services and in every gateway response. */
    public static final String HEADER = "X-Request-Id";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestId() {
    }

    /** The caller's id if acceptable, else a new UUID. */
    public static String acceptOrIssue(String offered) {
        if (offered != null && ACCEPTABLE.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }
}
