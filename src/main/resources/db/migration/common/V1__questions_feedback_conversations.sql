-- Portable SQL: runs unchanged on SQLite and PostgreSQL. Times are epoch milliseconds (BIGINT),
-- Discord ids are BIGINT snowflakes, our own ids are application-generated BIGINTs.

-- Every question the bot answered or refused, for /mentor stats and to attach feedback to.
CREATE TABLE answer_log (
    id          BIGINT PRIMARY KEY,
    guild_id    BIGINT,
    channel_id  BIGINT,
    user_id     BIGINT NOT NULL,
    question    TEXT NOT NULL,
    refused     BOOLEAN NOT NULL,
    reason      VARCHAR(32),
    confidence  DOUBLE PRECISION NOT NULL,
    citations   TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX answer_log_by_guild ON answer_log (guild_id, created_at);

-- One vote per member per answer; a second click changes the vote.
CREATE TABLE feedback (
    answer_id   BIGINT NOT NULL REFERENCES answer_log (id),
    user_id     BIGINT NOT NULL,
    vote        SMALLINT NOT NULL,
    comment     TEXT,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (answer_id, user_id)
);

-- Threads the bot opened for a mention; follow-ups there are answered with the earlier turns.
CREATE TABLE conversation (
    thread_id   BIGINT PRIMARY KEY,
    guild_id    BIGINT,
    channel_id  BIGINT NOT NULL,
    started_by  BIGINT NOT NULL,
    created_at  BIGINT NOT NULL
);

CREATE TABLE conversation_turn (
    thread_id   BIGINT NOT NULL REFERENCES conversation (thread_id),
    seq         INTEGER NOT NULL,
    question    TEXT NOT NULL,
    answer      TEXT NOT NULL,
    citations   TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (thread_id, seq)
);
