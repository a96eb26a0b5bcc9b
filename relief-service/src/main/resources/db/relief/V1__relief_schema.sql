-- The relief-service's own schema (created by Flyway): read models of funds, cases and payment batches go here.
COMMENT ON SCHEMA relief IS 'ReliefTrace relief-service: read models, processor tokens, sagas, idempotency records';
