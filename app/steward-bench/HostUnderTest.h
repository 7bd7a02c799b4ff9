// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

namespace steward::bench {

class HostProcess;
class RestClient;

// The host a bench mode measures, made ready for it: steward-host started here (127.0.0.1, a
// throw-away data folder) or the one already running at --url; the facilitator signed in; and,
// with the chain on, its devnet running and its contracts deployed, so that neither is part of
// setup or play. Every mode starts with it, then does its own setup.
class HostUnderTest : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl url;                   // a running host; empty: start `program`
        QString program;            // steward-host
        QString password;           // the facilitator's
        bool chain = false;         // the local devnet on, or --no-chain
        int chainReadySeconds = 0;  // how long the chain may take to run
    };
    using Note = std::function<void(const QString &)>;

    // Times are read off `clock`, the mode's own, so they line up with its other figures.
    HostUnderTest(Options options, const QElapsedTimer &clock, Note note, QObject *parent = nullptr);

    void start(); // then ready() or failed()

    QUrl base() const { return m_base; }
    // The facilitator's REST client, signed in once ready() came.
    RestClient &facilitator() const { return *m_facilitator; }
    // steward-host as started here, or null for a host at --url.
    HostProcess *process() const { return m_process; }
    // Its anvil, when the host started one; else 0.
    qint64 devnetPid() const { return m_devnetPid; }
    // Whether the host records on chain (its /api/chain/status said, or it has none: false).
    bool chain() const { return m_chainOn; }
    bool chainKnown() const { return m_chainKnown; }

    // On the mode's clock: when a host started here listened, when the REST setup began (signing
    // in), and how long of it went to waiting for the chain.
    qint64 listeningNs() const { return m_listeningNs; }
    qint64 setupStartNs() const { return m_setupStartNs; }
    qint64 chainWaitNs() const { return m_chainWaitNs; }
    // From the host's listening (or, at --url, from signing in) to its chain running, in s.
    double chainReadySeconds() const { return m_chainReadySeconds; }

signals:
    void ready();
    void failed(const QString &why);

private:
    void begin(const QUrl &base);
    void signIn();
    void pollChainStatus();
    void onChainStatus(const QJsonObject &status);
    void chainSettled();

    Options m_options;
    const QElapsedTimer &m_clock;
    Note m_note;
    QUrl m_base;
    HostProcess *m_process = nullptr;
    RestClient *m_facilitator = nullptr;
    QString m_chainStage;
    qint64 m_listeningNs = 0;
    qint64 m_setupStartNs = 0;
    qint64 m_chainWaitStartNs = 0;
    qint64 m_chainWaitNs = 0;
    double m_chainReadySeconds = 0;
    qint64 m_devnetPid = 0;
    bool m_chainOn = false;
    bool m_chainKnown = false;
    bool m_over = false; // failed() was emitted
};

} // namespace steward::bench
