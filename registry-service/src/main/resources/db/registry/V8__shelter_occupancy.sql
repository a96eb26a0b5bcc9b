-- 安置人数变化: a shelter's occupancy after each check-in and check-out, for its occupancy over time. One row per
-- event of the shelter's stream (its sequence number), so that a replay writes the same rows again.
CREATE TABLE shelter_occupancy (
    shelter_id UUID        NOT NULL,
    seq        BIGINT      NOT NULL,
    at         TIMESTAMPTZ NOT NULL,
    occupancy  INTEGER     NOT NULL,
    PRIMARY KEY (shelter_id, seq)
);
