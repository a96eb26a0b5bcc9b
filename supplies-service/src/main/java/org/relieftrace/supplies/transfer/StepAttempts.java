package org.relieftrace.supplies.transfer;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.readmodel.Sql;

/**
 * 调拨流程重试计数 — how often a step of a transfer's saga failed unexpectedly. Each failure is counted in a
 * transaction of its own ({@link SagaSteps#inOwnTransaction}), so the count survives the saga's transaction, which
 * is rolled back to have the event delivered again, and a restart of the service.
 */
@ApplicationScoped
public class StepAttempts {

    @Inject
    Sql sql;

    @Inject
    SagaSteps steps;

    /** Counts one more failed attempt of {@code step}, with why; answers the attempts failed so far. */
    public int failed(UUID transferId, String step, String why) {
        String detail = why.length() > 500 ? why.substring(0, 500) : why;
        return steps.inOwnTransaction(() -> sql.one("""
                INSERT INTO supplies.transfer_step_attempt (transfer_id, step, attempts, last_failure, failed_at)
                VALUES (?, ?, 1, ?, now())
                ON CONFLICT (transfer_id, step) DO UPDATE SET attempts = transfer_step_attempt.attempts + 1,
                    last_failure = EXCLUDED.last_failure, failed_at = EXCLUDED.failed_at
                RETURNING attempts""", rows -> rows.getInt(1), transferId, step, detail).orElseThrow());
    }
}
