package org.relieftrace.registry.capacity;

import java.util.UUID;

/** Finds one production-capacity agreement by its id. */
public record FindCapacityAgreement(UUID agreementId) {
}
