-- One row per enterprise and administrator (R18). Storing a verdict of theirs locks the row first, so
-- two nodes storing verdicts of the same parties at once supersede in turn instead of both staying CURRENT.
CREATE TABLE party (
    enterprise_key VARCHAR(255) NOT NULL,
    admin_key      VARCHAR(64)  NOT NULL,
    PRIMARY KEY (enterprise_key, admin_key)
);
