package org.relieftrace.platform.domain;

import java.util.List;

/**
 * Input that a resource rejects after looking at reference data (an unknown item code, say): maps to {@code 400}
 * with one entry per offending field, like a bean-validation failure.
 */
public class InvalidInput extends RuntimeException {

    /** One offending field, named by its JSON path (e.g. {@code lines[2].itemCode}). */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.toString(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
