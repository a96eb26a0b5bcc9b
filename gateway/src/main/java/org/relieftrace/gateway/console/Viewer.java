package org.relieftrace.gateway.console;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateData;

/**
 * 当前用户 — who is looking at the console: name, roles, division and (for a keeper) depot codes, read from the
 * access token of the session. The token is only read here; the services validate it on every API call, so nothing
 * the console shows or offers depends on trusting these claims.
 *
 * @param username    the Keycloak username
 * @param roles       the realm roles of the ReliefTrace role model
 * @param division    the 12-digit division code of the user
 * @param depotCodes  codes of the depots a keeper keeps
 * @param accessToken the raw bearer token the console sends to the API
 */
@TemplateData
public record Viewer(String username, Set<String> roles, String division, List<String> depotCodes,
                     String accessToken) {

    public static final String KEEPER = "depot-keeper";
    public static final String OFFICER = "supplies-officer";
    public static final String CIVIL = "civil-affairs";
    public static final String FINANCE = "finance";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    static final Set<String> KNOWN_ROLES = Set.of(KEEPER, OFFICER, CIVIL, FINANCE, AUDITOR, ADMIN);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads the claims of a JWT access token (without checking it: the services do). */
    public static Viewer fromAccessToken(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8));
            Set<String> roles = new TreeSet<>();
            claims.path("realm_access").path("roles").forEach(role -> {
                if (KNOWN_ROLES.contains(role.asText())) {
                    roles.add(role.asText());
                }
            });
            return new Viewer(claims.path("preferred_username").asText(claims.path("sub").asText()), roles,
                    texts(claims.path("division")).stream().findFirst().orElse(null),
                    texts(claims.path("depots")), token);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("unreadable access token", e);
        }
    }

    private static List<String> texts(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        } else if (node.isTextual()) {
            values.add(node.asText());
        }
        return values;
    }

    /** Whether the user holds any of these roles. */
    public boolean hasAny(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Reads depot stock: every role of the model does, inside its division. */
    public boolean readsStock() {
        return hasAny(KEEPER, OFFICER, CIVIL, FINANCE, AUDITOR, ADMIN);
    }

    /** Records goods received (入库): keepers, officers and admins. */
    public boolean receivesGoods() {
        return hasAny(KEEPER, OFFICER, ADMIN);
    }

    /** Reads households: every role of the model does; civil affairs and admins change them. */
    public boolean readsHouseholds() {
        return hasAny(CIVIL, FINANCE, AUDITOR, ADMIN, OFFICER);
    }

    /** Registers and imports households. */
    public boolean changesHouseholds() {
        return hasAny(CIVIL, ADMIN);
    }

    /** Replays a projection (rebuilds a read model from the history): admins only. */
    public boolean replaysProjections() {
        return hasAny(ADMIN);
    }

    /** Opens the audit pages (history, state at a moment, stream, verification, projections). */
    public boolean audits() {
        return hasAny(AUDITOR, ADMIN);
    }

    /** Reads the disasters' statistics (灾情统计): township reports, deadlines, the comparison with the ledger. */
    public boolean readsStatistics() {
        return hasAny(CIVIL, AUDITOR, ADMIN);
    }

    // supplies

    /** Moves goods: requests, dispatches and receives transfers, hands goods to households (keepers, officers). */
    public boolean movesSupplies() {
        return hasAny(KEEPER, OFFICER, ADMIN);
    }

    /** Records and closes pledges of donations (捐赠承诺): supplies officers, civil affairs and admins. */
    public boolean recordsPledges() {
        return hasAny(OFFICER, CIVIL, ADMIN);
    }

    /** Approves or rejects transfers: supplies officers and admins. */
    public boolean approvesTransfers() {
        return hasAny(OFFICER, ADMIN);
    }

    // relief: which pages and forms a role is offered; the steps of a case come from the case's actions

    /** Reads cases, notices, batches, deadlines and funds. */
    public boolean readsRelief() {
        return hasAny(CIVIL, FINANCE, AUDITOR, ADMIN);
    }

    /** Opens cases and posts public notices (civil affairs). */
    public boolean handlesCases() {
        return hasAny(CIVIL, ADMIN);
    }

    /** Makes up payment batches. */
    public boolean makesBatches() {
        return hasAny(CIVIL, FINANCE, ADMIN);
    }

    /** Downloads the bank file and uploads the bank's result file (finance). */
    public boolean exchangesWithBank() {
        return hasAny(FINANCE, ADMIN);
    }
}
