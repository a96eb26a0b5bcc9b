package org.relieftrace.gateway.console;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * Shows the API's refusal to the user: a whole page for a page request, the problem box alone for an htmx request,
 * with the service's title, detail and named fields in the user's language and the API's status code.
 */
public class ProblemPages {

    @Inject
    Pages pages;

    @Inject
    @Location("console/problem-page.html")
    Template problemPage;

    @Inject
    @Location("console/problem.html")
    Template problemBox;

    @ServerExceptionMapper
    public Response refused(ApiProblem problem) {
        boolean fragment = pages.console().htmx();
        String html = (fragment ? pages.fragment(problemBox) : pages.page(problemPage))
                .data("problem", problem).render();
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .build();
    }
}
