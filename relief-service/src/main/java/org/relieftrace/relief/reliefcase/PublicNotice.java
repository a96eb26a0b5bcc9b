package org.relieftrace.relief.reliefcase;

import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticePosted;
import org.relieftrace.relief.reliefcase.NoticeEvents.PostNotice;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 公示 — a village's list of appraised cases as it was posted (stream {@code notice:<uuid>}): a snapshot that never
 * changes; objections and their outcome are recorded on the cases.
 */
@AggregateRoot
public class PublicNotice {

    @AggregateIdentifier
    private String stream;

    protected PublicNotice() {
        // for Axon
    }

    /** The stream of the notice with this id. */
    public static String streamOf(UUID noticeId) {
        return "notice:" + noticeId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(PostNotice c) {
        if (stream != null) {
            throw new DomainRuleViolation("notice-already-posted", "Notice " + c.noticeId() + " is already posted",
                    c.noticeId());
        }
        if (c.entries().isEmpty()) {
            throw new DomainRuleViolation("notice-without-cases", "Village " + c.villageCode() + " has no appraised"
                    + " case to post", c.villageCode());
        }
        apply(new NoticePosted(c.noticeId(), c.villageCode(), c.postedOn(), c.endsOn(), c.entries()));
        return c.noticeId();
    }

    @EventSourcingHandler
    void on(NoticePosted e) {
        stream = streamOf(e.noticeId());
    }
}
