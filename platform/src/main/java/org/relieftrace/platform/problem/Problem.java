package org.relieftrace.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: a stable {@code type} URI per kind of problem, a localized {@code title} and
 * {@code detail}, the HTTP {@code status}, the request id, and for invalid input one entry per offending field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<FieldProblem> errors) {

    /** Base of every problem type URI; the last path segment is the stable code. */
    public static final String TYPE_BASE = "https://relieftrace.org/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field, by its JSON path in the request body (e.g. {@code lines[0].quantity}). */
    public record FieldProblem(String field, String message) {
    }
}
