package org.relieftrace.registry.depot;

import java.util.List;
import java.util.UUID;

/** What the depot endpoints answer (lists as {@link org.relieftrace.contracts.api.ListPage}). */
public final class DepotViews {

    private DepotViews() {
    }

    /** 应急物资储备库 — one depot; {@code capacity} in cubic metres. */
    public record DepotView(UUID depotId, String code, String name, String divisionCode, String tier, String kind,
                            Double latitude, Double longitude, String address, Long capacity, List<String> keepers) {
    }

    /** What a registered depot answers. */
    public record DepotRegisteredAnswer(UUID depotId) {
    }
}
