-- 调拨流程重试: each failed attempt of a transfer saga's step, counted in a transaction of its own, so the count
-- survives the saga's rolled-back transaction and a restart; the step is re-driven by the event's redelivery.
CREATE TABLE transfer_step_attempt (
    transfer_id  UUID         NOT NULL,
    step         VARCHAR(32)  NOT NULL,
    attempts     INT          NOT NULL,
    last_failure VARCHAR(500),
    failed_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (transfer_id, step)
);
