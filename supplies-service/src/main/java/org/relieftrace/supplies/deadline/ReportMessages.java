package org.relieftrace.supplies.deadline;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** The commands and events of the reports that the reserve rules give a deadline (时限报告). */
public final class ReportMessages {

    private ReportMessages() {
    }

    /** 验收报告 of a receipt (within 5 working days), or 运输凭证 of a dispatched transfer (within 2). */
    public enum ReportKind { ACCEPTANCE, DISPATCH_VOUCHER }

    /** Files the report about a receipt or a transfer; {@code reportId} is {@code report:<kind>:<subject>}. */
    public record FileReport(@TargetAggregateIdentifier String reportId, ReportKind kind, UUID subjectId,
                             UUID depotId, String filedBy, String result, String notes, LocalDate filedOn) {
    }

    /** The report was filed: who, the result (验收结论 or voucher number) and notes; it clears the deadline. */
    @Revision("1")
    public record ReportFiled(String reportId, ReportKind kind, UUID subjectId, UUID depotId, String filedBy,
                              String result, String notes, LocalDate filedOn) {
    }

    /** The aggregate identifier of the report of this kind about this subject. */
    public static String reportId(ReportKind kind, UUID subjectId) {
        return "report:" + kind + ":" + subjectId;
    }
}
