package org.relieftrace.registry.shelter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the shelter endpoints answer (lists as {@link org.relieftrace.contracts.api.ListPage}). */
public final class ShelterViews {

    private ShelterViews() {
    }

    /** 安置人员 — a person resettled in a shelter, with the household they belong to. */
    public record OccupantView(UUID personId, String name, UUID householdId) {
    }

    /**
     * 应急避难场所 — one shelter: {@code occupancy} people in it now, which is {@code checkIns} minus
     * {@code checkOuts}; {@code occupants} are listed for one shelter, empty in lists.
     */
    public record ShelterView(UUID shelterId, String divisionCode, String name, Double latitude, Double longitude,
                              int capacity, UUID depotId, boolean open, int occupancy, long checkIns,
                              long checkOuts, List<OccupantView> occupants) {
    }


    /** Where a person is resettled now. */
    public record Resettlement(UUID personId, UUID shelterId) {
    }

    /** What a registered shelter answers. */
    public record ShelterRegisteredAnswer(UUID shelterId) {
    }

    /** 安置人数 — the people in the shelter from {@code at} on, after a check-in or check-out. */
    public record OccupancyPoint(Instant at, int occupancy) {
    }

    /** The shelter's occupancy after a check-in or check-out. */
    public record OccupancyAnswer(UUID shelterId, int occupancy) {
    }
}
