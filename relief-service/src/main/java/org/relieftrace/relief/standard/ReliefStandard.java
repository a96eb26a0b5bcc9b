package org.relieftrace.relief.standard;

import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.platform.domain.DomainRuleViolation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 救助标准 — a county's standard for one relief category, as versions with effective dates; stream
 * {@code standard:<county>:<category>}. A version is never edited: a new one takes over from its date, and two
 * versions never start on the same day.
 */
@AggregateRoot
public class ReliefStandard {

    @AggregateIdentifier
    private String stream;
    private final NavigableMap<LocalDate, StandardSet> versions = new TreeMap<>();

    protected ReliefStandard() {
        // for Axon
    }

    /** The stream of a county's standard for a category. */
    public static String streamOf(String countyCode, ReliefCategory category) {
        return "standard:" + countyCode + ":" + category;
    }

    /** The version in force on {@code day}: the latest that took effect on or before it. */
    public Optional<StandardSet> inForce(LocalDate day) {
        return Optional.ofNullable(versions.floorEntry(day)).map(java.util.Map.Entry::getValue);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public LocalDate handle(SetStandard command) {
        if (versions.containsKey(command.effectiveFrom())) {
            throw new DomainRuleViolation("standard-version-exists", "A standard for " + command.category()
                    + " already takes effect on " + command.effectiveFrom(), command.category(),
                    command.effectiveFrom());
        }
        if (command.amounts().rateOf(command.category(), null) <= 0 && command.category() != ReliefCategory.HOUSING) {
            throw new DomainRuleViolation("standard-without-rate", "The standard for " + command.category()
                    + " sets no rate", command.category());
        }
        apply(new StandardSet(command.countyCode(), command.category(), command.effectiveFrom(), command.amounts(),
                command.documentNumber()));
        return command.effectiveFrom();
    }

    @EventSourcingHandler
    void on(StandardSet event) {
        stream = streamOf(event.countyCode(), event.category());
        versions.put(event.effectiveFrom(), event);
    }
}
