package org.relieftrace.platform.security;

import io.quarkus.security.ForbiddenException;

/** The caller's role or division does not reach the record they act on. Answered with {@code 403}. */
public final class AccessDenied extends ForbiddenException {

    public AccessDenied(String message) {
        super(message);
    }
}
