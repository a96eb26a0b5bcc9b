package org.relieftrace.platform.problem;

import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Describes the conventions of every API in the OpenAPI documents once: each 4xx/5xx response is an
 * {@code application/problem+json} {@link Problem}; every operation documents 401, 403 and 500 in the project's words
 * (not the scanner's defaults) unless its resource names its own; an operation with a request body or a paged list
 * documents its 400 ({@link #BAD_BODY}, {@link #BAD_PAGING}) unless its resource names its own; and every command
 * ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) accepts an {@code Idempotency-Key} header. A resource
 * names only the responses special to its operation. Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String SCHEMA_REF = "#/components/schemas/Problem";
    private static final Map<String, String> ALWAYS = Map.of(
            "401", "not authenticated: a valid bearer token is required",
            "403", "the caller's role or division does not allow it",
            "500", "unexpected failure; quote the request id");
    /** The 400 of an operation with a request body, which bean validation checks field by field. */
    static final String BAD_BODY = "invalid input, with the fields named";
    /** The 400 of a paged list without a body: {@code page} or {@code size} (or another filter) is refused. */
    static final String BAD_PAGING = "a query parameter is malformed or out of range";
    /** The descriptions the scanner gives the responses it adds by itself; replaced by the project's own. */
    private static final Map<String, String> SCANNER_DEFAULTS = Map.of(
            "400", "Bad Request",
            "401", "Not Authorized",
            "403", "Not Allowed");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        describeBadRequest(operation, responses);
        for (Map.Entry<String, String> entry : ALWAYS.entrySet()) {
            if (!namedByResource(responses, entry.getKey())) {
                responses.addAPIResponse(entry.getKey(),
                        OASFactory.createAPIResponse().description(entry.getValue()));
            }
        }
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    describeAsProblem(response);
                }
            });
        }
        return operation;
    }

    /** Adds the conventional 400 of a body or a paged list where the resource names no 400 of its own. */
    private static void describeBadRequest(Operation operation, APIResponses responses) {
        if (namedByResource(responses, "400")) {
            return;
        }
        String description = operation.getRequestBody() != null ? BAD_BODY : isPaged(operation) ? BAD_PAGING : null;
        if (description != null) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse().description(description));
        }
    }

    /** Whether the resource describes the response {@code code} itself (not absent, nor the scanner's default). */
    private static boolean namedByResource(APIResponses responses, String code) {
        APIResponse named = responses.getAPIResponse(code);
        return named != null && !Objects.equals(named.getDescription(), SCANNER_DEFAULTS.get(code));
    }

    private static boolean isPaged(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && "page".equals(p.getName()));
    }

    private static void describeAsProblem(APIResponse response) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(SCHEMA_REF)));
        response.setContent(content);
    }

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        for (Operation command : java.util.Arrays.asList(pathItem.getPOST(), pathItem.getPUT(), pathItem.getPATCH(),
                pathItem.getDELETE())) {
            if (command != null && (command.getParameters() == null || command.getParameters().stream()
                    .noneMatch(p -> IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName())))) {
                command.addParameter(OASFactory.createParameter().name(IDEMPOTENCY_KEY).in(Parameter.In.HEADER)
                        .description("retry key: a retry with the same key returns the first answer and changes"
                                + " nothing; the same key with a different request is refused (422)")
                        .schema(string("any text up to 200 characters, unique per intended change")));
            }
        }
        return pathItem;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                    .description("RFC 9457 problem detail: stable type URI, localized title and detail, status,"
                            + " request id, and for invalid input the offending fields")
                    .addType(SchemaType.OBJECT)
                    .addProperty("type", string("https://relieftrace.org/problems/<code>"))
                    .addProperty("title", string("short localized summary"))
                    .addProperty("status", OASFactory.createSchema()
                            .addType(SchemaType.INTEGER))
                    .addProperty("detail", string("localized explanation"))
                    .addProperty("instance", string("request path"))
                    .addProperty("requestId", string("X-Request-Id of the request"))
                    .addProperty("errors", OASFactory.createSchema()
                            .addType(SchemaType.ARRAY)
                            .items(OASFactory.createSchema()
                                    .addType(SchemaType.OBJECT)
                                    .addProperty("field", string("JSON path of the field, e.g. lines[0].quantity"))
                                    .addProperty("message", string("what is wrong with it")))));
        }
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING)
                .description(description);
    }
}
