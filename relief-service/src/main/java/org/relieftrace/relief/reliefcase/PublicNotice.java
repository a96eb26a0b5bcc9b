package org.relieftrace.relief.reliefcase;

import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.platform.domain.CreatedOnce;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.SeparationOfDuties;
import org.relieftrace.relief.reliefcase.NoticeEvents.ConfirmNotice;
import org.relieftrace.relief.reliefcase.NoticeEvents.ConfirmedNotice;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticeConfirmed;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticeEntry;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticePosted;
import org.relieftrace.relief.reliefcase.NoticeEvents.PostNotice;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 公示 — a village's list of appraised cases as it was posted (stream {@code notice:<uuid>}): a snapshot that never
 * changes; objections and their outcome are recorded on the cases. It runs at least the configured minimum of days.
 * A paper list recorded after the fact is marked so; a county user other than its recorder may confirm it, and only
 * then do its days count from the day it went up rather than from the day it was recorded ({@link CaseRules}).
 */
@AggregateRoot
public class PublicNotice {

    @AggregateIdentifier
    private String stream;
    private UUID noticeId;
    private String villageCode;
    private NoticePosted posted;
    private boolean confirmed;

    protected PublicNotice() {
        // for Axon
    }

    /** The stream of the notice with this id. */
    public static String streamOf(UUID noticeId) {
        return "notice:" + noticeId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(PostNotice c, @MetaDataValue("userId") String user, @MetaDataValue("username") String name) {
        CreatedOnce.require(stream, "notice-already-posted", "Notice " + c.noticeId() + " is already posted",
                    c.noticeId());
        if (c.days() < c.minimumDays()) {
            throw new DomainRuleViolation("notice-period-too-short", "A notice in " + c.villageCode() + " runs at"
                    + " least " + c.minimumDays() + " days, not " + c.days(), c.villageCode(), c.minimumDays(),
                    c.days());
        }
        if (c.entries().isEmpty()) {
            throw new DomainRuleViolation("notice-without-cases", "Village " + c.villageCode() + " has no appraised"
                    + " case to post", c.villageCode());
        }
        apply(c.paper() == null
                ? new NoticePosted(c.noticeId(), c.villageCode(), c.postedOn(), c.endsOn(), c.entries())
                : new NoticePosted(c.noticeId(), c.villageCode(), c.postedOn(), c.endsOn(), c.entries(), true,
                        c.paper().documentReference(), c.paper().reason(), c.paper().recordedOn(), user, name));
        return c.noticeId();
    }

    @CommandHandler
    public ConfirmedNotice handle(ConfirmNotice c, @MetaDataValue("userId") String user,
                                  @MetaDataValue("username") String name) {
        if (!posted.paper()) {
            throw new DomainRuleViolation("notice-not-recorded-after-the-fact", "Notice " + noticeId + " was"
                    + " posted, not recorded after the fact: there is nothing to confirm", noticeId);
        }
        if (confirmed) {
            throw new DomainRuleViolation("notice-already-confirmed", "Notice " + noticeId + " is already"
                    + " confirmed", noticeId);
        }
        SeparationOfDuties.require(user, name, "notice " + noticeId, "confirm", posted.recordedBy());
        apply(new NoticeConfirmed(noticeId, c.reason(), c.confirmedOn(), user, name));
        return new ConfirmedNotice(noticeId, posted.endsOn(), posted.entries().stream().map(NoticeEntry::caseId)
                .toList());
    }

    /** The village the list is posted in. */
    public String villageCode() {
        return villageCode;
    }

    @EventSourcingHandler
    void on(NoticePosted e) {
        stream = streamOf(e.noticeId());
        noticeId = e.noticeId();
        villageCode = e.villageCode();
        posted = e;
    }

    @EventSourcingHandler
    void on(NoticeConfirmed e) {
        confirmed = true;
    }
}
