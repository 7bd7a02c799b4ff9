// SPDX-License-Identifier: GPL-3.0-or-later
#include "WalletOutbox.h"

#include "WalletLog.h"
#include "server/core/Clock.h"
#include "server/store/Database.h"
#include "server/store/EventStore.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include "server/wallet/WalletErrors.h"

using namespace Qt::StringLiterals;

namespace steward::wallet {

namespace {

// ON CONFLICT: a tx id queued twice must not fail the commit it shares with the games' events.
const QString InsertCall = u"INSERT INTO wallet_calls (id, tx_id, operator_id, kind, player, amount, currency, round, "
                           "bet_ref, refers_to, status, attempts, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?) ON CONFLICT (tx_id) DO NOTHING"_s;
// Only a pending row moves: a late or repeated answer never overwrites a final status.
const QString UpdateSettled = u"UPDATE wallet_calls SET status = ?, attempts = ?, next_at = NULL, last_error = ?, "
                              "response = ?, updated_at = ? WHERE tx_id = ? AND status = 'pending'"_s;
const QString UpdateRetry = u"UPDATE wallet_calls SET attempts = ?, next_at = ?, last_error = ?, updated_at = ? "
                            "WHERE tx_id = ? AND status = 'pending'"_s;
const QString MarkDebitUnknown = u"UPDATE wallet_calls SET status = 'unknown', last_error = ?, updated_at = ? "
                                 "WHERE tx_id = ? AND kind = 'debit' AND status = 'pending'"_s;

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}

QVariant jsonOrNull(const QJsonObject &o)
{
    return o.isEmpty() ? nullText() : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QUrl callUrl(const OperatorEndpoint &ep, WalletCall::Kind kind)
{
    QUrl url = ep.webhookUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + kindName(kind));
    return url;
}

// A row of `SELECT id, tx_id, operator_id, kind, player, amount, currency, round, bet_ref, refers_to, attempts`.
std::pair<qint64, WalletCall> callOf(const QSqlQuery &q)
{
    WalletCall c;
    c.txId = q.value(1).toString();
    c.operatorId = q.value(2).toString();
    c.kind = kindFromName(q.value(3).toString()).value_or(WalletCall::Kind::Debit);
    c.player = q.value(4).toString();
    c.amount = q.value(5).toLongLong();
    c.currency = q.value(6).toString();
    if (!q.value(7).isNull())
        c.round = q.value(7).toLongLong();
    c.betRef = q.value(8).toString();
    c.refersTo = q.value(9).toString();
    return {q.value(0).toLongLong(), c};
}

const QString SelectCalls = u"SELECT id, tx_id, operator_id, kind, player, amount, currency, round, bet_ref, refers_to, "
                            "attempts FROM wallet_calls "_s;

} // namespace

Error DebitOutcome::error() const
{
    switch (kind) {
    case Kind::Acked:
        break;
    case Kind::Refused:
        if (code == u"INSUFFICIENT_FUNDS")
            return Error{wallet::errors::InsufficientFunds, message};
        return Error{wallet::errors::DebitRefused, u"%1: %2"_s.arg(code, message)};
    case Kind::Unavailable:
        return Error{wallet::errors::WalletUnavailable, message};
    case Kind::NotStored:
        return Error{ErrorCode::StorageFailed, message};
    }
    return Error{ErrorCode::Internal, u"The debit was accepted."_s};
}

WalletOutbox::WalletOutbox(Database &db, UnitOfWork &store, const Clock &clock, EndpointLookup endpoints,
                           WalletSettings settings, QObject *parent)
    : QObject(parent), m_db(db), m_store(store), m_clock(clock), m_endpoints(std::move(endpoints)),
      m_settings(settings), m_client(clock)
{
    m_client.setTimeoutMs(m_settings.attemptTimeoutMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WalletOutbox::pump);
    QSqlQuery q(m_db.handle());
    if (q.exec(u"SELECT MAX(id) FROM wallet_calls"_s) && q.next())
        m_nextId = q.value(0).toLongLong() + 1;
    else
        qCCritical(lcWallet) << "cannot read wallet_calls:" << q.lastError().text();
}

WalletOutbox::~WalletOutbox() = default;

qint64 WalletOutbox::nowMs() const
{
    return m_clock.nowMs();
}

std::optional<OperatorEndpoint> WalletOutbox::endpointOf(const QString &operatorId) const
{
    auto ep = m_endpoints ? m_endpoints(operatorId) : std::nullopt;
    if (ep && (!ep->webhookUrl.isValid() || ep->keyId.isEmpty() || ep->secret.isEmpty()))
        return std::nullopt;
    return ep;
}

qint64 WalletOutbox::backoffMs(int attempts) const
{
    qint64 delay = m_settings.firstRetryMs;
    for (int i = 1; i < attempts && delay < m_settings.maxRetryMs; ++i)
        delay *= 2;
    return std::min<qint64>(delay, m_settings.maxRetryMs);
}

qint64 WalletOutbox::appendCall(UnitOfWork &store, const WalletCall &call)
{
    const qint64 id = m_nextId++;
    const qint64 now = nowMs();
    store.rowWriter(InsertCall).append({id, call.txId, call.operatorId, kindName(call.kind), call.player, call.amount,
                                 call.currency,
                                 call.round ? QVariant(*call.round) : QVariant(QMetaType::fromType<qint64>()),
                                 textOrNull(call.betRef), textOrNull(call.refersTo), now, now});
    return id;
}

qint64 WalletOutbox::queueCredit(UnitOfWork &store, WalletCall credit)
{
    credit.kind = WalletCall::Kind::Credit;
    credit.refersTo.clear();
    if (auto it = m_queued.constFind(credit.txId); it != m_queued.cend())
        return it->id;
    const qint64 id = appendCall(store, credit);
    const QString txId = credit.txId;
    enqueue(Queued{id, std::move(credit), 0, 0, false, false});
    // A failed commit took the settlement with it: there is nothing to pay.
    store.whenDurable(this, [this, txId](const Status &s) {
        auto it = m_queued.find(txId);
        if (it == m_queued.end() || it->durable)
            return;
        if (!s) {
            m_queued.erase(it);
            return;
        }
        it->durable = true;
        makeDue(txId, nowMs());
        pump();
    });
    return id;
}

qint64 WalletOutbox::queueRollback(UnitOfWork &store, const WalletCall &debit)
{
    return queueRollback(store, debit, u"rolled back by the host"_s);
}

qint64 WalletOutbox::queueRollback(UnitOfWork &store, const WalletCall &debit, const QString &reason)
{
    m_ackedDebits.remove(debit.txId);
    WalletCall rollback = debit.rollback();
    if (auto it = m_queued.constFind(rollback.txId); it != m_queued.cend())
        return it->id;
    store.rowWriter(MarkDebitUnknown).append({reason, nowMs(), debit.txId});
    const qint64 id = appendCall(store, rollback);
    const QString txId = rollback.txId;
    enqueue(Queued{id, std::move(rollback), 0, 0, false, false});
    // Unlike a credit, a rollback is sent even if its row failed to commit: it is harmless at the
    // operator, and the debit, still pending, is rolled back again at the next start.
    store.whenDurable(this, [this, txId](const Status &s) {
        auto it = m_queued.find(txId);
        if (it == m_queued.end() || it->durable)
            return;
        if (!s)
            qCWarning(lcWallet) << "rollback" << txId << "not stored, sent anyway:" << s.error().message;
        it->durable = true;
        makeDue(txId, nowMs());
        pump();
    });
    return id;
}

void WalletOutbox::enqueue(Queued q)
{
    const QString txId = q.call.txId;
    m_queued.insert(txId, std::move(q));
}

void WalletOutbox::makeDue(const QString &txId, qint64 atMs)
{
    auto it = m_queued.find(txId);
    if (it == m_queued.end())
        return;
    it->nextAtMs = atMs;
    m_operators[it->call.operatorId].due.insert({atMs, it->id}, txId);
}

void WalletOutbox::pump()
{
    m_timer.stop();
    const qint64 now = nowMs();
    QStringList toSend;
    qint64 nextAtMs = std::numeric_limits<qint64>::max();
    for (OperatorState &op : m_operators) {
        int room = m_settings.maxInFlightPerOperator - op.inFlight;
        auto it = op.due.begin();
        while (it != op.due.end() && room > 0 && it.key().first <= now) {
            if (m_queued.contains(it.value())) {
                toSend << it.value();
                --room;
            }
            it = op.due.erase(it);
        }
        // At its cap, the operator's next answer pumps again; a later retry needs the timer.
        if (it != op.due.end() && it.key().first > now)
            nextAtMs = std::min(nextAtMs, it.key().first);
    }
    for (const QString &txId : std::as_const(toSend))
        send(txId);
    if (nextAtMs != std::numeric_limits<qint64>::max())
        m_timer.start(int(std::clamp<qint64>(nextAtMs - now, 0, m_settings.maxRetryMs)));
}

void WalletOutbox::send(const QString &txId)
{
    auto it = m_queued.find(txId);
    if (it == m_queued.end())
        return;
    Queued &q = *it;
    q.sending = true;
    ++q.attempts;
    ++m_operators[q.call.operatorId].inFlight;
    const std::optional<OperatorEndpoint> ep = endpointOf(q.call.operatorId);
    if (!ep) {
        const QString why = u"no wallet endpoint is configured for operator %1"_s.arg(q.call.operatorId);
        QMetaObject::invokeMethod(this, [this, txId, why] { onAnswer(txId, WebhookOutcome::unreachable(why)); },
                                  Qt::QueuedConnection);
        return;
    }
    m_client.post(callUrl(*ep, q.call.kind), ep->keyId, ep->secret, q.call.webhookBody(),
                  [this, txId](const WebhookOutcome &o) { onAnswer(txId, o); }, m_settings.attemptTimeoutMs);
}

void WalletOutbox::onAnswer(const QString &txId, const WebhookOutcome &outcome)
{
    auto it = m_queued.find(txId);
    if (it == m_queued.end())
        return;
    Queued &q = *it;
    q.sending = false;
    --m_operators[q.call.operatorId].inFlight;
    noteOutcome(q.call.operatorId, outcome);
    switch (outcome.kind) {
    case WebhookOutcome::Kind::Acked: {
        const Queued done = m_queued.take(txId);
        settle(done.call, CallStatus::Acked, done.attempts, {}, outcome.body);
        break;
    }
    case WebhookOutcome::Kind::Refused: {
        const Queued done = m_queued.take(txId);
        qCWarning(lcWallet) << "operator" << done.call.operatorId << "refused" << kindName(done.call.kind) << txId
                            << outcome.code << outcome.message;
        settle(done.call, CallStatus::Refused, done.attempts, outcome.describe(), outcome.body);
        emit callRefused(txId, kindName(done.call.kind), done.call.operatorId, outcome.code, outcome.message);
        break;
    }
    case WebhookOutcome::Kind::Unreachable: {
        const qint64 next = nowMs() + backoffMs(q.attempts);
        m_store.rowWriter(UpdateRetry).append({q.attempts, next, outcome.describe(), nowMs(), txId});
        makeDue(txId, next);
        break;
    }
    }
    pump();
}

void WalletOutbox::settle(const WalletCall &call, QStringView status, int attempts, const QString &lastError,
                          const QJsonObject &response)
{
    m_store.rowWriter(UpdateSettled).append(
        {status.toString(), attempts, textOrNull(lastError), jsonOrNull(response), nowMs(), call.txId});
    m_store.whenDurable(this, [this, txId = call.txId, kind = kindName(call.kind),
                               st = status.toString()](const Status &s) {
        if (!s) {
            // The row stays pending and is sent again at the next start: harmless, by tx id.
            qCWarning(lcWallet) << "the outcome of" << txId << "was not stored:" << s.error().message;
            return;
        }
        emit callSettled(txId, kind, st);
    });
}

void WalletOutbox::debit(UnitOfWork &store, WalletCall call, DebitDone done)
{
    call.kind = WalletCall::Kind::Debit;
    call.refersTo.clear();
    if (auto it = m_debits.find(call.txId); it != m_debits.end()) {
        it->waiting << std::move(done); // the same bet again while its debit is under way
        return;
    }
    const QString txId = call.txId;
    const qint64 id = appendCall(store, call);
    m_debits.insert(txId, DebitRun{id, std::move(call), {std::move(done)}, 0, {}});
    // Write-ahead: the operator hears of the debit only once the row that lets us undo it is on disk.
    store.whenDurable(this, [this, txId](const Status &s) {
        auto it = m_debits.find(txId);
        if (it == m_debits.end())
            return;
        if (!s) {
            finishDebit(txId, DebitOutcome{DebitOutcome::Kind::NotStored, {},
                                                 u"The bet could not be stored: %1"_s.arg(s.error().message), {}});
            return;
        }
        it->deadline = QDeadlineTimer(m_settings.debitDeadlineMs);
        attemptDebit(txId);
    });
}

void WalletOutbox::attemptDebit(const QString &txId)
{
    auto it = m_debits.find(txId);
    if (it == m_debits.end())
        return;
    DebitRun &run = *it;
    const std::optional<OperatorEndpoint> ep = endpointOf(run.call.operatorId);
    if (!ep) {
        const QString why = u"no wallet endpoint is configured for operator %1"_s.arg(run.call.operatorId);
        noteError(run.call.operatorId, why);
        if (run.attempts > 0) {
            giveUpDebit(txId, why);
            return;
        }
        // Nothing went out, so there is nothing to undo: the host itself refuses the debit.
        settle(run.call, CallStatus::Refused, 0, why, {});
        finishDebit(txId, DebitOutcome{DebitOutcome::Kind::Unavailable, {}, why, {}});
        return;
    }
    const qint64 remaining = run.deadline.remainingTime();
    if (remaining <= 0) {
        giveUpDebit(txId, u"no answer within %1 ms"_s.arg(m_settings.debitDeadlineMs));
        return;
    }
    ++run.attempts;
    m_client.post(callUrl(*ep, WalletCall::Kind::Debit), ep->keyId, ep->secret, run.call.webhookBody(),
                  [this, txId](const WebhookOutcome &o) { onDebitAnswer(txId, o); },
                  int(std::min<qint64>(m_settings.attemptTimeoutMs, remaining)));
}

void WalletOutbox::onDebitAnswer(const QString &txId, const WebhookOutcome &outcome)
{
    auto it = m_debits.find(txId);
    if (it == m_debits.end())
        return;
    DebitRun &run = *it;
    noteOutcome(run.call.operatorId, outcome);
    switch (outcome.kind) {
    case WebhookOutcome::Kind::Acked:
        m_ackedDebits.insert(txId, AckedDebit{run.attempts, outcome.body});
        finishDebit(txId, DebitOutcome{DebitOutcome::Kind::Acked, {}, {}, outcome.body});
        return;
    case WebhookOutcome::Kind::Refused:
        settle(run.call, CallStatus::Refused, run.attempts, outcome.describe(), outcome.body);
        finishDebit(txId, DebitOutcome{DebitOutcome::Kind::Refused, outcome.code, outcome.message, {}});
        return;
    case WebhookOutcome::Kind::Unreachable:
        break;
    }
    const qint64 remaining = run.deadline.remainingTime();
    if (run.attempts < m_settings.debitAttempts && remaining > m_settings.debitRetryPauseMs) {
        QTimer::singleShot(m_settings.debitRetryPauseMs, this, [this, txId] { attemptDebit(txId); });
        return;
    }
    giveUpDebit(txId, outcome.describe());
}

void WalletOutbox::giveUpDebit(const QString &txId, const QString &reason)
{
    auto it = m_debits.find(txId);
    if (it == m_debits.end())
        return;
    qCInfo(lcWallet) << "debit" << txId << "unanswered, rolling it back:" << reason;
    // The operator may have debited: the row says so (`unknown`) and its rollback, in one commit.
    m_store.rowWriter(UpdateSettled).append({CallStatus::Unknown.toString(), it->attempts, reason, nullText(), nowMs(), txId});
    WalletCall rollback = it->call.rollback();
    const QString rollbackId = rollback.txId;
    if (!m_queued.contains(rollbackId)) {
        const qint64 id = appendCall(m_store, rollback);
        enqueue(Queued{id, std::move(rollback), 0, 0, false, false});
    }
    m_store.whenDurable(this, [this, txId, rollbackId](const Status &s) {
        if (s)
            emit callSettled(txId, u"debit"_s, CallStatus::Unknown.toString());
        else
            qCWarning(lcWallet) << "rollback" << rollbackId << "not stored, sent anyway:" << s.error().message;
        auto q = m_queued.find(rollbackId);
        if (q == m_queued.end() || q->durable)
            return;
        q->durable = true;
        makeDue(rollbackId, nowMs());
        pump();
    });
    finishDebit(txId, DebitOutcome{DebitOutcome::Kind::Unavailable, {},
                                   u"The operator's wallet did not answer: %1"_s.arg(reason), {}});
}

void WalletOutbox::finishDebit(const QString &txId, const DebitOutcome &outcome)
{
    const DebitRun run = m_debits.take(txId);
    for (const DebitDone &done : run.waiting) {
        if (done)
            done(outcome);
    }
}

void WalletOutbox::markAcked(UnitOfWork &store, const QString &txId)
{
    const AckedDebit acked = m_ackedDebits.take(txId);
    store.rowWriter(UpdateSettled).append({CallStatus::Acked.toString(), acked.attempts, nullText(),
                                    jsonOrNull(acked.response), nowMs(), txId});
    store.whenDurable(this, [this, txId](const Status &s) {
        if (s)
            emit callSettled(txId, u"debit"_s, CallStatus::Acked.toString());
    });
}

void WalletOutbox::resume()
{
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    // Credits and rollbacks that were never answered for good: all of them again, now.
    if (!q.exec(SelectCalls + u"WHERE status = 'pending' AND kind <> 'debit' ORDER BY id"_s)) {
        qCCritical(lcWallet) << "cannot read pending wallet calls:" << q.lastError().text();
        return;
    }
    const qint64 now = nowMs();
    int resent = 0;
    while (q.next()) {
        auto [id, call] = callOf(q);
        if (m_queued.contains(call.txId))
            continue;
        const QString txId = call.txId;
        enqueue(Queued{id, std::move(call), q.value(10).toInt(), 0, true, false});
        makeDue(txId, now);
        ++resent;
    }
    // A debit still pending: the host stopped between asking the operator and recording the bet.
    // The player has no bet, so whatever the operator did is undone.
    if (!q.exec(SelectCalls + u"WHERE status = 'pending' AND kind = 'debit' ORDER BY id"_s)) {
        qCCritical(lcWallet) << "cannot read pending debits:" << q.lastError().text();
        return;
    }
    QList<WalletCall> orphans;
    while (q.next()) {
        const WalletCall call = callOf(q).second;
        if (!m_debits.contains(call.txId) && !m_ackedDebits.contains(call.txId))
            orphans << call;
    }
    q.finish();
    for (const WalletCall &debit : std::as_const(orphans))
        (void)queueRollback(m_store, debit, u"the host stopped before the bet was recorded"_s);
    if (resent || !orphans.isEmpty())
        qCInfo(lcWallet) << "resuming" << resent << "wallet calls and rolling back" << orphans.size() << "debits";
    pump();
}

void WalletOutbox::wake(const QString &operatorId)
{
    const qint64 now = nowMs();
    QStringList ids;
    auto &due = m_operators[operatorId].due;
    for (auto it = due.begin(); it != due.end();) {
        if (it.key().first > now) {
            ids << it.value();
            it = due.erase(it);
        } else {
            ++it;
        }
    }
    for (const QString &txId : std::as_const(ids))
        makeDue(txId, now);
    pump();
}

void WalletOutbox::noteOutcome(const QString &operatorId, const WebhookOutcome &outcome)
{
    if (outcome.isUnreachable()) {
        noteError(operatorId, outcome.message);
        return;
    }
    OperatorHealth &h = m_operators[operatorId].health;
    h.lastSuccessMs = nowMs();
    if (h.reachable)
        return;
    h.reachable = true;
    qCInfo(lcWallet) << "operator" << operatorId << "answers again";
    emit healthChanged(operatorId, true);
    // Its backlog need not wait out the backoff it built while down.
    QMetaObject::invokeMethod(this, [this, operatorId] { wake(operatorId); }, Qt::QueuedConnection);
}

void WalletOutbox::noteError(const QString &operatorId, const QString &error)
{
    OperatorHealth &h = m_operators[operatorId].health;
    h.lastErrorMs = nowMs();
    h.lastError = error;
    if (!h.reachable)
        return;
    h.reachable = false;
    qCWarning(lcWallet) << "operator" << operatorId << "unreachable:" << error;
    emit healthChanged(operatorId, false);
}

Result<WalletCounts> WalletOutbox::counts() const
{
    QSqlQuery q(m_db.handle());
    if (!q.exec(u"SELECT status, COUNT(*) FROM wallet_calls GROUP BY status"_s))
        return Error{ErrorCode::StorageFailed, u"Cannot count wallet calls: %1"_s.arg(q.lastError().text())};
    WalletCounts c;
    while (q.next()) {
        const QString status = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        if (status == CallStatus::Pending)
            c.pending = n;
        else if (status == CallStatus::Acked)
            c.acked = n;
        else if (status == CallStatus::Refused)
            c.refused = n;
        else if (status == CallStatus::Unknown)
            c.unknown = n;
    }
    return c;
}

OperatorHealth WalletOutbox::health(const QString &operatorId) const
{
    OperatorHealth h = m_operators.value(operatorId).health;
    for (const Queued &q : m_queued)
        h.pending += q.call.operatorId == operatorId;
    for (const DebitRun &d : m_debits)
        h.pending += d.call.operatorId == operatorId;
    return h;
}

} // namespace steward::wallet
