package org.relieftrace.platform.security;

import org.relieftrace.contracts.division.DivisionCode;

/**
 * 统计用区划代码 — text-level shortcuts to {@link DivisionCode} for code that still holds division codes as strings;
 * the arithmetic itself lives in {@link DivisionCode}.
 */
public final class Divisions {

    private Divisions() {
    }

    /** True for a well-formed 12-digit code. */
    public static boolean isCode(String code) {
        return DivisionCode.isValid(code);
    }

    /** The level of a code: COUNTY, TOWNSHIP or VILLAGE (provinces and cities above are COUNTY-like prefixes). */
    public static String levelOf(String code) {
        return DivisionCode.of(code).level().name();
    }

    /** True when {@code target} is {@code scope} itself or lies below it. */
    public static boolean contains(String scope, String target) {
        return DivisionCode.contains(scope, target);
    }

    /**
     * The digits that every code inside this division starts with: {@code 500118} for a county, {@code 500118116}
     * for a township, the whole code for a village.
     */
    public static String significantPrefix(String code) {
        return DivisionCode.of(code).prefix();
    }
}
