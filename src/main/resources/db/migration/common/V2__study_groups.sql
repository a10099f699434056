-- Study groups (a channel, or one member's personal track), their daily posts, answers and reminders.
-- Portable SQL for SQLite and PostgreSQL; times are epoch milliseconds, local dates ISO text.

CREATE TABLE study_group (
    id              BIGINT PRIMARY KEY,
    kind            VARCHAR(16) NOT NULL,      -- CHANNEL or PERSONAL
    guild_id        BIGINT,
    channel_id      BIGINT,                    -- CHANNEL groups
    owner_id        BIGINT NOT NULL,           -- who set it up (told when the group pauses) or the member of a PERSONAL track
    post_time       VARCHAR(5) NOT NULL,       -- HH:MM in the group's zone
    zone            VARCHAR(64) NOT NULL,      -- IANA time zone id
    role_id         BIGINT,                    -- role pinged by the daily post, if any
    reminder_hours  INTEGER NOT NULL,          -- channel reminder this many hours before the local day ends
    status          VARCHAR(16) NOT NULL,      -- ACTIVE, PAUSED or REMOVED
    status_reason   TEXT,
    -- the schedule: when the next post and channel reminder are due, and for which local date
    next_post_at        BIGINT,
    next_post_date      VARCHAR(10),
    next_reminder_at    BIGINT,
    next_reminder_date  VARCHAR(10),
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX study_group_next_post ON study_group (next_post_at);
CREATE INDEX study_group_next_reminder ON study_group (next_reminder_at);
CREATE UNIQUE INDEX study_group_by_channel ON study_group (channel_id) WHERE kind = 'CHANNEL';
CREATE UNIQUE INDEX study_group_personal ON study_group (owner_id) WHERE kind = 'PERSONAL';

-- One post per group and local date: the unique key is written before sending (exactly once).
CREATE TABLE challenge_post (
    id              BIGINT PRIMARY KEY,
    group_id        BIGINT NOT NULL REFERENCES study_group (id),
    local_date      VARCHAR(10) NOT NULL,
    challenge_id    VARCHAR(100) NOT NULL,
    status          VARCHAR(16) NOT NULL,      -- CLAIMED (being sent) or SENT
    claimed_by      VARCHAR(100) NOT NULL,
    claimed_at      BIGINT NOT NULL,
    message_id      BIGINT,
    sent_at         BIGINT,
    late            BOOLEAN NOT NULL,
    attempts        INTEGER NOT NULL,          -- failed deliveries so far
    retry_at        BIGINT,                    -- when a failed delivery is tried again
    reminded_at     BIGINT,                    -- when the channel reminder went out
    UNIQUE (group_id, local_date)
);
CREATE INDEX challenge_post_claimed ON challenge_post (status, retry_at);
CREATE INDEX challenge_post_by_group ON challenge_post (group_id, local_date);

-- A member's answer to a post: the first one counts.
CREATE TABLE challenge_answer (
    post_id         BIGINT NOT NULL REFERENCES challenge_post (id),
    user_id         BIGINT NOT NULL,
    answer          TEXT NOT NULL,
    correct         BOOLEAN NOT NULL,
    points          INTEGER NOT NULL,
    hints_used      INTEGER NOT NULL,
    answered_at     BIGINT NOT NULL,
    PRIMARY KEY (post_id, user_id)
);

-- Members who asked for a direct-message reminder when they have not answered yet.
CREATE TABLE dm_reminder (
    group_id        BIGINT NOT NULL REFERENCES study_group (id),
    user_id         BIGINT NOT NULL,
    remind_time     VARCHAR(5) NOT NULL,
    zone            VARCHAR(64) NOT NULL,
    enabled         BOOLEAN NOT NULL,
    last_sent_date  VARCHAR(10),               -- claimed before sending, so a reminder goes out at most once a day
    next_at         BIGINT,                    -- when the next reminder is due, and for which local date
    next_date       VARCHAR(10),
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX dm_reminder_next ON dm_reminder (next_at);
