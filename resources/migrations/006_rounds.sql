-- Steward schema, version 6: the rounds game.

-- A confirmed chain intent whose game waits for it (a round's commitment) is handed to the game
-- once: this marks it, in the same commit as the game's reaction.
ALTER TABLE chain_outbox ADD COLUMN delivered_at BIGINT;

-- Every settled round as the public sees it (seed, bets, result, transactions), written in the
-- same commit as its settlement: what /api/rounds/{game}/{round}, the verifiers and the
-- regulator export read. `record` is the round's JSON; the reveal updates it.
CREATE TABLE rounds_archive (
    game_id TEXT NOT NULL,
    round BIGINT NOT NULL,
    settled_at BIGINT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (game_id, round)
);
