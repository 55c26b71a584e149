-- Disclosure on application (依申请公开): applications, their items, pauses and history.
CREATE SEQUENCE gd_application_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE gd_application (
    id                      BIGINT       NOT NULL PRIMARY KEY,
    number                  VARCHAR(20)  NOT NULL,
    request_key             VARCHAR(64),
    channel                 VARCHAR(20)  NOT NULL,
    submitted_on            DATE,
    signed_for_on           DATE,
    confirmed_on            DATE,
    receipt_date            DATE         NOT NULL,
    applicant_type          VARCHAR(30)  NOT NULL,
    applicant_name          VARCHAR(100) NOT NULL,
    id_kind                 VARCHAR(40)  NOT NULL,
    id_number_enc           VARCHAR(200) NOT NULL,
    id_number_masked        VARCHAR(40)  NOT NULL,
    phone                   VARCHAR(40),
    email                   VARCHAR(100),
    address                 VARCHAR(200),
    title                   VARCHAR(200) NOT NULL,
    form                    VARCHAR(20)  NOT NULL,
    receive_by              VARCHAR(20)  NOT NULL,
    agency_code             VARCHAR(40)  NOT NULL,
    stage                   VARCHAR(20)  NOT NULL,
    correction_requested_on DATE,
    correction_deadline     DATE,
    corrected_on            DATE,
    extension_days          INTEGER      NOT NULL DEFAULT 0,
    delivered_on            DATE,
    reply_due               DATE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT gd_application_number UNIQUE (number),
    CONSTRAINT gd_application_request UNIQUE (request_key)
);
CREATE INDEX gd_application_agency ON gd_application (agency_code, stage);
CREATE INDEX gd_application_receipt ON gd_application (receipt_date);
CREATE INDEX gd_application_due ON gd_application (reply_due);

CREATE TABLE gd_item (
    application_id BIGINT        NOT NULL,
    seq            INTEGER       NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    decision       VARCHAR(40),
    ground         VARCHAR(40),
    reply_text     VARCHAR(4000),
    PRIMARY KEY (application_id, seq)
);

CREATE SEQUENCE gd_pause_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE gd_pause (
    id             BIGINT       NOT NULL PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    from_date      DATE         NOT NULL,
    to_date        DATE,
    reason         VARCHAR(200) NOT NULL
);
CREATE INDEX gd_pause_application ON gd_pause (application_id);

CREATE SEQUENCE gd_event_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE gd_event (
    id             BIGINT        NOT NULL PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(64)   NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    from_stage     VARCHAR(20),
    to_stage       VARCHAR(20),
    comment_text   VARCHAR(1000)
);
CREATE INDEX gd_event_application ON gd_event (application_id);

-- one row per day: the last sequence number given out, so numbers are unique and never reused
CREATE TABLE gd_number (
    day_key  VARCHAR(8) NOT NULL PRIMARY KEY,
    last_seq INTEGER    NOT NULL
);
