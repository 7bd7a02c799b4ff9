-- Steward schema, version 3: the money record (docs/ledger.md).
-- IF NOT EXISTS: a test that drops the schema_migrations table to re-migrate must not trip on
-- these tables, which it does not know; on a real database this file runs once.

-- Double-entry postings. amount is signed, in minor units: + money into the account, - out of
-- it. The entries of one txn_id sum to zero per currency. Written in the same transaction as
-- the game event that caused them; id is assigned by the host, in order.
CREATE TABLE IF NOT EXISTS ledger_entries (
    id BIGINT PRIMARY KEY,
    txn_id TEXT NOT NULL,
    account TEXT NOT NULL,
    amount BIGINT NOT NULL,
    currency TEXT NOT NULL,
    kind TEXT NOT NULL,
    ref TEXT,
    at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_entries_txn ON ledger_entries (txn_id);
CREATE INDEX IF NOT EXISTS ledger_entries_account ON ledger_entries (account, currency);

-- The hash-chained, write-ahead audit log of money: every txn above, and every external money
-- call before and after it is made. hash = SHA-256 over the previous hash and this row.
CREATE TABLE IF NOT EXISTS ledger_audit (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
