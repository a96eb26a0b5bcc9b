package org.relieftrace.contracts.division;

import java.util.Objects;
import java.util.Optional;

/**
 * 统计用区划代码 — a 12-digit statistical division code: 6 digits for the county, 3 for the township, 3 for the
 * village. A county code ends in {@code 000000}, a township code in {@code 000}. The level and the parent follow from
 * the code's trailing zeros, so a code needs no lookup to say where it lies; a user acts in their division and below.
 * Plain Java: used by aggregates, resources, queries and the console alike.
 */
public record DivisionCode(String value) implements Comparable<DivisionCode> {

    /** The three tiers of the system, from the top. */
    public enum Level { COUNTY, TOWNSHIP, VILLAGE }

    public DivisionCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("a division code is 12 digits: " + value);
        }
    }

    /** The code, refused unless it is 12 digits. */
    public static DivisionCode of(String code) {
        return new DivisionCode(code);
    }

    /** The code when it is well-formed, else empty (for input that is checked elsewhere). */
    public static Optional<DivisionCode> parse(String code) {
        return isValid(code) ? Optional.of(new DivisionCode(code)) : Optional.empty();
    }

    /** True for a well-formed 12-digit code. */
    public static boolean isValid(String code) {
        return code != null && code.length() == 12 && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** True when {@code target} is {@code scope} itself or lies below it; false when either is not a code. */
    public static boolean contains(String scope, String target) {
        return isValid(scope) && isValid(target) && of(scope).contains(of(target));
    }

    /** The level the code's shape gives it (codes above a county behave like a county). */
    public Level level() {
        if (value.endsWith("000000")) {
            return Level.COUNTY;
        }
        return value.endsWith("000") ? Level.TOWNSHIP : Level.VILLAGE;
    }

    /** The division directly above: a village's township, a township's county; a county's is outside the system. */
    public Optional<DivisionCode> parent() {
        return switch (level()) {
            case COUNTY -> Optional.empty();
            case TOWNSHIP -> Optional.of(new DivisionCode(value.substring(0, 6) + "000000"));
            case VILLAGE -> Optional.of(new DivisionCode(value.substring(0, 9) + "000"));
        };
    }

    /** The county this code lies in (itself for a county). */
    public DivisionCode county() {
        return new DivisionCode(value.substring(0, 6) + "000000");
    }

    /** The prefecture above the county ({@code xxxx00000000}), the only parent a county may name. */
    public DivisionCode prefecture() {
        return new DivisionCode(value.substring(0, 4) + "00000000");
    }

    /** True when {@code other} is this division or lies below it. */
    public boolean contains(DivisionCode other) {
        return other.value.startsWith(prefix());
    }

    /** True when this division is strictly below {@code other}. */
    public boolean isBelow(DivisionCode other) {
        return !equals(other) && other.contains(this);
    }

    /**
     * The digits every code inside this division starts with: {@code 500118} for the county {@code 500118000000},
     * {@code 500118116} for a township, the whole code for a village.
     */
    public String prefix() {
        String prefix = value;
        while (prefix.endsWith("000") && prefix.length() > 3) {
            prefix = prefix.substring(0, prefix.length() - 3);
        }
        return prefix;
    }

    /** The SQL {@code LIKE} pattern of every code inside this division ({@code 500118116%}). */
    public String likePattern() {
        return prefix() + "%";
    }

    @Override
    public int compareTo(DivisionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Null-safe text of an optional code. */
    public static String text(DivisionCode code) {
        return Objects.toString(code, null);
    }
}
