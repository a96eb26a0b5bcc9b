package org.relieftrace.gateway.console.audit;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.audit.AuditPages.Entry;
import org.relieftrace.gateway.console.audit.AuditViews.EventView;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Paging;
import org.relieftrace.gateway.console.export.Sheet;

import io.smallrye.common.annotation.RunOnVirtualThread;

/**
 * 审计事件导出 — the global event stream of a service with the stream page's filters, every page of it, as the
 * page lists it (who, role, division, when, why), as Excel.
 */
@Path("/console/audit/events/export.xlsx")
@RunOnVirtualThread
public class AuditExport {

    @Inject
    ConsoleApi api;

    @Inject
    Excel excel;

    @GET
    @Produces(Excel.XLSX)
    public Response events(@QueryParam("service") @DefaultValue("supplies") String service,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("type") String type, @QueryParam("user") String user,
                           @QueryParam("division") String division) {
        String svc = AuditPages.service(service);
        Paging.All<EventView> all = Paging.all(api, AuditPages.eventsPath(svc, from, to, type, user, division),
                EventView.class);
        String title = excel.t("nav_audit_events") + " · " + svc;
        return excel.file(List.of(excel.t("nav_audit_events"), svc), Sheet.of(title, AuditPages.entries(all.items()))
                .number("#", Entry::globalIndex).date(excel.t("when"), Entry::at)
                .text(excel.t("event_type"), Entry::event).text(excel.t("record"), Entry::aggregateType)
                .text(excel.t("export_record_id"), Entry::aggregateId).text(excel.t("user"), Entry::username)
                .text(excel.t("export_roles"), Entry::roles).text(excel.t("division"), Entry::division)
                .text(excel.t("reason"), Entry::reason).note(excel.cutNote(all)));
    }
}
