// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace steward {

// A chain intent a command queued in the outbox; the chain bridge settles it later.
struct QueuedIntent
{
    qint64 outboxId = 0;
    QString kind;
    QByteArray intentId;
};

// What a command did: the game's reply to its sender, and the chain intents it queued. The
// intents travel beside the reply, not inside it, so that the network side reads them as
// data; `wire()` is the reply as clients get it, with the intents under "chain".
struct SubmitOutcome
{
    QJsonObject reply;
    QList<QueuedIntent> intents;

    QJsonObject wire() const
    {
        if (intents.isEmpty())
            return reply;
        QJsonArray chain;
        for (const QueuedIntent &i : intents)
            chain.append(QJsonObject{{QStringLiteral("outboxId"), i.outboxId}, {QStringLiteral("kind"), i.kind},
                                     {QStringLiteral("intentId"), QString::fromLatin1("0x" + i.intentId.toHex())},
                                     {QStringLiteral("status"), QStringLiteral("queued")},
                                     {QStringLiteral("txHash"), QJsonValue::Null}});
        QJsonObject out = reply;
        out.insert(QStringLiteral("chain"), chain);
        return out;
    }
};

} // namespace steward
