package org.relieftrace.supplies.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

/**
 * 户均限额 — how much of an item one household may receive per disaster, across all depots, as configured
 * ({@code supplies.household-limit.<item code>}); items without a setting have no limit.
 */
@ApplicationScoped
public class HouseholdLimits {

    @Inject
    Config config;

    /** The limit of the item, or null when it has none. */
    public Long of(String itemCode) {
        return config.getOptionalValue("supplies.household-limit." + itemCode, Long.class).orElse(null);
    }
}
