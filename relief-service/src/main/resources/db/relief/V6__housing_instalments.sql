-- 分期拨付: a HOUSING standard may pay its amount in instalments; a case and its payments know which one they are.
ALTER TABLE standard ADD COLUMN housing_instalments INTEGER NOT NULL DEFAULT 0;
ALTER TABLE relief_case ADD COLUMN instalments INTEGER NOT NULL DEFAULT 1;
ALTER TABLE relief_case ADD COLUMN payment_instalment INTEGER NOT NULL DEFAULT 1;
ALTER TABLE relief_case ADD COLUMN instalments_paid INTEGER NOT NULL DEFAULT 0;
ALTER TABLE payment ADD COLUMN instalment INTEGER NOT NULL DEFAULT 1;
ALTER TABLE payment ADD COLUMN instalments INTEGER NOT NULL DEFAULT 1;
