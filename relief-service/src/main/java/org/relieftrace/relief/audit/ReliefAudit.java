package org.relieftrace.relief.audit;

import jakarta.ws.rs.Path;

import org.relieftrace.platform.audit.AuditResource;

/** 审计 — the audit endpoints of the relief-service (written once in the platform). */
@Path("/api/relief/audit")
public class ReliefAudit extends AuditResource {
}
