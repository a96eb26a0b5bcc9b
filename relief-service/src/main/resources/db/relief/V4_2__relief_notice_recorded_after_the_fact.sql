-- 公示: a paper list recorded after the fact is marked as such, with its document, reason, recorder and, once a
-- county user confirmed it, who did, when and why; a case on it shows the day it was recorded and who confirmed it.
ALTER TABLE public_notice
    ADD COLUMN recorded_after_the_fact BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN document_reference      TEXT,
    ADD COLUMN recorded_reason         TEXT,
    ADD COLUMN recorded_on             DATE,
    ADD COLUMN recorded_by             TEXT,
    ADD COLUMN confirmed_by            TEXT,
    ADD COLUMN confirmed_on            DATE,
    ADD COLUMN confirmation_reason     TEXT;

ALTER TABLE relief_case
    ADD COLUMN notice_recorded_on  DATE,
    ADD COLUMN notice_confirmed_by TEXT;
