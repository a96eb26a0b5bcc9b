package org.relieftrace.registry.disaster;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.contracts.registry.DisasterDeclared;
import org.relieftrace.contracts.registry.DisasterEnded;
import org.relieftrace.contracts.registry.DisasterResponseLevelChanged;
import org.relieftrace.contracts.registry.DisasterStatisticsReported;
import org.relieftrace.platform.domain.CreatedOnce;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.registry.disaster.DisasterCommands.ChangeResponseLevel;
import org.relieftrace.registry.disaster.DisasterCommands.DeclareDisaster;
import org.relieftrace.registry.disaster.DisasterCommands.EndDisaster;
import org.relieftrace.registry.disaster.DisasterCommands.ReportDisasterStatistics;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 灾害事件 — a disaster being answered: its kind, when it began and ended, its response level, the divisions it
 * affects, and its figures (灾情统计) reported again and again as they change. Its event stream is
 * {@code disaster:<uuid>}. The level changes only while the response lasts; figures may still be reported after it
 * ended (the final count), never for a moment before the disaster began.
 */
@AggregateRoot
public class Disaster {

    private static final String STREAM_PREFIX = "disaster:";

    @AggregateIdentifier
    private String stream;
    private UUID disasterId;
    private Instant startedAt;
    private Instant endedAt;
    private String responseLevel;

    protected Disaster() {
        // for Axon
    }

    /** The event stream (aggregate identifier) of the disaster with this id. */
    public static String streamOf(UUID disasterId) {
        return STREAM_PREFIX + disasterId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(DeclareDisaster command) {
        CreatedOnce.require(stream, "disaster-already-declared",
                    "Disaster " + command.disasterId() + " is already declared", command.disasterId());
        if (command.endedAt() != null && !command.endedAt().isAfter(command.startedAt())) {
            throw endBeforeStart(command.endedAt(), command.startedAt());
        }
        List<String> divisions = command.affectedDivisionCodes().stream().distinct().sorted().toList();
        apply(new DisasterDeclared(command.disasterId(), command.type().name(), command.name().strip(),
                command.startedAt(), command.responseLevel().name(), divisions));
        if (command.endedAt() != null) {
            apply(new DisasterEnded(command.disasterId(), command.endedAt()));
        }
        return command.disasterId();
    }

    @CommandHandler
    public UUID handle(ChangeResponseLevel command) {
        requireOngoing();
        if (!command.responseLevel().name().equals(responseLevel)) {
            apply(new DisasterResponseLevelChanged(disasterId, command.responseLevel().name(), responseLevel));
        }
        return disasterId;
    }

    @CommandHandler
    public UUID handle(EndDisaster command) {
        requireOngoing();
        if (!command.endedAt().isAfter(startedAt)) {
            throw endBeforeStart(command.endedAt(), startedAt);
        }
        apply(new DisasterEnded(disasterId, command.endedAt()));
        return disasterId;
    }

    @CommandHandler
    public UUID handle(ReportDisasterStatistics command) {
        if (command.asOf().isBefore(startedAt)) {
            throw new DomainRuleViolation("statistics-before-start", "Figures as of " + command.asOf()
                    + " are before the disaster began at " + startedAt, command.asOf(), startedAt);
        }
        apply(new DisasterStatisticsReported(disasterId, command.asOf(), command.affectedPeople(),
                command.evacuated(), command.deaths(), command.missing(), command.collapsedHouses(),
                command.damagedHouses(), command.directLossFen()));
        return disasterId;
    }

    private void requireOngoing() {
        if (endedAt != null) {
            throw new DomainRuleViolation("disaster-ended", "The response to disaster " + disasterId + " ended at "
                    + endedAt, disasterId, endedAt);
        }
    }

    private static DomainRuleViolation endBeforeStart(Instant end, Instant start) {
        return new DomainRuleViolation("disaster-end-before-start", "The end " + end + " is not after the start "
                + start, end, start);
    }

    @EventSourcingHandler
    void on(DisasterDeclared event) {
        stream = streamOf(event.disasterId());
        disasterId = event.disasterId();
        startedAt = event.startedAt();
        responseLevel = event.responseLevel();
    }

    @EventSourcingHandler
    void on(DisasterResponseLevelChanged event) {
        responseLevel = event.responseLevel();
    }

    @EventSourcingHandler
    void on(DisasterEnded event) {
        endedAt = event.endedAt();
    }
}
