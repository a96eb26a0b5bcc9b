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
 * <p>A page for a new API (transfers, distributions, stocktakes, cases, payment batches, funds) follows the same
 * pattern as {@code stock/}: a package per feature with a JAX-RS class under {@code /console/<feature>} that asks
 * {@link org.relieftrace.gateway.console.ConsoleApi} for the data, maps it to small {@code @TemplateData} records and
 * renders a template that includes {@code console/layout}; a form posts to the same class, which sends the command
 * with the idempotency key drawn into the form and answers the form fragment (htmx) with the result or the problem;
 * a line in {@link org.relieftrace.gateway.console.Navigation}, guarded by a permission of
 * {@link org.relieftrace.gateway.console.Viewer}, offers the page only to the roles that may use it; its texts go
 * into both {@code console-i18n} files.
 */
package org.relieftrace.gateway.console;
