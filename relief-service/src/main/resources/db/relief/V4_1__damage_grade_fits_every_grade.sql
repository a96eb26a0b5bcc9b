-- GENERALLY_DAMAGED (17 characters) did not fit the case book's damage grade, so the appraisal of a generally
-- damaged house stopped the case projection
ALTER TABLE relief_case ALTER COLUMN damage_grade TYPE VARCHAR(32);
