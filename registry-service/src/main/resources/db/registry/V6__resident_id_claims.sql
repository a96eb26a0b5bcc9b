-- 身份证号唯一: which household holds each resident ID number, written by the household commands in the transaction
-- of their events (a person belongs to one household at a time). Keyed by the number's digest, never the number:
-- hex SHA-256 of 'resident-id:' followed by the 18 characters (ResidentIds.digestOf). Not a read model: a projection
-- reset leaves it alone.
CREATE TABLE resident_id_claim (
    id_digest    CHAR(64) NOT NULL PRIMARY KEY,
    household_id UUID     NOT NULL,
    person_id    UUID     NOT NULL
);
CREATE INDEX resident_id_claim_by_household ON resident_id_claim (household_id);

-- The persons registered before claims existed hold their numbers for the household they belong to now.
INSERT INTO resident_id_claim (id_digest, household_id, person_id)
SELECT encode(sha256(convert_to('resident-id:' || id_number, 'UTF8')), 'hex'), household_id, person_id
FROM person
WHERE household_id IS NOT NULL
ON CONFLICT (id_digest) DO NOTHING;
