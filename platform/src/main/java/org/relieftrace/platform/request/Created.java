package org.relieftrace.platform.request;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** The {@code 201 Created} answer to a request that made a record: its {@code Location} and the answer body. */
public final class Created {

    private Created() {
    }

    /** {@code 201} naming {@code location} (a path below the service) with {@code answer} as the body. */
    public static Response at(String location, Object answer) {
        return Response.created(URI.create(location)).entity(answer).build();
    }
}
