package org.relieftrace.registry.division;

import java.util.Optional;

import org.relieftrace.platform.security.Divisions;

/**
 * 统计用区划代码 — the shape rules of a 12-digit statistical division code: its level follows from its trailing
 * zeros, and its parent from replacing the last significant group with zeros. Pure functions, used by the
 * {@link Division} aggregate and by the resource to name the offending field.
 */
public final class DivisionCodes {

    private DivisionCodes() {
    }

    /** True for a well-formed 12-digit code. */
    public static boolean isCode(String code) {
        return Divisions.isCode(code);
    }

    /** The level the code's shape says it has. */
    public static DivisionLevel levelOf(String code) {
        return DivisionLevel.valueOf(Divisions.levelOf(code));
    }

    /**
     * The code's own parent: the county {@code xxxxxx000000} of a township, the township {@code xxxxxxxxx000} of a
     * village; a county's parent (the prefecture) is outside this registry, so none.
     */
    public static Optional<String> parentOf(String code) {
        return switch (levelOf(code)) {
            case COUNTY -> Optional.empty();
            case TOWNSHIP -> Optional.of(code.substring(0, 6) + "000000");
            case VILLAGE -> Optional.of(code.substring(0, 9) + "000");
        };
    }

    /**
     * What is wrong with a division's code, level and parent, as a field name and an English message; empty when
     * they agree. A county may name no parent or its prefecture ({@code xxxx00000000}).
     */
    public static Optional<Problem> problemWith(String code, DivisionLevel level, String parentCode) {
        if (!isCode(code)) {
            return Optional.of(new Problem("code", "must be 12 digits"));
        }
        DivisionLevel shaped = levelOf(code);
        if (level != shaped) {
            return Optional.of(new Problem("level", "code " + code + " is a " + shaped + " code"));
        }
        if (level == DivisionLevel.COUNTY) {
            String prefecture = code.substring(0, 4) + "00000000";
            if (parentCode != null && !parentCode.equals(prefecture)) {
                return Optional.of(new Problem("parentCode", "must be empty or " + prefecture));
            }
            return Optional.empty();
        }
        String parent = parentOf(code).orElseThrow();
        if (!parent.equals(parentCode)) {
            return Optional.of(new Problem("parentCode", "must be " + parent));
        }
        return Optional.empty();
    }

    /**
     * The leading digits every code inside {@code code}'s area starts with: {@code 500118} for the county
     * {@code 500118000000}, {@code 500118116} for a township, the whole code for a village.
     */
    public static String scopePrefix(String code) {
        String prefix = code;
        while (prefix.endsWith("000") && prefix.length() > 3) {
            prefix = prefix.substring(0, prefix.length() - 3);
        }
        return prefix;
    }

    /** One disagreement between a division's code, level and parent. */
    public record Problem(String field, String message) {
    }
}
