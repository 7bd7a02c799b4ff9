-- Steward schema, version 6: the rounds game.

-- A confirmed chain intent whose game waits for it (a round's commitment) is handed to the game
-- once: this marks it, in the same commit as the game's reaction.
ALTER TABLE chain_outbox ADD COLUMN delivered_at BIGINT;
