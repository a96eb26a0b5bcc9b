package org.relieftrace.registry.householdimport;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.registry.householdimport.HouseholdImportViews.ImportView;

/**
 * The progress of a household import that runs in the background. Kept in this service instance's memory: a
 * restart forgets it (the households imported so far stay registered: they are events), and so does another
 * instance behind the gateway.
 */
@Path(ImportJobResource.PATH)
@Tag(name = "Households", description = "户籍 — households, persons and payout accounts")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class ImportJobResource {

    static final String PATH = "/api/registry/households/imports";

    @Inject
    HouseholdImports imports;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/{jobId}")
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "getHouseholdImport", summary = "How far a household import got",
            description = "RUNNING or DONE, the rows done, the households imported, the invalid rows and the report."
                    + " Only the user who started it, or an admin.")
    @APIResponse(responseCode = "200", description = "the import's progress and report",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "404", description = "no such import (or it was forgotten by a restart)")
    public ImportView job(@PathParam("jobId") UUID jobId) {
        return imports.find(jobId, caller.get()).map(ImportJob::view)
                .orElseThrow(() -> new NotFound("household import", jobId));
    }
}
