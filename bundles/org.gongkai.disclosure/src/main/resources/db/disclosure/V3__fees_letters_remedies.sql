-- Closing facts for the annual report, fees (2020 measures), Art. 30/35 flags, letters, delivery, remedies, catalog.
ALTER TABLE gd_application ADD COLUMN closed_on DATE;
ALTER TABLE gd_application ADD COLUMN report_row VARCHAR(40);
ALTER TABLE gd_application ADD COLUMN applicant_key VARCHAR(64);
ALTER TABLE gd_application ADD COLUMN correction_flagged_on DATE;
ALTER TABLE gd_application ADD COLUMN reasons_requested_on DATE;
ALTER TABLE gd_application ADD COLUMN reasons_due DATE;
ALTER TABLE gd_application ADD COLUMN later_reply_due DATE;
ALTER TABLE gd_application ADD COLUMN query_code_hash VARCHAR(100);
ALTER TABLE gd_application ADD COLUMN source VARCHAR(20) DEFAULT 'STAFF' NOT NULL;
ALTER TABLE gd_item ADD COLUMN catalog_code VARCHAR(40);
CREATE INDEX gd_application_closed ON gd_application (closed_on);
CREATE INDEX gd_application_applicant ON gd_application (applicant_key, receipt_date);

-- cases closed before this version: the day of the closing event (UTC date; close enough for cases of the past)
UPDATE gd_application SET closed_on = (SELECT CAST(MIN(e.created_at) AS DATE) FROM gd_event e
    WHERE e.application_id = gd_application.id
      AND e.action IN ('APPROVE', 'REPLY_ON_THE_SPOT', 'WITHDRAW', 'DEEM_ABANDONED', 'FEE_LAPSE'))
WHERE stage IN ('REPLIED', 'DELIVERED', 'ARCHIVED', 'WITHDRAWN', 'ABANDONED', 'LAPSED');

CREATE TABLE gd_fee (
    application_id BIGINT      NOT NULL PRIMARY KEY,
    method         VARCHAR(10) NOT NULL,
    quantity       INTEGER     NOT NULL,
    amount_yuan    INTEGER     NOT NULL,
    basis          VARCHAR(500) NOT NULL,
    notice_on      DATE        NOT NULL,
    payment_due    DATE        NOT NULL,
    paid_on        DATE,
    receipt_no     VARCHAR(60),
    pause_id       BIGINT,
    lapse_flagged  DATE
);

CREATE TABLE gd_delivery (
    application_id BIGINT       NOT NULL PRIMARY KEY,
    method         VARCHAR(20)  NOT NULL,
    dated_on       DATE         NOT NULL,
    tracking_no    VARCHAR(60),
    note           VARCHAR(500)
);

CREATE SEQUENCE gd_letter_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE gd_letter (
    id               BIGINT        NOT NULL PRIMARY KEY,
    application_id   BIGINT        NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    template_version VARCHAR(10)   NOT NULL,
    doc_number       VARCHAR(60),
    body             VARCHAR(200000) NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    issued_on        DATE
);
CREATE INDEX gd_letter_application ON gd_letter (application_id, kind);

CREATE TABLE gd_doc_number (
    agency_code VARCHAR(40) NOT NULL,
    year_no     INTEGER     NOT NULL,
    last_seq    INTEGER     NOT NULL,
    PRIMARY KEY (agency_code, year_no)
);

CREATE SEQUENCE gd_remedy_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE gd_remedy (
    id             BIGINT       NOT NULL PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    filed_on       DATE         NOT NULL,
    organ          VARCHAR(200) NOT NULL,
    case_no        VARCHAR(100),
    result         VARCHAR(20)  NOT NULL,
    decided_on     DATE,
    note           VARCHAR(1000)
);
CREATE INDEX gd_remedy_application ON gd_remedy (application_id);

CREATE TABLE gd_catalog (
    code           VARCHAR(40)   NOT NULL PRIMARY KEY,
    title          VARCHAR(200)  NOT NULL,
    aliases        VARCHAR(2000),
    topic          VARCHAR(100)  NOT NULL,
    agency_code    VARCHAR(40)   NOT NULL,
    decision       VARCHAR(40)   NOT NULL,
    ground         VARCHAR(40),
    standard_text  VARCHAR(4000) NOT NULL,
    active         BOOLEAN       NOT NULL
);

CREATE TABLE gd_report_text (
    year_no     INTEGER      NOT NULL,
    agency_code VARCHAR(40)  NOT NULL,
    section     VARCHAR(10)  NOT NULL,
    body        VARCHAR(20000) NOT NULL,
    PRIMARY KEY (year_no, agency_code, section)
);
