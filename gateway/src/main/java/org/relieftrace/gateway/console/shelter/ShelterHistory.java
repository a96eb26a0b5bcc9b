package org.relieftrace.gateway.console.shelter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.TemplateData;

import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.StepChart;
import org.relieftrace.gateway.console.shelter.ShelterViews.OccupancyPoint;
import org.relieftrace.gateway.console.shelter.ShelterViews.ShelterView;

/**
 * 安置人数变化 and 场所物资发放 — what a shelter's page shows of its past: the occupancy after every check-in and
 * check-out as a step line, and what the shelter's own depot (its supplies on site) handed out, per item.
 */
@ApplicationScoped
public class ShelterHistory {

    /** At most this many points of occupancy and lines of distribution are read for one page. */
    static final int READ = 2000;
    private static final int PAGE = 500;

    /** What the shelter's depot handed out of one item, in all. */
    @TemplateData
    public record Handed(String itemCode, String itemName, long quantity) {
    }

    /** One line of a depot's distributions, with the fields this page adds up. */
    public record DistributionLine(String itemCode, long quantity) {
    }

    @Inject
    ConsoleApi api;

    @Inject
    Directory directory;

    /** The shelter's occupancy over time, oldest first. */
    public StepChart occupancy(ShelterView shelter) {
        List<Instant> times = new ArrayList<>();
        List<Long> people = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int page = 0; page * PAGE < READ; page++) {
            List<OccupancyPoint> points = api.list("/api/registry/shelters/" + shelter.shelterId()
                    + "/occupancy?size=" + PAGE + "&page=" + page, OccupancyPoint.class).items();
            for (OccupancyPoint point : points) {
                times.add(Instant.parse(point.at()));
                people.add((long) point.occupancy());
                labels.add("");
            }
            if (points.size() < PAGE) {
                break;
            }
        }
        return StepChart.of(times, people, labels);
    }

    /**
     * What the shelter's depot handed out, per item ({@code null}: the shelter has no depot of its own, or the user
     * may not read that depot's distributions).
     */
    public List<Handed> handedOut(ShelterView shelter) {
        if (shelter.depotId() == null) {
            return null;
        }
        Map<String, Long> totals = new TreeMap<>();
        try {
            for (int page = 0; page * PAGE < READ; page++) {
                List<DistributionLine> lines = api.list("/api/supplies/depots/" + shelter.depotId()
                        + "/distributions?size=" + PAGE + "&page=" + page, DistributionLine.class).items();
                lines.forEach(line -> totals.merge(line.itemCode(), line.quantity(), Long::sum));
                if (lines.size() < PAGE) {
                    break;
                }
            }
        } catch (ApiProblem refused) {
            if (refused.status() == 403) {
                return null;
            }
            throw refused;
        }
        List<Handed> handed = new ArrayList<>();
        totals.forEach((item, quantity) -> handed.add(new Handed(item, directory.itemName(item), quantity)));
        return handed;
    }
}
