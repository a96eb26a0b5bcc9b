/**
 * 救灾救助资金 — relief funds, standards, relief cases with village appraisal, public notice and approvals, one-card
 * payment batches and bank reconciliation. The service runs on the shared platform (event store, audit metadata,
 * security); its features live in one package each below this one.
 */
package org.relieftrace.relief;
