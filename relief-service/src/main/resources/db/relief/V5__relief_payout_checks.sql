-- 资金分配复核: an apportionment counts only once a second user approved it; until then it is pending here.
CREATE TABLE fund_apportionment (
    apportionment_id UUID         NOT NULL PRIMARY KEY,
    fund_id          UUID         NOT NULL,
    township_code    VARCHAR(12)  NOT NULL,
    amount_fen       BIGINT       NOT NULL,
    raised_by        VARCHAR(255),
    raised_at        TIMESTAMPTZ  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    decided_by       VARCHAR(255),
    decided_at       TIMESTAMPTZ
);
CREATE INDEX fund_apportionment_by_fund ON fund_apportionment (fund_id, raised_at);

-- 双人复核: who prepared a batch, how many bank files a second user released, and the cases left off it.
ALTER TABLE payment_batch ADD COLUMN prepared_by VARCHAR(255);
ALTER TABLE payment_batch ADD COLUMN released_files INTEGER NOT NULL DEFAULT 0;
ALTER TABLE payment_batch ADD COLUMN released_by VARCHAR(255);
ALTER TABLE payment_batch ADD COLUMN released_at TIMESTAMPTZ;
ALTER TABLE payment_batch ADD COLUMN held_cases TEXT;

-- a payment held out of the bank file (the rule's code), the file it went into, and who confirmed a flagged account
ALTER TABLE payment ADD COLUMN held_code VARCHAR(64);
ALTER TABLE payment ADD COLUMN file_no INTEGER;
ALTER TABLE payment ADD COLUMN confirmed_by VARCHAR(255);
ALTER TABLE payment ADD COLUMN account_changed_by VARCHAR(255);

-- who changed a payout account last (the registry event's user), for the second check of a flagged account
ALTER TABLE known_account ADD COLUMN changed_by VARCHAR(255);
