package org.relieftrace.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The household import benchmark (批量导入): one XLSX of {@value #ROWS} distinct, valid households in village
 * {@value #VILLAGE}, uploaded to the registry-service as {@value #USER}, timed from the upload until the background
 * import reports {@code DONE}.
 *
 * <p>A person can be registered only once, ever, so every run needs resident ID numbers no run used before: region
 * {@value #REGION}, a birth date and a 3-digit sequence (000–999), with the GB 11643 check character. The birth dates
 * are {@value #DAYS_PER_RUN} consecutive days chosen by the minute the run started: minute {@code m} (since the Unix
 * epoch) takes slot {@code m mod }{@value #SLOTS}, and slot {@code s} the days {@code 1880-01-01 + 10·s} onwards.
 * Two runs started in the same minute, or a multiple of {@value #SLOTS} minutes (about 3.7 days) apart, would reuse
 * numbers; the import then reports those rows as invalid, and so does the report.
 */
public final class HouseholdImport {

    /** Data rows in the file. */
    public static final int ROWS = 10_000;
    /** The demo user who imports: a civil-affairs officer of 朱沱镇 (500118116000). */
    public static final String USER = "zhutuo-civil";
    /** The village every household lives in: 朱沱镇第2村. */
    public static final String VILLAGE = "500118116201";
    /** The region code of every head's ID number (永川区). */
    public static final String REGION = "500118";
    /** Every head's phone number. */
    public static final String PHONE = "13800138000";
    /** The import mode asked for. */
    public static final String MODE = "VALID_ROWS_ONLY";
    /** The file name the upload gives. */
    public static final String FILE_NAME = "bench-households.xlsx";
    /** The header row. */
    public static final List<String> HEADER =
            List.of("divisionCode", "address", "headName", "headIdNumber", "headPhone", "reason");
    /** How often the job is polled. */
    public static final Duration POLL_EVERY = Duration.ofMillis(250);
    /** How long the import may take before the run gives up. */
    public static final Duration GIVE_UP_AFTER = Duration.ofMinutes(10);

    static final int DAYS_PER_RUN = 10;
    static final int SLOTS = 5_330;
    static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1880, 1, 1);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /**
     * What one import took.
     *
     * @param fileBytes      size of the XLSX uploaded
     * @param firstIdNumber  the first head's ID number
     * @param lastIdNumber   the last head's ID number
     * @param jobPath        the job's {@code Location}
     * @param acceptedNanos  from the start of the upload to the {@code 202}
     * @param doneNanos      from the start of the upload to the first poll that saw {@code DONE}
     * @param polls          how many times the job was read
     * @param total          the job's {@code total}
     * @param imported       households the job registered
     * @param invalid        rows the job refused
     * @param problems       the first rows of the job's report, as JSON, when there are any
     */
    public record Result(int fileBytes, String firstIdNumber, String lastIdNumber, String jobPath,
                         long acceptedNanos, long doneNanos, int polls, int total, int imported, int invalid,
                         List<String> problems) {

        /** Rows handled per second, from the start of the upload to {@code DONE}. */
        public double rowsPerSecond() {
            return doneNanos > 0 ? (imported + invalid) / (doneNanos / 1e9) : 0;
        }
    }

    private final URI registryUrl;
    private final Keycloak.Token token;
    private final HttpClient http = Http.newClient();

    /** The import benchmark against the registry-service at {@code registryUrl}, as {@code token}'s user. */
    public HouseholdImport(URI registryUrl, Keycloak.Token token) {
        this.registryUrl = registryUrl;
        this.token = token;
    }

    /** The {@value #ROWS} head ID numbers of a run started at {@code startedAt}, all distinct. */
    static List<String> idNumbers(Instant startedAt) {
        long slot = Math.floorMod(startedAt.getEpochSecond() / 60, SLOTS);
        List<String> ids = new ArrayList<>(ROWS);
        for (int n = 0; n < ROWS; n++) {
            LocalDate birth = FIRST_BIRTH_DATE.plusDays(slot * DAYS_PER_RUN + n / 1000);
            String first17 = REGION + String.format(Locale.ROOT, "%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth()) + String.format(Locale.ROOT, "%03d", n % 1000);
            ids.add(first17 + checkCharacter(first17));
        }
        return ids;
    }

    /** The GB 11643 check character of 17 digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The XLSX: the header, then one household per ID number, every cell text. */
    static byte[] workbook(List<String> idNumbers) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("households");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int n = 0; n < idNumbers.size(); n++) {
                Row row = sheet.createRow(n + 1);
                String number = String.format(Locale.ROOT, "%05d", n + 1);
                row.createCell(0).setCellValue(VILLAGE);
                row.createCell(1).setCellValue("朱沱镇第2村压测组" + number + "号");
                row.createCell(2).setCellValue("压测户主" + number);
                row.createCell(3).setCellValue(idNumbers.get(n));
                row.createCell(4).setCellValue(PHONE);
                row.createCell(5).setCellValue("批量导入压测");
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** Builds the file, uploads it and polls the job until it is {@code DONE}. */
    public Result run(Instant startedAt) throws IOException, InterruptedException {
        List<String> ids = idNumbers(startedAt);
        byte[] xlsx = workbook(ids);
        String boundary = "bench-" + UUID.randomUUID();
        byte[] body = multipart(boundary, xlsx);
        String bearer = token.bearer();
        HttpRequest upload = Http.request(registryUrl, "/api/registry/households/import?mode=" + MODE, bearer)
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();

        long start = System.nanoTime();
        HttpResponse<String> accepted;
        try {
            accepted = Http.send(http, upload);
        } catch (IOException e) {
            throw new IOException("the registry-service is not reachable at " + registryUrl + ": " + e, e);
        }
        long acceptedNanos = System.nanoTime() - start;
        String location = accepted.headers().firstValue("Location").orElse(null);
        if (accepted.statusCode() != 202 || location == null) {
            throw new IOException("the import was answered HTTP " + accepted.statusCode()
                    + (location == null ? " without a Location" : "") + ", not 202 with a Location: "
                    + Http.abbreviate(accepted.body(), 500));
        }
        URI job = registryUrl.resolve(location);

        int polls = 0;
        long deadline = start + GIVE_UP_AFTER.toNanos();
        while (true) {
            HttpRequest poll = HttpRequest.newBuilder(job)
                    .timeout(Http.REQUEST_TIMEOUT)
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token.bearer())
                    .GET()
                    .build();
            HttpResponse<String> answer = Http.send(http, poll);
            long now = System.nanoTime();
            polls++;
            if (answer.statusCode() != 200) {
                throw new IOException("reading the import job " + job + " was answered HTTP " + answer.statusCode()
                        + ": " + Http.abbreviate(answer.body(), 300));
            }
            JsonNode view = Http.parse(answer.body());
            if ("DONE".equals(view.path("status").asText())) {
                List<String> problems = new ArrayList<>();
                for (JsonNode problem : view.path("report")) {
                    if (problems.size() == 5) {
                        break;
                    }
                    problems.add(Http.abbreviate(problem.toString(), 300));
                }
                return new Result(xlsx.length, ids.get(0), ids.get(ids.size() - 1), job.getPath(), acceptedNanos,
                        now - start, polls, view.path("total").asInt(), view.path("imported").asInt(),
                        view.path("invalid").asInt(), problems);
            }
            if (now - deadline >= 0) {
                throw new IOException("the import was not DONE after " + GIVE_UP_AFTER.toMinutes() + " min: "
                        + Http.abbreviate(answer.body(), 300));
            }
            Thread.sleep(POLL_EVERY);
        }
    }

    private static byte[] multipart(String boundary, byte[] file) {
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + FILE_NAME + "\"\r\n"
                + "Content-Type: " + XLSX + "\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 512);
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
