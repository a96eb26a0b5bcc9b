package org.relieftrace.e2e;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Requests the services must refuse as not authenticated — {@code 401} with an {@code application/problem+json}
 * body — against the real Keycloak: no token, a real token whose payload was changed, a token signed by a key of
 * another issuer, and a token past its expiry (signed by the test's own key, since a real one would take the realm's
 * token lifespan to expire; it is refused for its signature as much as for its age).
 */
@ExtendWith(RunningSystem.class)
class UnauthenticatedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String ISSUER = RunningSystem.keycloak() + "/realms/relief";

    @Test
    void withoutATokenACommandIs401WithAProblem() {
        refused(null);
    }

    @Test
    void aRealTokenWithAnEditedPayloadIs401() throws Exception {
        String real = acceptedFirst("zhutuo-keeper");
        String[] parts = real.split("\\.");
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
        claims.put("division", "500118000000");
        claims.put("depots", List.of("YC-COUNTY-01"));
        String tampered = parts[0] + "." + B64.encodeToString(JSON.writeValueAsBytes(claims)) + "." + parts[2];
        refused(tampered);
    }

    /** The services keep a verified token for its lifetime: one character more or less is another token, checked in full. */
    @Test
    void aRealTokenWithItsSignatureChangedOrCutIs401() {
        String real = acceptedFirst("zhutuo-keeper");
        // a character inside the signature (the last one may carry only base64 padding bits)
        int at = real.length() - 20;
        refused(real.substring(0, at) + (real.charAt(at) == 'A' ? 'g' : 'A') + real.substring(at + 1));
        refused(real.substring(0, real.length() - 1));
        refused(real + "A");
    }

    @Test
    void aTokenSignedByAnotherIssuersKeyIs401() throws Exception {
        String token = signed(claims("https://login.example.org/realms/relief", Instant.now().plusSeconds(300)));
        refused(token);
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        String token = signed(claims(ISSUER, Instant.now().minusSeconds(600)));
        refused(token);
    }

    @Test
    void aMalformedTokenIs401() {
        refused("not-a-jwt");
    }

    /** Both services refuse it, on a command and on a query, and through the gateway the same answer arrives. */
    private static void refused(String token) {
        check(as(token).baseUri(RunningSystem.supplies()).contentType(ContentType.JSON)
                .body(Depots.receipt("WATER-550", 1, "UNAUTH-1")).header("Accept-Language", "en")
                .when().post("/api/supplies/depots/{id}/receipts", Depots.ZHUTUO).then());
        check(as(token).baseUri(RunningSystem.registry()).contentType(ContentType.JSON)
                .body("{\"itemCode\": \"UNAUTH-1\", \"nameZh\": \"未认证\", \"category\": \"SHELTER\", \"unit\": \"件\"}")
                .when().post("/api/registry/catalog/items").then());
        check(as(token).baseUri(RunningSystem.supplies())
                .when().get("/api/supplies/depots/{id}/stock", Depots.ZHUTUO).then());
        check(as(token).baseUri(RunningSystem.gateway())
                .when().get("/api/supplies/depots/{id}/stock", Depots.ZHUTUO).then());
    }

    /** The user's real token, accepted by both services (and so kept by them as verified) before the test edits it. */
    private static String acceptedFirst(String user) {
        String token = Tokens.cached(user);
        as(token).baseUri(RunningSystem.supplies()).when().get("/api/supplies/depots/{id}/stock", Depots.ZHUTUO)
                .then().statusCode(200);
        as(token).baseUri(RunningSystem.registry()).when().get("/api/registry/catalog/items").then().statusCode(200);
        return token;
    }

    private static RequestSpecification as(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }

    private static void check(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("type", equalTo("https://relieftrace.org/problems/unauthorized"));
    }

    /** What Keycloak puts in an access token of zhutuo-keeper, with the given issuer and expiry. */
    private static Map<String, Object> claims(String issuer, Instant expires) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("exp", expires.getEpochSecond());
        claims.put("iat", expires.minusSeconds(900).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iss", issuer);
        claims.put("aud", "relief-api");
        claims.put("sub", UUID.randomUUID().toString());
        claims.put("typ", "Bearer");
        claims.put("azp", "relief-test");
        claims.put("preferred_username", "zhutuo-keeper");
        claims.put("realm_access", Map.of("roles", List.of("depot-keeper")));
        claims.put("division", "500118116000");
        claims.put("depots", List.of("ZT-TOWN-01"));
        return claims;
    }

    /** An RS256 JWT signed by a key made up here, which no realm publishes. */
    private static String signed(Map<String, Object> claims) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        Map<String, Object> header = Map.of("alg", "RS256", "typ", "JWT", "kid", "elsewhere-" + UUID.randomUUID());
        String signingInput = B64.encodeToString(JSON.writeValueAsBytes(header)) + "."
                + B64.encodeToString(JSON.writeValueAsBytes(claims));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key.getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + B64.encodeToString(rsa.sign());
    }
}
