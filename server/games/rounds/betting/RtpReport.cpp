// SPDX-License-Identifier: GPL-3.0-or-later
#include "RtpReport.h"

#include "RoundsArchive.h"

#include <QDate>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace steward::betting {

using rounds::BetKind;
using rounds::Paytable;

namespace {

constexpr qint64 MsPerDay = 86'400'000;
constexpr int ArchivePage = 1000;

QString utcDay(qint64 ms)
{
    // Floor division, so an instant before 1970 still lands on its own day.
    const qint64 days = ms >= 0 ? ms / MsPerDay : -((-ms + MsPerDay - 1) / MsPerDay);
    return QDate(1970, 1, 1).addDays(days).toString(Qt::ISODate);
}

QString toText(RtpInt128 v)
{
    if (v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max())
        return QString::number(static_cast<qint64>(v));
    const bool negative = v < 0;
    RtpUInt128 u = negative ? static_cast<RtpUInt128>(-(v + 1)) + 1 : static_cast<RtpUInt128>(v);
    QString digits;
    while (u != 0) {
        digits.prepend(QChar(u'0' + static_cast<int>(u % 10)));
        u /= 10;
    }
    return negative ? u"-"_s + digits : digits;
}

// Exact while it fits 64 bits (every real table); beyond that a JSON number is a double anyway.
QJsonValue toJson(RtpInt128 v)
{
    if (v >= std::numeric_limits<qint64>::min() && v <= std::numeric_limits<qint64>::max())
        return QJsonValue(static_cast<qint64>(v));
    return QJsonValue(static_cast<double>(v));
}

// What report() says about one cell.
struct Stats
{
    qint64 bets = 0;
    qint64 wins = 0;
    RtpInt128 stake = 0;
    RtpInt128 returned = 0;
    double realised = 0;
    double theoretical = 0;
    double roundingBias = 0;
    double sigma = 0;
    double z = 0;
    double lower = 0;
    double upper = 0;
    QString status;
};

Stats evaluate(const RtpAccumulator::Cell &cell, const Paytable &paytable)
{
    Stats s;
    RtpInt128 expectedBp = 0;    // Σ s_k × rtp_k, in minor units × basis points
    RtpInt128 floorLoss = 0;     // expected floor loss, in minor units / 10,000
    long double varianceSum = 0; // Σ m_k² p_k (1 − p_k) Σs²_k, in minor units²
    for (BetKind k : rounds::AllBetKinds) {
        const RtpAccumulator::Tally &t = cell.at(size_t(k));
        if (t.bets == 0)
            continue;
        s.bets += t.bets;
        s.wins += t.wins;
        s.stake += t.stake;
        s.returned += t.returned;
        const qint64 m = paytable.multiplierHundredths(k); // m/100 = multiplier
        const qint64 w = rounds::winningOutcomes(k);       // w/100 = p
        expectedBp += t.stake * paytable.rtpBasisPoints(k);
        // A winning stake s returns floor(s·m/100): it loses ((s mod 100)·m mod 100)/100 of a minor
        // unit, and wins with probability w/100.
        RtpInt128 lostHundredths = 0;
        for (int r = 0; r < 100; ++r)
            lostHundredths += static_cast<RtpInt128>(t.stakeResidues.at(size_t(r))) * ((r * m) % 100);
        floorLoss += lostHundredths * w;
        // (m/100)² · (w/100) · (1 − w/100) = m²·w·(100 − w) / 10^8
        varianceSum += static_cast<long double>(m * m * w * (rounds::Outcomes - w)) / 1e8L
                       * static_cast<long double>(t.stakeSquares);
    }
    if (s.stake <= 0) {
        s.status = u"low-volume"_s;
        return s;
    }
    const long double stake = static_cast<long double>(s.stake);
    const long double realised = static_cast<long double>(s.returned) / stake;
    const long double theoretical = static_cast<long double>(expectedBp) / 10000.0L / stake;
    const long double bias = static_cast<long double>(floorLoss) / 10000.0L / stake;
    const long double sigma = std::sqrt(varianceSum) / stake;
    const long double centre = theoretical - bias;
    s.realised = static_cast<double>(realised);
    s.theoretical = static_cast<double>(theoretical);
    s.roundingBias = static_cast<double>(bias);
    s.sigma = static_cast<double>(sigma);
    s.z = sigma > 0 ? static_cast<double>((realised - centre) / sigma) : 0.0;
    s.lower = static_cast<double>(centre - RtpAccumulator::AlertZ * sigma);
    s.upper = static_cast<double>(centre + RtpAccumulator::AlertZ * sigma);
    if (s.bets < RtpAccumulator::MinBets)
        s.status = u"low-volume"_s;
    else
        s.status = std::abs(s.z) > RtpAccumulator::AlertZ ? u"alert"_s : u"ok"_s;
    return s;
}

QJsonObject cellJson(const Stats &s)
{
    return {{u"bets"_s, s.bets},
            {u"wins"_s, s.wins},
            {u"stake"_s, toJson(s.stake)},
            {u"returned"_s, toJson(s.returned)},
            {u"realisedRtp"_s, s.realised},
            {u"theoreticalRtp"_s, s.theoretical},
            {u"roundingBias"_s, s.roundingBias},
            {u"sigma"_s, s.sigma},
            {u"z"_s, s.z},
            {u"lower"_s, s.lower},
            {u"upper"_s, s.upper},
            {u"status"_s, s.status}};
}

RtpAccumulator::Cell only(const RtpAccumulator::Cell &cell, BetKind k)
{
    RtpAccumulator::Cell out;
    out.at(size_t(k)) = cell.at(size_t(k));
    return out;
}

void merge(RtpAccumulator::Cell &into, const RtpAccumulator::Cell &from)
{
    for (size_t i = 0; i < into.size(); ++i)
        into.at(i).merge(from.at(i));
}

// Calls f(kind, that kind's cell) for the kinds that have bets, in paytable order.
template<typename F>
void forEachKind(const RtpAccumulator::Cell &cell, F f)
{
    for (BetKind k : rounds::AllBetKinds) {
        if (cell.at(size_t(k)).bets > 0)
            f(k, only(cell, k));
    }
}

QJsonArray byKindJson(const RtpAccumulator::Cell &cell, const Paytable &paytable)
{
    QJsonArray out;
    forEachKind(cell, [&](BetKind k, const RtpAccumulator::Cell &c) {
        out.append(QJsonObject{{u"kind"_s, rounds::kindName(k)}, {u"cell"_s, cellJson(evaluate(c, paytable))}});
    });
    return out;
}

QStringList row(const QString &op, const QString &day, const QString &kind, const Stats &s)
{
    auto rtp = [](double v) { return QString::number(v, 'f', 6); };
    return {op, day, kind, QString::number(s.bets), toText(s.stake), toText(s.returned), rtp(s.realised),
            rtp(s.theoretical), rtp(s.lower), rtp(s.upper), QString::number(s.z, 'f', 3), s.status};
}

} // namespace

void RtpAccumulator::Tally::merge(const Tally &other)
{
    bets += other.bets;
    wins += other.wins;
    stake += other.stake;
    returned += other.returned;
    stakeSquares += other.stakeSquares;
    for (size_t r = 0; r < stakeResidues.size(); ++r)
        stakeResidues.at(r) += other.stakeResidues.at(r);
}

void RtpAccumulator::add(const QJsonObject &record)
{
    const QJsonValue roundValue = record.value(u"round");
    if (!roundValue.isDouble())
        return;
    const qint64 round = roundValue.toInteger();
    if (m_rounds == 0 || round < m_fromRound)
        m_fromRound = round;
    if (m_rounds == 0 || round > m_toRound)
        m_toRound = round;
    ++m_rounds;

    const QJsonValue closesAt = record.value(u"closesAt");
    const QString day = closesAt.isDouble() ? utcDay(closesAt.toInteger()) : u"unknown"_s;
    const QJsonArray bets = record.value(u"bets").toArray();
    for (const QJsonValue &v : bets) {
        const QJsonObject bet = v.toObject();
        const auto selection = rounds::parseSelection(bet);
        const QString betRef = bet.value(u"betRef").toString();
        const QString op = betRef.left(betRef.indexOf(u':'));
        const qint64 stake = bet.value(u"stake").toInteger(-1);
        const qint64 returned = bet.value(u"return").toInteger(-1);
        if (!selection || op.isEmpty() || stake <= 0 || returned < 0) {
            ++m_skippedBets;
            continue;
        }
        Tally &t = m_cells[op][day].at(size_t(selection->kind));
        ++t.bets;
        if (returned > 0)
            ++t.wins;
        t.stake += stake;
        t.returned += returned;
        t.stakeSquares += static_cast<RtpUInt128>(stake) * static_cast<RtpUInt128>(stake);
        ++t.stakeResidues.at(size_t(stake % 100));
    }
}

QJsonObject RtpAccumulator::report(const Paytable &paytable) const
{
    Cell overall;
    QJsonArray operators;
    for (auto op = m_cells.cbegin(); op != m_cells.cend(); ++op) {
        Cell opCell;
        QJsonArray days;
        for (auto day = op->cbegin(); day != op->cend(); ++day) {
            merge(opCell, *day);
            days.append(QJsonObject{{u"day"_s, day.key()},
                                    {u"cell"_s, cellJson(evaluate(*day, paytable))},
                                    {u"byKind"_s, byKindJson(*day, paytable)}});
        }
        merge(overall, opCell);
        operators.append(QJsonObject{{u"operator"_s, op.key()},
                                     {u"cell"_s, cellJson(evaluate(opCell, paytable))},
                                     {u"byKind"_s, byKindJson(opCell, paytable)},
                                     {u"byDay"_s, days}});
    }
    const bool any = m_rounds > 0;
    const QJsonObject from{{u"rounds"_s, m_rounds},
                           {u"fromRound"_s, any ? QJsonValue(m_fromRound) : QJsonValue(QJsonValue::Null)},
                           {u"toRound"_s, any ? QJsonValue(m_toRound) : QJsonValue(QJsonValue::Null)},
                           {u"skippedBets"_s, m_skippedBets}};
    return {{u"generatedFrom"_s, from},
            {u"overall"_s, cellJson(evaluate(overall, paytable))},
            {u"byOperator"_s, operators},
            {u"byKind"_s, byKindJson(overall, paytable)}};
}

QList<QStringList> RtpAccumulator::table(const Paytable &paytable) const
{
    const QString all = u"all"_s;
    QList<QStringList> rows{{u"operator"_s, u"day"_s, u"kind"_s, u"bets"_s, u"stake"_s, u"returned"_s, u"realised"_s,
                             u"theoretical"_s, u"lower"_s, u"upper"_s, u"z"_s, u"status"_s}};
    Cell overall;
    for (const auto &days : m_cells) {
        for (const Cell &c : days)
            merge(overall, c);
    }
    rows.append(row(all, all, all, evaluate(overall, paytable)));
    forEachKind(overall, [&](BetKind k, const Cell &c) {
        rows.append(row(all, all, rounds::kindName(k), evaluate(c, paytable)));
    });
    for (auto op = m_cells.cbegin(); op != m_cells.cend(); ++op) {
        Cell opCell;
        for (const Cell &c : *op)
            merge(opCell, c);
        rows.append(row(op.key(), all, all, evaluate(opCell, paytable)));
        forEachKind(opCell, [&](BetKind k, const Cell &c) {
            rows.append(row(op.key(), all, rounds::kindName(k), evaluate(c, paytable)));
        });
        for (auto day = op->cbegin(); day != op->cend(); ++day) {
            rows.append(row(op.key(), day.key(), all, evaluate(*day, paytable)));
            forEachKind(*day, [&](BetKind k, const Cell &c) {
                rows.append(row(op.key(), day.key(), rounds::kindName(k), evaluate(c, paytable)));
            });
        }
    }
    return rows;
}

Result<QJsonObject> RtpAccumulator::fromArchive(const RoundsArchive &archive, const QString &gameId,
                                                const Paytable &paytable)
{
    RtpAccumulator acc;
    qint64 from = 0;
    for (;;) {
        auto page = archive.records(gameId, from, ArchivePage);
        if (!page)
            return page.error();
        const qint64 before = from;
        for (const QJsonObject &record : page.value()) {
            acc.add(record);
            from = std::max(from, record.value(u"round").toInteger() + 1);
        }
        if (page->size() < ArchivePage)
            break;
        // A full page of unreadable records would otherwise be read again forever.
        if (from == before)
            return Error{ErrorCode::StorageFailed, u"The rounds archive of '%1' has unreadable records."_s.arg(gameId)};
    }
    return acc.report(paytable);
}

} // namespace steward::betting
