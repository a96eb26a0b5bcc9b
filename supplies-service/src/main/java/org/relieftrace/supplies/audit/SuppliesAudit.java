package org.relieftrace.supplies.audit;

import jakarta.ws.rs.Path;

import org.relieftrace.platform.audit.AuditResource;

/** 审计 — the audit endpoints of the supplies-service (written once in the platform). */
@Path("/api/supplies/audit")
public class SuppliesAudit extends AuditResource {
}
