package org.relieftrace.gateway.console.reserve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.gateway.console.ConsoleApi;
import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.Pages;
import org.relieftrace.gateway.console.reserve.ReserveViews.AgreementStanding;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

/**
 * 协议储备 — the agreement reserves of the user's division with, per item, what is agreed, called off and left
 * ({@code GET /api/supplies/reserve-agreements}); a user who receives goods gets a link to the receipt form with the
 * agreement filled in, so that a call-off (协议储备调用) names its agreement.
 */
@Path("/console/reserves")
@Produces(MediaType.TEXT_HTML)
@RunOnVirtualThread
public class AgreementPages {

    @Inject
    Pages pages;

    @Inject
    ConsoleApi api;

    @Inject
    Directory directory;

    @Inject
    @Location("console/reserve-agreements.html")
    Template list;

    @GET
    public TemplateInstance agreements(@QueryParam("division") String division,
                                       @QueryParam("inForce") boolean inForce) {
        String scope = DivisionCode.isValid(division) ? division : pages.console().viewer().division();
        List<AgreementStanding> agreements = api.list("/api/supplies/reserve-agreements?size=500&inForce=" + inForce
                + (scope == null ? "" : "&division=" + scope), AgreementStanding.class).items();
        return pages.page(list).data("agreements", agreements).data("division", scope == null ? "" : scope)
                .data("inForce", inForce).data("names", names());
    }

    private Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        directory.items().forEach((code, item) -> names.put(code, item.name()));
        return names;
    }
}
