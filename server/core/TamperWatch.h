// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace steward {

// Players whose commands only a modified client (or one typed by hand) would send: a refusal a
// kind's own pages never cause (GameKind::tamperingCodes, e.g. a send to a region that is not a
// neighbour, which the map never offers). Each such refusal is a flag with its evidence, kept
// for support staff (GET /api/flags, the console's Sessions page); the host also writes the
// first of each burst to the audit trail. Bounded: a flood costs a counter, not memory.
class TamperWatch
{
public:
    struct Evidence
    {
        qint64 atMs = 0;
        QString commandType;
        QString code;
        QString data; // the command's data as sent, cut to 200 characters
    };
    struct Flagged
    {
        QString gameId;
        QString playerId;
        QString name;
        qint64 count = 0;
        QMap<QString, qint64> byCode;
        qint64 firstAtMs = 0;
        qint64 lastAtMs = 0;
        QList<Evidence> recent; // the last few, newest last
    };

    // Notes one refusal; true when it starts a new burst (nothing noted for this player in the
    // last minute), which the host writes to the audit trail.
    bool note(const QString &gameId, const QString &playerId, const QString &name, Evidence evidence);
    QList<Flagged> flagged() const;
    void forgetGame(const QString &gameId);

    static constexpr int KeptEvidence = 5;
    static constexpr int MaxPlayers = 1000;
    static constexpr qint64 BurstMs = 60'000;

private:
    QHash<QString, Flagged> m_byPlayer; // player id ->
};

} // namespace steward
