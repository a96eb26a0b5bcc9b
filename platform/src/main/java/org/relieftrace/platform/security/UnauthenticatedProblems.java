package org.relieftrace.platform.security;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.relieftrace.platform.problem.Problem;
import org.relieftrace.platform.problem.ProblemMessages;
import org.relieftrace.platform.request.RequestHeaders;

/**
 * The {@code 401} of a bearer token that is refused before any endpoint runs (expired, from another issuer, a bad
 * signature, malformed) as {@code application/problem+json}, like every other error. The OIDC mechanism has
 * already set the status and its {@code WWW-Authenticate} challenge and then fails the request; this failure handler
 * writes the body. A request without any token reaches the endpoint anonymously and gets its 401 from
 * {@code ProblemMappers}.
 */
@ApplicationScoped
public class UnauthenticatedProblems {

    static final String CODE = "unauthorized";

    @Inject
    ProblemMessages messages;

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        router.route().failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        Throwable failure = HttpSecurityRecorder.DefaultAuthFailureHandler.extractRootCause(ctx.failure());
        boolean unauthenticated = failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationCompletionException
                || failure instanceof UnauthorizedException;
        if (!unauthenticated || ctx.response().ended() || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Locale locale = messages.localeOf(acceptable(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        Problem problem = new Problem(Problem.TYPE_BASE + CODE, messages.text(locale, CODE + ".title", CODE), 401,
                messages.text(locale, CODE + ".detail", null), ctx.request().path(),
                ctx.request().getHeader(RequestHeaders.REQUEST_ID), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            ctx.next();
            return;
        }
        if (ctx.response().headers().get("WWW-Authenticate") == null) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
        }
        ctx.response().setStatusCode(401)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }

    static List<Locale> acceptable(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
