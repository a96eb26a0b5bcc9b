-- Households, their persons and payout accounts: read models rebuilt from the households' events.

-- 户: one row per registered household.
CREATE TABLE household (
    household_id   UUID         NOT NULL PRIMARY KEY,
    division_code  VARCHAR(12)  NOT NULL,
    address        VARCHAR(300) NOT NULL,
    head_person_id UUID         NOT NULL
);
CREATE INDEX household_by_division ON household (division_code varchar_pattern_ops, household_id);

-- 人员: one row per person ever registered. household_id is the household they belong to now, null after they left
-- the register. That a resident ID number belongs to one household only is checked before registering; the table
-- does not enforce it, so that a replay never stops on history.
CREATE TABLE person (
    person_id    UUID         NOT NULL PRIMARY KEY,
    id_number    VARCHAR(18)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    phone        VARCHAR(20),
    gender       VARCHAR(8)   NOT NULL,
    birth_date   DATE         NOT NULL,
    relation     VARCHAR(50),
    household_id UUID,
    deceased_on  DATE
);
CREATE INDEX person_by_id_number ON person (id_number);
CREATE INDEX person_by_household ON person (household_id);

-- 一卡通账户: the account each household's money goes to now.
CREATE TABLE payout_account (
    household_id     UUID         NOT NULL PRIMARY KEY,
    holder_person_id UUID         NOT NULL,
    bank             VARCHAR(100) NOT NULL,
    account_number   VARCHAR(40)  NOT NULL,
    holder_name      VARCHAR(100) NOT NULL
);
