// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace steward::operators {

enum class OperatorStatus { Active, Suspended };

QString statusName(OperatorStatus status);
std::optional<OperatorStatus> parseStatus(QStringView name);

// A betting operator: who may place bets over the signed REST API, in which currency, within
// which limits. Money in minor units of `currency`. Never holds the secret (see OperatorKey).
struct Operator
{
    QString id;
    QString name;
    QString keyId; // public: sent with every signed request to say which secret signed it
    OperatorStatus status = OperatorStatus::Active;
    QString webhookUrl;
    QString currency;
    qint64 minBet = 0;
    qint64 maxBet = 0;
    qint64 maxWin = 0; // the most one player can be paid in one round
    QString language;
    QString region;
    qint64 createdAt = 0; // ms since the epoch, as every time here
    qint64 updatedAt = 0;
    qint64 secretRotatedAt = 0;

    bool isActive() const { return status == OperatorStatus::Active; }
    bool operator==(const Operator &) const = default;
};

// What the signature check needs: the operator behind a key id and the HMAC-SHA256 key, the
// 32 raw bytes (the operator was given them as 64 hex digits).
struct OperatorKey
{
    Operator op;
    QByteArray secret;
};

// Where and how to call an operator back: its webhook, signed with its current key.
struct OperatorEndpoint
{
    QString webhookUrl;
    QString keyId;
    QByteArray secret;
};

} // namespace steward::operators
