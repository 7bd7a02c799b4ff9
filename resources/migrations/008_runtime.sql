-- Steward schema, version 8: the host runtime a game kind plugs into.
-- An event's version, so a kind reads an old event through its upcaster; and the number of
-- ticks a real-time game had run when the event was applied, so a replay re-runs them.
ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN tick BIGINT NOT NULL DEFAULT 0;

-- A game's whole state after event `seq` (and `tick` ticks): start-up begins there instead of
-- replaying the whole log. Only the latest is kept.
CREATE TABLE snapshots (
    game_id TEXT NOT NULL REFERENCES games(id),
    seq BIGINT NOT NULL,
    tick BIGINT NOT NULL,
    at BIGINT NOT NULL,
    state TEXT NOT NULL,
    PRIMARY KEY (game_id, seq)
);
