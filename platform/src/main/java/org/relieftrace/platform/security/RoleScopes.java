package org.relieftrace.platform.security;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Describes the sign-in of every API in the OpenAPI documents: the Keycloak realm's OAuth2 authorization-code flow,
 * whose scopes are the realm roles the operations require ({@code @RolesAllowed}: {@code depot-keeper},
 * {@code auditor} ...), so that every role an operation names is a declared scope of the security scheme.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class RoleScopes implements OASFilter {

    /** The name of the security scheme every operation's requirement names. */
    public static final String SCHEME = "SecurityScheme";

    private static final Map<String, String> KNOWN = Map.of(
            "depot-keeper", "仓管员 — moves the stock of the depots they keep",
            "supplies-officer", "物资科员 — requests, approves and dispatches supplies in their division",
            "civil-affairs", "民政干部 — households, relief cases and disasters in their division",
            "finance", "财务 — funds and payment batches",
            "auditor", "审计员 — reads everything in their division, changes nothing",
            "admin", "管理员 — acts in every division");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, String> scopes = new TreeMap<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getSecurity() == null) {
                        continue;
                    }
                    for (SecurityRequirement requirement : operation.getSecurity()) {
                        if (requirement.getSchemes() != null) {
                            requirement.getSchemes().values().forEach(roles -> roles.forEach(role ->
                                    scopes.put(role, KNOWN.getOrDefault(role, "realm role " + role))));
                        }
                    }
                }
            }
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        String realm = ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .orElse("http://localhost:8180/realms/relief");
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Keycloak realm relief: a bearer token whose realm roles are the scopes below")
                .flows(OASFactory.createOAuthFlows().authorizationCode(OASFactory.createOAuthFlow()
                        .authorizationUrl(realm + "/protocol/openid-connect/auth")
                        .tokenUrl(realm + "/protocol/openid-connect/token")
                        .scopes(scopes))));
    }
}
