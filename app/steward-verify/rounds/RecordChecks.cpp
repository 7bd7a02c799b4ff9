// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordChecks.h"

#include "server/games/rounds/FairDraw.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace steward::verify {

namespace fair = rounds::fair;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RecordChecks)
};

constexpr double ExactLimit = 9007199254740992.0; // 2^53
} // namespace

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > ExactLimit)
        return std::nullopt;
    return qint64(d);
}

QString shortHex(const QByteArray &bytes)
{
    const QString hex = fair::toHex(bytes);
    return hex.size() <= 16 ? hex : hex.left(10) + u'…' + hex.right(4);
}

RoundCheck checkSeed(const QJsonObject &record)
{
    const int n = checks::Seed;
    const QByteArray seed = fair::fromHex32(record.value(u"seed").toString());
    if (seed.isEmpty())
        return RoundCheck::failed(n, Text::tr("The record's seed is not 32 bytes of hex (it is %1).")
                                         .arg(record.value(u"seed").isString() ? record.value(u"seed").toString().left(80)
                                                                               : Text::tr("missing")));
    const QByteArray committed = fair::fromHex32(record.value(u"seedHash").toString());
    if (committed.isEmpty())
        return RoundCheck::failed(n, Text::tr("The record's seedHash is not 32 bytes of hex."));
    const QByteArray hash = fair::seedHash(seed);
    if (hash != committed)
        return RoundCheck::failed(n, Text::tr("keccak256(seed) is %1, but the host committed %2.")
                                         .arg(fair::toHex(hash), fair::toHex(committed)));
    return RoundCheck::passed(n, Text::tr("keccak256(seed) = seedHash %1.").arg(shortHex(committed)));
}

BetsRootResult betsRootOf(qint64 round, const QJsonArray &bets)
{
    fair::BetsRoot root(round);
    for (qsizetype i = 0; i < bets.size(); ++i) {
        const QJsonObject b = bets.at(i).toObject();
        const QString where = Text::tr("Bet %1 (%2)").arg(QString::number(i + 1), b.value(u"betRef").toString().left(80));
        const QString betRef = b.value(u"betRef").toString();
        const QString type = b.value(u"type").toString();
        if (!b.value(u"betRef").isString() || betRef.isEmpty())
            return {{}, Text::tr("Bet %1 has no betRef.").arg(i + 1)};
        static const QStringList Picked{u"exact"_s, u"decade"_s};
        static const QStringList Unpicked{u"high"_s, u"low"_s, u"odd"_s, u"even"_s};
        const bool hasPick = Picked.contains(type);
        if (!hasPick && !Unpicked.contains(type))
            return {{}, Text::tr("%1 has an unknown type '%2'.").arg(where, type.left(20))};
        std::optional<qint64> pick;
        if (hasPick) {
            pick = wholeNumber(b.value(u"pick"));
            const qint64 most = type == u"exact" ? 99 : 9;
            if (!pick || *pick < 0 || *pick > most)
                return {{}, Text::tr("%1 needs a pick from 0 to %2.").arg(where, QString::number(most))};
        } else if (b.contains(u"pick")) {
            return {{}, Text::tr("%1 is a '%2' bet, which has no pick, but lists one.").arg(where, type)};
        }
        const auto stake = wholeNumber(b.value(u"stake"));
        if (!stake || *stake <= 0)
            return {{}, Text::tr("%1 has no positive whole stake.").arg(where)};
        const QJsonValue clientSeed = b.value(u"clientSeed");
        if (!clientSeed.isUndefined() && !clientSeed.isNull() && !clientSeed.isString())
            return {{}, Text::tr("%1 has a clientSeed that is not text.").arg(where)};
        root.add(fair::betLine(betRef, type, int(pick.value_or(0)), hasPick, *stake, clientSeed.toString()));
    }
    return {root.value(), {}};
}

RoundCheck checkBetsRoot(const QJsonObject &record)
{
    const int n = checks::BetsRoot;
    const auto round = wholeNumber(record.value(u"round"));
    if (!round || *round < 1)
        return RoundCheck::failed(n, Text::tr("The record has no round number."));
    const QByteArray recorded = fair::fromHex32(record.value(u"betsRoot").toString());
    if (recorded.isEmpty())
        return RoundCheck::failed(n, Text::tr("The record's betsRoot is not 32 bytes of hex."));
    if (!record.value(u"bets").isArray())
        return RoundCheck::failed(n, Text::tr("The record lists no bets (not even an empty list)."));
    const QJsonArray bets = record.value(u"bets").toArray();
    const BetsRootResult computed = betsRootOf(*round, bets);
    if (!computed.error.isEmpty())
        return RoundCheck::failed(n, computed.error);
    if (computed.root != recorded)
        return RoundCheck::failed(n, Text::tr("The %n listed bet(s) give %1, but the host drew with %2.", nullptr, int(bets.size()))
                                         .arg(fair::toHex(computed.root), fair::toHex(recorded)));
    return RoundCheck::passed(n, Text::tr("%n bet(s), in the order accepted, give %1.", nullptr, int(bets.size()))
                                     .arg(shortHex(recorded)));
}

RoundCheck checkNumber(const QJsonObject &record)
{
    const int n = checks::Number;
    const auto number = wholeNumber(record.value(u"number"));
    if (!number || *number < 0 || *number > 99)
        return RoundCheck::failed(n, Text::tr("The record has no number from 0 to 99."));
    const QByteArray seed = fair::fromHex32(record.value(u"seed").toString());
    const QByteArray betsRoot = fair::fromHex32(record.value(u"betsRoot").toString());
    if (seed.isEmpty() || betsRoot.isEmpty())
        return RoundCheck::failed(n, Text::tr("Without a 32-byte seed and bets root no number can be drawn."));
    const int drawn = fair::drawNumber(seed, betsRoot);
    if (drawn != *number)
        return RoundCheck::failed(n, Text::tr("drawNumber(seed, betsRoot) is %1, but the host announced %2.")
                                         .arg(drawn).arg(*number));
    return RoundCheck::passed(n, Text::tr("drawNumber(seed, betsRoot) = %1.").arg(drawn));
}

} // namespace steward::verify
