package org.relieftrace.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.axonframework.modelling.command.ConcurrencyException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.request.IdempotencyKeyReused;
import org.relieftrace.platform.request.RequestHeaders;
import org.relieftrace.platform.request.UnstorableCharacters;

/**
 * Every error of every service as {@code application/problem+json}, mapped here once: invalid input 400 with the
 * fields named, not authenticated 401, forbidden 403, not found 404, a broken business rule 409, a reused
 * idempotency key 422, text that cannot be stored 400 {@code invalid-characters}, anything unexpected 500 with the
 * request id to quote.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ProblemMessages messages;

    @Inject
    RequestHeaders requestHeaders;

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<Problem.FieldProblem> fields = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            fields.add(new Problem.FieldProblem(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        fields.sort(java.util.Comparator.comparing(Problem.FieldProblem::field));
        return invalid(fields, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInput e, HttpHeaders headers, UriInfo uri) {
        return invalid(e.errors().stream().map(f -> new Problem.FieldProblem(f.field(), f.message())).toList(),
                headers, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response malformed(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<Problem.FieldProblem> fields = null;
        String reason = e.getOriginalMessage();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping.getPath());
            fields = List.of(new Problem.FieldProblem(field, reason));
            reason = field;
        }
        return respond(400, "malformed-json", locale, uri, fields, reason);
    }

    /** Wrong type or unknown enum value in an otherwise well-formed body (named, more specific than Quarkus'). */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return malformed(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unstorable(UnstorableCharacters e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        String message = messages.text(locale, "field.unstorable", e.getMessage());
        String title = messages.text(locale, "invalid-characters.title", "invalid-characters");
        String detail = messages.text(locale, "invalid-characters.detail", null, e.where());
        return build(new Problem(Problem.TYPE_BASE + "invalid-characters", title, 400, detail,
                uri.getRequestUri().getRawPath(), requestHeaders.correlationId(),
                List.of(new Problem.FieldProblem(e.where(), message))));
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e, HttpHeaders headers, UriInfo uri) {
        return respond(404, "not-found", locale(headers), uri, null, e.what(), e.id());
    }

    @ServerExceptionMapper
    public Response ruleBroken(DomainRuleViolation e, HttpHeaders headers, UriInfo uri) {
        int status = e instanceof IdempotencyKeyReused ? 422 : 409;
        Locale locale = locale(headers);
        String title = messages.text(locale, e.code() + ".title", e.code());
        String detail = messages.text(locale, e.code() + ".detail", e.getMessage(), e.arguments().toArray());
        return build(new Problem(Problem.TYPE_BASE + e.code(), title, status, detail, uri.getPath(),
                requestHeaders.correlationId(), null));
    }

    @ServerExceptionMapper
    public Response lostRace(ConcurrencyException e, HttpHeaders headers, UriInfo uri) {
        return respond(409, "concurrent-modification", locale(headers), uri, null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(403, "forbidden", locale(headers), uri, null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        return respond(401, "unauthorized", locale(headers), uri, null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return malformed(json, headers, uri);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        Locale locale = locale(headers);
        String code = switch (status) {
            case 404 -> "not-found";
            case 403 -> "forbidden";
            case 401 -> "unauthorized";
            default -> "http-error";
        };
        String title = messages.text(locale, code + ".title", "HTTP " + status);
        return build(new Problem(Problem.TYPE_BASE + code, title, status, e.getMessage(), uri.getPath(),
                requestHeaders.correlationId(), null));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(RuntimeException e, HttpHeaders headers, UriInfo uri) {
        String requestId = requestHeaders.correlationId();
        LOG.errorf(e, "request %s failed", requestId);
        return respond(500, "internal-error", locale(headers), uri, null, requestId);
    }

    private Response invalid(List<Problem.FieldProblem> fields, HttpHeaders headers, UriInfo uri) {
        return respond(400, "invalid-input", locale(headers), uri, fields, fields.size());
    }

    private Response respond(int status, String code, Locale locale, UriInfo uri, List<Problem.FieldProblem> fields,
                             Object... arguments) {
        String title = messages.text(locale, code + ".title", code);
        String detail = messages.text(locale, code + ".detail", null, arguments);
        return build(new Problem(Problem.TYPE_BASE + code, title, status, detail, uri.getPath(),
                requestHeaders.correlationId(), fields));
    }

    private Response build(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private Locale locale(HttpHeaders headers) {
        return messages.localeOf(headers.getAcceptableLanguages());
    }

    /**
     * {@code receive.request.lines[0].quantity} → {@code lines[0].quantity}: drops the method and parameter, names
     * list elements by index; a constraint on a query or path parameter is named by the parameter.
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                    continue;
                }
                case PARAMETER -> {
                    parameter = node.getName();
                    continue;
                }
                case CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                    continue;
                }
                default -> {
                }
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() > 0 ? field.toString() : parameter == null ? "" : parameter;
    }

    private static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
