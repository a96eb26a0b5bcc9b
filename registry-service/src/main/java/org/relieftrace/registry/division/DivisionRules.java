package org.relieftrace.registry.division;

import java.util.Optional;

import org.relieftrace.contracts.division.DivisionCode;

/**
 * 统计用区划代码 — how a division's code, level and parent must agree: the level follows from the code's trailing
 * zeros and the parent from the code ({@link DivisionCode}). Used by the {@link Division} aggregate and by the
 * resource, which names the offending field.
 */
public final class DivisionRules {

    private DivisionRules() {
    }

    /**
     * What is wrong with a division's code, level and parent, as a field name and an English message; empty when
     * they agree. A county may name no parent or its prefecture ({@code xxxx00000000}).
     */
    public static Optional<Problem> problemWith(String code, DivisionLevel level, String parentCode) {
        Optional<DivisionCode> parsed = DivisionCode.parse(code);
        if (parsed.isEmpty()) {
            return Optional.of(new Problem("code", "must be 12 digits"));
        }
        DivisionLevel shaped = DivisionLevel.valueOf(parsed.get().level().name());
        if (level != shaped) {
            return Optional.of(new Problem("level", "code " + code + " is a " + shaped + " code"));
        }
        if (level == DivisionLevel.COUNTY) {
            String prefecture = parsed.get().prefecture().value();
            if (parentCode != null && !parentCode.equals(prefecture)) {
                return Optional.of(new Problem("parentCode", "must be empty or " + prefecture));
            }
            return Optional.empty();
        }
        String parent = parsed.get().parent().orElseThrow().value();
        if (!parent.equals(parentCode)) {
            return Optional.of(new Problem("parentCode", "must be " + parent));
        }
        return Optional.empty();
    }

    /** One disagreement between a division's code, level and parent. */
    public record Problem(String field, String message) {
    }
}
