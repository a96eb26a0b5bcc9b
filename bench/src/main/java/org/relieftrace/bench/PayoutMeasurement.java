package org.relieftrace.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The payout benchmark's timed parts ({@link ReliefPayout}), on the cases {@link PayoutSetup} left ready: (1) making
 * up one payment batch (发放批次) of all of them until the batch's bank file is complete, and (2) uploading the bank's
 * result file (银行回盘, every line paid) until the reconciliation is recorded; the machine's load is sampled
 * throughout.
 *
 * @param config where the system is
 * @param client the requests, as the demo users
 * @param say    where progress lines go
 */
record PayoutMeasurement(Config config, ReliefClient client, Consumer<String> say) {

    /** Times the batch and the reconciliation of the {@code ready} cases. */
    ReliefPayout.Result measure(PayoutSetup.Ready ready) throws IOException, InterruptedException {
        // (1) the batch, until its bank file is complete
        double loadBefore = LoadSampler.now();
        LoadSampler load = new LoadSampler();
        long batchStart = System.nanoTime();
        JsonNode made = client.post(config.reliefUrl(), "/api/relief/payment-batches", "county-finance", Map.of(
                "divisionCode", ReliefPayout.VILLAGE, "disasterId", ready.disasterId(), "title", "发放压测批次",
                "reason", "按月发放"), 201);
        long batchAnswered = System.nanoTime() - batchStart;
        String batchId = made.path("batchId").asText();
        int lines = made.path("lines").asInt();
        // 双人复核: a second finance user releases the batch before its bank file can be produced
        client.retry("POST", config.reliefUrl(), "/api/relief/payment-batches/" + batchId + "/release",
                "county-finance2", null, 200);
        String bankFile = awaitBankFile(batchId, lines);
        long batchNanos = System.nanoTime() - batchStart;
        say.accept(String.format(Locale.ROOT, "batch: %,d lines, 201 after %.2f s, bank file after %.2f s", lines,
                batchAnswered / 1e9, batchNanos / 1e9));

        // (2) the bank's result file: every line paid (built before the clock starts)
        String result = allPaid(bankFile);
        long resultStart = System.nanoTime();
        HttpRequest upload = Http.request(config.reliefUrl(), "/api/relief/payment-batches/" + batchId
                        + "/bank-results", client.token("county-finance"))
                .timeout(ReliefPayout.GIVE_UP_AFTER)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(result))
                .build();
        HttpResponse<String> answer = client.send(upload);
        long resultAnswered = System.nanoTime() - resultStart;
        if (answer.statusCode() != 200) {
            throw new IOException("the result file was answered " + answer.statusCode() + ": "
                    + Http.abbreviate(answer.body(), 300));
        }
        JsonNode reconciliation = Http.parse(answer.body());
        Predicate<JsonNode> reconciledBatch = list -> {
            for (JsonNode batch : list.path("items")) {
                if (batch.path("batchId").asText().equals(batchId)) {
                    String status = batch.path("status").asText();
                    return status.equals("RECONCILED") || status.equals("MISMATCHED");
                }
            }
            return false;
        };
        client.awaitJson(config.reliefUrl(), "/api/relief/payment-batches?size=500&division=" + ReliefPayout.VILLAGE,
                "county-finance", reconciledBatch);
        long reconciled = System.nanoTime() - resultStart;
        load.close();
        say.accept(String.format(Locale.ROOT, "results: 200 after %.2f s, reconciled after %.2f s; %d paid, %d"
                        + " mismatches", resultAnswered / 1e9, reconciled / 1e9,
                reconciliation.path("paidCount").asInt(), reconciliation.path("mismatches").size()));
        return new ReliefPayout.Result(ready.cases(), ready.setupNanos(), ready.events(), ready.loadNanos(),
                ready.catchUpNanos(), loadBefore, load.min(), load.max(), batchAnswered, batchNanos, lines,
                bankFile.length(), resultAnswered, reconciled, reconciliation.path("paidCount").asInt(),
                reconciliation.path("mismatches").size());
    }

    /** Polls the batch's bank file until it holds all its {@code lines} (plus header and two trailer lines). */
    private String awaitBankFile(String batchId, int lines) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + ReliefPayout.GIVE_UP_AFTER.toNanos();
        while (true) {
            HttpResponse<String> file = client.send(Http.request(config.reliefUrl(), "/api/relief/payment-batches/"
                    + batchId + "/bank-file", client.token("county-finance")).setHeader("Accept", "text/csv").GET()
                    .build());
            if (file.statusCode() == 200 && file.body().lines().count() == lines + 3L) {
                return file.body();
            } else if (System.nanoTime() - deadline > 0) {
                throw new IOException("the bank file of batch " + batchId + " was not complete in time: "
                        + file.statusCode() + " " + Http.abbreviate(file.body(), 200));
            } else if (file.statusCode() != 200 && file.statusCode() != 404) {
                throw new IOException("the bank file of batch " + batchId + " was answered " + file.statusCode()
                        + ": " + Http.abbreviate(file.body(), 300));
            } else {
                Thread.sleep(ReliefPayout.POLL_EVERY);
            }
        }
    }

    /** The bank's result file for {@code bankFile}: every line paid, with a bank reference of its own. */
    private static String allPaid(String bankFile) {
        StringBuilder result = new StringBuilder("paymentId,accountNumber,amount,status,reason,bankReference\n");
        List<String> rows = bankFile.lines().toList();
        List<String> header = List.of(rows.get(0).split(","));
        int paymentCol = header.indexOf("paymentId");
        int accountCol = header.indexOf("accountNumber");
        int amountCol = header.indexOf("amount");
        for (String row : rows.subList(1, rows.size() - 2)) {
            String[] v = row.split(",");
            result.append(v[paymentCol]).append(',').append(v[accountCol]).append(',').append(v[amountCol])
                    .append(",PAID,,B").append(v[0]).append('\n');
        }
        return result.toString();
    }
}
