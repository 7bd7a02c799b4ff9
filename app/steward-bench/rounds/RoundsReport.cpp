// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsReport.h"

#include "Percentiles.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::bench {

namespace {

QString fixed(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

QString thousands(quint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return digits;
}

QString mib(const std::optional<qint64> &kib)
{
    return kib ? u"%1 MiB"_s.arg(fixed(double(*kib) / 1024.0, 1)) : u"n/a"_s;
}

QString yesNo(bool v)
{
    return v ? u"yes"_s : u"NO"_s;
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optional(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject countsJson(const RoundsOperator::Counts &c)
{
    return {{u"debitCalls"_s, c.debitCalls},         {u"creditCalls"_s, c.creditCalls},
            {u"rollbackCalls"_s, c.rollbackCalls},   {u"debits"_s, c.debits},
            {u"credits"_s, c.credits},               {u"rollbacks"_s, c.rollbacks},
            {u"badSignatures"_s, c.badSignatures},   {u"initialTotal"_s, c.initialTotal},
            {u"totalBalance"_s, c.totalBalance},     {u"netToHost"_s, c.netToHost},
            {u"moneyConserved"_s, c.moneyConserved}};
}

} // namespace

quint64 RoundsReport::refused() const
{
    quint64 n = 0;
    for (const auto &[code, count] : refusals)
        n += count;
    return n;
}

bool RoundsReport::consistent() const
{
    return settled && operatorAtEnd.moneyConserved && operatorAtEnd.badSignatures == 0 && debitsMatch()
        && hostWebhooksPending == 0 && ledgerKnown && ledgerOk;
}

RoundsReport::Latency RoundsReport::summarize(std::vector<qint64> samplesNs)
{
    Latency l;
    if (samplesNs.empty())
        return l;
    std::sort(samplesNs.begin(), samplesNs.end());
    constexpr double NsPerMs = 1e6;
    double sum = 0;
    for (const qint64 s : samplesNs)
        sum += double(s);
    l.count = qsizetype(samplesNs.size());
    l.p50Ms = double(nearestRank(samplesNs, 0.50)) / NsPerMs;
    l.p90Ms = double(nearestRank(samplesNs, 0.90)) / NsPerMs;
    l.p99Ms = double(nearestRank(samplesNs, 0.99)) / NsPerMs;
    l.maxMs = double(samplesNs.back()) / NsPerMs;
    l.meanMs = sum / double(samplesNs.size()) / NsPerMs;
    return l;
}

QString RoundsReport::toText() const
{
    QString t;
    t += u"steward-bench --rounds: operators' bets (signed POST /api/operator/v1/bets, debit webhook to a local operator)\n"_s;
    t += u"host: %1%2, chain %3; table periodMs %4, bettingMs %5; %6 bettor connections, %7 players\n"_s.arg(
        hostStartedByBench ? u"started by the bench"_s : u"given with --url"_s,
        hostPid > 0 ? u" (pid %1)"_s.arg(hostPid) : QString(), chain ? u"on"_s : u"off"_s, QString::number(periodMs),
        QString::number(bettingMs), QString::number(clients), QString::number(players));
    t += u"setup %1 s\n"_s.arg(fixed(setupSeconds));
    if (!windows.empty()) {
        double slowest = 0, fastest = 0;
        bool first = true;
        for (const Window &w : windows) {
            if (w.seconds <= 0.5)
                continue; // a sliver at the end of the betting time says little about the rate
            const double rate = double(w.accepted) / w.seconds;
            slowest = first ? rate : std::min(slowest, rate);
            fastest = first ? rate : std::max(fastest, rate);
            first = false;
        }
        double drain = 0;
        for (const Window &w : windows)
            drain = std::max(drain, w.drainSeconds);
        t += u"betting: %1 s in %2 rounds (%3 to %4); phase %5 s with the gaps between rounds; "
             "answers after a round's close came up to %6 s later\n"_s.arg(
            fixed(bettingSeconds), QString::number(windows.size()), QString::number(windows.front().round),
            QString::number(windows.back().round), fixed(phaseSeconds), fixed(drain));
        t += u"accepted: %1 bets, %2 bets/s over the betting windows (rounds of more than 0.5 s: %3 to %4 bets/s)\n"_s.arg(
            thousands(accepted), fixed(betsPerSecond(), 0), fixed(slowest, 0), fixed(fastest, 0));
    }
    QStringList codes;
    for (const auto &[code, count] : refusals)
        codes << u"%1 %2"_s.arg(code, thousands(count));
    t += u"refused: %1%2; %3 placed again in the next round; requests %4, lost connections %5 (bets resent, %6 answered as repeats), closed between bets %7\n"_s.arg(
        thousands(refused()), codes.isEmpty() ? QString() : u" ("_s + codes.join(u", "_s) + u')',
        thousands(lateRetried), thousands(sent), thousands(transportErrors), thousands(repeated), thousands(reconnects));
    if (latency.count > 0) {
        t += u"latency of accepted bets (request written -> answer read; includes the debit webhook and the commits):\n"
             "  p50 %1 ms, p90 %2 ms, p99 %3 ms, max %4 ms (mean %5 ms, %6 samples)\n"_s.arg(
                 fixed(latency.p50Ms), fixed(latency.p90Ms), fixed(latency.p99Ms), fixed(latency.maxMs),
                 fixed(latency.meanMs), thousands(quint64(latency.count)));
    }
    const auto perBet = [this](double cpu) {
        return accepted > 0 ? u"%1 µs per accepted bet"_s.arg(fixed(cpu * 1e6 / double(accepted), 0)) : u"-"_s;
    };
    const auto cores = [this](double cpu) { return phaseSeconds > 0 ? fixed(cpu / phaseSeconds) : u"-"_s; };
    t += u"CPU over the betting phase (%1 s):\n"_s.arg(fixed(phaseSeconds));
    if (hostCpuSeconds)
        t += u"  host      %1 s, %2 cores, %3\n"_s.arg(fixed(*hostCpuSeconds), cores(*hostCpuSeconds), perBet(*hostCpuSeconds));
    else
        t += u"  host      n/a (no process id: pass --host-pid)\n"_s;
    if (!hostThreads.isEmpty()) {
        QStringList threads;
        for (const ThreadUse &u : hostThreads)
            threads << u"%1 %2 s (waited %3 s for a core)"_s.arg(u.name, fixed(u.seconds), fixed(u.waitSeconds));
        t += u"    by thread: "_s + threads.join(u", "_s) + u'\n';
    }
    t += u"  operator  %1 s, %2 cores, %3 (%4 webhooks answered)\n"_s.arg(
        fixed(operatorCpuSeconds), cores(operatorCpuSeconds), perBet(operatorCpuSeconds),
        thousands(quint64(operatorDuring.debitCalls + operatorDuring.creditCalls + operatorDuring.rollbackCalls)));
    t += u"  bettors   %1 s, %2 cores, %3 (the bench without its operator)\n"_s.arg(
        fixed(benchCpuSeconds), cores(benchCpuSeconds), perBet(benchCpuSeconds));
    if (otherCpuSeconds)
        t += u"  other processes %1 s\n"_s.arg(fixed(*otherCpuSeconds));
    t += u"host RSS: %1 before betting, %2 after\n"_s.arg(mib(hostRssBeforeKiB), mib(hostRssAfterKiB));
    const RoundsOperator::Counts &c = operatorAtEnd;
    t += u"operator webhooks (whole run): debit %1 (%2 taken), credit %3 (%4 paid), rollback %5 (%6 returned), bad signatures %7\n"_s.arg(
        thousands(quint64(c.debitCalls)), thousands(quint64(c.debits)), thousands(quint64(c.creditCalls)),
        thousands(quint64(c.credits)), thousands(quint64(c.rollbackCalls)), thousands(quint64(c.rollbacks)),
        QString::number(c.badSignatures));
    if (settled) {
        t += u"settled %1 s after the last bet: the last round closed and every webhook answered\n"_s.arg(fixed(settleSeconds));
        t += u"consistency: operator's money conserved %1; debits taken - rollbacks = accepted bets (%2 - %3 = %4) %5; "
             "webhooks pending at the host %6; ledger matches the audit chain %7 (%8 entries checked)%9\n"_s.arg(
                 yesNo(c.moneyConserved), QString::number(c.debits), QString::number(c.rollbacks),
                 QString::number(accepted), yesNo(debitsMatch()), QString::number(hostWebhooksPending),
                 ledgerKnown ? yesNo(ledgerOk) : u"n/a"_s, QString::number(ledgerEntriesChecked),
                 ledgerDetail.isEmpty() ? QString() : u": "_s + ledgerDetail);
    }
    t += success ? u"result: ok\n"_s : u"result: FAILED: %1\n"_s.arg(failure);
    return t;
}

QJsonObject RoundsReport::toJson() const
{
    QJsonObject refusalJson;
    for (const auto &[code, count] : refusals)
        refusalJson.insert(code, qint64(count));
    QJsonArray windowJson;
    for (const Window &w : windows)
        windowJson.append(QJsonObject{{u"round"_s, w.round}, {u"seconds"_s, w.seconds}, {u"drainSeconds"_s, w.drainSeconds},
                                      {u"accepted"_s, qint64(w.accepted)}, {u"late"_s, qint64(w.late)}});
    QJsonArray series;
    for (const quint32 n : acceptedPerSecond)
        series.append(qint64(n));
    QJsonArray threads;
    for (const ThreadUse &u : hostThreads)
        threads.append(QJsonObject{{u"thread"_s, u.name}, {u"cpuSeconds"_s, u.seconds}, {u"waitSeconds"_s, u.waitSeconds}});
    return {
        {u"mode"_s, u"rounds"_s},
        {u"success"_s, success},
        {u"failure"_s, failure.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(failure)},
        {u"clients"_s, clients},
        {u"players"_s, players},
        {u"periodMs"_s, periodMs},
        {u"bettingMs"_s, bettingMs},
        {u"secondsAsked"_s, secondsAsked},
        {u"hostStartedByBench"_s, hostStartedByBench},
        {u"hostPid"_s, hostPid},
        {u"chain"_s, chain},
        {u"setupSeconds"_s, setupSeconds},
        {u"bettingSeconds"_s, bettingSeconds},
        {u"phaseSeconds"_s, phaseSeconds},
        {u"windows"_s, windowJson},
        {u"betsPerSecond"_s, betsPerSecond()},
        {u"sent"_s, qint64(sent)},
        {u"accepted"_s, qint64(accepted)},
        {u"repeated"_s, qint64(repeated)},
        {u"refused"_s, qint64(refused())},
        {u"refusals"_s, refusalJson},
        {u"acceptedPerSecond"_s, series},
        {u"lateRetried"_s, qint64(lateRetried)},
        {u"transportErrors"_s, qint64(transportErrors)},
        {u"reconnects"_s, qint64(reconnects)},
        {u"latencyMs"_s, QJsonObject{{u"p50"_s, latency.p50Ms}, {u"p90"_s, latency.p90Ms}, {u"p99"_s, latency.p99Ms},
                                      {u"max"_s, latency.maxMs}, {u"mean"_s, latency.meanMs},
                                      {u"samples"_s, qint64(latency.count)}}},
        {u"hostCpuSeconds"_s, optional(hostCpuSeconds)},
        {u"hostThreads"_s, threads},
        {u"operatorCpuSeconds"_s, operatorCpuSeconds},
        {u"benchCpuSeconds"_s, benchCpuSeconds},
        {u"otherCpuSeconds"_s, optional(otherCpuSeconds)},
        {u"hostRssBeforeKiB"_s, optional(hostRssBeforeKiB)},
        {u"hostRssAfterKiB"_s, optional(hostRssAfterKiB)},
        {u"operatorDuringPhase"_s, countsJson(operatorDuring)},
        {u"operatorAtEnd"_s, countsJson(operatorAtEnd)},
        {u"settled"_s, settled},
        {u"settleSeconds"_s, settleSeconds},
        {u"hostWebhooksPending"_s, hostWebhooksPending},
        {u"debitsMatchAccepted"_s, debitsMatch()},
        {u"ledger"_s, ledgerKnown ? QJsonValue(QJsonObject{{u"ok"_s, ledgerOk}, {u"entriesChecked"_s, ledgerEntriesChecked},
                                                           {u"detail"_s, ledgerDetail}})
                                  : QJsonValue(QJsonValue::Null)},
        {u"consistent"_s, consistent()},
    };
}

} // namespace steward::bench
