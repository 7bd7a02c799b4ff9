// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegulatorExport.h"

#include "RoundsArchive.h"
#include "server/analytics/CsvWriter.h"
#include "server/games/rounds/FairDraw.h"
#include "server/games/rounds/FairnessCalls.h"

#include <QJsonArray>

#include <functional>

using namespace Qt::StringLiterals;

namespace steward::betting::regulator {

namespace {
constexpr int Page = 5'000; // rounds read per query

Status eachRound(const RoundsArchive &archive, const QString &gameId, const std::function<void(const QJsonObject &)> &f)
{
    for (qint64 from = 1;;) {
        auto page = archive.records(gameId, from, Page);
        if (!page)
            return page.error();
        for (const QJsonObject &o : page.value()) {
            f(o);
            from = o.value(u"round").toInteger() + 1;
        }
        if (page->size() < Page)
            return Done{};
    }
}

QString text(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}
} // namespace

Result<QJsonObject> exportJson(const RoundsArchive &archive, const QString &gameId, const QJsonObject &paytable,
                               const QJsonObject &chain)
{
    QJsonArray rounds;
    if (auto s = eachRound(archive, gameId, [&](const QJsonObject &o) { rounds.append(o); }); !s)
        return s.error();
    return QJsonObject{{u"gameId"_s, gameId},
                       {u"tableKey"_s, rounds::fair::toHex(rounds::fairness::tableKey(gameId))},
                       {u"chain"_s, chain.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(chain)},
                       {u"paytable"_s, paytable},
                       {u"rounds"_s, rounds}};
}

Result<QByteArray> exportCsv(const RoundsArchive &archive, const QString &gameId)
{
    QList<QStringList> table{{u"round"_s, u"opensAt"_s, u"closesAt"_s, u"committedAt"_s, u"seedHash"_s,
                              u"commitTx"_s, u"seed"_s, u"betsRoot"_s, u"number"_s, u"revealTx"_s, u"betRef"_s,
                              u"type"_s, u"pick"_s, u"stake"_s, u"clientSeed"_s, u"return"_s}};
    const auto s = eachRound(archive, gameId, [&](const QJsonObject &o) {
        const QStringList head{text(o, u"round"), text(o, u"opensAt"), text(o, u"closesAt"), text(o, u"committedAt"),
                               text(o, u"seedHash"), text(o, u"commitTx"), text(o, u"seed"), text(o, u"betsRoot"),
                               text(o, u"number"), text(o, u"revealTx")};
        const QJsonArray bets = o.value(u"bets").toArray();
        if (bets.isEmpty())
            table.append(head + QStringList{{}, {}, {}, {}, {}, {}});
        for (const QJsonValue &b : bets) {
            const QJsonObject bet = b.toObject();
            table.append(head + QStringList{text(bet, u"betRef"), text(bet, u"type"), text(bet, u"pick"),
                                            text(bet, u"stake"), text(bet, u"clientSeed"), text(bet, u"return")});
        }
    });
    if (!s)
        return s.error();
    return csv::write(table);
}

} // namespace steward::betting::regulator
