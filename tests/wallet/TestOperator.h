// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/wallet/NonceCache.h"
#include "server/wallet/WalletCall.h"

#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace steward {
class Clock;
}

// An external betting operator in the test process: a real HTTP/1.1 server (keep-alive) on a
// free loopback port with a wallet per player. Every webhook's signature is checked with
// RequestSigning and a nonce cache of its own; /debit, /credit and /rollback each apply a tx id
// once and give the same answer to it ever after, as a real operator must.
class TestOperator : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *DefaultKeyId = "test-operator-key";
    static constexpr const char *DefaultSecret = "test-operator-secret-0123456789";

    explicit TestOperator(QObject *parent = nullptr);
    TestOperator(const QString &keyId, const QByteArray &secret, QObject *parent = nullptr);
    ~TestOperator() override;

    // Listens on 127.0.0.1, port 0. Calls go to webhookUrl()/debit, /credit, /rollback.
    bool start();
    quint16 port() const { return m_server.serverPort(); }
    QUrl webhookUrl() const;
    QString keyId() const { return m_keyId; }
    QByteArray secret() const { return m_secret; }
    steward::wallet::OperatorEndpoint endpoint() const;
    // Signature timestamps are checked against this clock (the system's by default).
    void setClock(const steward::Clock *clock) { m_clock = clock; }

    // Switches for tests.
    void setDown(bool down);               // drops every connection and closes new ones at once
    bool isDown() const { return m_down; }
    void setRefuseDebits(bool refuse) { m_refuseDebits = refuse; } // with code DEBIT_REFUSED
    void setDelayMs(int ms) { m_delayMs = ms; } // money moves at once, the answer leaves after this

    // Wallets. A player is given the start balance when first seen.
    void setStartBalance(qint64 minorUnits) { m_startBalance = minorUnits; }
    void setBalance(const QString &player, qint64 minorUnits);
    qint64 balance(const QString &player) const;

    // Counters: webhooks of a kind that passed the signature check (repeats included), and tx ids
    // that moved money (debits taken, credits paid, rollbacks that returned a debit).
    int calls(const QString &kind) const { return m_calls.value(kind); }
    int applied(const QString &kind) const { return m_applied.value(kind); }
    int badSignatures() const { return m_badSignatures; }
    bool knows(const QString &txId) const { return m_answers.contains(txId); }

    // Money conservation: what the players hold plus what went to the host (debits less credits
    // and rollbacks) is what they were given.
    qint64 initialTotal() const { return m_initialTotal; }
    qint64 totalBalance() const;
    qint64 netToHost() const { return m_netToHost; }
    bool moneyConserved() const { return totalBalance() + m_netToHost == m_initialTotal; }

    // A request signed for the host's operator gateway, as an operator sends it.
    static QNetworkRequest signedRequest(const QUrl &url, const QByteArray &method, const QByteArray &body,
                                         const QString &keyId, const QByteArray &secret, qint64 nowSeconds,
                                         const QString &nonce = {});

signals:
    // Every request answered (or, down, dropped: status 0).
    void handled(const QString &kind, const QString &txId, int httpStatus);

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
    };
    struct Stored
    {
        QString fingerprint; // kind, player, amount, currency: a tx id reused for another call is refused
        Answer answer;
    };
    struct Debit
    {
        QString player;
        qint64 amount = 0;
        bool rolledBack = false;
    };
    struct Connection
    {
        QByteArray buffer;
        bool busy = false; // a request is being answered; the next waits (no pipelining)
    };

    void onConnection();
    void onReadable(QTcpSocket *socket);
    void processNext(QTcpSocket *socket);
    Answer handle(const QByteArray &method, const QByteArray &target, const QList<std::pair<QByteArray, QByteArray>> &headers,
                  const QByteArray &body, QString *kindOut, QString *txIdOut);
    Answer apply(const QString &kind, const QJsonObject &call);
    static Answer ok(qint64 balance);
    static Answer refused(int status, const QString &code, const QString &message);
    qint64 &wallet(const QString &player);
    qint64 nowSeconds() const;

    QString m_keyId;
    QByteArray m_secret;
    const steward::Clock *m_clock = nullptr;
    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    steward::wallet::NonceCache m_nonces;

    bool m_down = false;
    bool m_refuseDebits = false;
    int m_delayMs = 0;

    qint64 m_startBalance = 100'000;
    qint64 m_initialTotal = 0;
    qint64 m_netToHost = 0;
    QHash<QString, qint64> m_balances;
    QHash<QString, Stored> m_answers; // by tx id
    QHash<QString, Debit> m_debits;   // debits taken, by tx id
    QSet<QString> m_cancelled;        // debits rolled back before they arrived: refused if they do
    QHash<QString, int> m_calls, m_applied;
    int m_badSignatures = 0;
};
