// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditChain.h"

#include "server/core/JsonText.h"
#include "server/store/Database.h"
#include "server/store/UnitOfWork.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace steward::ledger {

namespace {

Error sqlError(const QString &what, const QSqlError &e)
{
    return Error{ErrorCode::StorageFailed, u"%1: %2"_s.arg(what, e.text())};
}

bool isLabel(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

AuditVerification failed(AuditVerification v, qint64 seq, AuditProblem problem, const QString &detail)
{
    v.firstBadSeq = seq;
    v.problem = problem;
    v.detail = detail;
    return v;
}

} // namespace

QString AuditChain::genesisHash()
{
    return QString(64, u'0');
}

Status AuditChain::load(Database &db)
{
    QSqlQuery q(db.handle());
    if (!q.exec(u"SELECT seq, hash FROM ledger_audit ORDER BY seq DESC LIMIT 1"_s))
        return sqlError(u"Cannot read the ledger audit head"_s, q.lastError());
    m_head = q.next() ? AuditEntry{q.value(0).toLongLong(), q.value(1).toString()} : AuditEntry{0, genesisHash()};
    return Done{};
}

Result<AuditEntry> AuditChain::append(UnitOfWork &work, qint64 atMs, const QString &actor, const QString &action,
                                      const QJsonObject &payload)
{
    if (!isLabel(actor) || !isLabel(action))
        return Error{ErrorCode::BadRequest, u"An audit row needs an actor and an action without control characters"_s};
    if (m_head.hash.isEmpty())
        m_head.hash = genesisHash(); // never loaded: an empty chain
    const QByteArray text = json::compactText(payload);
    const AuditEntry next{m_head.seq + 1, hashRow(m_head.hash, m_head.seq + 1, atMs, actor, action, text)};
    work.rowWriter(u"INSERT INTO ledger_audit (seq, at, actor, action, payload, prev_hash, hash) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)"_s)
        .append({next.seq, atMs, actor, action, QString::fromUtf8(text), m_head.hash, next.hash});
    m_head = next;
    return next;
}

QString AuditChain::hashRow(const QString &prevHash, qint64 seq, qint64 atMs, const QString &actor,
                            const QString &action, const QByteArray &payloadText)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData("\n");
    h.addData(QByteArray::number(seq));
    h.addData("\n");
    h.addData(QByteArray::number(atMs));
    h.addData("\n");
    h.addData(actor.toUtf8());
    h.addData("\n");
    h.addData(action.toUtf8());
    h.addData("\n");
    h.addData(payloadText);
    return QString::fromLatin1(h.result().toHex());
}

Result<AuditVerification> AuditChain::verify(Database &db, const std::optional<AuditEntry> &anchor)
{
    QSqlQuery q(db.handle());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT seq, at, actor, action, payload, prev_hash, hash FROM ledger_audit ORDER BY seq"_s))
        return sqlError(u"Cannot read the ledger audit log"_s, q.lastError());
    AuditVerification v;
    v.head = AuditEntry{0, genesisHash()};
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        const QString prevHash = q.value(5).toString();
        const QString hash = q.value(6).toString();
        const qint64 expected = v.head.seq + 1;
        if (seq != expected)
            return failed(v, expected, AuditProblem::SeqGap,
                          u"row %1 is missing (the next row is %2)"_s.arg(expected).arg(seq));
        if (prevHash != v.head.hash)
            return failed(v, seq, AuditProblem::BrokenLink,
                          u"row %1 does not link to row %2"_s.arg(seq).arg(v.head.seq));
        const QString actual = hashRow(prevHash, seq, q.value(1).toLongLong(), q.value(2).toString(),
                                       q.value(3).toString(), q.value(4).toString().toUtf8());
        if (actual != hash)
            return failed(v, seq, AuditProblem::HashMismatch, u"row %1 does not match its hash"_s.arg(seq));
        if (anchor && anchor->seq == seq && anchor->hash != hash)
            return failed(v, seq, AuditProblem::AnchorMismatch, u"row %1 is not the row anchored"_s.arg(seq));
        v.head = AuditEntry{seq, hash};
        ++v.rowsChecked;
    }
    if (anchor && anchor->seq > v.head.seq)
        return failed(v, v.head.seq + 1, AuditProblem::AnchorMismatch,
                      u"the chain ends at row %1, before the anchored row %2"_s.arg(v.head.seq).arg(anchor->seq));
    return v;
}

} // namespace steward::ledger
