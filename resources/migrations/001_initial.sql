-- Steward schema, version 1. Kept to SQL that SQLite and PostgreSQL both accept.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE games (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    config TEXT NOT NULL,
    seed BIGINT NOT NULL,
    join_code TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL
);

-- Every accepted command's events, in order per game: the source of truth for game state.
CREATE TABLE events (
    game_id TEXT NOT NULL REFERENCES games(id),
    seq BIGINT NOT NULL,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (game_id, seq)
);

-- Host-level actions that belong to no game's log: sign-ins, refusals, game creation.
CREATE TABLE audit_log (
    id BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
