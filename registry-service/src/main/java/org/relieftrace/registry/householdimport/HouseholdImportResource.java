package org.relieftrace.registry.householdimport;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.smallrye.common.annotation.RunOnVirtualThread;

import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.command.RequestHeaders;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.registry.householdimport.HouseholdImportViews.ImportView;

/**
 * 批量导入 — households from a CSV or XLSX file, one household with its head per row (see {@link ImportFiles} for
 * the columns). Files of up to {@value #SYNCHRONOUS_ROWS} rows are imported while the request waits and answered
 * {@code 200} with the report; larger ones run in the background, answered {@code 202} with a {@code Location} to
 * poll ({@link ImportJobResource}). See {@link HouseholdImports} for the checks, the modes and what a retry does.
 */
@Path("/api/registry/households/import")
@Tag(name = "Households", description = "户籍 — households, persons and payout accounts")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class HouseholdImportResource {

    /** Files with more data rows than this are imported in the background. */
    static final int SYNCHRONOUS_ROWS = 500;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    @Inject
    HouseholdImports imports;

    @Inject
    Commands commands;

    @Inject
    RequestHeaders headers;

    @Inject
    CurrentCaller caller;

    @Inject
    DivisionAccess access;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "importHouseholdsForm", summary = "Import households from a CSV or XLSX file (批量导入)",
            description = "The file in the form part 'file'. Row 1 is the header"
                    + " divisionCode,address,headName,headIdNumber,headPhone[,reason]; every row is checked as POST"
                    + " /households checks a household. ALL_OR_NOTHING imports nothing when a row is invalid;"
                    + " VALID_ROWS_ONLY imports the valid rows. The report names each invalid row (1-based, the"
                    + " header is row 1), field and problem.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "retry key: a retried import"
            + " registers no household twice", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "imported (or, all-or-nothing, refused): the report",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "202", description = "a large file: importing; Location names the job to poll",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "no file, an unreadable file or a wrong header row")
    public Response importForm(@QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") ImportMode mode,
                               @RestForm("file") FileUpload file) {
        if (file == null) {
            throw new InvalidInput("file", "send the file as the form part 'file'");
        }
        String name = file.fileName() == null || file.fileName().isBlank() ? "file" : file.fileName();
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return importFile(name, mode, ImportFiles.read(name, in));
        } catch (IOException e) {
            throw new InvalidInput("file", name + ": cannot be read");
        }
    }

    @POST
    @Consumes({CSV, XLSX})
    @RolesAllowed({"civil-affairs", "admin"})
    @Operation(operationId = "importHouseholdsBody", summary = "Import households from a CSV or XLSX body (批量导入)",
            description = "As the form upload, with the file as the request body.")
    @APIResponse(responseCode = "200", description = "imported (or, all-or-nothing, refused): the report",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "202", description = "a large file: importing; Location names the job to poll",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "an unreadable file or a wrong header row")
    public Response importBody(@QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") ImportMode mode,
                               @NotNull InputStream body) {
        return importFile("request body", mode, ImportFiles.read("request body", body));
    }

    private Response importFile(String name, ImportMode mode, List<ImportRow> rows) {
        access.requireActing();
        Map<Integer, UUID> householdIds = new HashMap<>();
        rows.forEach(row -> householdIds.put(row.row(), commands.newId("import-row-" + row.row())));
        HouseholdImports.Submitter who = new HouseholdImports.Submitter(caller.get(), headers.correlationId(),
                headers.idempotencyKey().orElse(null));
        ImportJob job = imports.start(name, mode, rows.size(), who);
        if (rows.size() <= SYNCHRONOUS_ROWS) {
            imports.run(job, mode, rows, householdIds, who);
            return Response.ok(job.view()).build();
        }
        Thread.ofVirtual().name("household-import-" + job.jobId())
                .start(() -> imports.run(job, mode, rows, householdIds, who));
        return Response.accepted(job.view())
                .location(URI.create(ImportJobResource.PATH + "/" + job.jobId())).build();
    }
}
