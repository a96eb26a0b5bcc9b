package org.relieftrace.platform.domain;

/**
 * A record is created once: a creation command that meets an aggregate created before (its identifier already set
 * by its creation event) is refused with the aggregate's own problem code, {@code 409}. Aggregates whose creation
 * handlers run with {@code CREATE_IF_MISSING} call {@link #require} first.
 */
public final class CreatedOnce {

    private CreatedOnce() {
    }

    /**
     * Refuses when {@code identifier}, the aggregate's identifier, is set already.
     *
     * @param identifier the identifier the creation event sets; {@code null} while the aggregate is new
     * @param code       the stable problem code, e.g. {@code depot-already-registered}
     * @param message    the English fallback message
     * @param arguments  the values of the localized message
     */
    public static void require(Object identifier, String code, String message, Object... arguments) {
        if (identifier != null) {
            throw new DomainRuleViolation(code, message, arguments);
        }
    }
}
