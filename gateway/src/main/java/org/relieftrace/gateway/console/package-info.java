/**
 * 网页控制台 — the web console, rendered by the gateway: Qute templates ({@code templates/console/}) with htmx for the
 * parts of a page that change (served from its npm package, no CDN), texts in {@code console-i18n/} (zh-CN default,
 * English), times in Asia/Shanghai ({@link org.relieftrace.gateway.console.Formats}).
 *
 * <p>Every page reads and writes through the public API only ({@link org.relieftrace.gateway.console.ConsoleApi}:
 * the paths of the API map, the user's own access token and language); a refusal of the API becomes an
 * {@link org.relieftrace.gateway.console.ApiProblem} that the page shows in the user's language
 * ({@link org.relieftrace.gateway.console.ProblemPages}, or a form's own problem box).
 *
 * <p>A page reads typed views: each feature package mirrors the service's response records it
 * reads in an {@code XViews} class (only the fields its pages use; a field the service adds is passed over), and
 * reads them through {@link org.relieftrace.gateway.console.ConsoleApi#get(String, Class)} or, for a list in the
 * API's one envelope, {@link org.relieftrace.gateway.console.ConsoleApi#list(String, Class)}. Only what has any
 * shape stays a JSON tree: an event's payload, an aggregate's state, the GeoJSON map. The console does not
 * know the workflows: a transfer, supply request, stocktake, write-off or relief case carries the {@code actions}
 * the user may take on it now, and a page shows a step's button or form only when they name its verb. A status
 * filter takes its choices from one mirrored enum of the feature's views.
 *
 * <p>A page for a new API follows the same pattern as {@code stock/}: a package per feature with a JAX-RS class
 * under {@code /console/<feature>} that reads the feature's views, maps them to small {@code @TemplateData} records
 * and renders a template that includes {@code console/layout}; a form posts to the same class, which sends the
 * command with the idempotency key drawn into the form when it was shown
 * ({@link org.relieftrace.gateway.console.Forms#newKey()}) and answers with the result or the problem; a line in
 * {@link org.relieftrace.gateway.console.Navigation}, guarded by a permission of
 * {@link org.relieftrace.gateway.console.Viewer}, offers the page only to the roles that may use it; its texts go
 * into both {@code console-i18n} files.
 */
package org.relieftrace.gateway.console;
