-- 时限报告: the acceptance report of a receipt and the dispatch voucher of a transfer, which clear their deadlines.
CREATE TABLE filed_report (
    kind       VARCHAR(20)  NOT NULL,
    subject_id UUID         NOT NULL,
    depot_id   UUID         NOT NULL,
    filed_by   VARCHAR(100),
    result     VARCHAR(100) NOT NULL,
    notes      VARCHAR(500),
    filed_on   DATE         NOT NULL,
    PRIMARY KEY (kind, subject_id)
);
