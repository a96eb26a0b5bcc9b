package org.relieftrace.e2e;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may run which command where, against the real services with real Keycloak tokens of the demo users: every
 * command endpoint there is today × one user of every role (and the keepers and officers of several levels) × a
 * target in the user's own division, a division below it, another township and the county.
 *
 * <p>{@code ALLOW} means the request got through authorization: {@code 201} (fresh ids and codes make that the
 * normal answer), {@code 200} (an import's report, whose rows are then checked one by one) or {@code 409}. {@code DENY} means {@code 403} with a problem+json body. Any other answer fails, so
 * an unexpected allow can not hide.
 *
 * <p>Targets: {@code ZHUTUO} 朱沱镇 500118116000 (depot ZT-TOWN-01, kept by zhutuo-keeper), {@code ZHUTUO-VILLAGE}
 * 朱沱镇第2村 500118116201 below it (depot ZT-V201-01, kept by village-keeper), {@code LAISU} 来苏镇 500118109000
 * (depot LS-TOWN-01, kept by laisu-keeper), {@code COUNTY} 永川区 500118000000 (depot YC-COUNTY-01, kept by
 * county-keeper). For divisions the target is the parent of the new division; the catalog has no division; a new
 * household, disaster (its affected division) or shelter lies in the target division.
 */
@ExtendWith(RunningSystem.class)
class AuthorizationMatrixTest {

    private static final Map<String, String> DIVISION = Map.of(
            "ZHUTUO", "500118116000",
            "ZHUTUO-VILLAGE", "500118116201",
            "LAISU", "500118109000",
            "COUNTY", "500118000000");
    private static final Map<String, String> DEPOT = Map.of(
            "ZHUTUO", "ZT-TOWN-01",
            "ZHUTUO-VILLAGE", "ZT-V201-01",
            "LAISU", "LS-TOWN-01",
            "COUNTY", "YC-COUNTY-01");

    /** Fresh division codes: villages 900.. and townships 900.. are not in the sample county. */
    private static final AtomicInteger NEXT_DIVISION = new AtomicInteger(900);

    @ParameterizedTest(name = "{0} by {1} in {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # endpoint | user           | target         | expected
            RECEIPT    | zhutuo-keeper  | ZHUTUO         | ALLOW
            RECEIPT    | zhutuo-keeper  | ZHUTUO-VILLAGE | DENY
            RECEIPT    | zhutuo-keeper  | LAISU          | DENY
            RECEIPT    | zhutuo-keeper  | COUNTY         | DENY
            RECEIPT    | village-keeper | ZHUTUO-VILLAGE | ALLOW
            RECEIPT    | village-keeper | ZHUTUO         | DENY
            RECEIPT    | laisu-keeper   | LAISU          | ALLOW
            RECEIPT    | laisu-keeper   | ZHUTUO         | DENY
            RECEIPT    | county-keeper  | COUNTY         | ALLOW
            RECEIPT    | county-keeper  | ZHUTUO         | DENY
            RECEIPT    | zhutuo-officer | ZHUTUO         | ALLOW
            RECEIPT    | zhutuo-officer | ZHUTUO-VILLAGE | ALLOW
            RECEIPT    | zhutuo-officer | LAISU          | DENY
            RECEIPT    | zhutuo-officer | COUNTY         | DENY
            RECEIPT    | laisu-officer  | ZHUTUO         | DENY
            RECEIPT    | county-officer | COUNTY         | ALLOW
            RECEIPT    | county-officer | ZHUTUO         | ALLOW
            RECEIPT    | county-officer | ZHUTUO-VILLAGE | ALLOW
            RECEIPT    | zhutuo-civil   | ZHUTUO         | DENY
            RECEIPT    | zhutuo-civil   | ZHUTUO-VILLAGE | DENY
            RECEIPT    | county-finance | COUNTY         | DENY
            RECEIPT    | county-finance | ZHUTUO         | DENY
            RECEIPT    | zhutuo-auditor | ZHUTUO         | DENY
            RECEIPT    | zhutuo-auditor | ZHUTUO-VILLAGE | DENY
            RECEIPT    | county-auditor | COUNTY         | DENY
            RECEIPT    | county-auditor | ZHUTUO         | DENY
            RECEIPT    | admin          | COUNTY         | ALLOW
            RECEIPT    | admin          | ZHUTUO         | ALLOW
            RECEIPT    | admin          | LAISU          | ALLOW
            DEPOT      | zhutuo-officer | ZHUTUO         | ALLOW
            DEPOT      | zhutuo-officer | ZHUTUO-VILLAGE | ALLOW
            DEPOT      | zhutuo-officer | LAISU          | DENY
            DEPOT      | zhutuo-officer | COUNTY         | DENY
            DEPOT      | county-officer | COUNTY         | ALLOW
            DEPOT      | county-officer | ZHUTUO         | ALLOW
            DEPOT      | county-officer | ZHUTUO-VILLAGE | ALLOW
            DEPOT      | zhutuo-keeper  | ZHUTUO         | DENY
            DEPOT      | county-keeper  | COUNTY         | DENY
            DEPOT      | zhutuo-civil   | ZHUTUO         | DENY
            DEPOT      | county-finance | COUNTY         | DENY
            DEPOT      | zhutuo-auditor | ZHUTUO         | DENY
            DEPOT      | zhutuo-auditor | ZHUTUO-VILLAGE | DENY
            DEPOT      | county-auditor | COUNTY         | DENY
            DEPOT      | county-auditor | ZHUTUO         | DENY
            DEPOT      | admin          | COUNTY         | ALLOW
            DEPOT      | admin          | ZHUTUO         | ALLOW
            DEPOT      | admin          | LAISU          | ALLOW
            DIVISION   | admin          | ZHUTUO         | ALLOW
            DIVISION   | admin          | LAISU          | ALLOW
            DIVISION   | admin          | COUNTY         | ALLOW
            DIVISION   | county-officer | COUNTY         | DENY
            DIVISION   | zhutuo-officer | ZHUTUO         | DENY
            DIVISION   | zhutuo-keeper  | ZHUTUO         | DENY
            DIVISION   | zhutuo-civil   | ZHUTUO         | DENY
            DIVISION   | county-finance | COUNTY         | DENY
            DIVISION   | zhutuo-auditor | ZHUTUO         | DENY
            DIVISION   | county-auditor | COUNTY         | DENY
            CATALOG    | admin          | -              | ALLOW
            CATALOG    | county-officer | -              | DENY
            CATALOG    | zhutuo-officer | -              | DENY
            CATALOG    | county-keeper  | -              | DENY
            CATALOG    | zhutuo-keeper  | -              | DENY
            CATALOG    | county-civil   | -              | DENY
            CATALOG    | county-finance | -              | DENY
            CATALOG    | county-auditor | -              | DENY
            CATALOG    | zhutuo-auditor | -              | DENY
            HOUSEHOLD  | zhutuo-civil   | ZHUTUO         | ALLOW
            HOUSEHOLD  | zhutuo-civil   | ZHUTUO-VILLAGE | ALLOW
            HOUSEHOLD  | zhutuo-civil   | LAISU          | DENY
            HOUSEHOLD  | village-civil  | ZHUTUO-VILLAGE | ALLOW
            HOUSEHOLD  | village-civil  | ZHUTUO         | DENY
            HOUSEHOLD  | county-civil   | ZHUTUO         | ALLOW
            HOUSEHOLD  | county-civil   | LAISU          | ALLOW
            HOUSEHOLD  | zhutuo-keeper  | ZHUTUO         | DENY
            HOUSEHOLD  | zhutuo-officer | ZHUTUO         | DENY
            HOUSEHOLD  | county-finance | ZHUTUO         | DENY
            HOUSEHOLD  | zhutuo-auditor | ZHUTUO         | DENY
            HOUSEHOLD  | county-auditor | ZHUTUO-VILLAGE | DENY
            HOUSEHOLD  | admin          | LAISU          | ALLOW
            DISASTER   | county-civil   | COUNTY         | ALLOW
            DISASTER   | county-civil   | ZHUTUO         | ALLOW
            DISASTER   | zhutuo-civil   | ZHUTUO         | ALLOW
            DISASTER   | zhutuo-civil   | COUNTY         | DENY
            DISASTER   | zhutuo-civil   | LAISU          | DENY
            DISASTER   | village-civil  | ZHUTUO         | DENY
            DISASTER   | county-officer | COUNTY         | DENY
            DISASTER   | county-keeper  | COUNTY         | DENY
            DISASTER   | county-finance | COUNTY         | DENY
            DISASTER   | county-auditor | COUNTY         | DENY
            DISASTER   | admin          | COUNTY         | ALLOW
            SHELTER    | zhutuo-civil   | ZHUTUO         | ALLOW
            SHELTER    | zhutuo-civil   | ZHUTUO-VILLAGE | ALLOW
            SHELTER    | zhutuo-civil   | LAISU          | DENY
            SHELTER    | zhutuo-civil   | COUNTY         | DENY
            SHELTER    | county-civil   | ZHUTUO         | ALLOW
            SHELTER    | village-civil  | ZHUTUO         | DENY
            SHELTER    | zhutuo-officer | ZHUTUO         | DENY
            SHELTER    | zhutuo-keeper  | ZHUTUO         | DENY
            SHELTER    | county-finance | COUNTY         | DENY
            SHELTER    | zhutuo-auditor | ZHUTUO         | DENY
            SHELTER    | admin          | LAISU          | ALLOW
            CAPACITY   | zhutuo-officer | ZHUTUO         | ALLOW
            CAPACITY   | zhutuo-officer | LAISU          | DENY
            CAPACITY   | zhutuo-officer | COUNTY         | DENY
            CAPACITY   | county-officer | ZHUTUO         | ALLOW
            CAPACITY   | laisu-officer  | LAISU          | ALLOW
            CAPACITY   | zhutuo-keeper  | ZHUTUO         | DENY
            CAPACITY   | zhutuo-civil   | ZHUTUO         | DENY
            CAPACITY   | county-finance | COUNTY         | DENY
            CAPACITY   | zhutuo-auditor | ZHUTUO         | DENY
            CAPACITY   | admin          | LAISU          | ALLOW
            IMPORT     | zhutuo-civil   | ZHUTUO         | ALLOW
            IMPORT     | village-civil  | ZHUTUO-VILLAGE | ALLOW
            IMPORT     | county-civil   | LAISU          | ALLOW
            IMPORT     | zhutuo-keeper  | ZHUTUO         | DENY
            IMPORT     | zhutuo-officer | ZHUTUO         | DENY
            IMPORT     | county-finance | ZHUTUO         | DENY
            IMPORT     | zhutuo-auditor | ZHUTUO         | DENY
            IMPORT     | admin          | LAISU          | ALLOW
            """)
    void commandByUserInTarget(String endpoint, String user, String target, String expected) {
        Response response = send(endpoint, Tokens.cached(user), target);
        int status = response.statusCode();
        String answer = status + " " + response.body().asString();
        if (expected.equals("ALLOW")) {
            assertThat(status).as(answer).isIn(200, 201, 409);
        } else {
            assertThat(status).as(answer).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    private static Response send(String endpoint, String token, String target) {
        String fresh = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return switch (endpoint) {
            case "RECEIPT" -> given().baseUri(RunningSystem.supplies()).auth().oauth2(token)
                    .contentType(ContentType.JSON).body(Depots.receipt("WATER-550", 1, "M-" + fresh))
                    .when().post("/api/supplies/depots/{id}/receipts", Depots.of(DEPOT.get(target)));
            case "DEPOT" -> given().baseUri(RunningSystem.registry()).auth().oauth2(token)
                    .contentType(ContentType.JSON).body("""
                            {"code": "M-%s", "name": "矩阵测试储备点", "divisionCode": "%s", "kind": "GOVERNMENT"}
                            """.formatted(fresh, DIVISION.get(target)))
                    .when().post("/api/registry/depots");
            case "DIVISION" -> given().baseUri(RunningSystem.registry()).auth().oauth2(token)
                    .contentType(ContentType.JSON).body(newDivisionUnder(DIVISION.get(target)))
                    .when().post("/api/registry/divisions");
            case "CATALOG" -> given().baseUri(RunningSystem.registry()).auth().oauth2(token)
                    .contentType(ContentType.JSON).body("""
                            {"itemCode": "M-%s", "nameZh": "矩阵测试物资", "category": "SHELTER", "unit": "件"}
                            """.formatted(fresh))
                    .when().post("/api/registry/catalog/items");
            case "HOUSEHOLD" -> given().baseUri(RunningSystem.registry()).auth().oauth2(token)
                    .contentType(ContentType.JSON).body("""
                            {"divisionCode": "%s", "address": "矩阵测试地址", "reason": "矩阵测试",
                             "head": {"name": "矩阵户主", "idNumber": "%s", "phone": "13800138000"}}
                            """.formatted(DIVISION.get(target), People.freshResidentId()))
                    .when().post("/api/registry/households");
            case "DISASTER" -> given().baseUri(RunningSystem.registry()).auth().oauth2(token)
                    .contentType(ContentType.JSON).body("""
                            {"type": "FLOOD", "name": "矩阵测试洪涝 %s", "startedAt": "2026-07-20T08:00:00+08:00",
                             "responseLevel": "IV", "affectedDivisionCodes": ["%s"]}
                            """.formatted(fresh, DIVISION.get(target)))
                    .when().post("/api/registry/disasters");
            case "SHELTER" -> given().baseUri(RunningSystem.registry()).auth().oauth2(token)
                    .contentType(ContentType.JSON).body("""
                            {"divisionCode": "%s", "name": "矩阵测试避难场所 %s", "latitude": 29.1,
                             "longitude": 105.8, "capacity": 50}
                            """.formatted(DIVISION.get(target), fresh))
                    .when().post("/api/registry/shelters");
            case "CAPACITY" -> given().baseUri(RunningSystem.registry()).auth().oauth2(token)
                    .contentType(ContentType.JSON).body("""
                            {"contractNumber": "M-%s", "enterprise": "矩阵测试企业", "itemCode": "WATER-550",
                             "dailyCapacity": 1000, "validFrom": "2026-01-01", "validTo": "2027-12-31",
                             "divisionCode": "%s"}
                            """.formatted(fresh, DIVISION.get(target)))
                    .when().post("/api/registry/capacity-agreements");
            case "IMPORT" -> given().baseUri(RunningSystem.registry()).auth().oauth2(token)
                    .contentType("text/csv").body("""
                            divisionCode,address,headName,headIdNumber,headPhone
                            %s,矩阵测试地址,矩阵户主,%s,13800138000
                            """.formatted(DIVISION.get(target), People.freshResidentId()))
                    .when().post("/api/registry/households/import?mode=VALID_ROWS_ONLY");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    /** A division not yet registered: a village under a township, a township under the county. */
    private static String newDivisionUnder(String parent) {
        int number = NEXT_DIVISION.getAndIncrement();
        boolean county = parent.endsWith("000000");
        String code = county ? parent.substring(0, 6) + number + "000" : parent.substring(0, 9) + number;
        return """
                {"code": "%s", "name": "矩阵测试区划%d", "level": "%s", "parentCode": "%s"}
                """.formatted(code, number, county ? "TOWNSHIP" : "VILLAGE", parent);
    }
}
