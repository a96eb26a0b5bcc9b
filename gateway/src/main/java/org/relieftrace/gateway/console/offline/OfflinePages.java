package org.relieftrace.gateway.console.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.relieftrace.gateway.console.Pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * 离线录入 — what makes the console usable in a village without a network: the waiting list (离线待发送) of the
 * entries the browser keeps until it can send them, the service worker that keeps the app shell and the last-seen
 * form pages, and the web app manifest that lets a tablet install the console. The list itself is drawn in the
 * browser from its own store; the server only draws the frame and the texts.
 */
@Path("/console/offline")
public class OfflinePages {

    /** The service worker's scope: the console, nothing else of the gateway. */
    public static final String SCOPE = "/console/";

    /** The manifest's media type (W3C Web App Manifest). */
    public static final String MANIFEST_TYPE = "application/manifest+json";

    @Inject
    Pages pages;

    @Inject
    @Location("console/offline.html")
    Template offline;

    /** The waiting list: entries kept in this browser, their state, and what a refusal said. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance waiting() {
        return pages.page(offline);
    }

    /**
     * The service worker, served from a resource (not as a static file) so that its headers are ours: scope
     * {@code /console/}, never kept by the browser's HTTP cache (so an update is seen at once), and the console's
     * policy, which lets it fetch from this origin only.
     */
    @GET
    @Path("/sw.js")
    @Produces("text/javascript")
    public Response serviceWorker() {
        return Response.ok(resource("console-offline/sw.js"), "text/javascript; charset=utf-8")
                .header("Service-Worker-Allowed", SCOPE)
                .header("Cache-Control", "no-cache")
                .build();
    }

    /** The web app manifest: name, icons, theme colour, start page and scope. */
    @GET
    @Path("/manifest.webmanifest")
    @Produces(MANIFEST_TYPE)
    public Response manifest() {
        return Response.ok(resource("console-offline/manifest.webmanifest"), MANIFEST_TYPE + "; charset=utf-8")
                .build();
    }

    private static byte[] resource(String name) {
        try (InputStream in = OfflinePages.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
