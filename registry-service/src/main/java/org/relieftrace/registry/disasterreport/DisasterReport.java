package org.relieftrace.registry.disasterreport;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.registry.disasterreport.DisasterReportCommands.FileTownshipReport;
import org.relieftrace.registry.disasterreport.DisasterReportEvents.TownshipReportFiled;
import org.relieftrace.registry.disasterreport.ReportRules.Series;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 乡镇灾情报告 — a township's reports on one disaster (the township is the statistical unit, 统计单位), one series per
 * form: a 初报 first, 续报 as the situation develops, and a 核报 that closes the form's series. Its stream is
 * {@code disaster-report:<disaster>:<township>}.
 */
@AggregateRoot
public class DisasterReport {

    private static final String STREAM_PREFIX = "disaster-report:";

    @AggregateIdentifier
    private String stream;
    private final Map<ReportForm, Series> series = new EnumMap<>(ReportForm.class);

    protected DisasterReport() {
        // for Axon
    }

    /** The event stream of a township's reports on a disaster. */
    public static String streamOf(UUID disasterId, String townshipCode) {
        return STREAM_PREFIX + disasterId + ":" + townshipCode;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public UUID handle(FileTownshipReport command) {
        ReportRules.requireAffected(command.affectedDivisionCodes(), command.townshipCode());
        ReportRules.requireNext(series.getOrDefault(command.form(), Series.NONE), command.kind(), command.asOf(),
                command.disasterStartedAt());
        apply(new TownshipReportFiled(command.reportId(), command.disasterId(), command.townshipCode(),
                command.form(), command.kind(), command.asOf(), new TreeMap<>(command.figures())));
        return command.reportId();
    }

    @EventSourcingHandler
    void on(TownshipReportFiled event) {
        stream = streamOf(event.disasterId(), event.townshipCode());
        series.merge(event.form(), Series.NONE.after(event.kind(), event.asOf()),
                (before, ignored) -> before.after(event.kind(), event.asOf()));
    }
}
