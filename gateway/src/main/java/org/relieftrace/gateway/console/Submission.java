package org.relieftrace.gateway.console;

import java.net.URI;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;

/**
 * A console form sent on to a service: once the service takes it, the browser goes on (303 See Other) to the page
 * that shows the outcome; refused, the form's page comes back with the service's problem.
 */
public final class Submission {

    /** Sends the form to the service and names the console page to go on to. */
    @FunctionalInterface
    public interface Send {
        String send();
    }

    private Submission() {
    }

    /** Sends, then goes on to the page {@code send} names, or answers {@code refused}'s page with the problem. */
    public static Response send(Send send, Function<ApiProblem, Object> refused) {
        String next;
        try {
            next = send.send();
        } catch (ApiProblem problem) {
            return Response.ok(refused.apply(problem)).build();
        }
        return Response.seeOther(URI.create(next)).build();
    }
}
