// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsRun.h"

#include "HostProcess.h"
#include "HostUnderTest.h"
#include "ProcStats.h"
#include "RestClient.h"
#include "RoundsBettor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {

constexpr int SettlePollMs = 250;
constexpr int TablePollMs = 50;       // between rounds, when the next opening is not known yet
constexpr int MaxTablePollMs = 1000;
constexpr qint64 MinWindowMs = 10;    // a round closing sooner than this is left alone
constexpr double MinWindowSeconds = 0.05;
constexpr qint64 StartBalance = 1'000'000'000'000; // per player, in cents: never the limit
const QString Late1 = u"BET_TOO_LATE"_s;
const QString Late2 = u"ROUND_NOT_OPEN"_s;

double secondsBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e9;
}

qint64 wallMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

quint64 lateCount(const RoundsTally &t)
{
    quint64 n = 0;
    for (const QString &code : {Late1, Late2}) {
        if (const auto it = t.refusals.find(code); it != t.refusals.end())
            n += it->second;
    }
    return n;
}

RoundsOperator::Counts minus(const RoundsOperator::Counts &a, const RoundsOperator::Counts &b)
{
    RoundsOperator::Counts d = a;
    d.debitCalls -= b.debitCalls;
    d.creditCalls -= b.creditCalls;
    d.rollbackCalls -= b.rollbackCalls;
    d.debits -= b.debits;
    d.credits -= b.credits;
    d.rollbacks -= b.rollbacks;
    d.badSignatures -= b.badSignatures;
    return d;
}

} // namespace

RoundsRun::RoundsRun(RoundsOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(false, u"timed out after %1 s (%2)"_s.arg(QString::number(m_options.timeoutSeconds),
                                                        m_phaseOver ? u"waiting for the last round to settle"_s
                                                                    : u"before the betting time was reached"_s));
    });
    m_windowTimer.setSingleShot(true);
    m_windowTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_windowTimer, &QTimer::timeout, this, [this] {
        m_window.open = false;
        m_closing = true;
        m_windowEndNs = m_clock.nsecsElapsed();
        if (m_tally.inFlight == 0)
            closeWindow();
    });
}

RoundsRun::~RoundsRun()
{
    // The bettors write into m_tally and read m_window: gone before those are.
    qDeleteAll(m_bettors);
}

void RoundsRun::note(const QString &line) const
{
    if (!m_options.progress)
        return;
    QTextStream err(stderr);
    err << u"[%1 s] "_s.arg(QString::number(double(m_clock.nsecsElapsed()) / 1e9, 'f', 1)) << line << '\n';
}

qint64 RoundsRun::hostPid() const
{
    return m_host ? m_host->pid() : m_options.hostPid;
}

std::optional<double> RoundsRun::hostCpu() const
{
    const qint64 pid = hostPid();
    return pid > 0 ? cpuSeconds(pid) : std::nullopt;
}

void RoundsRun::start()
{
    m_clock.start();
    m_timeout.start(std::chrono::seconds(m_options.timeoutSeconds));
    m_report.clients = m_options.clients;
    m_report.players = m_options.players;
    m_report.periodMs = m_options.periodMs;
    m_report.bettingMs = m_options.bettingMs();
    m_report.secondsAsked = m_options.seconds;

    m_hostUnderTest = new HostUnderTest({m_options.url, m_options.hostProgram, m_options.password, m_options.chain,
                                         m_options.chainReadySeconds},
                                        m_clock, [this](const QString &line) { note(line); }, this);
    m_report.hostStartedByBench = m_options.url.isEmpty();
    connect(m_hostUnderTest, &HostUnderTest::failed, this, [this](const QString &why) { finish(false, why); });
    connect(m_hostUnderTest, &HostUnderTest::ready, this, [this] {
        m_base = m_hostUnderTest->base();
        m_port = quint16(m_base.port());
        m_host = m_hostUnderTest->process();
        m_facilitator = &m_hostUnderTest->facilitator();
        m_report.hostPid = hostPid();
        m_report.chain = m_hostUnderTest->chain();
        signInToBackoffice();
    });
    m_hostUnderTest->start();
}

// The operator is created in the backoffice, by its staff (the same admin account).
void RoundsRun::signInToBackoffice()
{
    m_backoffice = new RestClient(m_base, this);
    const QJsonObject admin{{u"username"_s, u"admin"_s}, {u"password"_s, m_options.password}};
    m_backoffice->post(u"/api/admin/v1/login"_s, admin, [this](int status, const QJsonObject &body) {
        if (status != 200)
            return finish(false, u"backoffice sign-in: "_s + RestClient::describe(status, body));
        m_backoffice->setToken(body.value(u"token").toString());
        createTable();
    });
}

void RoundsRun::createTable()
{
    const QJsonObject config{{u"periodMs"_s, m_options.periodMs}, {u"bettingMs"_s, m_options.bettingMs()}};
    m_facilitator->post(u"/api/games/create"_s, {{u"kind"_s, u"rounds"_s}, {u"config"_s, config}},
                        [this](int status, const QJsonObject &body) {
        if (status != 200)
            return finish(false, u"create the rounds table: "_s + RestClient::describe(status, body));
        m_table = body.value(u"gameId").toString();
        note(u"rounds table %1: periodMs %2, bettingMs %3"_s.arg(m_table, QString::number(m_options.periodMs),
                                                                  QString::number(m_options.bettingMs())));
        createOperator();
    });
}

void RoundsRun::createOperator()
{
    // A placeholder webhook: the operator's port is known only once it listens, with the key it
    // is issued here.
    const QJsonObject spec{{u"name"_s, u"Bench Bets"_s}, {u"webhookUrl"_s, u"http://127.0.0.1:1/wallet"_s},
                           {u"currency"_s, u"EUR"_s},      {u"minBet"_s, 100},
                           {u"maxBet"_s, 100'000},         {u"maxWin"_s, 100'000'000},
                           {u"language"_s, u"en"_s},       {u"region"_s, u"DE"_s}};
    m_backoffice->post(u"/api/admin/v1/operators"_s, spec, [this](int status, const QJsonObject &body) {
        if (status != 200)
            return finish(false, u"create the operator: "_s + RestClient::describe(status, body));
        m_operatorId = body.value(u"operator").toObject().value(u"id").toString();
        m_keyId = body.value(u"keyId").toString();
        m_secret = QByteArray::fromHex(body.value(u"secret").toString().toLatin1());
        if (m_operatorId.isEmpty() || m_keyId.isEmpty() || m_secret.size() != 32)
            return finish(false, u"the host's answer to creating an operator has no id, key id or 32-byte secret"_s);
        m_operator = std::make_unique<RoundsOperator>();
        if (!m_operator->start(m_keyId, m_secret, StartBalance))
            return finish(false, u"the local operator cannot listen on 127.0.0.1"_s);
        const QString url = m_operator->webhookUrl().toString();
        m_backoffice->post(u"/api/admin/v1/operators/%1/webhook"_s.arg(m_operatorId), {{u"webhookUrl"_s, url}},
                           [this, url](int s, const QJsonObject &b) {
            if (s != 200)
                return finish(false, u"point the operator's webhook at %1: "_s.arg(url) + RestClient::describe(s, b));
            note(u"operator %1 (key %2), wallet webhooks to %3"_s.arg(m_operatorId, m_keyId, url));
            connectBettors();
        });
    });
}

void RoundsRun::connectBettors()
{
    const RoundsBettor::Target target{m_port, m_table.toLatin1(), m_keyId, m_secret, m_options.players};
    m_bettors.reserve(std::size_t(m_options.clients));
    for (int i = 0; i < m_options.clients; ++i) {
        auto *bettor = new RoundsBettor(i, target, m_window, m_tally, m_clock, this);
        connect(bettor, &RoundsBettor::failed, this, [this](const QString &why) { finish(false, why); });
        connect(bettor, &RoundsBettor::idle, this, &RoundsRun::onBettorIdle);
        connect(bettor, &RoundsBettor::ready, this, [this] {
            if (++m_ready < m_options.clients)
                return;
            m_report.setupSeconds = secondsBetween(m_hostUnderTest->setupStartNs(), m_clock.nsecsElapsed());
            note(u"%1 bettor connections open; waiting for a round to take bets"_s.arg(m_options.clients));
            pollTable();
        });
        m_bettors.push_back(bettor);
        bettor->open();
    }
}

void RoundsRun::pollTable()
{
    if (m_over || m_phaseOver)
        return;
    m_facilitator->get(u"/api/games/%1"_s.arg(m_table), [this](int status, const QJsonObject &body) {
        if (m_over || m_phaseOver)
            return;
        if (status != 200)
            return finish(false, u"read the table: "_s + RestClient::describe(status, body));
        onTableView(body);
    });
}

void RoundsRun::onTableView(const QJsonObject &view)
{
    const qint64 now = wallMs();
    const QJsonObject current = view.value(u"current").toObject();
    const qint64 round = current.value(u"round").toInteger();
    const qint64 closesAt = current.value(u"closesAt").toInteger();
    if (current.value(u"phase").toString() == u"open" && round != m_lastRound && closesAt > now + MinWindowMs) {
        openWindow(round, closesAt);
        return;
    }
    // Next look: when the next round is due to open, else shortly.
    qint64 delay = TablePollMs;
    const qint64 planned = view.value(u"next").toObject().value(u"plannedOpensAt").toInteger();
    if (planned > now)
        delay = std::min<qint64>(planned - now + 5, MaxTablePollMs);
    QTimer::singleShot(std::chrono::milliseconds(delay), this, &RoundsRun::pollTable);
}

void RoundsRun::startPhase()
{
    m_phaseStarted = true;
    m_phaseStartNs = m_clock.nsecsElapsed();
    m_tally.seriesStartNs = m_phaseStartNs;
    m_report.hostRssBeforeKiB = hostPid() > 0 ? residentKiB(hostPid()) : std::nullopt;
    m_hostCpuAtStart = hostCpu().value_or(0);
    m_operatorCpuAtStart = m_operator->cpuSeconds();
    m_benchCpuAtStart = ownCpuSeconds();
    m_machineCpuAtStart = machineBusySeconds();
    m_threadsAtStart = threadCpu(hostPid());
    m_operatorAtStart = m_operator->counts();
}

void RoundsRun::openWindow(qint64 round, qint64 closesAtMs)
{
    if (!m_phaseStarted)
        startPhase();
    const qint64 now = wallMs();
    const qint64 remainingMs = qint64(std::ceil((double(m_options.seconds) - m_bettingSeconds) * 1000.0));
    m_windowRound = round;
    m_lastRound = round;
    m_window.endsAtMs = std::min(closesAtMs, now + remainingMs);
    m_window.open = true;
    m_closing = false;
    m_windowStartMs = now;
    m_windowAcceptedAt = m_tally.accepted;
    m_windowLateAt = lateCount(m_tally);
    m_windowTimer.start(std::chrono::milliseconds(std::max<qint64>(0, m_window.endsAtMs - now)));
    for (RoundsBettor *b : m_bettors)
        b->resume();
}

void RoundsRun::onBettorIdle()
{
    if (m_closing && m_tally.inFlight == 0)
        closeWindow();
}

void RoundsRun::closeWindow()
{
    if (!m_closing || m_over)
        return;
    m_closing = false;
    // Betting time is the time bets could be placed; the answers to the last ones still count.
    const double seconds = double(m_window.endsAtMs - m_windowStartMs) / 1000.0;
    m_bettingSeconds += seconds;
    RoundsReport::Window w;
    w.round = m_windowRound;
    w.seconds = seconds;
    w.drainSeconds = secondsBetween(m_windowEndNs, m_clock.nsecsElapsed());
    w.accepted = m_tally.accepted - m_windowAcceptedAt;
    w.late = lateCount(m_tally) - m_windowLateAt;
    m_report.windows.push_back(w);
    note(u"round %1: %2 bets accepted in %3 s (%4/s), %5 refused as late, last answer %6 s after the close; "
         "%7 of %8 s of betting done"_s.arg(
        QString::number(w.round), QString::number(w.accepted), QString::number(seconds, 'f', 2),
        QString::number(seconds > 0 ? double(w.accepted) / seconds : 0, 'f', 0), QString::number(w.late),
        QString::number(w.drainSeconds, 'f', 2), QString::number(m_bettingSeconds, 'f', 1),
        QString::number(m_options.seconds)));
    if (double(m_options.seconds) - m_bettingSeconds < MinWindowSeconds)
        endPhase();
    else
        pollTable();
}

void RoundsRun::endPhase()
{
    m_phaseOver = true;
    m_phaseEndNs = m_clock.nsecsElapsed();
    RoundsReport &r = m_report;
    r.phaseSeconds = secondsBetween(m_phaseStartNs, m_phaseEndNs);
    r.bettingSeconds = m_bettingSeconds;
    const double operatorCpu = m_operator->cpuSeconds() - m_operatorCpuAtStart;
    const double processCpu = ownCpuSeconds() - m_benchCpuAtStart;
    r.operatorCpuSeconds = operatorCpu;
    r.benchCpuSeconds = processCpu - operatorCpu;
    if (const auto cpu = hostCpu())
        r.hostCpuSeconds = *cpu - m_hostCpuAtStart;
    if (const auto machine = machineBusySeconds(); machine && m_machineCpuAtStart)
        r.otherCpuSeconds = std::max(0.0, *machine - *m_machineCpuAtStart - r.hostCpuSeconds.value_or(0) - processCpu);
    r.hostThreads = threadCpuSince(m_threadsAtStart, threadCpu(hostPid()), 0.05);
    r.hostRssAfterKiB = hostPid() > 0 ? residentKiB(hostPid()) : std::nullopt;
    r.operatorDuring = minus(m_operator->counts(), m_operatorAtStart);
    r.sent = m_tally.sent;
    r.accepted = m_tally.accepted;
    r.repeated = m_tally.repeated;
    r.lateRetried = m_tally.lateRetried;
    r.transportErrors = m_tally.transportErrors;
    r.reconnects = m_tally.reconnects;
    r.refusals = m_tally.refusals;
    r.latency = RoundsReport::summarize(m_tally.acceptedNs);
    r.acceptedPerSecond = m_tally.acceptedPerSecond;
    note(u"betting done: %1 bets accepted in %2 s of betting (%3/s); waiting for round %4 to settle"_s.arg(
        QString::number(r.accepted), QString::number(r.bettingSeconds, 'f', 2),
        QString::number(r.betsPerSecond(), 'f', 0), QString::number(m_lastRound)));
    waitForSettlement();
}

// The last round's record appears once it has closed and settled.
void RoundsRun::waitForSettlement()
{
    if (m_over)
        return;
    m_facilitator->get(u"/api/rounds/%1/%2"_s.arg(m_table).arg(m_lastRound), [this](int status, const QJsonObject &) {
        if (m_over)
            return;
        if (status == 200)
            return pollWebhooks();
        QTimer::singleShot(SettlePollMs, this, &RoundsRun::waitForSettlement);
    });
}

// Credits of the last rounds, and any rollbacks, until the host has none waiting or under way.
void RoundsRun::pollWebhooks()
{
    if (m_over)
        return;
    m_backoffice->get(u"/api/admin/v1/operators"_s, [this](int status, const QJsonObject &body) {
        if (m_over)
            return;
        if (status != 200)
            return finish(false, u"list operators: "_s + RestClient::describe(status, body));
        int pending = -1;
        for (const QJsonValue &v : body.value(u"operators").toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"id").toString() == m_operatorId)
                pending = o.value(u"webhook").toObject().value(u"pending").toInt(-1);
        }
        m_report.hostWebhooksPending = pending;
        if (pending == 0)
            return checkLedger();
        QTimer::singleShot(SettlePollMs, this, &RoundsRun::pollWebhooks);
    });
}

void RoundsRun::checkLedger()
{
    m_backoffice->get(u"/api/admin/v1/audit"_s, [this](int status, const QJsonObject &body) {
        if (m_over)
            return;
        RoundsReport &r = m_report;
        r.settleSeconds = secondsBetween(m_phaseEndNs, m_clock.nsecsElapsed());
        r.settled = true;
        r.operatorAtEnd = m_operator->counts();
        if (status == 200) {
            const QJsonObject ledger = body.value(u"ledger").toObject();
            r.ledgerKnown = true;
            r.ledgerOk = ledger.value(u"ok").toBool();
            r.ledgerEntriesChecked = ledger.value(u"entriesChecked").toInteger();
            r.ledgerDetail = ledger.value(u"detail").toString();
        } else {
            r.ledgerDetail = RestClient::describe(status, body);
        }
        if (r.consistent())
            return finish(true);
        QStringList why;
        if (!r.operatorAtEnd.moneyConserved)
            why << u"the operator's money is not conserved"_s;
        if (r.operatorAtEnd.badSignatures > 0)
            why << u"%1 webhooks with a bad signature"_s.arg(r.operatorAtEnd.badSignatures);
        if (!r.debitsMatch())
            why << u"debits taken - rollbacks (%1 - %2) differ from the %3 accepted bets"_s.arg(
                       QString::number(r.operatorAtEnd.debits), QString::number(r.operatorAtEnd.rollbacks),
                       QString::number(r.accepted));
        if (!r.ledgerKnown)
            why << u"audit: "_s + r.ledgerDetail;
        else if (!r.ledgerOk)
            why << u"the ledger does not match the audit chain: "_s + r.ledgerDetail;
        finish(false, why.join(u"; "_s));
    });
}

void RoundsRun::finish(bool success, const QString &failure)
{
    if (m_over)
        return;
    m_over = true;
    m_timeout.stop();
    m_windowTimer.stop();
    m_window.open = false;
    m_report.success = success;
    m_report.failure = failure;
    if (!m_phaseOver && m_phaseStarted) {
        // Failed while betting: the figures so far.
        m_report.accepted = m_tally.accepted;
        m_report.sent = m_tally.sent;
        m_report.refusals = m_tally.refusals;
        m_report.latency = RoundsReport::summarize(m_tally.acceptedNs);
    }
    note(success ? u"finished"_s : u"failed: "_s + failure);
    for (RoundsBettor *b : m_bettors)
        b->disconnect(this);
    if (m_host && m_host->running()) {
        QCoreApplication::processEvents();
        const int code = m_host->stop();
        note(u"steward-host stopped with SIGTERM (exit code %1)"_s.arg(code));
    }
    m_operator.reset();
    emit done(success);
}

} // namespace steward::bench
