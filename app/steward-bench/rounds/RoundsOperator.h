// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QThread>
#include <QUrl>

#include <ctime>

class TestOperator;

namespace steward::bench {

// The betting operator of a --rounds run: the tests' TestOperator (tests/wallet/), a real
// HTTP/1.1 keep-alive operator that checks every webhook's signature and keeps its players'
// wallets. It runs on a thread of its own, so its answers never wait for the bettors' event
// loop and its CPU time can be told apart from theirs.
class RoundsOperator
{
public:
    struct Counts
    {
        int debitCalls = 0, creditCalls = 0, rollbackCalls = 0; // webhooks with a good signature
        int debits = 0, credits = 0, rollbacks = 0;             // tx ids that moved money
        int badSignatures = 0;
        qint64 initialTotal = 0, totalBalance = 0, netToHost = 0;
        bool moneyConserved = false;
    };

    RoundsOperator();
    ~RoundsOperator();
    RoundsOperator(const RoundsOperator &) = delete;
    RoundsOperator &operator=(const RoundsOperator &) = delete;

    // Starts the thread and the operator with the key the host issued; false if it cannot listen.
    bool start(const QString &keyId, const QByteArray &secret, qint64 startBalance);
    QUrl webhookUrl() const { return m_webhookUrl; }
    // Read on the operator's thread (blocks until it answers).
    Counts counts() const;
    // CPU time of the operator's thread so far.
    double cpuSeconds() const;

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread: what calls into the thread are queued to
    TestOperator *m_operator = nullptr;
    clockid_t m_cpuClock{};
    bool m_hasCpuClock = false;
    QUrl m_webhookUrl;
};

} // namespace steward::bench
