-- Audio of broadcasts (语音): speech synthesised from the spoken script and recordings uploaded by staff (dialect
-- versions), kept in the database so a backup holds everything; 'chosen' marks the one staff picked to play.
CREATE SEQUENCE gb_audio_seq;
CREATE TABLE gb_audio (
    id            VARCHAR(40)  NOT NULL PRIMARY KEY,
    broadcast_id  VARCHAR(40)  NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    label         VARCHAR(100) NOT NULL,
    content_type  VARCHAR(40)  NOT NULL,
    size_bytes    INTEGER      NOT NULL,
    duration_ms   BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    script_sha256 VARCHAR(64),
    chosen        BOOLEAN      NOT NULL DEFAULT FALSE,
    data          BLOB NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(64)  NOT NULL
);
CREATE INDEX gb_audio_broadcast ON gb_audio (broadcast_id);
