package org.relieftrace.gateway.console.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.RegistryViews.DivisionView;
import org.relieftrace.gateway.console.export.Excel;
import org.relieftrace.gateway.console.export.Sheet;
import org.relieftrace.gateway.console.shelter.ShelterViews.ShelterView;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 战备 and 应急资源配置图 — the readiness of the user's division (per item: on hand, reserved, in transit, expiring
 * within 90 days, expired, norm and gap, gaps marked; beside them callable under agreement reserves and producible
 * within N days under capacity agreements) and the resource map: the depots of {@code GET
 * /api/supplies/map} as points of an inline SVG, longitude and latitude projected plainly into the box (no map tiles),
 * each with its stock, and the division's shelters beside them as squares with their occupancy.
 */
@Path("/console/readiness")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class ReadinessPages {

    /** The map's SVG view box. */
    static final int WIDTH = 900;
    static final int HEIGHT = 560;
    static final int MARGIN = 60;

    /** One item's readiness. */
    @TemplateData
    public record ItemRow(String code, String name, long onHand, long reserved, long inTransit, long expiring,
                         long expired, long norm, long gap, long callable, long producible) {
    }

    /** One depot on the map: its point in the view box and its stock. */
    @TemplateData
    public record Point(String id, String code, String name, String tier, double x, double y, long total,
                        double r, String stock) {
    }

    /** A shelter on the map (应急避难场所): its point in the view box, its occupancy against its capacity. */
    @TemplateData
    public record ShelterPoint(ShelterView shelter, double x, double y) {

        /** The square's corner, 7 units up and left of the point. */
        public double left() {
            return round(x - 7);
        }

        public double top() {
            return round(y - 7);
        }
    }

    /**
     * 战备 — a division's readiness per item: on hand, reserved, in transit, expiring, expired, norm and gap; callable
     * under agreement reserves (协议储备) and producible within the asked days (产能储备).
     */
    public record ItemReadiness(String itemCode, long onHand, long reserved, long inTransit, long expiringIn90Days,
                                long expired, long norm, long gap, long callable, long producible) {
    }

    /** 物资保障 — the readiness of a division (and below) as of a day; producible counts {@code withinDays}. */
    public record Readiness(String division, String asOf, int withinDays, List<ItemReadiness> items) {

        public Readiness {
            items = items == null ? List.of() : items;
        }
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Directory directory;

    @Inject
    Excel excel;

    @Inject
    @Location("console/readiness.html")
    Template readiness;

    @Inject
    @Location("console/resource-map.html")
    Template map;

    @GET
    public TemplateInstance readiness(@QueryParam("division") String division,
                                      @QueryParam("withinDays") String withinDays) {
        String scope = scope(division);
        Readiness answer = answer(scope, withinDays);
        List<ItemRow> rows = rows(answer);
        long gaps = rows.stream().filter(row -> row.gap() > 0).count();
        String shown = answer.division() == null ? scope : answer.division();
        return pages.page(readiness).data("rows", rows).data("gaps", gaps).data("division", shown)
                .data("divisionName", divisionName(shown))
                .data("asOf", answer.asOf() == null ? "" : answer.asOf()).data("withinDays", answer.withinDays());
    }

    /** 战备物资导出 — the division's readiness per item against its norms, as the page shows it, as Excel. */
    @GET
    @Path("/export.xlsx")
    @Produces(Excel.XLSX)
    public Response export(@QueryParam("division") String division,
                           @QueryParam("withinDays") String withinDays) {
        String scope = scope(division);
        Readiness answer = answer(scope, withinDays);
        String shown = answer.division() == null ? scope : answer.division();
        String name = divisionName(shown);
        return excel.file(List.of(excel.t("readiness_title"), name), Sheet.of(excel.t("readiness_title") + " · "
                        + name + " · " + excel.t("readiness_as_of") + " " + (answer.asOf() == null ? ""
                        : answer.asOf()), rows(answer))
                .text(excel.t("item"), ItemRow::name).text(excel.t("export_item_code"), ItemRow::code)
                .number(excel.t("on_hand"), ItemRow::onHand).number(excel.t("reserved"), ItemRow::reserved)
                .number(excel.t("in_transit"), ItemRow::inTransit)
                .number(excel.t("expiring_ninety"), ItemRow::expiring).number(excel.t("expired"), ItemRow::expired)
                .number(excel.t("norm"), ItemRow::norm).number(excel.t("gap"), ItemRow::gap)
                .number(excel.t("readiness_callable"), ItemRow::callable)
                .number(String.format(excel.t("readiness_producible"), answer.withinDays()), ItemRow::producible));
    }

    /** The readiness of the scope, counting what capacity agreements produce within the asked days (3 if none). */
    private Readiness answer(String scope, String withinDays) {
        String days = withinDays != null && withinDays.matches("\\d{1,3}") ? withinDays : "3";
        return api.get("/api/supplies/readiness?withinDays=" + days + (scope.isEmpty() ? "" : "&division=" + scope),
                Readiness.class);
    }

    private List<ItemRow> rows(Readiness answer) {
        List<ItemRow> rows = new ArrayList<>();
        for (ItemReadiness item : answer.items()) {
            rows.add(new ItemRow(item.itemCode(), directory.itemName(item.itemCode()), item.onHand(),
                    item.reserved(), item.inTransit(), item.expiringIn90Days(), item.expired(), item.norm(),
                    item.gap(), item.callable(), item.producible()));
        }
        return rows;
    }

    @GET
    @Path("/map")
    public TemplateInstance map(@QueryParam("division") String division) {
        String scope = scope(division);
        JsonNode answer = api.get("/api/supplies/map" + (scope.isEmpty() ? "" : "?division=" + scope));
        List<JsonNode> placed = new ArrayList<>();
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (JsonNode feature : answer.path("features")) {
            JsonNode coordinates = feature.path("geometry").path("coordinates");
            if (coordinates.size() == 2) {
                placed.add(feature);
                minLon = Math.min(minLon, coordinates.get(0).asDouble());
                maxLon = Math.max(maxLon, coordinates.get(0).asDouble());
                minLat = Math.min(minLat, coordinates.get(1).asDouble());
                maxLat = Math.max(maxLat, coordinates.get(1).asDouble());
            }
        }
        List<ShelterView> shelters = api.list("/api/registry/shelters?size=500"
                + (scope.isEmpty() ? "" : "&division=" + scope), ShelterView.class).items().stream()
                .filter(shelter -> shelter.latitude() != null && shelter.longitude() != null).toList();
        for (ShelterView shelter : shelters) {
            minLon = Math.min(minLon, shelter.longitude());
            maxLon = Math.max(maxLon, shelter.longitude());
            minLat = Math.min(minLat, shelter.latitude());
            maxLat = Math.max(maxLat, shelter.latitude());
        }
        double lonSpan = Math.max(1e-6, maxLon - minLon);
        double latSpan = Math.max(1e-6, maxLat - minLat);
        // one scale for both axes, longitude shortened by the cosine of the latitude, so that distances look right
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double scale = Math.min((WIDTH - 2 * MARGIN) / (lonSpan * cos), (HEIGHT - 2 * MARGIN) / latSpan);
        List<Point> points = new ArrayList<>();
        for (JsonNode feature : placed) {
            JsonNode coordinates = feature.path("geometry").path("coordinates");
            JsonNode properties = feature.path("properties");
            double x = MARGIN + (coordinates.get(0).asDouble() - minLon) * cos * scale;
            double y = HEIGHT - MARGIN - (coordinates.get(1).asDouble() - minLat) * scale;
            long total = 0;
            StringBuilder stock = new StringBuilder();
            for (JsonNode item : properties.path("items")) {
                long onHand = item.path("onHand").asLong();
                total += onHand;
                if (onHand > 0) {
                    stock.append(stock.isEmpty() ? "" : ", ")
                            .append(directory.itemName(item.path("itemCode").asText())).append(' ').append(onHand);
                }
            }
            points.add(new Point(properties.path("depotId").asText(), properties.path("code").asText(),
                    properties.path("name").asText(), properties.path("tier").asText(), round(x), round(y), total,
                    radius(total), stock.toString()));
        }
        List<ShelterPoint> shelterPoints = new ArrayList<>();
        for (ShelterView shelter : shelters) {
            shelterPoints.add(new ShelterPoint(shelter, round(MARGIN + (shelter.longitude() - minLon) * cos * scale),
                    round(HEIGHT - MARGIN - (shelter.latitude() - minLat) * scale)));
        }
        String shown = scope.isEmpty() ? pages.console().viewer().division() : scope;
        return pages.page(map).data("points", points).data("shelters", shelterPoints)
                .data("width", WIDTH).data("height", HEIGHT)
                .data("unplaced", answer.path("features").size() - placed.size())
                .data("divisionName", shown == null ? "" : divisionName(shown));
    }

    private String scope(String division) {
        if (DivisionCode.isValid(division)) {
            return division;
        }
        String mine = pages.console().viewer().division();
        return mine == null ? "" : mine;
    }

    private String divisionName(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        try {
            String name = api.get("/api/registry/divisions/" + code, DivisionView.class).name();
            return name == null ? code : name;
        } catch (ApiProblem unknown) {
            return code;
        }
    }

    /** Radius of a depot's dot: grows with the square root of its stock, between 5 and 18. */
    static double radius(long total) {
        return Math.round(Math.min(18, 5 + Math.sqrt(total) / 4) * 10) / 10.0;
    }

    private static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.1f", value));
    }
}
