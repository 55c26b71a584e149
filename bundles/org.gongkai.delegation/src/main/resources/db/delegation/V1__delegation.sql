-- Delegation to development zones (委托办理): zone settings, delegation rules, reminders. The delegated cases
-- themselves live in the disclosure tables (gd_application.handling_agency).
CREATE TABLE gl_zone (
    zone_code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    mode          VARCHAR(20)  NOT NULL,
    principal     VARCHAR(60),
    review_organ  VARCHAR(100),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL
);

CREATE SEQUENCE gl_rule_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE gl_rule (
    id          BIGINT       NOT NULL PRIMARY KEY,
    zone_code   VARCHAR(40)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    rule_value  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT gl_rule_unique UNIQUE (zone_code, kind, rule_value)
);

CREATE SEQUENCE gl_reminder_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE gl_reminder (
    id          BIGINT        NOT NULL PRIMARY KEY,
    number      VARCHAR(20)   NOT NULL,
    zone_code   VARCHAR(40)   NOT NULL,
    note        VARCHAR(500)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64)   NOT NULL
);
CREATE INDEX gl_reminder_number ON gl_reminder (number);
