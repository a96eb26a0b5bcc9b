package org.relieftrace.gateway.console.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Forms;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.audit.AuditViews.BrokenView;
import org.relieftrace.gateway.console.audit.AuditViews.EventView;
import org.relieftrace.gateway.console.audit.AuditViews.ProjectionView;
import org.relieftrace.gateway.console.audit.AuditViews.StateView;
import org.relieftrace.gateway.console.audit.AuditViews.VerifyView;
import org.relieftrace.gateway.console.export.Paging;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * 审计 — the auditor's pages over the audit API of each service: a record's history as a timeline (who, role,
 * division, when, why), the record as it stood at a chosen moment, the global event stream with filters, hash-chain
 * verification with the export, and the state of every projection (which an admin may replay).
 */
@Path("/console/audit")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class AuditPages {

    /** The services whose audit API the console reads, by the key of their base path. */
    static final List<String> SERVICES = List.of("supplies", "registry", "relief");

    /** One event in a timeline or the stream. */
    @TemplateData
    public record Entry(long sequence, long globalIndex, String event, String at, String rawAt, String username,
                        String roles, String division, String reason, String aggregateType, String aggregateId,
                        String hash, List<Map.Entry<String, String>> fields) {
    }

    /** One projection of one service. */
    @TemplateData
    public record Projection(String service, String name, boolean running, boolean error, boolean replaying,
                             int segments, long lag) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    @Location("console/audit-history.html")
    Template history;

    @Inject
    @Location("console/audit-state.html")
    Template state;

    @Inject
    @Location("console/audit-events.html")
    Template events;

    @Inject
    @Location("console/audit-verify.html")
    Template verify;

    @Inject
    @Location("console/audit-projections.html")
    Template projections;

    @GET
    @Path("/history")
    public TemplateInstance history(@QueryParam("service") @DefaultValue("supplies") String service,
                                    @QueryParam("type") String type, @QueryParam("id") String id,
                                    @QueryParam("page") @DefaultValue("0") int page) {
        String svc = service(service);
        TemplateInstance view = pages.page(history).data("services", SERVICES).data("service", svc)
                .data("type", blank(type)).data("id", blank(id)).data("now", Formats.nowForInput()).data("page", page);
        if (blank(type).isEmpty() || blank(id).isEmpty()) {
            return view.data("entries", null).data("total", 0).data("more", false);
        }
        ListPage<EventView> answer;
        try {
            answer = api.list(base(svc) + "/aggregates/" + enc(type.strip()) + "/" + enc(id.strip())
                    + "/events?size=200&page=" + page, EventView.class);
        } catch (ApiProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            return view.data("entries", List.of()).data("total", 0).data("more", false);
        }
        List<Entry> entries = entries(answer.items());
        long total = answer.total();
        return view.data("entries", entries).data("total", total).data("more", (page + 1) * 200L < total);
    }

    @GET
    @Path("/state")
    public TemplateInstance stateAt(@QueryParam("service") @DefaultValue("supplies") String service,
                                    @QueryParam("type") String type, @QueryParam("id") String id,
                                    @QueryParam("at") String at) {
        String svc = service(service);
        String instant = Formats.shanghaiInputToInstant(at);
        StateView answer = api.get(base(svc) + "/aggregates/" + enc(blank(type)) + "/" + enc(blank(id)) + "/state"
                + (instant == null ? "" : "?at=" + enc(instant)), StateView.class);
        return pages.page(state).data("service", svc).data("type", type).data("id", id)
                .data("at", at == null || at.isBlank() ? Formats.nowForInput() : at)
                .data("atShown", Formats.time(answer.at()))
                .data("eventsApplied", answer.eventsApplied())
                .data("lastSequence", answer.lastSequence())
                .data("lastEventAt", Formats.time(answer.lastEventTimestamp() == null ? ""
                        : answer.lastEventTimestamp()))
                .data("fields", fields(answer.state()));
    }

    @GET
    @Path("/events")
    public TemplateInstance stream(@QueryParam("service") @DefaultValue("supplies") String service,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("type") String type, @QueryParam("user") String user,
                                   @QueryParam("division") String division,
                                   @QueryParam("page") @DefaultValue("0") int page) {
        String svc = service(service);
        ListPage<EventView> answer = api.list(Paging.page(eventsPath(svc, from, to, type, user, division), 100, page),
                EventView.class);
        long total = answer.total();
        String again = "service=" + svc + "&from=" + enc(blank(from)) + "&to=" + enc(blank(to)) + "&type="
                + enc(blank(type)) + "&user=" + enc(blank(user)) + "&division=" + enc(blank(division));
        return pages.page(events).data("services", SERVICES).data("service", svc).data("from", blank(from))
                .data("to", blank(to)).data("type", blank(type)).data("user", blank(user))
                .data("division", blank(division)).data("entries", entries(answer.items())).data("total", total)
                .data("page", page).data("more", (page + 1) * 100L < total).data("again", again);
    }

    @GET
    @Path("/verify")
    public TemplateInstance verify(@QueryParam("service") @DefaultValue("supplies") String service,
                                   @QueryParam("aggregate") String aggregate,
                                   @QueryParam("fromIndex") String fromIndex, @QueryParam("toIndex") String toIndex,
                                   @QueryParam("run") String run) {
        String svc = service(service);
        TemplateInstance view = pages.page(verify).data("services", SERVICES).data("service", svc)
                .data("aggregate", blank(aggregate)).data("fromIndex", blank(fromIndex))
                .data("toIndex", blank(toIndex));
        if (run == null) {
            return view.data("report", null).data("broken", List.of());
        }
        StringBuilder query = new StringBuilder("/verify?");
        if (!blank(aggregate).isEmpty()) {
            query.append("aggregate=").append(enc(blank(aggregate)));
        } else {
            if (!blank(fromIndex).isEmpty()) {
                query.append("fromIndex=").append(enc(blank(fromIndex))).append('&');
            }
            if (!blank(toIndex).isEmpty()) {
                query.append("toIndex=").append(enc(blank(toIndex)));
            }
        }
        VerifyView report = api.get(base(svc) + query, VerifyView.class);
        List<Map<String, String>> broken = new ArrayList<>();
        for (BrokenView event : report.broken()) {
            broken.add(Map.of("aggregateId", text(event.aggregateId()), "sequence", text(event.sequence()),
                    "globalIndex", text(event.globalIndex()), "reason", text(event.reason())));
        }
        return view.data("report", Map.of("intact", report.intact(), "events", report.eventsChecked(),
                        "aggregates", report.aggregatesChecked()))
                .data("broken", broken);
    }

    @POST
    @Path("/projections/{service}/{name}/replay")
    public TemplateInstance replay(@PathParam("service") String service, @PathParam("name") String name) {
        String svc = service(service);
        String started = null;
        ApiProblem refused = null;
        try {
            api.post(base(svc) + "/projections/" + enc(name) + "/replay", Map.of(), Forms.newKey());
            started = name;
        } catch (ApiProblem problem) {
            refused = problem;
        }
        return projections().data("started", started).data("problem", refused);
    }

    @GET
    @Path("/projections")
    public TemplateInstance projections() {
        List<Projection> found = new ArrayList<>();
        List<Map<String, Object>> failures = new ArrayList<>();
        for (String svc : SERVICES) {
            try {
                for (ProjectionView p : api.list(base(svc) + "/projections?size=500", ProjectionView.class).items()) {
                    found.add(new Projection(svc, p.name(), p.running(), p.error(), p.replaying(), p.segmentsHere(),
                            p.lag()));
                }
            } catch (ApiProblem problem) {
                failures.add(Map.of("service", svc, "problem", problem));
            }
        }
        return pages.page(projections).data("projections", found).data("failures", failures).data("started", null)
                .data("problem", null);
    }

    /** Events of an audit page, newest last, with who/when/why pulled out of the metadata. */
    static List<Entry> entries(List<EventView> events) {
        List<Entry> entries = new ArrayList<>();
        for (EventView event : events) {
            JsonNode meta = event.metaData() == null ? MissingNode.getInstance() : event.metaData();
            entries.add(new Entry(event.sequence(), event.globalIndex(), event.name(),
                    Formats.time(event.timestamp()), event.timestamp(), meta.path("username").asText(""),
                    roles(meta.path("roles")), meta.path("division").asText(""), meta.path("reason").asText(""),
                    text(event.aggregateType()), text(event.aggregateId()), text(event.hash()),
                    fields(event.payload())));
        }
        return entries;
    }

    static String roles(JsonNode roles) {
        if (roles.isArray()) {
            List<String> names = new ArrayList<>();
            roles.forEach(role -> names.add(role.asText()));
            return Formats.modelRoles(String.join(",", names));
        }
        return Formats.modelRoles(roles.asText(""));
    }

    static List<Map.Entry<String, String>> fields(JsonNode object) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        if (object != null) {
            object.fields().forEachRemaining(field -> {
                JsonNode value = field.getValue();
                if (!value.isNull()) {
                    fields.add(Map.entry(field.getKey(), value.isValueNode() ? value.asText() : value.toString()));
                }
            });
        }
        return fields;
    }

    /** The global stream of a service with the page's filters (times typed in Shanghai time), without paging. */
    static String eventsPath(String svc, String from, String to, String type, String user, String division) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("from", Formats.shanghaiInputToInstant(from));
        filters.put("to", Formats.shanghaiInputToInstant(to));
        filters.put("type", blank(type));
        filters.put("user", blank(user));
        filters.put("division", blank(division));
        List<String> query = new ArrayList<>();
        filters.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                query.add(name + "=" + enc(value));
            }
        });
        return base(svc) + "/events" + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    static String base(String service) {
        return "/api/" + service + "/audit";
    }

    static String service(String service) {
        return SERVICES.contains(service) ? service : "supplies";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
