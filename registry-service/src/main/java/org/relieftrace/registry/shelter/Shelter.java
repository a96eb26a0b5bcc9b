package org.relieftrace.registry.shelter;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.contracts.registry.PersonCheckedIn;
import org.relieftrace.contracts.registry.PersonCheckedOut;
import org.relieftrace.contracts.registry.ShelterClosed;
import org.relieftrace.contracts.registry.ShelterOpened;
import org.relieftrace.contracts.registry.ShelterRegistered;
import org.relieftrace.platform.domain.CreatedOnce;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.registry.shelter.ShelterCommands.CheckIn;
import org.relieftrace.registry.shelter.ShelterCommands.CheckOut;
import org.relieftrace.registry.shelter.ShelterCommands.CloseShelter;
import org.relieftrace.registry.shelter.ShelterCommands.OpenShelter;
import org.relieftrace.registry.shelter.ShelterCommands.RegisterShelter;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 应急避难场所 — an emergency shelter and the people resettled in it. Its event stream is {@code shelter:<uuid>}.
 * Its occupancy is the people checked in and not yet out, and never exceeds its capacity: every check-in is decided
 * here, one at a time, against the people already in. It takes people in only while open, and closes only when
 * empty. That a person is in one shelter at a time across shelters is checked by the resource against the occupant
 * read model.
 */
@AggregateRoot
public class Shelter {

    private static final String STREAM_PREFIX = "shelter:";

    @AggregateIdentifier
    private String stream;
    private UUID shelterId;
    private int capacity;
    private boolean open;
    private final Set<UUID> occupants = new HashSet<>();

    protected Shelter() {
        // for Axon
    }

    /** The event stream (aggregate identifier) of the shelter with this id. */
    public static String streamOf(UUID shelterId) {
        return STREAM_PREFIX + shelterId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(RegisterShelter command) {
        CreatedOnce.require(stream, "shelter-already-registered",
                    "Shelter " + command.shelterId() + " is already registered", command.shelterId());
        if (command.capacity() <= 0) {
            throw new DomainRuleViolation("shelter-capacity-not-positive", "The capacity of shelter "
                    + command.name() + " must be greater than zero", command.name());
        }
        apply(new ShelterRegistered(command.shelterId(), command.divisionCode(), command.name().strip(),
                command.latitude(), command.longitude(), command.capacity(), command.depotId()));
        return command.shelterId();
    }

    @CommandHandler
    public UUID handle(OpenShelter command) {
        if (!open) {
            apply(new ShelterOpened(shelterId));
        }
        return shelterId;
    }

    @CommandHandler
    public UUID handle(CloseShelter command) {
        if (!occupants.isEmpty()) {
            throw new DomainRuleViolation("shelter-not-empty", "Shelter " + shelterId + " still holds "
                    + occupants.size() + " people", shelterId, occupants.size());
        }
        if (open) {
            apply(new ShelterClosed(shelterId));
        }
        return shelterId;
    }

    @CommandHandler
    public int handle(CheckIn command) {
        if (!open) {
            throw new DomainRuleViolation("shelter-closed", "Shelter " + shelterId + " is closed", shelterId);
        }
        if (occupants.contains(command.personId())) {
            throw new DomainRuleViolation("person-already-checked-in", "Person " + command.personId()
                    + " is already checked in at shelter " + shelterId, command.personId(), shelterId);
        }
        if (occupants.size() >= capacity) {
            throw new DomainRuleViolation("shelter-full", "Shelter " + shelterId + " is full: " + capacity
                    + " people", shelterId, capacity);
        }
        int occupancy = occupants.size() + 1;
        apply(new PersonCheckedIn(shelterId, command.personId(), occupancy));
        return occupancy;
    }

    @CommandHandler
    public int handle(CheckOut command) {
        if (!occupants.contains(command.personId())) {
            throw new DomainRuleViolation("person-not-checked-in", "Person " + command.personId()
                    + " is not checked in at shelter " + shelterId, command.personId(), shelterId);
        }
        int occupancy = occupants.size() - 1;
        apply(new PersonCheckedOut(shelterId, command.personId(), occupancy));
        return occupancy;
    }

    @EventSourcingHandler
    void on(ShelterRegistered event) {
        stream = streamOf(event.shelterId());
        shelterId = event.shelterId();
        capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(ShelterOpened event) {
        open = true;
    }

    @EventSourcingHandler
    void on(ShelterClosed event) {
        open = false;
    }

    @EventSourcingHandler
    void on(PersonCheckedIn event) {
        occupants.add(event.personId());
    }

    @EventSourcingHandler
    void on(PersonCheckedOut event) {
        occupants.remove(event.personId());
    }
}
