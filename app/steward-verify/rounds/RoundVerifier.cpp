// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundVerifier.h"

#include "ChainChecks.h"
#include "ChainReader.h"
#include "RecordChecks.h"

#include "server/chain/primitives/Address.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <optional>

using namespace Qt::StringLiterals;

namespace steward::verify {

namespace {
constexpr int ChainCheckNumbers[] = {checks::Commit, checks::CommitTime, checks::Reveal, checks::ContractDraw};
} // namespace

RoundVerifier::RoundVerifier(QObject *parent) : QObject(parent)
{
}

void RoundVerifier::setChain(ChainReader *reader, const QString &whyNot)
{
    m_reader = reader;
    m_whyNoChain = whyNot;
}

void RoundVerifier::verify(const QJsonObject &record, Done done)
{
    RoundReport report;
    report.gameId = record.value(u"gameId").toString();
    report.round = wholeNumber(record.value(u"round")).value_or(0);
    report.number = int(wholeNumber(record.value(u"number")).value_or(-1));
    report.committedOnChain = record.value(u"committedOnChain").toBool();
    report.checks = {checkSeed(record), checkBetsRoot(record), checkNumber(record)};

    auto skipChain = [&](const QString &notice, const QString &reason) {
        report.notices << notice;
        for (int c : ChainCheckNumbers)
            report.checks << RoundCheck::skipped(c, reason);
        done(report);
    };
    if (!report.committedOnChain) {
        skipChain(tr("This round's commitment was not on chain: only checks 1–3 apply. They show the number follows "
                     "from the seed and the bets, but not that the seed was fixed before betting opened."),
                  tr("The commitment was not on chain."));
        return;
    }
    if (!m_reader) {
        skipChain(m_whyNoChain.isEmpty() ? tr("No chain node to ask: checks 4–7 were not run.") : m_whyNoChain,
                  tr("No chain node was given."));
        return;
    }
    const QJsonObject chainInfo = record.value(u"chain").toObject();
    const QString contract = m_contract.isEmpty() ? chainInfo.value(u"contract").toString() : m_contract;
    if (!chain::Address::fromString(contract)) {
        report.notices << tr("The RoundFairness contract's address is not known (the record names none): give it with "
                             "--contract.");
        for (int c : ChainCheckNumbers)
            report.checks << RoundCheck::unavailable(c, tr("No contract address."));
        done(report);
        return;
    }
    std::optional<quint64> chainId;
    if (const auto id = wholeNumber(chainInfo.value(u"chainId")); id && *id > 0)
        chainId = quint64(*id);
    auto *job = new ChainChecks(record, *m_reader, contract, chainId, this);
    job->start([job, report, done](const QList<RoundCheck> &chainChecks) mutable {
        report.checks << chainChecks;
        job->deleteLater();
        done(report);
    });
}

RoundReport RoundVerifier::verifyNow(const QJsonObject &record)
{
    std::optional<RoundReport> out;
    QEventLoop loop;
    verify(record, [&](const RoundReport &r) {
        out = r;
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

} // namespace steward::verify
