-- Steward schema, version 5: the betting operators of the rounds game and the backoffice.

-- One row per operator. The HMAC secret is not here: it lives in the host's SecretStore under
-- "operator-secret/<key_id>". Money in minor units of `currency`; times in ms since the epoch.
CREATE TABLE operators (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    key_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,              -- active | suspended
    webhook_url TEXT NOT NULL,
    currency TEXT NOT NULL,
    min_bet BIGINT NOT NULL,
    max_bet BIGINT NOT NULL,
    max_win BIGINT NOT NULL,           -- the most one player can be paid in one round
    language TEXT NOT NULL,
    region TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    secret_rotated_at BIGINT NOT NULL
);

-- The people who run the backoffice. password_hash: PBKDF2 (auth/Secrets.h).
CREATE TABLE backoffice_users (
    username TEXT PRIMARY KEY,
    role TEXT NOT NULL,                -- admin | support | viewer
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0
);

-- Who changed what in the backoffice, written in the same transaction as the change. Never secrets.
CREATE TABLE backoffice_log (
    id BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX backoffice_log_at ON backoffice_log (at);
