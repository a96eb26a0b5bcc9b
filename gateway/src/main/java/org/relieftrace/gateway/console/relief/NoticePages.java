package org.relieftrace.gateway.console.relief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.Viewer;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 公示与发放名单 — a village's public notices (公示: post its appraised cases, print a posted list as the API's PDF)
 * and its paid list (发放名单, with its PDF). The PDFs come from the relief API with the user's own token and are
 * passed on unchanged.
 */
@Path("/console/relief")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class NoticePages {

    /** A posted list. */
    @TemplateData
    public record Notice(String noticeId, String postedOn, String endsOn, int cases, String total) {
    }

    /** A village to pick. */
    @TemplateData
    public record Village(String code, String name) {
    }

    /** A paid household on the published list. */
    @TemplateData
    public record Paid(String payee, String bank, String account, String amount, String paidOn) {
    }

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    @Location("console/relief-notices.html")
    Template notices;

    @Inject
    @Location("console/relief-paid.html")
    Template paid;

    @GET
    @Path("/notices")
    public TemplateInstance notices(@QueryParam("village") String village) {
        return noticePage(village, null, null);
    }

    @POST
    @Path("/notices")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance post(@RestForm String village, @RestForm String postedOn, @RestForm String days,
                                 @RestForm String reason, @RestForm String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("villageCode", village);
        ReliefFiles.put(body, "postedOn", postedOn);
        ReliefFiles.put(body, "days", days);
        ReliefFiles.put(body, "reason", reason);
        try {
            JsonNode posted = api.post("/api/relief/public-notices", body,
                    ReliefFiles.key(key));
            return noticePage(village, pages.console().text("relief_notice_posted").formatted(
                    posted.path("cases").asInt()), null);
        } catch (ApiProblem problem) {
            return noticePage(village, null, problem);
        }
    }

    @GET
    @Path("/notices/{noticeId}/pdf")
    @Produces("application/pdf")
    public Response noticePdf(@PathParam("noticeId") UUID noticeId) {
        return ReliefFiles.passOn(api.download("/api/relief/public-notices/" + noticeId + "/pdf"));
    }

    @GET
    @Path("/paid")
    public TemplateInstance paidList(@QueryParam("village") String village) {
        List<Village> villages = villages();
        String chosen = chosen(village, villages);
        List<Paid> rows = new ArrayList<>();
        String total = "";
        if (!chosen.isEmpty()) {
            JsonNode list = api.get("/api/relief/paid-lists?village=" + chosen);
            list.path("entries").forEach(e -> rows.add(new Paid(e.path("payeeName").asText(), e.path("bank").asText(),
                    e.path("maskedAccount").asText(), Formats.yuan(e.path("amountFen").asLong()),
                    e.path("paidOn").asText(""))));
            total = Formats.yuan(list.path("totalFen").asLong());
        }
        return pages.page(paid).data("villages", villages).data("village", chosen).data("rows", rows)
                .data("total", total);
    }

    @GET
    @Path("/paid/pdf")
    @Produces("application/pdf")
    public Response paidPdf(@QueryParam("village") String village) {
        return ReliefFiles.passOn(api.download("/api/relief/paid-lists/pdf?village=" + ReliefFiles.code(village)));
    }

    private TemplateInstance noticePage(String village, String done, ApiProblem problem) {
        List<Village> villages = villages();
        String chosen = chosen(village, villages);
        List<Notice> rows = new ArrayList<>();
        if (!chosen.isEmpty()) {
            for (JsonNode n : api.get("/api/relief/public-notices?village=" + chosen)) {
                long total = 0;
                for (JsonNode entry : n.path("entries")) {
                    total += entry.path("proposedAmountFen").asLong();
                }
                rows.add(new Notice(n.path("noticeId").asText(), n.path("postedOn").asText(),
                        n.path("endsOn").asText(), n.path("entries").size(), Formats.yuan(total)));
            }
        }
        Viewer viewer = pages.console().viewer();
        return pages.page(notices).data("villages", villages).data("village", chosen).data("rows", rows)
                .data("done", done).data("problem", problem).data("today", Formats.today().toString())
                .data("posts", ReliefAccess.handlesCases(viewer)).data("key", UUID.randomUUID().toString());
    }

    private List<Village> villages() {
        String mine = pages.console().viewer().division();
        List<Village> villages = new ArrayList<>();
        if (mine == null) {
            return villages;
        }
        for (JsonNode d : api.get("/api/registry/divisions/" + mine + "/subtree").path("items")) {
            if ("VILLAGE".equals(d.path("level").asText())) {
                villages.add(new Village(d.path("code").asText(), d.path("name").asText()));
            }
        }
        return villages;
    }

    private static String chosen(String village, List<Village> villages) {
        if (village != null && villages.stream().anyMatch(v -> v.code().equals(village))) {
            return village;
        }
        return villages.isEmpty() ? "" : villages.get(0).code();
    }
}
