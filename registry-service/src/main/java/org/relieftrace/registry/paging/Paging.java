package org.relieftrace.registry.paging;

import java.util.ArrayList;
import java.util.List;

import org.relieftrace.platform.domain.InvalidInput;

/**
 * The bounds every paged registry query shares: {@code page} counts from 0, {@code size} is 1 to {@value #MAX_SIZE}.
 * Out of bounds is answered {@code 400} naming the query parameter.
 */
public final class Paging {

    /** Largest page a client may ask for. */
    public static final int MAX_SIZE = 500;
    /** Page size when the client names none. */
    public static final String DEFAULT_SIZE = "50";

    private Paging() {
    }

    /** Refuses a negative page or a size outside 1..{@value #MAX_SIZE}. */
    public static void check(int page, int size) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new InvalidInput.FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new InvalidInput.FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
