package org.relieftrace.supplies.deadline;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.relieftrace.platform.domain.WorkingDays;

/**
 * 报告时限 — the reporting deadlines of the reserve rules, in working days, as configured (the defaults are the
 * rules' own): a receipt's acceptance report (验收报告, {@code relief.deadlines.acceptance-report-days}, 5) and a
 * dispatch's voucher (运输凭证, {@code relief.deadlines.dispatch-voucher-days}, 2). Working days are counted only by
 * {@link WorkingDays}.
 */
@ApplicationScoped
public class ReportDeadlines {

    /** The configured periods, in working days ({@code relief.deadlines.*}). */
    @ConfigMapping(prefix = "relief.deadlines")
    public interface Settings {

        /** Working days a receipt's acceptance report is due in. */
        @WithDefault("5")
        int acceptanceReportDays();

        /** Working days a dispatch's voucher is due in. */
        @WithDefault("2")
        int dispatchVoucherDays();
    }

    @Inject
    Settings settings;

    ReportDeadlines() {
        // for CDI
    }

    /** Deadlines of these periods (for tests). */
    ReportDeadlines(Settings settings) {
        this.settings = settings;
    }

    /** Working days a receipt's acceptance report is due in. */
    public int acceptanceDays() {
        return settings.acceptanceReportDays();
    }

    /** Working days a dispatch's voucher is due in. */
    public int voucherDays() {
        return settings.dispatchVoucherDays();
    }

    /** The day the acceptance report of goods received on {@code receivedOn} is due (null for null). */
    public LocalDate acceptanceDue(LocalDate receivedOn) {
        return receivedOn == null ? null : WorkingDays.after(receivedOn, acceptanceDays());
    }

    /** The day the voucher of goods dispatched on {@code dispatchedOn} is due (null for null). */
    public LocalDate voucherDue(LocalDate dispatchedOn) {
        return dispatchedOn == null ? null : WorkingDays.after(dispatchedOn, voucherDays());
    }
}
