package org.relieftrace.platform.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.eventhandling.GenericEventMessage;

import org.relieftrace.platform.axon.AxonRuntime;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.request.RequestHeaders;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;

/**
 * 个人信息查阅留痕 — records reads of personal data as {@link PersonalDataRead} events in the global stream, with the
 * reader, their roles and division, the time and the reason they gave ({@code X-Access-Reason}), hashed and sealed
 * like every other event: auditors' reads, and reads by any role that sees the data unmasked.
 */
@ApplicationScoped
public class PersonalDataAccess {

    @Inject
    AxonRuntime axon;

    @Inject
    Commands commands;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestHeaders headers;

    /**
     * Records the read when the caller is an auditor or sees the data unmasked; nothing otherwise.
     *
     * @param subjectType     the kind of record read, e.g. {@code Household}
     * @param subjectIds      the records read
     * @param subjectDivision the division they belong to, or the division a list was read for
     * @param view            what was read, e.g. {@code household}, {@code household-history}
     * @param unmasked        whether ID and account numbers were shown in full
     */
    public void read(String subjectType, List<String> subjectIds, String subjectDivision, String view,
                     boolean unmasked) {
        Caller who = caller.get();
        if (!unmasked && !who.hasRole(DivisionAccess.AUDITOR)) {
            return;
        }
        PersonalDataRead read = new PersonalDataRead(subjectType, List.copyOf(subjectIds), subjectDivision, view,
                unmasked);
        axon.configuration().eventBus().publish(GenericEventMessage.asEventMessage(read)
                .andMetaData(commands.metaData(headers.accessReason().orElse(null))));
    }
}
