package org.relieftrace.platform.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A business rule forbids the command now (not enough stock, wrong state, budget exceeded, duplicate payment). Maps
 * to {@code 409} with the stable problem type {@code code}; the human message is looked up by that code in the
 * service's {@code problems} bundle (zh-CN and en) with {@code arguments} filled in, and {@link #getMessage()} is the
 * English fallback. Plain Java: aggregates throw it without knowing about HTTP.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    public DomainRuleViolation(String code, String englishMessage, Object... arguments) {
        super(englishMessage, null, false, false);
        this.code = code;
        // an argument may be null (a status not yet known): the message then says "null", never a 500
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    /** The stable, kebab-case problem code, e.g. {@code insufficient-stock}. */
    public String code() {
        return code;
    }

    /** The values that fill the placeholders of the localized message, in order. */
    public List<Object> arguments() {
        return arguments;
    }
}
