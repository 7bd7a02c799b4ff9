// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoundReport.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

namespace steward::verify {

class ChainReader;
struct ReceiptEvent;

// Checks 4–7 of one round against the chain: the commitment is a Committed log of the
// RoundFairness contract for this table, round and seed hash (4), in a block older than the
// opening of betting (5); the reveal is a Revealed log with the same seed, bets root and number
// (6); and the contract's own drawNumber gives the number (7). Each call to the node that
// fails leaves its checks Unavailable, never Failed.
class ChainChecks : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(QList<RoundCheck>)>;

    // `contract` is RoundFairness's address; `expectedChainId` the chain the record names.
    ChainChecks(QJsonObject record, ChainReader &reader, QString contract, std::optional<quint64> expectedChainId,
                QObject *parent = nullptr);

    // Calls `done` once, from the event loop, with checks 4–7 in order.
    void start(Done done);

    // Check 5's rule: blockTimestamp * 1000 <= opensAtMs + 999. Block timestamps are whole
    // seconds (the node's clock), opensAt is the host's clock in ms: the rule allows the two
    // clocks to differ by less than a second, and nothing more (docs/verify.md).
    static bool committedBeforeOpening(quint64 blockTimestamp, qint64 opensAtMs);

private:
    void checkCommit();
    void checkCommitTime(const ReceiptEvent &commit);
    void checkReveal();
    void checkContractDraw();
    void settle(const RoundCheck &check);

    QJsonObject m_record;
    ChainReader &m_reader;
    QString m_contract;
    std::optional<quint64> m_expectedChainId;
    QString m_chainMismatch;
    qint64 m_round = 0;
    QByteArray m_table;
    QMap<int, RoundCheck> m_results;
    Done m_done;
};

} // namespace steward::verify
