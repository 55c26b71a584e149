-- 大喇叭 (loudspeaker network): terminals, broadcasts with their targets and review chain, delivery per terminal,
-- and the record of decided daily slots that makes each slot fire exactly once.
CREATE TABLE gb_terminal (
    id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    name          VARCHAR(100)  NOT NULL,
    region_code   VARCHAR(15)   NOT NULL,
    driver_id     VARCHAR(63)   NOT NULL,
    settings      VARCHAR(4000) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    volume        INTEGER,
    status_at     TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX gb_terminal_region ON gb_terminal (region_code);
CREATE INDEX gb_terminal_driver ON gb_terminal (driver_id);

CREATE TABLE gb_broadcast (
    id               VARCHAR(40)   NOT NULL PRIMARY KEY,
    kind             VARCHAR(20)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    script           VARCHAR(8000),
    audio_url        VARCHAR(1000),
    duration_seconds INTEGER,
    agency_code      VARCHAR(40)   NOT NULL,
    author           VARCHAR(64)   NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    emergency_level  INTEGER,
    event_type       VARCHAR(100),
    starts_at        TIMESTAMP WITH TIME ZONE,
    ends_at          TIMESTAMP WITH TIME ZONE,
    cap_identifier   VARCHAR(200),
    cap_sender       VARCHAR(200),
    exercise         BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX gb_broadcast_state ON gb_broadcast (state, kind);
CREATE INDEX gb_broadcast_agency ON gb_broadcast (agency_code, state);

CREATE TABLE gb_broadcast_target (
    broadcast_id VARCHAR(40) NOT NULL,
    seq          INTEGER     NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    code         VARCHAR(64) NOT NULL,
    PRIMARY KEY (broadcast_id, seq)
);

CREATE TABLE gb_review_step (
    broadcast_id VARCHAR(40)   NOT NULL,
    seq          INTEGER       NOT NULL,
    action       VARCHAR(20)   NOT NULL,
    username     VARCHAR(64)   NOT NULL,
    agency_code  VARCHAR(40),
    acted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    remark       VARCHAR(2000),
    PRIMARY KEY (broadcast_id, seq)
);

CREATE TABLE gb_delivery (
    broadcast_id VARCHAR(40)  NOT NULL,
    terminal_id  VARCHAR(64)  NOT NULL,
    state        VARCHAR(20)  NOT NULL,
    attempts     INTEGER      NOT NULL DEFAULT 0,
    last_sent_at TIMESTAMP WITH TIME ZONE,
    detail       VARCHAR(500),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (broadcast_id, terminal_id)
);
CREATE INDEX gb_delivery_terminal ON gb_delivery (terminal_id, state);

CREATE TABLE gb_slot_fired (
    slot_date  DATE        NOT NULL,
    township   VARCHAR(15) NOT NULL,
    slot_time  VARCHAR(5)  NOT NULL,
    outcome    VARCHAR(20) NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (slot_date, township, slot_time)
);
