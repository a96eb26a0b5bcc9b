package org.relieftrace.gateway.console;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.RunOnVirtualThread;

/**
 * 控制台 — the entry of the web console: {@code /} and {@code /console} send a user to the first page of their
 * role; {@code /console/lang/{zh|en}} switches the language and returns to the page the user came from.
 */
@Path("/")
@RunOnVirtualThread
public class ConsoleResource {

    @Inject
    Console console;

    @Inject
    Pages pages;

    @Inject
    @Location("console/none.html")
    Template none;

    @GET
    public Response root() {
        return Response.seeOther(URI.create("/console")).build();
    }

    @GET
    @Path("/console")
    public Response home() {
        return Response.seeOther(URI.create(Navigation.home(console.viewer()))).build();
    }

    @GET
    @Path("/console/none")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance nothingForThisRole() {
        return pages.page(none);
    }

    @GET
    @Path("/console/lang/{lang}")
    public Response language(@PathParam("lang") String lang, @HeaderParam("Referer") String referer) {
        String chosen = "en".equals(lang) ? "en" : "zh";
        String back = referer != null && URI.create(referer).getPath() != null
                && URI.create(referer).getPath().startsWith("/console") ? URI.create(referer).getRawPath()
                + (URI.create(referer).getRawQuery() == null ? "" : "?" + URI.create(referer).getRawQuery())
                : "/console";
        return Response.seeOther(URI.create(back))
                .cookie(new NewCookie.Builder(Console.LANG_COOKIE).value(chosen).path("/").maxAge(365 * 24 * 3600)
                        .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build())
                .build();
    }
}
