package org.relieftrace.supplies.distribution;

import java.time.Instant;
import java.util.UUID;

/** What the household limit endpoints answer. */
public final class HouseholdLimitViews {

    private HouseholdLimitViews() {
    }

    /**
     * 户均限额 — the limit of an item per household for a disaster, who set it last ({@code setBy}, the user name),
     * when and why; {@code configuredDefault}: what applies to the item where no limit is set (null: none).
     */
    public record HouseholdLimitView(UUID disasterId, String itemCode, long quantity, Long configuredDefault,
                                     String setBy, Instant setAt, String reason) {
    }
}
