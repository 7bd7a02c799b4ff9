-- Steward schema, version 2: the blockchain bridge.

-- What the games ask to record on chain, one row per intent, written in the same transaction
-- as the event it comes from. intent_id is derived from (game, event seq, index), so an intent
-- can never be queued twice, and the contracts refuse a second recording of it.
CREATE TABLE chain_outbox (
    id BIGINT PRIMARY KEY,
    intent_id TEXT NOT NULL UNIQUE,
    game_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    contract TEXT NOT NULL,
    call_data TEXT NOT NULL,
    status TEXT NOT NULL,              -- queued | sent | confirmed | failed
    nonce BIGINT,
    tx_hash TEXT,                      -- the transaction that counts (the latest sent, or the mined one)
    block_number BIGINT,               -- from the receipt
    gas_used BIGINT,
    log_block BIGINT,                  -- where the chain listener saw its event (NULL: not seen)
    reason TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX chain_outbox_status ON chain_outbox (status, id);

-- Every signed transaction an intent went out as. The signed bytes are kept so that a resend
-- after a crash or a node restart is the same transaction, never a second one.
CREATE TABLE chain_tx (
    hash TEXT PRIMARY KEY,
    outbox_id BIGINT NOT NULL REFERENCES chain_outbox(id),
    nonce BIGINT NOT NULL,
    max_fee TEXT NOT NULL,
    priority_fee TEXT NOT NULL,
    gas_limit BIGINT NOT NULL,
    raw TEXT NOT NULL,
    status TEXT NOT NULL,              -- sent | confirmed | failed | replaced
    sent_at BIGINT NOT NULL
);
CREATE INDEX chain_tx_outbox ON chain_tx (outbox_id);

-- Where each contract lives on each chain.
CREATE TABLE chain_contracts (
    chain_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    deployed_block BIGINT NOT NULL,
    PRIMARY KEY (chain_id, name)
);

-- Blocks the chain listener has read the logs of, with their hashes: when the node's block at
-- one of these numbers has another hash, the chain was reorganised and what came after is undone.
CREATE TABLE chain_blocks (
    number BIGINT PRIMARY KEY,
    hash TEXT NOT NULL
);
