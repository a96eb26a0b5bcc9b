package org.relieftrace.gateway.console.shelter;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * 应急避难场所 — the registry's answers about shelters as the console reads them, mirrored from the registry's view
 * records with the fields the pages use.
 */
public final class ShelterViews {

    private ShelterViews() {
    }

    /** A person resettled in a shelter now. */
    @TemplateData
    public record OccupantView(String personId, String name, String householdId) {
    }

    /** The people in a shelter from {@code at} on. */
    public record OccupancyPoint(String at, int occupancy) {
    }

    /** One shelter: people in it now ({@code occupancy}), all check-ins and check-outs, who is in it (one shelter). */
    @TemplateData
    public record ShelterView(String shelterId, String divisionCode, String name, Double latitude, Double longitude,
                              int capacity, String depotId, boolean open, int occupancy, long checkIns,
                              long checkOuts, List<OccupantView> occupants) {

        public ShelterView {
            occupants = occupants == null ? List.of() : occupants;
        }

        /** Places left now. */
        public int free() {
            return Math.max(0, capacity - occupancy);
        }
    }
}
