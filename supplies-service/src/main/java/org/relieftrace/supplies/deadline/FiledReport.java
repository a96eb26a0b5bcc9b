package org.relieftrace.supplies.deadline;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.supplies.deadline.ReportMessages.FileReport;
import org.relieftrace.supplies.deadline.ReportMessages.ReportFiled;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** 时限报告 — the one acceptance report of a receipt, or the one dispatch voucher of a transfer; filed once. */
@AggregateRoot
@Revision("1")
public class FiledReport {

    @AggregateIdentifier
    private String reportId;
    private boolean filed;

    protected FiledReport() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(FileReport command) {
        if (filed) {
            throw new DomainRuleViolation("report-already-filed", "The " + command.kind() + " report of "
                    + command.subjectId() + " is already filed", command.subjectId());
        }
        apply(new ReportFiled(command.reportId(), command.kind(), command.subjectId(), command.depotId(),
                command.filedBy(), command.result(), command.notes(), command.filedOn()));
    }

    @EventSourcingHandler
    void on(ReportFiled event) {
        reportId = event.reportId();
        filed = true;
    }
}
