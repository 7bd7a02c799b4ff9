// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerifyCommand.h"

#include "ChainReader.h"
#include "HostRecords.h"
#include "RecordChecks.h"
#include "ReportText.h"
#include "RoundVerifier.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

using namespace Qt::StringLiterals;

namespace steward::verify {

namespace {
std::optional<QUrl> httpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return std::nullopt;
    return url;
}
} // namespace

VerifyCommand::VerifyCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_out(out), m_err(err)
{
}

int VerifyCommand::usageError(const QString &message)
{
    m_err << message << u'\n' << tr("Try: steward-verify --help") << u'\n';
    m_err.flush();
    return CannotVerify;
}

std::optional<VerifyCommand::Source> VerifyCommand::readFile(const QString &path, const QString &gameId)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_err << tr("Cannot read %1: %2").arg(path, f.errorString()) << u'\n';
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        m_err << tr("%1 is not JSON: %2").arg(path, parseError.errorString()) << u'\n';
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Source s;
    if (o.value(u"rounds").isArray()) { // the regulator export
        s.gameId = o.value(u"gameId").toString();
        s.chain = o.value(u"chain").toObject();
        for (const QJsonValue &r : o.value(u"rounds").toArray())
            s.rounds << r.toObject();
    } else if (o.contains(u"seed") && o.contains(u"round")) { // one saved round record
        s.gameId = o.value(u"gameId").toString();
        s.chain = o.value(u"chain").toObject();
        s.rounds << o;
    } else {
        m_err << tr("%1 is neither a rounds export nor a round record.").arg(path) << u'\n';
        return std::nullopt;
    }
    if (!gameId.isEmpty() && !s.gameId.isEmpty() && gameId != s.gameId) {
        m_err << tr("%1 is about table '%2', not '%3'.").arg(path, s.gameId, gameId) << u'\n';
        return std::nullopt;
    }
    if (s.gameId.isEmpty())
        s.gameId = gameId;
    // Rounds of an export leave out what the export says once.
    for (QJsonObject &r : s.rounds) {
        if (!r.contains(u"gameId"))
            r.insert(u"gameId"_s, s.gameId);
        if (r.value(u"chain").isNull() || !r.contains(u"chain"))
            r.insert(u"chain"_s, s.chain.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.chain));
    }
    return s;
}

int VerifyCommand::run(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Checks that a Steward rounds table drew its numbers fairly, from the host's public round records and the "
           "chain.\n\nExit status: 0 every check passed, 1 a check failed, 2 usage or network error (or a check "
           "could not be run)."));
    const QCommandLineOption hostOpt(u"host"_s, tr("The host, e.g. http://192.168.1.10:8080."), u"URL"_s);
    const QCommandLineOption gameOpt(u"game"_s, tr("The rounds table's game id."), u"ID"_s);
    const QCommandLineOption fileOpt(u"file"_s, tr("A regulator export (export.json) or one saved round record."),
                                     u"PATH"_s);
    const QCommandLineOption rpcOpt(u"rpc"_s,
                                    tr("A JSON-RPC chain node (default: the host's read-only relay, with --host)."),
                                    u"URL"_s);
    const QCommandLineOption contractOpt(u"contract"_s,
                                         tr("The RoundFairness contract's address (default: as the host says)."),
                                         u"ADDRESS"_s);
    const QCommandLineOption jsonOpt(u"json"_s, tr("Machine-readable output."));
    const QCommandLineOption allOpt(u"all"_s, tr("Every settled round instead of one."));
    for (const auto *o : {&hostOpt, &gameOpt, &fileOpt, &rpcOpt, &contractOpt, &jsonOpt, &allOpt})
        p.addOption(*o);
    const QCommandLineOption helpOpt = p.addHelpOption();
    p.addPositionalArgument(u"ROUND"_s, tr("The round to check, or --all."), u"ROUND|--all"_s);

    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(helpOpt)) {
        m_out << p.helpText();
        m_out.flush();
        return AllPassed;
    }

    // What to check.
    const QStringList positional = p.positionalArguments();
    const bool all = p.isSet(allOpt);
    std::optional<qint64> oneRound;
    if (all == !positional.isEmpty() || positional.size() > 1)
        return usageError(tr("Give one round number, or --all."));
    if (!all) {
        bool ok = false;
        oneRound = positional.first().toLongLong(&ok);
        if (!ok || *oneRound < 1)
            return usageError(tr("'%1' is not a round number.").arg(positional.first()));
    }
    std::optional<QUrl> host;
    if (p.isSet(hostOpt) && !(host = httpUrl(p.value(hostOpt))))
        return usageError(tr("--host needs an http:// or https:// URL."));
    std::optional<QUrl> rpc;
    if (p.isSet(rpcOpt) && !(rpc = httpUrl(p.value(rpcOpt))))
        return usageError(tr("--rpc needs an http:// or https:// URL."));
    if (!p.isSet(fileOpt) && (!host || p.value(gameOpt).isEmpty()))
        return usageError(tr("Say where the rounds are: --host URL --game ID, or --file export.json."));

    // Where they come from.
    std::unique_ptr<HostRecords> records;
    if (host)
        records = std::make_unique<HostRecords>(*host);
    Source source;
    if (p.isSet(fileOpt)) {
        auto s = readFile(p.value(fileOpt), p.value(gameOpt));
        if (!s) {
            m_err.flush();
            return CannotVerify;
        }
        source = *s;
        if (oneRound) {
            QList<QJsonObject> picked;
            for (const QJsonObject &r : std::as_const(source.rounds)) {
                if (wholeNumber(r.value(u"round")) == *oneRound)
                    picked << r;
            }
            if (picked.isEmpty()) {
                m_err << tr("%1 has no round %2.").arg(p.value(fileOpt), QString::number(*oneRound)) << u'\n';
                m_err.flush();
                return CannotVerify;
            }
            source.rounds = picked;
        }
    } else {
        source.gameId = p.value(gameOpt);
    }

    // The chain.
    std::unique_ptr<ChainReader> reader;
    QString whyNoChain;
    if (rpc)
        reader = std::make_unique<ChainReader>(*rpc);
    else if (records)
        reader = std::make_unique<ChainReader>(records->relayUrl());
    else if (!source.chain.isEmpty())
        whyNoChain = tr("The export names chain %1 (RoundFairness at %2), but no --rpc node was given: checks 4–7 "
                        "were skipped.")
                         .arg(QString::number(source.chain.value(u"chainId").toInteger()),
                              source.chain.value(u"contract").toString());
    else
        whyNoChain = tr("No chain node was given (--rpc or --host): checks 4–7 were skipped.");
    RoundVerifier verifier;
    verifier.setChain(reader.get(), whyNoChain);
    if (p.isSet(contractOpt))
        verifier.setContract(p.value(contractOpt));

    const bool json = p.isSet(jsonOpt);
    QList<RoundReport> reports;
    QString fetchError;
    auto check = [&](const QJsonObject &record) {
        const RoundReport r = verifier.verifyNow(record);
        reports << r;
        if (!json) {
            m_out << roundText(r);
            m_out.flush();
        }
    };
    if (!source.rounds.isEmpty() || p.isSet(fileOpt)) {
        for (const QJsonObject &r : std::as_const(source.rounds))
            check(r);
    } else {
        for (qint64 n = oneRound.value_or(1);; ++n) {
            const HostRecords::Fetched f = records->fetchNow(source.gameId, n);
            if (f.status == HostRecords::Fetched::Status::Failed) {
                fetchError = f.error;
                break;
            }
            if (f.status == HostRecords::Fetched::Status::NotSettled) {
                if (oneRound || n == 1)
                    fetchError = tr("Round %1 of '%2' is not settled yet, or does not exist.")
                                     .arg(QString::number(n), source.gameId);
                break;
            }
            QJsonObject record = f.record;
            if (!record.contains(u"gameId"))
                record.insert(u"gameId"_s, source.gameId);
            check(record);
            if (oneRound)
                break;
        }
    }

    bool failed = false, unavailable = false;
    for (const RoundReport &r : std::as_const(reports)) {
        failed = failed || r.anyFailed();
        unavailable = unavailable || r.anyUnavailable();
    }
    if (reports.isEmpty() && fetchError.isEmpty())
        fetchError = tr("There is no round to check.");
    const int code = failed ? SomeFailed : (unavailable || !fetchError.isEmpty() ? CannotVerify : AllPassed);
    if (json) {
        QJsonArray list;
        int passedRounds = 0;
        for (const RoundReport &r : std::as_const(reports)) {
            list.append(r.toJson());
            passedRounds += !r.anyFailed() && !r.anyUnavailable();
        }
        QJsonObject o{{u"gameId"_s, source.gameId},
                      {u"ok"_s, code == AllPassed},
                      {u"exitCode"_s, code},
                      {u"rounds"_s, list},
                      {u"checked"_s, qint64(reports.size())},
                      {u"passed"_s, passedRounds}};
        if (!fetchError.isEmpty())
            o.insert(u"error"_s, fetchError);
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (!reports.isEmpty()) {
        m_out << summaryText(reports);
    }
    if (!fetchError.isEmpty())
        m_err << fetchError << u'\n';
    m_out.flush();
    m_err.flush();
    return code;
}

} // namespace steward::verify
