package org.relieftrace.relief.reliefcase;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.relief.ReliefRules;
import org.relieftrace.relief.registryfacts.RegistryFactsQueries;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Household;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Person;
import org.relieftrace.relief.reliefcase.CaseCommands.PutOnNotice;
import org.relieftrace.relief.reliefcase.CaseRequests.NoticeRequest;
import org.relieftrace.relief.reliefcase.CaseViews.CaseView;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticeEntry;
import org.relieftrace.relief.reliefcase.NoticeEvents.PostNotice;
import org.relieftrace.relief.reliefcase.NoticeViews.NoticeAnswer;

/**
 * 公示 — posts a village's appraised cases as a list: the list goes up as the snapshot of its entries, then each case
 * on it is put on notice until the period ends (a repeated posting of the same notice puts no case on it twice).
 */
@ApplicationScoped
public class NoticePosting {

    @Inject
    ReliefRules rules;

    @Inject
    Commands commands;

    @Inject
    CaseQueries cases;

    @Inject
    RegistryFactsQueries registry;

    @Inject
    BeijingTime time;

    /** Posts every appraised case of the village, for the days asked or the configured default. */
    public NoticeAnswer post(NoticeRequest request) {
        if (DivisionCode.of(request.villageCode()).level() != DivisionCode.Level.VILLAGE) {
            throw new InvalidInput("villageCode", "must be a village");
        }
        if (request.postedOn().isAfter(time.today())) {
            throw new InvalidInput("postedOn", "must not be in the future");
        }
        int days = request.days() != null ? request.days() : rules.noticeDays();
        List<NoticeEntry> entries = new ArrayList<>();
        for (CaseView c : cases.all(request.villageCode(), CaseStatus.APPRAISED)) {
            if (c.appraisedOn().isAfter(request.postedOn())) {
                throw new InvalidInput("postedOn", "case " + c.caseId() + " was appraised later, on "
                        + c.appraisedOn());
            }
            Household household = registry.household(c.householdId()).orElseThrow();
            String head = registry.person(household.headPersonId()).map(Person::name).orElse("");
            entries.add(new NoticeEntry(c.caseId(), c.householdId(), head, c.category(), c.period(),
                    c.membersCovered(), c.months(), c.proposedAmountFen()));
        }
        UUID noticeId = commands.newId("notice");
        commands.send(new PostNotice(noticeId, request.villageCode(), request.postedOn(),
                request.postedOn().plusDays(days), entries), request.reason());
        for (NoticeEntry entry : entries) {
            commands.sendFollowUp(new PutOnNotice(entry.caseId(), noticeId, request.postedOn(),
                    request.postedOn().plusDays(days)), request.reason());
        }
        return new NoticeAnswer(noticeId, entries.size());
    }
}
