-- Read models of the relief-service, rebuilt from the event stream at will.

-- Facts published by the registry-service, kept locally (no service reads another's tables).
CREATE TABLE known_division (
    code        VARCHAR(12)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    parent_code VARCHAR(12)
);

CREATE TABLE known_household (
    household_id   UUID         NOT NULL PRIMARY KEY,
    division_code  VARCHAR(12)  NOT NULL,
    address        VARCHAR(500),
    head_person_id UUID         NOT NULL
);
CREATE INDEX known_household_by_division ON known_household (division_code);

CREATE TABLE known_person (
    person_id    UUID         NOT NULL PRIMARY KEY,
    household_id UUID,
    name         VARCHAR(100) NOT NULL,
    id_number    VARCHAR(18)  NOT NULL,
    deceased_on  DATE
);
CREATE INDEX known_person_by_household ON known_person (household_id);

-- 一卡通账户: the account a household's money goes to; changed_at is set only when an earlier account was replaced.
CREATE TABLE known_account (
    household_id     UUID         NOT NULL PRIMARY KEY,
    holder_person_id UUID         NOT NULL,
    bank             VARCHAR(200) NOT NULL,
    account_number   VARCHAR(64)  NOT NULL,
    holder_name      VARCHAR(100) NOT NULL,
    set_at           TIMESTAMPTZ  NOT NULL,
    changed_at       TIMESTAMPTZ
);

CREATE TABLE known_disaster (
    disaster_id    UUID         NOT NULL PRIMARY KEY,
    type           VARCHAR(32)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    started_at     TIMESTAMPTZ  NOT NULL,
    response_level VARCHAR(8),
    affected       TEXT         NOT NULL,
    ended_at       TIMESTAMPTZ
);

-- 救助标准: one row per version of a county's standard for a category.
CREATE TABLE standard (
    county_code             VARCHAR(12) NOT NULL,
    category                VARCHAR(32) NOT NULL,
    effective_from          DATE        NOT NULL,
    per_person_monthly_fen  BIGINT      NOT NULL DEFAULT 0,
    per_deceased_fen        BIGINT      NOT NULL DEFAULT 0,
    collapsed_fen           BIGINT      NOT NULL DEFAULT 0,
    severely_damaged_fen    BIGINT      NOT NULL DEFAULT 0,
    generally_damaged_fen   BIGINT      NOT NULL DEFAULT 0,
    per_person_fen          BIGINT      NOT NULL DEFAULT 0,
    household_cap_fen       BIGINT      NOT NULL DEFAULT 0,
    document_number         VARCHAR(200),
    PRIMARY KEY (county_code, category, effective_from)
);

-- 救灾资金: one row per fund, and its ledger entries (one per event, keyed by the event, so replays are harmless).
CREATE TABLE fund (
    fund_id         UUID         NOT NULL PRIMARY KEY,
    county_code     VARCHAR(12)  NOT NULL,
    source_level    VARCHAR(16)  NOT NULL,
    document_number VARCHAR(200) NOT NULL,
    title           VARCHAR(200),
    disaster_id     UUID,
    category        VARCHAR(32)  NOT NULL,
    allocated_on    DATE         NOT NULL
);

CREATE TABLE fund_entry (
    event_id      VARCHAR(255) NOT NULL PRIMARY KEY,
    fund_id       UUID         NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    township_code VARCHAR(12),
    case_id       UUID,
    payment_id    UUID,
    amount_fen    BIGINT       NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX fund_entry_by_fund ON fund_entry (fund_id, recorded_at);

-- 救助案件: one row per case with where it stands.
CREATE TABLE relief_case (
    case_id               UUID         NOT NULL PRIMARY KEY,
    household_id          UUID         NOT NULL,
    division_code         VARCHAR(12)  NOT NULL,
    category              VARCHAR(32)  NOT NULL,
    disaster_id           UUID         NOT NULL,
    period                VARCHAR(16)  NOT NULL,
    beneficiary_person_id UUID,
    origin                VARCHAR(16)  NOT NULL,
    status                VARCHAR(32)  NOT NULL,
    proposed_by           VARCHAR(100) NOT NULL,
    opened_at             TIMESTAMPTZ  NOT NULL,
    members_covered       INTEGER,
    months                INTEGER,
    deceased_persons      INTEGER,
    damage_grade          VARCHAR(16),
    minutes_reference     VARCHAR(200),
    appraised_on          DATE,
    appraised_by          VARCHAR(100),
    proposed_amount_fen   BIGINT,
    notice_id             UUID,
    notice_posted_on      DATE,
    notice_ends_on        DATE,
    open_objections       INTEGER      NOT NULL DEFAULT 0,
    review_due            DATE,
    reviewed_by           VARCHAR(100),
    reviewed_on           DATE,
    approval_due          DATE,
    approved_by           VARCHAR(100),
    second_approver       VARCHAR(100),
    approved_on           DATE,
    amount_fen            BIGINT,
    fund_id               UUID,
    payout_due            DATE,
    payment_status        VARCHAR(16),
    payment_id            UUID,
    payment_attempt       INTEGER      NOT NULL DEFAULT 0,
    payment_failed_at     TIMESTAMPTZ,
    failure_reason        VARCHAR(500),
    paid_on               DATE
);
CREATE INDEX relief_case_by_division ON relief_case (division_code, status);

-- 公示: the snapshot of a village's list as posted.
CREATE TABLE public_notice (
    notice_id     UUID        NOT NULL PRIMARY KEY,
    village_code  VARCHAR(12) NOT NULL,
    posted_on     DATE        NOT NULL,
    ends_on       DATE        NOT NULL,
    entries       TEXT        NOT NULL
);

-- 发放: one row per payment (attempt) and per batch.
CREATE TABLE payment (
    payment_id       UUID         NOT NULL PRIMARY KEY,
    batch_id         UUID         NOT NULL,
    case_id          UUID         NOT NULL,
    attempt          INTEGER      NOT NULL,
    reissue_of       UUID,
    fund_id          UUID         NOT NULL,
    household_id     UUID         NOT NULL,
    division_code    VARCHAR(12)  NOT NULL,
    payee_person_id  UUID         NOT NULL,
    payee_name       VARCHAR(100) NOT NULL,
    bank             VARCHAR(200) NOT NULL,
    account_number   VARCHAR(64)  NOT NULL,
    amount_fen       BIGINT       NOT NULL,
    account_flag     VARCHAR(200),
    status           VARCHAR(16)  NOT NULL,
    failure_reason   VARCHAR(500),
    bank_reference   VARCHAR(200),
    paid_on          DATE,
    line_no          INTEGER      NOT NULL
);
CREATE INDEX payment_by_batch ON payment (batch_id, line_no);
CREATE INDEX payment_by_case ON payment (case_id);

CREATE TABLE payment_batch (
    batch_id      UUID        NOT NULL PRIMARY KEY,
    division_code VARCHAR(12) NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    title         VARCHAR(200),
    created_at    TIMESTAMPTZ NOT NULL,
    line_count    INTEGER     NOT NULL,
    total_fen     BIGINT      NOT NULL,
    status        VARCHAR(16) NOT NULL,
    reconciliation TEXT
);
