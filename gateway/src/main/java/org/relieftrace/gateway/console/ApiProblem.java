package org.relieftrace.gateway.console;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A refusal of the API (an {@code application/problem+json} answer, RFC 9457) as the console shows it to the user:
 * the title and detail the service wrote in the user's language, and the fields it named.
 */
@TemplateData
public class ApiProblem extends RuntimeException {

    /** One invalid field, as the API named it (e.g. {@code lines[0].quantity}). */
    @TemplateData
    public record Field(String field, String message) {
    }

    private final int status;
    private final String title;
    private final String detail;
    private final String type;
    private final List<Field> fields;

    public ApiProblem(int status, String type, String title, String detail, List<Field> fields) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.fields = List.copyOf(fields);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<Field> fields() {
        return fields;
    }
}
