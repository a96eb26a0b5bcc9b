package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.relief.ReliefRules;
import org.relieftrace.relief.registryfacts.RegistryFactsQueries;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Household;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Person;
import org.relieftrace.relief.reliefcase.CaseCommands.PutOnNotice;
import org.relieftrace.relief.reliefcase.CaseRequests.NoticeRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.PaperNoticeRequest;
import org.relieftrace.relief.reliefcase.CaseViews.CaseView;
import org.relieftrace.relief.reliefcase.NoticeEvents.ConfirmCaseNotice;
import org.relieftrace.relief.reliefcase.NoticeEvents.ConfirmNotice;
import org.relieftrace.relief.reliefcase.NoticeEvents.ConfirmedNotice;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticeEntry;
import org.relieftrace.relief.reliefcase.NoticeEvents.PaperRecord;
import org.relieftrace.relief.reliefcase.NoticeEvents.PostNotice;
import org.relieftrace.relief.reliefcase.NoticeViews.NoticeAnswer;
import org.relieftrace.relief.shared.Aggregates;

/**
 * 公示 — posts a village's appraised cases as a list: the list goes up as the snapshot of its entries, then each case
 * on it is put on notice until the period ends (a repeated posting of the same notice puts no case on it twice). The
 * server dates a posted list (today, in Beijing); a paper list put up earlier is recorded after the fact with its
 * document and a reason, and counts from the day it was recorded until a county user confirms it.
 */
@ApplicationScoped
public class NoticePosting {

    @Inject
    ReliefRules rules;

    @Inject
    CasePeriods periods;

    @Inject
    Commands commands;

    @Inject
    CaseQueries cases;

    @Inject
    RegistryFactsQueries registry;

    @Inject
    Aggregates aggregates;

    @Inject
    BeijingTime time;

    /** Posts every appraised case of the village today, for the days asked or the configured default. */
    public NoticeAnswer post(NoticeRequest request) {
        return post(request.villageCode(), time.today(), request.days(), null, request.reason());
    }

    /** Records a paper list put up on {@code postedOn}, with its document and the reason it is recorded late. */
    public NoticeAnswer record(PaperNoticeRequest request) {
        if (request.postedOn().isAfter(time.today())) {
            throw new InvalidInput("postedOn", "must not be in the future");
        }
        return post(request.villageCode(), request.postedOn(), request.days(),
                new PaperRecord(request.documentReference().strip(), request.reason().strip(), time.today()),
                request.reason());
    }

    /** The village a notice was posted in, as its stream holds it. */
    public String villageOf(UUID noticeId) {
        return aggregates.read(PublicNotice.class, PublicNotice.streamOf(noticeId), PublicNotice::villageCode)
                .orElseThrow(() -> new NotFound("notice", noticeId));
    }

    /** A county user confirms a paper list: each case on it then counts the list's period from the day it went up. */
    public void confirm(UUID noticeId, String reason) {
        ConfirmedNotice confirmed = commands.send(new ConfirmNotice(noticeId, reason.strip(), time.today()), reason);
        for (UUID caseId : confirmed.caseIds()) {
            commands.sendFollowUp(new ConfirmCaseNotice(caseId, noticeId, confirmed.endsOn()), reason);
        }
    }

    private NoticeAnswer post(String villageCode, LocalDate postedOn, Integer asked, PaperRecord paper,
                              String reason) {
        if (DivisionCode.of(villageCode).level() != DivisionCode.Level.VILLAGE) {
            throw new InvalidInput("villageCode", "must be a village");
        }
        int minimum = periods.noticeMinDays(villageCode);
        int days = asked != null ? asked : Math.max(rules.noticeDays(), minimum);
        List<NoticeEntry> entries = new ArrayList<>();
        for (CaseView c : cases.all(villageCode, CaseStatus.APPRAISED)) {
            if (c.appraisedOn().isAfter(postedOn)) {
                throw new InvalidInput("postedOn", "case " + c.caseId() + " was appraised later, on "
                        + c.appraisedOn());
            }
            Household household = registry.household(c.householdId()).orElseThrow();
            String head = registry.person(household.headPersonId()).map(Person::name).orElse("");
            entries.add(new NoticeEntry(c.caseId(), c.householdId(), head, c.category(), c.period(),
                    c.membersCovered(), c.months(), c.proposedAmountFen()));
        }
        UUID noticeId = commands.newId("notice");
        PostNotice notice = new PostNotice(noticeId, villageCode, postedOn, days, minimum, entries, paper);
        commands.send(notice, reason);
        for (NoticeEntry entry : entries) {
            commands.sendFollowUp(new PutOnNotice(entry.caseId(), noticeId, postedOn, notice.endsOn(),
                    paper == null ? null : paper.recordedOn()), reason);
        }
        return new NoticeAnswer(noticeId, entries.size());
    }
}
