package org.relieftrace.registry.householdimport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.command.DuplicateRequest;
import org.relieftrace.platform.command.IdempotencyStore;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.registry.household.HouseholdCommands.RegisterHousehold;
import org.relieftrace.registry.household.HouseholdRequests.HouseholdRequest;
import org.relieftrace.registry.household.HouseholdRequests.PersonRequest;
import org.relieftrace.registry.household.HouseholdRules;
import org.relieftrace.registry.householdimport.HouseholdImportViews.ImportView;
import org.relieftrace.registry.householdimport.HouseholdImportViews.RowProblem;

/**
 * Checks and imports the rows of an import file, and keeps the progress of the imports of this service instance.
 * <p>
 * Every row is checked first, with the rules of {@code POST /households}: the bean constraints of its body, a valid
 * resident ID number, a head with a phone, a registered village or township inside the caller's division, a head
 * not yet registered in a household, and — for a file — no ID number twice in the file (the later rows are the
 * invalid ones). Then each valid row is sent as a {@link RegisterHousehold} command, one at a time, on behalf of the
 * caller captured when the file was posted; a job never reads the request, so it runs the same on or off it.
 * <p>
 * Retries: each row's household id is derived from the caller, the request's {@code Idempotency-Key} and the row
 * number. Only the first command sent can carry the key itself (the key is claimed once, with that command's
 * events); the others go without it. A retried import with the same key and file therefore finds the first row's
 * key taken (same command: counted as imported, a different command: the row is reported), and every other row
 * already registered under the very household id it would create — counted as imported too, not as a duplicate.
 * Nothing is registered twice. Without a key, a retry reports the rows imported before as already registered.
 * <p>
 * The jobs live in memory: a restart loses the progress view of running and finished imports, never the imported
 * households, which are events. Finished jobs are forgotten after a day.
 */
@ApplicationScoped
public class HouseholdImports {

    private static final Logger LOG = Logger.getLogger(HouseholdImports.class);
    private static final Duration KEPT = Duration.ofDays(1);
    private static final Map<String, String> FIELDS = Map.of("divisionCode", "divisionCode", "address", "address",
            "head.name", "headName", "head.idNumber", "headIdNumber", "head.phone", "headPhone", "reason", "reason");

    /** Who posted the file, the request id and key, as captured on the request: all a job needs. */
    public record Submitter(Caller caller, String correlationId, String idempotencyKey) {
    }

    @Inject
    Commands commands;

    @Inject
    HouseholdRules rules;

    @Inject
    Validator validator;

    @Inject
    IdempotencyStore idempotency;

    private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();

    /** Registers a new job of {@code total} rows, to be {@link #run} now or in the background. */
    ImportJob start(String file, ImportMode mode, int total, Submitter who) {
        Instant old = Instant.now().minus(KEPT);
        jobs.values().removeIf(job -> job.finished() && job.started().isBefore(old));
        ImportJob job = new ImportJob(UUID.randomUUID(), who.caller().userId(), mode, file, total);
        jobs.put(job.jobId(), job);
        return job;
    }

    /** The job, if the caller started it (or is an admin). */
    Optional<ImportJob> find(UUID jobId, Caller caller) {
        return Optional.ofNullable(jobs.get(jobId))
                .filter(job -> job.ownerId().equals(caller.userId()) || caller.hasRole(DivisionAccess.ADMIN));
    }

    /**
     * Checks every row, then imports the valid ones as the mode says; the job shows how far it got.
     * {@code householdIds} holds each row's household id, by row number.
     */
    void run(ImportJob job, ImportMode mode, List<ImportRow> rows, Map<Integer, UUID> householdIds, Submitter who) {
        long began = System.nanoTime();
        try {
            List<ImportRow> valid = check(job, rows, householdIds, who.caller());
            if (mode == ImportMode.ALL_OR_NOTHING && valid.size() < rows.size()) {
                return;
            }
            boolean first = true;
            for (ImportRow row : valid) {
                send(job, row, householdIds.get(row.row()), who, first);
                first = false;
                job.progressed(1);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "import %s stopped", job.jobId());
            job.problems(List.of(new RowProblem(0, null, "the import stopped: " + e)));
        } finally {
            job.finish();
            ImportView view = job.view();
            LOG.infof("import %s of %s: %d rows, %d imported, %d invalid, in %d ms", job.jobId(), view.file(),
                    view.total(), view.imported(), view.invalid(), (System.nanoTime() - began) / 1_000_000);
        }
    }

    private List<ImportRow> check(ImportJob job, List<ImportRow> rows, Map<Integer, UUID> householdIds,
                                  Caller caller) {
        Map<String, Optional<String>> divisions = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<ImportRow> valid = new ArrayList<>();
        int checked = 0;
        for (ImportRow row : rows) {
            List<RowProblem> problems = problems(row, householdIds.get(row.row()), caller, divisions, seen);
            if (problems.isEmpty()) {
                valid.add(row);
            } else {
                job.problems(problems);
            }
            checked++;
        }
        // rows that will not be sent are done once checked
        job.progressed(checked - valid.size());
        return valid;
    }

    private List<RowProblem> problems(ImportRow row, UUID householdId, Caller caller,
                                      Map<String, Optional<String>> divisions, Map<String, Integer> seen) {
        List<RowProblem> problems = new ArrayList<>();
        HouseholdRequest request = new HouseholdRequest(row.divisionCode(), row.address(),
                new PersonRequest(row.headName(), row.headIdNumber(), row.headPhone(), null), row.reason());
        Set<String> bad = new HashSet<>();
        for (ConstraintViolation<HouseholdRequest> violation : validator.validate(request)) {
            String path = violation.getPropertyPath().toString();
            String field = FIELDS.getOrDefault(path, path);
            bad.add(field);
            problems.add(new RowProblem(row.row(), field, violation.getMessage()));
        }
        if (!bad.contains("headIdNumber")) {
            rules.idNumberProblem(row.headIdNumber()).ifPresent(problem -> {
                bad.add("headIdNumber");
                problems.add(new RowProblem(row.row(), "headIdNumber", problem));
            });
        }
        if (row.headPhone() == null) {
            problems.add(new RowProblem(row.row(), "headPhone", HouseholdRules.PHONE_REQUIRED));
        }
        if (!bad.contains("divisionCode")) {
            String code = row.divisionCode();
            if (!caller.hasRole(DivisionAccess.ADMIN) && !DivisionCode.contains(caller.division(), code)) {
                problems.add(new RowProblem(row.row(), "divisionCode", "division " + code + " is outside "
                        + caller.division()));
            } else {
                divisions.computeIfAbsent(code, c -> rules.residentDivisionProblem(c))
                        .ifPresent(problem -> problems.add(new RowProblem(row.row(), "divisionCode", problem)));
            }
        }
        if (!bad.contains("headIdNumber")) {
            Integer earlier = seen.putIfAbsent(row.headIdNumber(), row.row());
            if (earlier != null) {
                problems.add(new RowProblem(row.row(), "headIdNumber", "the same ID number as row " + earlier));
            } else {
                rules.registeredIn(row.headIdNumber())
                        .filter(found -> !found.equals(householdId))
                        .ifPresent(found -> problems.add(new RowProblem(row.row(), "headIdNumber",
                                "the person with this ID number is already registered in household " + found)));
            }
        }
        return problems;
    }

    private void send(ImportJob job, ImportRow row, UUID householdId, Submitter who, boolean first) {
        RegisterHousehold command = new RegisterHousehold(householdId, row.divisionCode(), row.address(),
                row.headName(), row.headIdNumber(), row.headPhone());
        try {
            commands.sendAs(who.caller(), who.correlationId(), first ? who.idempotencyKey() : null, command,
                    row.reason());
            job.importedOne();
        } catch (RuntimeException e) {
            Throwable cause = rootOf(e);
            if (cause instanceof DuplicateRequest duplicate) {
                boolean same = idempotency.firstAnswer(duplicate.callerId(), duplicate.key())
                        .map(answer -> answer.fingerprint().equals(duplicate.fingerprint())).orElse(false);
                if (same) {
                    job.importedOne();
                } else {
                    job.problems(List.of(new RowProblem(row.row(), null, "the Idempotency-Key "
                            + duplicate.key() + " was used for a different request")));
                }
            } else if (cause instanceof DomainRuleViolation rule
                    && "household-already-registered".equals(rule.code())) {
                job.importedOne(); // by an earlier try of this import
            } else {
                job.problems(List.of(new RowProblem(row.row(), null, cause.getMessage())));
            }
        }
    }

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (!(t instanceof DuplicateRequest) && !(t instanceof DomainRuleViolation) && t.getCause() != null
                && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
