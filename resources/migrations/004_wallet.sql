-- Steward schema, version 4: calls to the betting operators' wallets.
-- IF NOT EXISTS: a test that drops the schema_migrations table to re-migrate must not trip on
-- this table, which it does not know; on a real database this file runs once.

-- Every movement of a player's money at an operator, written before it is sent: a debit is
-- committed before its webhook goes out (so a crash can always undo it), a credit or rollback in
-- the same commit as the settlement event it comes from. tx_id names the call at the operator, who
-- applies each tx id at most once, so a call can be sent again at any time.
CREATE TABLE IF NOT EXISTS wallet_calls (
    id BIGINT PRIMARY KEY,
    tx_id TEXT NOT NULL UNIQUE,
    operator_id TEXT NOT NULL,
    kind TEXT NOT NULL,                -- debit | credit | rollback
    player TEXT NOT NULL,
    amount BIGINT NOT NULL,            -- minor units of currency
    currency TEXT NOT NULL,
    round BIGINT,
    bet_ref TEXT,
    refers_to TEXT,                    -- a rollback: the debit tx it undoes
    status TEXT NOT NULL,              -- pending | acked | refused | unknown
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at BIGINT,                    -- when a pending credit or rollback is tried again (ms)
    last_error TEXT,
    response TEXT,                     -- the operator's last answer, JSON
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS wallet_calls_status ON wallet_calls (status, next_at);
