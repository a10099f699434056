-- The learning loop: spaced reviews (FSRS), every answer a member gives, challenges handed out by
-- /practice, month champions, and the streak-freeze setting of a group. Portable SQL for SQLite and
-- PostgreSQL; times are epoch milliseconds, local dates ISO text.

-- A member's memory of one challenge (FSRS stability and difficulty) and when to review it.
CREATE TABLE practice_review (
    user_id         BIGINT NOT NULL,
    challenge_id    VARCHAR(100) NOT NULL,
    topic           VARCHAR(100) NOT NULL,
    stability       DOUBLE PRECISION NOT NULL,
    difficulty      DOUBLE PRECISION NOT NULL,
    reps            INTEGER NOT NULL,
    lapses          INTEGER NOT NULL,
    last_review_at  BIGINT NOT NULL,
    due_at          BIGINT NOT NULL,
    last_correct    BOOLEAN NOT NULL,
    PRIMARY KEY (user_id, challenge_id)
);
CREATE INDEX practice_review_due ON practice_review (user_id, due_at);

-- Every answer, to a group's daily post (POST) or to /practice (PRACTICE): the days a member practised.
CREATE TABLE practice_attempt (
    id              BIGINT PRIMARY KEY,
    user_id         BIGINT NOT NULL,
    challenge_id    VARCHAR(100) NOT NULL,
    topic           VARCHAR(100) NOT NULL,
    correct         BOOLEAN NOT NULL,
    origin          VARCHAR(16) NOT NULL,
    answered_at     BIGINT NOT NULL
);
CREATE INDEX practice_attempt_by_user ON practice_attempt (user_id, answered_at);

-- A challenge /practice handed to a member; its buttons carry the id; answered once.
CREATE TABLE practice_item (
    id              BIGINT PRIMARY KEY,
    user_id         BIGINT NOT NULL,
    challenge_id    VARCHAR(100) NOT NULL,
    reason          VARCHAR(16) NOT NULL,
    created_at      BIGINT NOT NULL,
    answered_at     BIGINT,
    correct         BOOLEAN
);

-- "Topics they asked about recently" reads a member's own questions.
CREATE INDEX answer_log_by_user ON answer_log (user_id, created_at);

-- Streak freeze (one missed local day a week keeps a streak) is on unless an admin turns it off.
ALTER TABLE study_group ADD COLUMN streak_freeze BOOLEAN NOT NULL DEFAULT TRUE;
-- When the previous month's champions are due (the first day of a month at the post time), for which date.
ALTER TABLE study_group ADD COLUMN next_champions_at BIGINT;
ALTER TABLE study_group ADD COLUMN next_champions_date VARCHAR(10);
CREATE INDEX study_group_next_champions ON study_group (next_champions_at);

-- One announcement per group and month, claimed before it is sent (exactly once across processes).
CREATE TABLE month_champions (
    group_id        BIGINT NOT NULL REFERENCES study_group (id),
    month           VARCHAR(7) NOT NULL,       -- the month whose champions are announced, YYYY-MM
    status          VARCHAR(16) NOT NULL,      -- CLAIMED, SENT, EMPTY (nobody answered) or FAILED
    claimed_by      VARCHAR(100) NOT NULL,
    claimed_at      BIGINT NOT NULL,
    sent_at         BIGINT,
    PRIMARY KEY (group_id, month)
);
