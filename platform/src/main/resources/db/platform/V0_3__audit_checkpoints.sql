-- 签名检查点: the running hash over the global event stream up to a global index, signed with the service's Ed25519
-- key; made periodically, never changed.
CREATE TABLE audit_checkpoint (
    global_index BIGINT      NOT NULL PRIMARY KEY,
    events       BIGINT      NOT NULL,
    running_hash VARCHAR(64) NOT NULL,
    created_at   VARCHAR(64) NOT NULL,
    key_id       VARCHAR(16) NOT NULL,
    signature    TEXT        NOT NULL
);
