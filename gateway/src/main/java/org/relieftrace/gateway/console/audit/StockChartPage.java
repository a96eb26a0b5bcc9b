package org.relieftrace.gateway.console.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.StepChart;
import org.relieftrace.gateway.console.audit.AuditViews.EventView;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;


/**
 * 库存曲线 — the page of {@link StockChart}: pick a depot and an item, see its quantity on hand over time, replayed
 * from the depot's audit history.
 */
@Path("/console/audit/stock-chart")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class StockChartPage {

    /** Pages of {@value #PAGE_SIZE} events read at most, oldest first. */
    static final int PAGE_SIZE = 500;
    static final int MAX_PAGES = 20;

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Directory directory;

    @Inject
    @Location("console/stock-chart.html")
    Template chart;

    @GET
    public TemplateInstance chart(@QueryParam("depot") String depotId, @QueryParam("item") String itemCode) {
        Directory.Depot depot = directory.depot(depotId);
        TemplateInstance page = pages.page(chart).data("depots", directory.depots()).data("depot", depot)
                .data("width", StepChart.WIDTH).data("height", StepChart.HEIGHT);
        if (depot == null) {
            return page.data("items", List.of()).data("item", "").data("chart", null);
        }
        List<EventView> events = history(depot.depotId());
        Set<String> codes = new LinkedHashSet<>();
        for (EventView event : events) {
            String code = event.payload() == null ? "" : event.payload().path("itemCode").asText("");
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        List<Directory.Item> items = new ArrayList<>();
        for (String code : codes) {
            Directory.Item item = directory.items().get(code);
            items.add(item != null ? item : new Directory.Item(code, code, "", null));
        }
        String chosen = itemCode != null && codes.contains(itemCode) ? itemCode
                : codes.isEmpty() ? "" : codes.iterator().next();
        return page.data("items", items).data("item", chosen)
                .data("itemName", chosen.isEmpty() ? "" : directory.itemName(chosen))
                .data("chart", chosen.isEmpty() ? null : StockChart.of(chosen, events));
    }

    private List<EventView> history(String depotId) {
        List<EventView> events = new ArrayList<>();
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                ListPage<EventView> answer = api.list(AuditPages.base("supplies") + "/aggregates/DepotStock/"
                        + depotId + "/events?size=" + PAGE_SIZE + "&page=" + page, EventView.class);
                events.addAll(answer.items());
                if ((page + 1L) * PAGE_SIZE >= answer.total()) {
                    break;
                }
            }
        } catch (ApiProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            // a depot that never received anything has no stock book yet: an empty chart
        }
        return events;
    }
}
