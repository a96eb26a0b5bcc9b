package org.relieftrace.registry.audit;

import jakarta.ws.rs.Path;

import org.relieftrace.platform.audit.AuditResource;

/** 审计 — the audit endpoints of the registry-service (written once in the platform). */
@Path("/api/registry/audit")
public class RegistryAudit extends AuditResource {
}
