// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostUnderTest.h"

#include "HostProcess.h"
#include "ProcStats.h"
#include "RestClient.h"

#include <QStringList>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {
constexpr int ChainPollMs = 250;
} // namespace

HostUnderTest::HostUnderTest(Options options, const QElapsedTimer &clock, Note note, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_clock(clock), m_note(std::move(note))
{
}

void HostUnderTest::start()
{
    if (!m_options.url.isEmpty()) {
        begin(m_options.url);
        return;
    }
    if (!m_options.chain) {
        // The host's secrets must go to the throw-away data folder, never to the keychain of
        // whoever runs the bench. HostProcess passes --secrets file only with the chain on;
        // without it the host's "auto" store would try the session's keychain first, so the host
        // is given a session bus address that cannot be reached and falls back to its file store.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/steward-bench-no-keychain");
    }
    m_process = new HostProcess(m_options.program, m_options.password, m_options.chain, this);
    connect(m_process, &HostProcess::failed, this, [this](const QString &why) {
        const QString tail = m_process->stderrTail();
        m_over = true;
        emit failed(tail.isEmpty() ? why : why + u"\n"_s + tail);
    });
    connect(m_process, &HostProcess::listening, this, [this](quint16 port) {
        m_listeningNs = m_clock.nsecsElapsed();
        m_note(u"steward-host (pid %1) listening on 127.0.0.1:%2"_s.arg(QString::number(m_process->pid()),
                                                                         QString::number(port)));
        QUrl base;
        base.setScheme(u"http"_s);
        base.setHost(u"127.0.0.1"_s);
        base.setPort(port);
        begin(base);
    });
    m_note(u"starting %1 %2"_s.arg(m_options.program,
                                   m_options.chain ? u"with the chain on (local devnet)"_s : u"with --no-chain"_s));
    m_process->start();
}

void HostUnderTest::begin(const QUrl &base)
{
    m_base = base;
    m_facilitator = new RestClient(base, this);
    m_setupStartNs = m_clock.nsecsElapsed();
    signIn();
}

void HostUnderTest::signIn()
{
    m_facilitator->post(u"/api/players/authenticate"_s, {{u"username"_s, u"admin"_s}, {u"password"_s, m_options.password}},
                        [this](int status, const QJsonObject &body) {
        if (status != 200) {
            m_over = true;
            emit failed(u"facilitator sign-in: "_s + RestClient::describe(status, body));
            return;
        }
        m_facilitator->setToken(body.value(u"token").toString());
        m_chainWaitStartNs = m_clock.nsecsElapsed();
        pollChainStatus();
    });
}

void HostUnderTest::pollChainStatus()
{
    if (m_over)
        return;
    m_facilitator->get(u"/api/chain/status"_s, [this](int status, const QJsonObject &body) {
        if (m_over)
            return;
        if (status == 404 && !m_options.chain) {
            // A host from before the chain: nothing to wait for.
            m_note(u"chain: the host has no /api/chain/status"_s);
            return chainSettled();
        }
        if (status != 200) {
            m_over = true;
            emit failed(u"chain status: "_s + RestClient::describe(status, body));
            return;
        }
        onChainStatus(body);
    });
}

void HostUnderTest::onChainStatus(const QJsonObject &status)
{
    const auto fail = [this](const QString &why) {
        m_over = true;
        emit failed(why);
    };
    const bool ownHost = m_process != nullptr;
    if (!status.value(u"enabled").toBool()) {
        if (m_options.chain) {
            return fail(ownHost ? u"steward-host was started with the chain on but reports it off"_s
                                : u"the host at %1 records nothing on chain (started with --no-chain); "
                                  "--chain cannot turn it on"_s.arg(m_base.toString()));
        }
        m_chainKnown = true;
        m_chainOn = false;
        m_note(ownHost ? u"chain: off (--no-chain)"_s : u"chain: off on the host at %1"_s.arg(m_base.toString()));
        return chainSettled();
    }
    if (ownHost && !m_options.chain)
        return fail(u"steward-host records on chain although it was started with --no-chain"_s);
    const QString stage = status.value(u"stage").toString();
    const qint64 now = m_clock.nsecsElapsed();
    if (stage == u"running") {
        m_chainKnown = true;
        m_chainOn = true;
        m_chainReadySeconds = double(now - (ownHost ? m_listeningNs : m_chainWaitStartNs)) / 1e9;
        m_devnetPid = ownHost ? childProcess(m_process->pid(), "anvil") : 0;
        const QJsonObject contracts = status.value(u"contracts").toObject();
        m_note(u"chain: on, %1 (chain id %2, node %3%4), contract%5 %6"_s.arg(
            status.value(u"devnet").toBool() ? u"local devnet"_s : u"external node"_s,
            QString::number(status.value(u"chainId").toInteger()), status.value(u"node").toString(),
            m_devnetPid > 0 ? u", anvil pid %1"_s.arg(QString::number(m_devnetPid)) : QString(),
            contracts.size() == 1 ? QString() : u"s"_s, QStringList(contracts.keys()).join(u", "_s)));
        return chainSettled();
    }
    if (stage == u"stopped")
        return fail(u"the host's chain stopped: %1"_s.arg(status.value(u"lastError").toString()));
    if (now - m_chainWaitStartNs > qint64(m_options.chainReadySeconds) * 1'000'000'000) {
        return fail(u"the chain was not running after %1 s (stage \"%2\"%3)"_s.arg(
            QString::number(m_options.chainReadySeconds), stage,
            status.value(u"lastError").isString() ? u", last error: %1"_s.arg(status.value(u"lastError").toString())
                                                  : QString()));
    }
    if (stage != m_chainStage) {
        m_chainStage = stage;
        m_note(u"waiting for the chain: %1"_s.arg(stage));
    }
    QTimer::singleShot(ChainPollMs, this, &HostUnderTest::pollChainStatus);
}

void HostUnderTest::chainSettled()
{
    m_chainWaitNs = m_clock.nsecsElapsed() - m_chainWaitStartNs;
    emit ready();
}

} // namespace steward::bench
