package org.relieftrace.registry.householdimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;

import org.relieftrace.contracts.registry.DivisionRegistered;
import org.relieftrace.platform.testing.PostgresTestResource;
import org.relieftrace.registry.household.TestPeople;
import org.relieftrace.registry.testing.Rows;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "zhutuo-importer", roles = "civil-affairs")
@OidcSecurity(claims = @Claim(key = "division", value = "500118116000"))
class HouseholdImportResourceTest {

    private static final String YONGCHUAN = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String VILLAGE_201 = "500118116201";
    private static final String VILLAGE_202 = "500118116202";
    private static final String LAISU = "500118109000";
    private static final String UNKNOWN_VILLAGE = "500118116299";
    private static final String HEADER = "divisionCode,address,headName,headIdNumber,headPhone,reason";

    @Inject
    EventGateway events;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void theDivisionsAreRegistered() {
        events.publish(new DivisionRegistered(YONGCHUAN, "永川区", "COUNTY", null));
        events.publish(new DivisionRegistered(ZHUTUO, "朱沱镇", "TOWNSHIP", YONGCHUAN));
        events.publish(new DivisionRegistered(VILLAGE_201, "朱沱镇第2村", "VILLAGE", ZHUTUO));
        events.publish(new DivisionRegistered(VILLAGE_202, "朱沱镇第3村", "VILLAGE", ZHUTUO));
        events.publish(new DivisionRegistered(LAISU, "吉安镇", "TOWNSHIP", YONGCHUAN));
        await().atMost(Duration.ofSeconds(20)).until(() -> Rows.count(dataSource,
                "SELECT count(*) FROM registry.division WHERE code IN (?, ?, ?, ?, ?)",
                YONGCHUAN, ZHUTUO, VILLAGE_201, VILLAGE_202, LAISU) == 5);
    }

    /** Valid numbers of a region no other test uses, distinct for distinct {@code n} below 3,000,000. */
    private static String idNumber(String region, int n) {
        return TestPeople.idNumber(region, LocalDate.of(1950, 1, 1).plusDays(n / 1000), n % 1000);
    }

    private static String region() {
        return "5" + (10000 + ThreadLocalRandom.current().nextInt(90000));
    }

    @Test
    void tenThousandRowsWith37InvalidOnesImportTheOther9963InTheBackground() throws IOException {
        String region = region();
        LocalDate future = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);
        int rows = 10_000;
        Map<Integer, String> invalid = new TreeMap<>();
        List<String> validIds = new ArrayList<>();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("households");
            Row header = sheet.createRow(0);
            String[] columns = HEADER.split(",");
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            String previousId = null;
            for (int d = 0; d < rows; d++) {
                String division = d % 2 == 0 ? VILLAGE_201 : VILLAGE_202;
                String address = "朱沱镇第" + (d % 2 + 2) + "村" + (d % 9 + 1) + "组" + d + "号";
                String name = "户主" + d;
                String id = idNumber(region, d);
                String phone = "138" + "%08d".formatted(d);
                boolean bad = d % 270 == 7 && d < 37 * 270;
                if (bad) {
                    int kind = d / 270 % 7;
                    invalid.put(d + 2, List.of("check digit", "future birth", "phone", "unknown division",
                            "outside division", "empty name", "duplicate").get(kind));
                    switch (kind) {
                        case 0 -> id = TestPeople.withWrongCheck(id);
                        case 1 -> id = TestPeople.idNumber(region, future, d % 1000);
                        case 2 -> phone = "1231234";
                        case 3 -> division = UNKNOWN_VILLAGE;
                        case 4 -> division = LAISU;
                        case 5 -> name = "";
                        default -> id = previousId;
                    }
                } else {
                    validIds.add(id);
                }
                Row row = sheet.createRow(d + 1);
                // division codes and phones as numbers in every third row: read back in full, not as 5.0E11
                if (d % 3 == 0) {
                    row.createCell(0).setCellValue(Double.parseDouble(division));
                    row.createCell(4).setCellValue(Double.parseDouble(phone));
                } else {
                    row.createCell(0).setCellValue(division);
                    row.createCell(4).setCellValue(phone);
                }
                row.createCell(1).setCellValue(address);
                row.createCell(2).setCellValue(name);
                row.createCell(3).setCellValue(id);
                row.createCell(5).setCellValue("批量导入");
                previousId = id;
            }
            workbook.write(xlsx);
        }
        assertThat(invalid).hasSize(37);
        assertThat(validIds).hasSize(9963);

        long began = System.nanoTime();
        String location = given().multiPart("file", "households.xlsx", xlsx.toByteArray(), HouseholdImportResource.XLSX)
                .queryParam("mode", "VALID_ROWS_ONLY")
                .post("/api/registry/households/import")
                .then().statusCode(202)
                .body("status", equalTo("RUNNING")).body("total", equalTo(rows))
                .header("Location", containsString("/api/registry/households/imports/"))
                .extract().header("Location");
        String jobPath = location.substring(location.indexOf("/api/registry/households/imports/"));
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(2)).until(() ->
                "DONE".equals(given().get(jobPath).then().statusCode(200).extract().path("status")));
        long millis = (System.nanoTime() - began) / 1_000_000;
        System.out.printf("household import of %d XLSX rows (%d valid) took %d ms%n", rows, validIds.size(), millis);

        JsonPath job = given().get(jobPath).then().statusCode(200).extract().jsonPath();
        assertThat(job.getInt("total")).isEqualTo(rows);
        assertThat(job.getInt("done")).isEqualTo(rows);
        assertThat(job.getInt("imported")).isEqualTo(9963);
        assertThat(job.getInt("invalid")).isEqualTo(37);
        List<Integer> reported = job.getList("report.row", Integer.class).stream().distinct().toList();
        assertThat(reported).as("rows named by the report").containsExactlyElementsOf(invalid.keySet());
        assertThat(job.getList("report.field", String.class))
                .contains("headIdNumber", "headPhone", "divisionCode", "headName");

        String someone = validIds.get(validIds.size() / 2);
        await().atMost(Duration.ofMinutes(5)).until(() -> Rows.count(dataSource,
                "SELECT count(*) FROM registry.person WHERE id_number = ? AND household_id IS NOT NULL",
                someone) == 1);
        given().get("/api/registry/households/{id}", householdOf(someone)).then().statusCode(200)
                .body("members[0].idNumber", equalTo(someone));
    }

    @Test
    void allOrNothingImportsNothingWhenOneRowIsInvalidAndNamesThatRow() {
        String region = region();
        String csv = HEADER + "\n"
                + VILLAGE_201 + ",朱沱镇第2村1组1号,张一," + idNumber(region, 1) + ",13800000001,\n"
                + VILLAGE_201 + ",朱沱镇第2村1组2号,张二," + idNumber(region, 2) + ",1380000,\n"
                + VILLAGE_202 + ",\"朱沱镇第3村1组3号, 东\",张三," + idNumber(region, 3) + ",13800000003,迁入\n";
        given().multiPart("file", "three.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .queryParam("mode", "ALL_OR_NOTHING")
                .post("/api/registry/households/import")
                .then().statusCode(200)
                .body("status", equalTo("DONE")).body("total", equalTo(3)).body("imported", equalTo(0))
                .body("invalid", equalTo(1))
                .body("report", hasSize(1)).body("report[0].row", equalTo(3))
                .body("report[0].field", equalTo("headPhone"));
        for (int n = 1; n <= 3; n++) {
            assertThat(Rows.events(dataSource, "HouseholdRegistered", "headIdNumber", idNumber(region, n)))
                    .isZero();
        }
    }

    @Test
    void validRowsOnlyImportsTheValidRowsOfACsvBody() {
        String region = region();
        String csv = "\uFEFF" + HEADER + "\n"
                + VILLAGE_201 + ",朱沱镇第2村1组1号,李一," + idNumber(region, 1) + ",13800000001,\n"
                + ZHUTUO + "000,朱沱镇第2村1组2号,李二," + idNumber(region, 2) + ",13800000002,\n"
                + VILLAGE_202 + ",朱沱镇第3村1组3号,李三," + idNumber(region, 3) + ",13800000003,\n";
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("mode", "VALID_ROWS_ONLY")
                .post("/api/registry/households/import")
                .then().statusCode(200)
                .body("imported", equalTo(2)).body("invalid", equalTo(1))
                .body("report[0].row", equalTo(3)).body("report[0].field", equalTo("divisionCode"));
        assertThat(Rows.events(dataSource, "HouseholdRegistered", "headIdNumber", idNumber(region, 1))).isOne();
        assertThat(Rows.events(dataSource, "HouseholdRegistered", "headIdNumber", idNumber(region, 3))).isOne();
    }

    @Test
    void aRetriedImportWithTheSameIdempotencyKeyRegistersNothingTwice() {
        String region = region();
        String csv = HEADER + "\n"
                + VILLAGE_201 + ",朱沱镇第2村1组1号,王一," + idNumber(region, 1) + ",13800000001,\n"
                + VILLAGE_201 + ",朱沱镇第2村1组2号,王二," + idNumber(region, 2) + ",13800000002,\n";
        String key = "import-" + region;
        for (int attempt = 0; attempt < 2; attempt++) {
            given().contentType("text/csv").header("Idempotency-Key", key).body(csv)
                    .post("/api/registry/households/import")
                    .then().statusCode(200).body("imported", equalTo(2)).body("invalid", equalTo(0));
            String last = idNumber(region, 2);
            await().atMost(Duration.ofSeconds(20)).until(() -> Rows.count(dataSource,
                    "SELECT count(*) FROM registry.person WHERE id_number = ?", last) == 1);
        }
        assertThat(Rows.events(dataSource, "HouseholdRegistered", "headIdNumber", idNumber(region, 1))).isOne();
        assertThat(Rows.events(dataSource, "HouseholdRegistered", "headIdNumber", idNumber(region, 2))).isOne();
    }

    @Test
    void aFileWithAWrongHeaderIsRefusedNamingTheFile() {
        given().multiPart("file", "bad-header.csv", "division,address,name\n1,2,3\n".getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .header("Accept-Language", "en")
                .post("/api/registry/households/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("bad-header.csv"));
    }

    private String householdOf(String idNumber) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT household_id FROM registry.person WHERE id_number = ?")) {
            statement.setString(1, idNumber);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
