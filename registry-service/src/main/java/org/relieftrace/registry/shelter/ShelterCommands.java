package org.relieftrace.registry.shelter;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a {@link Shelter}; each goes to the stream {@link Shelter#streamOf(UUID)}. */
public final class ShelterCommands {

    private ShelterCommands() {
    }

    /** A command to one shelter: it goes to the stream {@link Shelter#streamOf(UUID)}. */
    public interface ToShelter {

        UUID shelterId();

        @TargetAggregateIdentifier
        default String stream() {
            return Shelter.streamOf(shelterId());
        }
    }

    /** 应急避难场所登记 — register a shelter in a division, closed until opened. */
    public record RegisterShelter(UUID shelterId, String divisionCode, String name, Double latitude,
                                  Double longitude, int capacity, UUID depotId) implements ToShelter {
    }

    /** 启用 — open the shelter to people. */
    public record OpenShelter(UUID shelterId) implements ToShelter {
    }

    /** 关闭 — close the shelter once everybody has left. */
    public record CloseShelter(UUID shelterId) implements ToShelter {
    }

    /** 入住安置 — take a registered person into the shelter. */
    public record CheckIn(UUID shelterId, UUID personId) implements ToShelter {
    }

    /** 离开安置点 — a person leaves the shelter. */
    public record CheckOut(UUID shelterId, UUID personId) implements ToShelter {
    }
}
