package org.relieftrace.platform.readmodel;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.relieftrace.contracts.division.DivisionCode;

/**
 * The optional filters of a list query (HQL, named parameters): a condition counts only when its value is given,
 * and those given are joined with {@code AND}; with none, every row matches.
 */
public final class Conditions {

    private final StringBuilder where = new StringBuilder("true = true");
    private final Map<String, Object> values = new HashMap<>();

    /** Adds {@code condition}, which names the parameter {@code :name}, when {@code value} is not null. */
    public Conditions and(String condition, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            values.put(name, value);
        }
        return this;
    }

    /** Rows whose {@code divisionCode} is {@code division} or below it, when a division is given. */
    public Conditions within(String division) {
        return and("divisionCode LIKE :division", "division",
                division == null ? null : DivisionCode.of(division).likePattern());
    }

    /** The conditions given, for the query's {@code where}. */
    public String where() {
        return where.toString();
    }

    /** The values of the conditions given, by parameter name. */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }
}
