-- Files attached to a case (delivery proof, scanned letters); kept in the database so a backup holds everything.
CREATE SEQUENCE gd_attachment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE gd_attachment (
    id             BIGINT       NOT NULL PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     INTEGER      NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    data           BLOB         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(64)  NOT NULL
);
CREATE INDEX gd_attachment_application ON gd_attachment (application_id);
