// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoundReport.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

namespace steward::verify {

class ChainReader;

// Verifies one settled round from its public record (GET /api/rounds/{gameId}/{round}, or a
// round of the regulator export) and, when it was committed on chain, from the chain itself:
// checks 1–3 always, 4–7 when a chain reader is set. Trusts the host for nothing but the
// address of the RoundFairness contract, which setContract() can override.
class RoundVerifier : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const RoundReport &)>;

    explicit RoundVerifier(QObject *parent = nullptr);

    // Where checks 4–7 read the chain (not owned); null skips them, saying `whyNot`.
    void setChain(ChainReader *reader, const QString &whyNot = {});
    // RoundFairness's address, instead of the one the record names.
    void setContract(const QString &address) { m_contract = address; }

    // Calls `done` once: at once when no chain is read, else later from the event loop.
    void verify(const QJsonObject &record, Done done);
    // The same, waiting in a local event loop.
    RoundReport verifyNow(const QJsonObject &record);

private:
    QPointer<ChainReader> m_reader;
    QString m_whyNoChain;
    QString m_contract;
};

} // namespace steward::verify
