// SPDX-License-Identifier: GPL-3.0-or-later
#include "WalletCall.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace steward::wallet {

QString kindName(WalletCall::Kind kind)
{
    switch (kind) {
    case WalletCall::Kind::Debit:
        return u"debit"_s;
    case WalletCall::Kind::Credit:
        return u"credit"_s;
    case WalletCall::Kind::Rollback:
        break;
    }
    return u"rollback"_s;
}

std::optional<WalletCall::Kind> kindFromName(const QString &name)
{
    if (name == u"debit")
        return WalletCall::Kind::Debit;
    if (name == u"credit")
        return WalletCall::Kind::Credit;
    if (name == u"rollback")
        return WalletCall::Kind::Rollback;
    return std::nullopt;
}

QString debitTxId(const QString &operatorId, const QString &betRef)
{
    return u"debit:"_s + operatorId + u':' + betRef;
}

QString creditTxId(const QString &operatorId, const QString &betRef)
{
    return u"credit:"_s + operatorId + u':' + betRef;
}

QString rollbackTxId(const QString &debitTxId)
{
    return u"rollback:"_s + debitTxId;
}

WalletCall WalletCall::rollback() const
{
    WalletCall r = *this;
    r.kind = Kind::Rollback;
    r.txId = rollbackTxId(txId);
    r.refersTo = txId;
    return r;
}

QByteArray WalletCall::webhookBody() const
{
    QJsonObject o{{u"txId"_s, txId},
                  {u"player"_s, player},
                  {u"amount"_s, amount},
                  {u"currency"_s, currency},
                  {u"round"_s, round ? QJsonValue(*round) : QJsonValue(QJsonValue::Null)},
                  {u"betRef"_s, betRef.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(betRef)}};
    if (kind == Kind::Rollback)
        o.insert(u"refersTo"_s, refersTo);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace steward::wallet
