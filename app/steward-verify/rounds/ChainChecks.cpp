// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainChecks.h"

#include "ChainReader.h"
#include "FairnessEvents.h"
#include "RecordChecks.h"

#include "server/chain/primitives/Hex.h"
#include "server/games/rounds/FairDraw.h"
#include "server/games/rounds/FairnessCalls.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace steward::verify {

namespace fair = rounds::fair;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChainChecks)
};

QString utcSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

QString utcMillis(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u" UTC"_s;
}

// A transaction hash from the record, or empty.
QString txHash(const QJsonValue &v)
{
    const QString s = v.toString();
    return fair::fromHex32(s).isEmpty() || !s.startsWith(u"0x") ? QString() : s;
}
} // namespace

ChainChecks::ChainChecks(QJsonObject record, ChainReader &reader, QString contract,
                         std::optional<quint64> expectedChainId, QObject *parent)
    : QObject(parent), m_record(std::move(record)), m_reader(reader), m_contract(std::move(contract)),
      m_expectedChainId(expectedChainId)
{
    m_round = wholeNumber(m_record.value(u"round")).value_or(0);
    m_table = rounds::fairness::tableKey(m_record.value(u"gameId").toString());
}

bool ChainChecks::committedBeforeOpening(quint64 blockTimestamp, qint64 opensAtMs)
{
    return qint64(blockTimestamp) * 1000 <= opensAtMs;
}

void ChainChecks::start(Done done)
{
    m_done = std::move(done);
    m_reader.chainId(this, [this](std::optional<quint64> id, const QString &error) {
        if (!id) {
            const QString why = Text::tr("The chain node did not answer: %1").arg(error);
            for (int c : {checks::Commit, checks::CommitTime, checks::Reveal, checks::ContractDraw})
                settle(RoundCheck::unavailable(c, why));
            return;
        }
        if (m_expectedChainId && *id != *m_expectedChainId)
            m_chainMismatch = Text::tr("The node is on chain %1, but the host's record names chain %2.")
                                  .arg(QString::number(*id), QString::number(*m_expectedChainId));
        checkCommit();
        checkReveal();
        checkContractDraw();
    });
}

void ChainChecks::settle(const RoundCheck &check)
{
    m_results.insert(check.check, check);
    if (m_results.size() < 4 || !m_done)
        return;
    const Done done = std::exchange(m_done, nullptr);
    done(m_results.values());
}

void ChainChecks::checkCommit()
{
    const QString tx = txHash(m_record.value(u"commitTx"));
    const QString recordedKey = m_record.value(u"tableKey").toString();
    if (!recordedKey.isEmpty() && fair::fromHex32(recordedKey) != m_table) {
        settle(RoundCheck::failed(checks::Commit, Text::tr("The record's tableKey %1 is not keccak256 of the game id '%2'.")
                                                      .arg(recordedKey.left(80), m_record.value(u"gameId").toString())));
        settle(RoundCheck::failed(checks::CommitTime, Text::tr("No commitment of this table to date.")));
        return;
    }
    if (tx.isEmpty()) {
        settle(RoundCheck::failed(checks::Commit,
                                  Text::tr("The host says the round was committed on chain but names no commit transaction.")));
        settle(RoundCheck::failed(checks::CommitTime, Text::tr("No commit transaction to date.")));
        return;
    }
    m_reader.call(u"eth_getTransactionReceipt"_s, {tx}, this, [this, tx](const chain::RpcResult &r) {
        if (!r) {
            const QString why = Text::tr("The chain node did not answer: %1").arg(r.error().toString());
            settle(RoundCheck::unavailable(checks::Commit, why));
            settle(RoundCheck::unavailable(checks::CommitTime, why));
            return;
        }
        const auto events = eventsInReceipt(r.value(), fairnessAbi::committed(), m_contract);
        if (!events) {
            settle(RoundCheck::failed(checks::Commit, Text::tr("Commit transaction %1: %2.").arg(tx, events.error().reason)));
            settle(RoundCheck::failed(checks::CommitTime, Text::tr("No commitment on chain to date.")));
            return;
        }
        const QByteArray seedHash = fair::fromHex32(m_record.value(u"seedHash").toString());
        const ReceiptEvent *match = nullptr;
        for (const ReceiptEvent &e : *events) {
            // Committed(table, round, seedHash, committedAt, intentId)
            if (bytes32At(e.values, 0) == m_table && numberAt(e.values, 1) == quint64(m_round)
                && bytes32At(e.values, 2) == seedHash) {
                match = &e;
                break;
            }
        }
        if (!match) {
            const ReceiptEvent &e = events->first();
            settle(RoundCheck::failed(
                checks::Commit,
                Text::tr("Commit transaction %1 committed %2 for round %3 of table %4, not %5 for round %6 of this table.")
                    .arg(tx, fair::toHex(bytes32At(e.values, 2)), QString::number(numberAt(e.values, 1).value_or(0)),
                         shortHex(bytes32At(e.values, 0)), fair::toHex(seedHash), QString::number(m_round))));
            settle(RoundCheck::failed(checks::CommitTime, Text::tr("No matching commitment on chain to date.")));
            return;
        }
        if (!m_chainMismatch.isEmpty())
            settle(RoundCheck::failed(checks::Commit, m_chainMismatch));
        else
            settle(RoundCheck::passed(checks::Commit, Text::tr("Committed(%1) in block %2, transaction %3.")
                                                          .arg(shortHex(seedHash), QString::number(match->blockNumber),
                                                               shortHex(fair::fromHex32(tx)))));
        checkCommitTime(*match);
    });
}

void ChainChecks::checkCommitTime(const ReceiptEvent &commit)
{
    const auto opensAt = wholeNumber(m_record.value(u"opensAt"));
    if (!opensAt) {
        settle(RoundCheck::failed(checks::CommitTime, Text::tr("The record does not say when betting opened.")));
        return;
    }
    const quint64 block = commit.blockNumber;
    m_reader.blockTime(commit.blockHash, this, [this, block, opensAt](std::optional<quint64> t, const QString &error) {
        if (!t) {
            settle(RoundCheck::unavailable(checks::CommitTime, Text::tr("The chain node did not answer: %1").arg(error)));
            return;
        }
        const QString when = Text::tr("block %1 is stamped %2 (%3 s); betting opened at %4 (%5 ms)")
                                 .arg(QString::number(block), utcSeconds(qint64(*t)), QString::number(*t),
                                      utcMillis(*opensAt), QString::number(*opensAt));
        if (committedBeforeOpening(*t, *opensAt))
            settle(RoundCheck::passed(checks::CommitTime, Text::tr("Committed before betting opened: %1.").arg(when)));
        else
            settle(RoundCheck::failed(checks::CommitTime, Text::tr("Committed after betting opened: %1.").arg(when)));
    });
}

void ChainChecks::checkReveal()
{
    const QString tx = txHash(m_record.value(u"revealTx"));
    if (tx.isEmpty()) {
        settle(RoundCheck::skipped(checks::Reveal,
                                   Text::tr("The host has not put the reveal on chain yet (no revealTx); ask again later.")));
        return;
    }
    m_reader.call(u"eth_getTransactionReceipt"_s, {tx}, this, [this, tx](const chain::RpcResult &r) {
        if (!r) {
            settle(RoundCheck::unavailable(checks::Reveal, Text::tr("The chain node did not answer: %1").arg(r.error().toString())));
            return;
        }
        const auto events = eventsInReceipt(r.value(), fairnessAbi::revealed(), m_contract);
        if (!events) {
            settle(RoundCheck::failed(checks::Reveal, Text::tr("Reveal transaction %1: %2.").arg(tx, events.error().reason)));
            return;
        }
        const QByteArray seed = fair::fromHex32(m_record.value(u"seed").toString());
        const QByteArray betsRoot = fair::fromHex32(m_record.value(u"betsRoot").toString());
        const auto number = wholeNumber(m_record.value(u"number"));
        for (const ReceiptEvent &e : *events) {
            // Revealed(table, round, seed, betsRoot, number, intentId)
            if (bytes32At(e.values, 0) != m_table || numberAt(e.values, 1) != quint64(m_round))
                continue;
            QStringList differences;
            if (bytes32At(e.values, 2) != seed)
                differences << Text::tr("seed %1").arg(fair::toHex(bytes32At(e.values, 2)));
            if (bytes32At(e.values, 3) != betsRoot)
                differences << Text::tr("betsRoot %1").arg(fair::toHex(bytes32At(e.values, 3)));
            if (!number || numberAt(e.values, 4) != quint64(*number))
                differences << Text::tr("number %1").arg(QString::number(numberAt(e.values, 4).value_or(0)));
            if (!differences.isEmpty()) {
                settle(RoundCheck::failed(checks::Reveal, Text::tr("The chain's reveal differs from the record: %1.")
                                                              .arg(differences.join(u", "_s))));
            } else if (!m_chainMismatch.isEmpty()) {
                settle(RoundCheck::failed(checks::Reveal, m_chainMismatch));
            } else {
                settle(RoundCheck::passed(checks::Reveal, Text::tr("Revealed(seed %1, betsRoot %2, number %3) in block %4.")
                                                              .arg(shortHex(seed), shortHex(betsRoot), QString::number(*number),
                                                                   QString::number(e.blockNumber))));
            }
            return;
        }
        settle(RoundCheck::failed(checks::Reveal,
                                  Text::tr("Reveal transaction %1 reveals another round or table.").arg(tx)));
    });
}

void ChainChecks::checkContractDraw()
{
    const QByteArray seed = fair::fromHex32(m_record.value(u"seed").toString());
    const QByteArray betsRoot = fair::fromHex32(m_record.value(u"betsRoot").toString());
    if (seed.isEmpty() || betsRoot.isEmpty()) {
        settle(RoundCheck::failed(checks::ContractDraw, Text::tr("Without a 32-byte seed and bets root there is nothing to ask.")));
        return;
    }
    const auto data = fairnessAbi::drawNumber().encodeCall({chain::AbiValue::bytes(seed), chain::AbiValue::bytes(betsRoot)});
    const QJsonObject call{{u"to"_s, m_contract}, {u"data"_s, chain::hex::encode(data.value())}};
    m_reader.call(u"eth_call"_s, {call, u"latest"_s}, this, [this](const chain::RpcResult &r) {
        if (!r) {
            settle(RoundCheck::unavailable(checks::ContractDraw,
                                           Text::tr("The chain node did not answer: %1").arg(r.error().toString())));
            return;
        }
        const auto output = chain::hex::decode(r.value().toString());
        const auto values = output ? fairnessAbi::drawNumber().decodeOutput(*output)
                                   : chain::Outcome<QList<chain::AbiValue>>(chain::Refusal{u"not hex"_s});
        if (!values || values->isEmpty()) {
            settle(RoundCheck::failed(checks::ContractDraw,
                                      Text::tr("The contract at %1 gave no number (is it RoundFairness?).").arg(m_contract)));
            return;
        }
        const auto drawn = values->first().toNumber().toU64();
        const auto number = wholeNumber(m_record.value(u"number"));
        if (!drawn || !number || *drawn != quint64(*number)) {
            settle(RoundCheck::failed(checks::ContractDraw, Text::tr("RoundFairness.drawNumber gives %1, but the host announced %2.")
                                                                .arg(QString::number(drawn.value_or(0)),
                                                                     number ? QString::number(*number) : Text::tr("nothing"))));
            return;
        }
        settle(RoundCheck::passed(checks::ContractDraw, Text::tr("RoundFairness.drawNumber(seed, betsRoot) = %1.").arg(*drawn)));
    });
}

} // namespace steward::verify
