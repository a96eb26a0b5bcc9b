package org.relieftrace.gateway.console.reversal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Forms;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.Submission;
import org.relieftrace.gateway.console.reversal.ReversalViews.ReversalView;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

import static org.relieftrace.gateway.console.Forms.key;
import static org.relieftrace.gateway.console.Forms.one;
import static org.relieftrace.gateway.console.Forms.put;

/**
 * 冲正 — the reversal of a receipt or a distribution in the console: its status, who asked and why, who decided, and
 * a form for each step the view's {@code actions} name (ask with a reason, approve, reject with a reason). Everything
 * goes to {@code /api/supplies/depots/{id}/receipts|distributions/{record}/reversal}; a refusal shows the API's
 * message on the same page.
 */
@Path("/console/reversals/{records}/{depotId}/{recordId}")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class ReversalPages {

    /** The records a reversal may name: the path segment of the API. */
    private static final Set<String> RECORDS = Set.of("receipts", "distributions");
    /** The steps, as the view's actions name them: the last segment of the API path after {@code reversal}. */
    private static final Set<String> STEPS = Set.of("reversal", "approval", "rejection");

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    @Location("console/reversal.html")
    Template page;

    @GET
    public TemplateInstance reversal(@PathParam("records") String records, @PathParam("depotId") UUID depotId,
                                     @PathParam("recordId") UUID recordId) {
        return show(records, depotId, recordId, null);
    }

    @POST
    @Path("/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("records") String records, @PathParam("depotId") UUID depotId,
                         @PathParam("recordId") UUID recordId, @PathParam("step") String step,
                         MultivaluedMap<String, String> fields) {
        if (!STEPS.contains(step)) {
            throw new NotFoundException();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "reason", one(fields, "reason"));
        String path = api(records, depotId, recordId) + ("reversal".equals(step) ? "" : "/" + step);
        return Submission.send(() -> {
            api.post(path, body, key(fields));
            return "/console/reversals/" + records + "/" + depotId + "/" + recordId;
        }, problem -> show(records, depotId, recordId, problem));
    }

    private static String api(String records, UUID depotId, UUID recordId) {
        if (!RECORDS.contains(records)) {
            throw new NotFoundException();
        }
        return "/api/supplies/depots/" + depotId + "/" + records + "/" + recordId + "/reversal";
    }

    private TemplateInstance show(String records, UUID depotId, UUID recordId, ApiProblem problem) {
        ReversalView reversal = api.get(api(records, depotId, recordId), ReversalView.class);
        return pages.page(page).data("reversal", reversal).data("records", records).data("depotId", depotId)
                .data("problem", problem).data("key", Forms.newKey())
                .data("self", "/console/reversals/" + records + "/" + depotId + "/" + recordId);
    }
}
