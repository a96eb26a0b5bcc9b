/**
 * The published language of ReliefTrace: events, and the few commands and queries that cross a service boundary, as
 * plain Java records grouped per bounded context. Only {@code java.*} and Axon routing/revision annotations are used
 * here; persistence and JSON concerns stay out.
 */
package org.relieftrace.contracts;
