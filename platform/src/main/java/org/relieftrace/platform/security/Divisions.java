package org.relieftrace.platform.security;

/**
 * 统计用区划代码 — 12-digit statistical division codes: 6 digits county, 3 township, 3 village. A county code ends in
 * {@code 000000}, a township code in {@code 000}; a user acts inside their own division and below it.
 */
public final class Divisions {

    private Divisions() {
    }

    /** True for a well-formed 12-digit code. */
    public static boolean isCode(String code) {
        return code != null && code.length() == 12 && code.chars().allMatch(Character::isDigit);
    }

    /** The level of a code: COUNTY, TOWNSHIP or VILLAGE (provinces and cities above are COUNTY-like prefixes). */
    public static String levelOf(String code) {
        if (code.endsWith("000000")) {
            return "COUNTY";
        }
        return code.endsWith("000") ? "TOWNSHIP" : "VILLAGE";
    }

    /** True when {@code target} is {@code scope} itself or lies below it. */
    public static boolean contains(String scope, String target) {
        if (!isCode(scope) || !isCode(target)) {
            return false;
        }
        return target.startsWith(significantPrefix(scope));
    }

    /**
     * The digits that every code inside this division starts with: {@code 500118} for a county, {@code 500118116}
     * for a township, the whole code for a village.
     */
    public static String significantPrefix(String code) {
        String trimmed = code;
        while (trimmed.endsWith("000")) {
            trimmed = trimmed.substring(0, trimmed.length() - 3);
        }
        return trimmed;
    }
}
