// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace steward::wallet {

// One movement of a player's money at an operator, and a row of `wallet_calls`.
// The tx id names it for good: the operator applies each tx id once, so resending is safe.
struct WalletCall
{
    enum class Kind { Debit, Credit, Rollback };

    QString txId;
    QString operatorId;
    Kind kind = Kind::Debit;
    QString player;
    qint64 amount = 0; // minor units
    QString currency;
    std::optional<qint64> round;
    QString betRef;
    QString refersTo; // a rollback: the debit it undoes

    // The rollback of this debit: same player, amount and bet, tx id rollbackTxId(txId).
    WalletCall rollback() const;
    // What the host POSTs to the operator's `<webhook>/<kind>`:
    // {"txId","player","amount","currency","round","betRef"[,"refersTo"]}
    QByteArray webhookBody() const;
};

QString kindName(WalletCall::Kind kind); // debit | credit | rollback
std::optional<WalletCall::Kind> kindFromName(const QString &name);

// Row statuses of `wallet_calls`.
namespace CallStatus {
inline constexpr QStringView Pending = u"pending"; // written, not yet answered for good
inline constexpr QStringView Acked = u"acked";     // the operator applied it
inline constexpr QStringView Refused = u"refused"; // the operator said no, for good
inline constexpr QStringView Unknown = u"unknown"; // a debit with no answer in time; its rollback settles it
} // namespace CallStatus

// The tx id formats, so callers never invent their own. Operator ids and bet refs are the
// caller's; a ':' in them is kept as is (the prefix still tells the kinds apart).
QString debitTxId(const QString &operatorId, const QString &betRef);
QString creditTxId(const QString &operatorId, const QString &betRef);
QString rollbackTxId(const QString &debitTxId);

// Where and how the host reaches one operator's wallet: given by the operators registry.
struct OperatorEndpoint
{
    QUrl webhookUrl; // base; calls go to <base>/debit, /credit, /rollback
    QString keyId;
    QByteArray secret;
};

} // namespace steward::wallet
