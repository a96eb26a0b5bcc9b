package org.relieftrace.platform.request;

import java.time.DateTimeException;
import java.util.function.Function;

import org.relieftrace.platform.domain.InvalidInput;

/** A query parameter that may be left out: none when absent or blank, else its value, or a {@code 400} naming it. */
public final class OptionalParameter {

    private OptionalParameter() {
    }

    /**
     * The parameter's value read by {@code parser} (an enum's {@code valueOf}, {@code Instant::parse} …) from the
     * stripped text, or {@code null} when the text is absent or blank.
     *
     * @throws InvalidInput naming {@code field} with {@code message} when {@code parser} refuses the text
     */
    public static <T> T parse(String text, Function<String, T> parser, String field, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InvalidInput(field, message);
        }
    }
}
