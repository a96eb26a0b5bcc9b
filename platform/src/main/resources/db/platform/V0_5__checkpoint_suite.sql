-- 密码套件: the crypto suite a checkpoint is signed with (INTERNATIONAL: Ed25519, SM: SM2), so that a store is checked
-- with whatever it was sealed with. Checkpoints made before the column are INTERNATIONAL.
ALTER TABLE audit_checkpoint ADD COLUMN suite VARCHAR(16) NOT NULL DEFAULT 'INTERNATIONAL';
