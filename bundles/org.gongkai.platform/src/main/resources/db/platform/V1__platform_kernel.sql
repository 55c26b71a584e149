-- Platform kernel: regions, agencies, accounts, sessions, audit trail, settings.
CREATE TABLE gk_region (
    code         VARCHAR(20)  NOT NULL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    region_level VARCHAR(16)  NOT NULL,
    parent_code  VARCHAR(20),
    sort_order   INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX gk_region_parent ON gk_region (parent_code);

CREATE TABLE gk_agency (
    code         VARCHAR(40)  NOT NULL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    short_name   VARCHAR(50),
    kind         VARCHAR(32)  NOT NULL,
    parent_code  VARCHAR(40),
    region_code  VARCHAR(20)  NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order   INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX gk_agency_parent ON gk_agency (parent_code);

CREATE SEQUENCE gk_account_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE gk_account (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    username            VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(100) NOT NULL,
    agency_code         VARCHAR(40)  NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    disabled            BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_attempts     INTEGER      NOT NULL DEFAULT 0,
    locked_until        TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at       TIMESTAMP WITH TIME ZONE,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT gk_account_username UNIQUE (username)
);
CREATE TABLE gk_account_role (
    account_id BIGINT      NOT NULL,
    role_id    VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, role_id)
);

CREATE TABLE gk_session (
    token_hash   VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id   BIGINT      NOT NULL,
    csrf_token   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX gk_session_account ON gk_session (account_id);

CREATE TABLE gk_audit (
    seq         BIGINT        NOT NULL PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    object_type VARCHAR(64)   NOT NULL,
    object_id   VARCHAR(100)  NOT NULL,
    details     VARCHAR(4000),
    alg         VARCHAR(16)   NOT NULL,
    prev_hash   VARCHAR(64)   NOT NULL,
    hash        VARCHAR(64)   NOT NULL
);
CREATE INDEX gk_audit_object ON gk_audit (object_type, object_id);
CREATE INDEX gk_audit_actor ON gk_audit (actor);

CREATE TABLE gk_audit_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO gk_audit_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE gk_setting (
    setting_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
