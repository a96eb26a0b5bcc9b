package org.relieftrace.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of every service's OpenAPI document × every role × where the caller stands to the record acted on
 * (its own division, a division above it, a village below it, a sibling township, another county), with real
 * Keycloak tokens of the demo users; what is expected is one line per operation in
 * {@code authorization-matrix.tsv} (see {@link MatrixTable}), and an operation with no line fails the test.
 *
 * <p>Refused means {@code 401}/{@code 403} with a problem+json body and no event caused by the call (each call has an
 * {@code X-Request-Id} of its own, and the audit stream is asked for the events of that request); allowed
 * means anything that got past authorization — {@code 2xx}, or {@code 400}/{@code 404}/{@code 409} from validation
 * or a business rule. A {@code 5xx} fails as well. Each user's calls run in order, the users four at a time.
 */
@ExtendWith(RunningSystem.class)
class FullAuthorizationMatrixTest {

    /** The demo users by role, one per position: the county, 朱沱镇, its village 第2村, 来苏镇, 铜梁区. */
    static final List<MatrixTable.Caller> CALLERS = callers();

    private static List<MatrixTable.Caller> callers() {
        Map<String, String> places = new java.util.LinkedHashMap<>();
        places.put("county", "500118000000");
        places.put("zhutuo", MatrixFixtures.TOWNSHIP);
        places.put("village", MatrixFixtures.VILLAGE);
        places.put("laisu", "500118109000");
        places.put("tongliang", "500151000000");
        Map<String, String> depots = Map.of("county", "YC-COUNTY-01", "zhutuo", MatrixFixtures.TOWNSHIP_DEPOT,
                "village", MatrixFixtures.VILLAGE_DEPOT, "laisu", "LS-TOWN-01");
        Map<String, String> roles = Map.of("keeper", "depot-keeper", "officer", "supplies-officer",
                "civil", "civil-affairs", "finance", "finance", "auditor", "auditor");
        List<MatrixTable.Caller> callers = new ArrayList<>();
        places.forEach((place, division) -> roles.forEach((suffix, role) -> callers.add(new MatrixTable.Caller(
                place + "-" + suffix, role, division,
                role.equals("depot-keeper") && depots.containsKey(place) ? Set.of(depots.get(place)) : Set.of()))));
        callers.add(new MatrixTable.Caller("admin", "admin", "500118000000", Set.of()));
        return callers;
    }

    @Test
    void everyOperationByEveryRoleFromEveryDivisionIsAllowedOrRefusedAsTheTableSays() throws Exception {
        Map<String, MatrixTable.Expectation> table = MatrixTable.read();
        List<ApiOperations.Operation> operations = ApiOperations.all();
        List<String> withoutLine = operations.stream().map(ApiOperations.Operation::operationId)
                .filter(id -> !table.containsKey(id)).toList();
        Set<String> published = operations.stream().map(ApiOperations.Operation::operationId)
                .collect(Collectors.toSet());
        List<String> stale = table.keySet().stream().filter(id -> !published.contains(id)).toList();
        List<ApiOperations.Operation> covered = operations.stream().filter(o -> table.containsKey(o.operationId()))
                .toList();

        MatrixFixtures fixtures = MatrixFixtures.make();
        MatrixCalls calls = new MatrixCalls(fixtures);
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        int[] tally = new int[4];
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (MatrixTable.Caller caller : CALLERS) {
            done.add(pool.submit(() -> {
                for (ApiOperations.Operation operation : covered) {
                    check(calls, operation, table.get(operation.operationId()), caller, problems, tally);
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        long scopes = CALLERS.stream().map(c -> MatrixTable.scope(c, MatrixFixtures.TOWNSHIP)).distinct().count();
        System.out.printf("authorization matrix: %d operations × %d roles × %d positions (%d callers) = %d calls;"
                        + " allowed as expected %d, refused as expected %d, unexpected allows %d,"
                        + " unexpected refusals/other %d%n", covered.size(), MatrixTable.ROLES.size(), scopes,
                CALLERS.size(), covered.size() * CALLERS.size(), tally[0], tally[1], tally[2], tally[3]);
        fixtures.failures().forEach((name, why) -> System.out.println("fixture not made: " + name + ": " + why));
        problems.stream().sorted().forEach(System.out::println);
        assertThat(withoutLine).as("operations with no line in " + MatrixTable.RESOURCE).isEmpty();
        assertThat(stale).as("lines of " + MatrixTable.RESOURCE + " naming no published operation").isEmpty();
        assertThat(problems).as("unexpected outcomes").isEmpty();
    }

    private static void check(MatrixCalls calls, ApiOperations.Operation operation,
                              MatrixTable.Expectation expectation, MatrixTable.Caller caller, List<String> problems,
                              int[] tally) {
        MatrixCalls.Target target = calls.target(operation, expectation);
        boolean expected = MatrixTable.allowed(expectation, caller, target.division(), target.depot());
        String requestId = UUID.randomUUID().toString();
        Response response = calls.call(operation, expectation, caller.username(), target, requestId);
        int status = response.statusCode();
        boolean refused = status == 401 || status == 403;
        String where = "%s by %s (%s, %s): expected %s, got %d %s".formatted(operation, caller.username(),
                caller.role(), MatrixTable.scope(caller, target.division()), expected ? "ALLOW" : "REFUSE", status,
                abbreviated(response.body().asString()));
        synchronized (tally) {
            if (status >= 500) {
                tally[3]++;
                problems.add("5xx: " + where);
            } else if (expected && !refused) {
                tally[0]++;
            } else if (!expected && refused) {
                tally[1]++;
            } else if (!expected) {
                tally[2]++;
                problems.add((target.complete() ? "unexpected allow: " : "unverified (a path parameter has no"
                        + " fixture): ") + where);
            } else {
                tally[3]++;
                problems.add("unexpected refusal: " + where);
            }
        }
        if (refused) {
            if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                problems.add("refusal without problem+json: " + where);
            }
            long caused = MatrixCalls.eventsCausedBy(requestId);
            if (!expected && caused != 0) {
                problems.add("a refused call appended " + caused + " event(s): " + where);
            }
        }
    }

    private static String abbreviated(String body) {
        String line = body.replaceAll("\\s+", " ");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
