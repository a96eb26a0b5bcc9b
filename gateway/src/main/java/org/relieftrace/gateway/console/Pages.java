package org.relieftrace.gateway.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * Renders console pages: every page template gets the user ({@code me}), the texts of their language ({@code t}),
 * the language ({@code lang}) and the menu ({@code nav}) for the layout, and the link to the list's Excel export
 * ({@code exportHref}, drawn by {@code console/export-link}).
 */
@RequestScoped
public class Pages {

    @Inject
    Console console;

    /** The template with what the layout needs. */
    public TemplateInstance page(Template template) {
        Viewer viewer = console.viewer();
        return template.data("me", viewer)
                .data("t", console.texts())
                .data("lang", console.lang())
                .data("nav", Navigation.of(viewer, console.texts(), console.path()))
                .data("exportHref", console.exportHref());
    }

    /** A fragment for htmx: texts and language, no layout. */
    public TemplateInstance fragment(Template template) {
        return template.data("t", console.texts()).data("lang", console.lang()).data("me", console.viewer());
    }

    public Console console() {
        return console;
    }
}
