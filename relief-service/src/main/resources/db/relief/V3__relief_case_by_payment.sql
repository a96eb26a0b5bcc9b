-- the case book records a payment's outcome by the payment's id (PaymentConfirmed, PaymentFailed): without this
-- index each of those updates reads every case
CREATE INDEX relief_case_by_payment ON relief_case (payment_id);
