package org.relieftrace.registry.catalog;


import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.RunOnVirtualThread;
import io.smallrye.mutiny.Uni;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.request.Created;
import org.relieftrace.platform.request.OptionalParameter;
import org.relieftrace.platform.security.ActsIn;
import org.relieftrace.registry.catalog.CatalogCommands.RegisterCatalogItem;
import org.relieftrace.registry.catalog.CatalogRequests.CatalogItemRequest;
import org.relieftrace.registry.catalog.CatalogViews.CatalogItemRegisteredAnswer;
import org.relieftrace.registry.catalog.CatalogViews.CatalogItemView;

/**
 * 物资目录 — the supply catalog: what relief goods exist, how they are counted and how long they keep. Registering
 * runs on a virtual thread; the reads are served without blocking, from the catalog read model.
 */
@Path("/api/registry/catalog/items")
@Tag(name = "Catalog", description = "物资目录 — the supply catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    Commands commands;

    @Inject
    CatalogQueries catalog;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RunOnVirtualThread
    @RolesAllowed("admin")
    @ActsIn
    @Operation(operationId = "registerCatalogItem", summary = "Enter a supply item into the catalog (物资目录登记)",
            description = "Send an Idempotency-Key header to make retries safe.")
    @APIResponse(responseCode = "201", description = "registered; Location names the item",
            content = @Content(schema = @Schema(implementation = CatalogItemRegisteredAnswer.class)))
    @APIResponse(responseCode = "403", description = "not an admin")
    @APIResponse(responseCode = "409", description = "the item code is already registered")
    public Response register(@NotNull @Valid CatalogItemRequest request) {
        String code = commands.send(new RegisterCatalogItem(request.itemCode(), request.nameZh(), request.nameEn(),
                request.category(), request.unit(), request.specification(), request.shelfLifeDays()),
                request.reason());
        return Created.at("/api/registry/catalog/items/" + code, new CatalogItemRegisteredAnswer(code));
    }

    @GET
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "listCatalogItems", summary = "Catalog items, a page at a time",
            description = "Ordered by code; filter by category.")
    @APIResponse(responseCode = "200", description = "a page of catalog items")
    public Uni<ListPage<CatalogItemView>> list(@QueryParam("category") String category,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return catalog.items(categoryOf(category), page, size);
    }

    @GET
    @Path("/{itemCode}")
    @RolesAllowed({"depot-keeper", "supplies-officer", "civil-affairs", "finance", "auditor", "admin"})
    @Operation(operationId = "getCatalogItem", summary = "One catalog item", description = "By its item code.")
    @APIResponse(responseCode = "200", description = "the item")
    @APIResponse(responseCode = "404", description = "unknown item")
    public Uni<CatalogItemView> item(@PathParam("itemCode") String itemCode) {
        return catalog.item(itemCode).map(found -> found.orElseThrow(() -> new NotFound("catalog item", itemCode)));
    }

    private static SupplyCategory categoryOf(String category) {
        return OptionalParameter.parse(category, SupplyCategory::valueOf, "category",
                "unknown category " + category);
    }
}
