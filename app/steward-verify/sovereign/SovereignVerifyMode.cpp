// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignVerifyMode.h"

#include "ChainReader.h"
#include "MatchRecord.h"
#include "server/games/sovereign/SovereignReplay.h"
#include "server/games/sovereign/SovereignResultCalls.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace steward::verify {

namespace {
constexpr int Passed = 0, Failed = 1, CannotVerify = 2;

std::optional<QUrl> httpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return std::nullopt;
    return url;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}
} // namespace

int SovereignVerifyMode::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Plays a finished Sovereign Lines match again from its seed and inputs, and checks that it reaches what the "
           "host claims and the chain holds.\n\nExit status: 0 every check passed, 1 a check failed, 2 usage, input or "
           "network error."));
    const QCommandLineOption hostOpt(u"host"_s, tr("The host, e.g. http://192.168.1.10:8080."), u"URL"_s);
    const QCommandLineOption gameOpt(u"game"_s, tr("The match's game id."), u"ID"_s);
    const QCommandLineOption tokenOpt(u"token"_s, tr("A player's token for that match, or the host's."), u"TOKEN"_s);
    const QCommandLineOption fileOpt(u"file"_s, tr("A saved replay (the host's answer to GET /api/sovereign/ID/replay)."),
                                     u"PATH"_s);
    const QCommandLineOption rpcOpt(u"rpc"_s, tr("A JSON-RPC chain node (default: the host's read-only relay, with --host)."),
                                    u"URL"_s);
    const QCommandLineOption contractOpt(u"contract"_s,
                                         tr("The SovereignLinesResults contract's address (default: as the replay says)."),
                                         u"ADDRESS"_s);
    const QCommandLineOption noChainOpt(u"no-chain"_s, tr("Check the replay against the host's claims only."));
    for (const auto *o : {&hostOpt, &gameOpt, &tokenOpt, &fileOpt, &rpcOpt, &contractOpt, &noChainOpt})
        p.addOption(*o);
    const QCommandLineOption helpOpt = p.addHelpOption();
    const auto usage = [&err](const QString &message) {
        err << message << u'\n' << tr("Try: steward-verify --sovereign --help") << u'\n';
        err.flush();
        return CannotVerify;
    };
    if (!p.parse(arguments))
        return usage(p.errorText());
    if (p.isSet(helpOpt)) {
        out << p.helpText();
        out.flush();
        return Passed;
    }
    std::optional<QUrl> host;
    if (p.isSet(hostOpt) && !(host = httpUrl(p.value(hostOpt))))
        return usage(tr("--host needs an http:// or https:// URL."));
    std::optional<QUrl> rpc;
    if (p.isSet(rpcOpt) && !(rpc = httpUrl(p.value(rpcOpt))))
        return usage(tr("--rpc needs an http:// or https:// URL."));
    if (p.isSet(fileOpt) == (host.has_value()))
        return usage(tr("Say where the replay is: --host URL --game ID --token TOKEN, or --file replay.json."));
    if (host && (p.value(gameOpt).isEmpty() || p.value(tokenOpt).isEmpty()))
        return usage(tr("With --host, give the match's --game and a --token that may see it."));

    // The replay, as the host published it.
    const FetchedReplay fetched = host ? fetchReplay(*host, p.value(gameOpt), p.value(tokenOpt)) : readReplay(p.value(fileOpt));
    if (!fetched.error.isEmpty()) {
        err << fetched.error << u'\n';
        err.flush();
        return CannotVerify;
    }
    const QJsonObject &replay = fetched.replay;
    const QString gameId = replay.value(u"gameId").toString();
    sovereign::ReplayInput input;
    input.config = replay.value(u"config").toObject();
    bool seedOk = false;
    input.seed = replay.value(u"seed").toString().toULongLong(&seedOk);
    if (!seedOk)
        return usage(tr("The replay's seed is not a number."));
    for (const QJsonValue &v : replay.value(u"inputs").toArray()) {
        const QJsonObject i = v.toObject();
        input.events.append(StoredEvent{gameId, 0, 0, {},
                                        Event{i.value(u"type").toString(), i.value(u"data").toObject(), i.value(u"version").toInt(1)},
                                        i.value(u"tick").toInteger()});
    }

    // 1. Played again here.
    const auto played = sovereign::replayMatch(input, 20);
    if (!played) {
        err << tr("The match cannot be played again: %1").arg(played.error().message) << u'\n';
        err.flush();
        return CannotVerify;
    }
    QJsonArray standingsJson;
    for (int i : played->standings)
        standingsJson.append(i);
    int failures = 0;
    const auto check = [&](bool ok, const QString &what, const QString &detail) {
        out << (ok ? u"ok    "_s : u"FAILED "_s) << what;
        if (!detail.isEmpty())
            out << u": "_s << detail;
        out << u'\n';
        failures += !ok;
    };
    out << tr("Match %1: %2 inputs, played again to tick %3 (%4).")
               .arg(gameId)
               .arg(input.events.size())
               .arg(played->endTick)
               .arg(played->endReason.isEmpty() ? tr("not over") : played->endReason)
        << u'\n';
    check(!played->endReason.isEmpty(), tr("the inputs end the match"), {});
    check(hex(played->inputHash) == replay.value(u"inputHash").toString(), tr("input hash as the host claims"), hex(played->inputHash));
    // Every 5 s of the match, the state's hash as the host reached it while the match ran.
    const QJsonArray claimed = replay.value(u"checkpoints").toArray();
    qsizetype same = 0;
    while (same < claimed.size() && same < played->checkpoints.size() && claimed.at(same) == played->checkpoints.at(same))
        ++same;
    const bool allSame = same == claimed.size() && same == played->checkpoints.size() && same > 0;
    check(allSame, tr("every checkpoint as the host reached it"),
          allSame ? tr("%n checkpoint(s), one every 5 s", nullptr, int(same))
          : same < played->checkpoints.size()
              ? tr("%1 of %2 the same; the first that differs is at tick %3")
                    .arg(same)
                    .arg(played->checkpoints.size())
                    .arg(played->checkpoints.at(same).toArray().at(0).toInteger())
              : tr("%1 of %2 the same").arg(same).arg(claimed.size()));
    check(hex(played->stateHash) == replay.value(u"stateHash").toString(), tr("final state as the host claims"), hex(played->stateHash));
    check(standingsJson == replay.value(u"standings").toArray(), tr("standings as the host claims"),
          QString::fromUtf8(QJsonDocument(standingsJson).toJson(QJsonDocument::Compact)));

    // 2. Against the chain.
    if (!p.isSet(noChainOpt)) {
        const QString contract = p.isSet(contractOpt) ? p.value(contractOpt) : replay.value(u"contract").toString();
        QUrl endpoint;
        if (rpc) {
            endpoint = *rpc;
        } else if (host) {
            endpoint = *host;
            endpoint.setPath(u"/api/chain/rpc"_s);
        }
        if (contract.isEmpty() || endpoint.isEmpty()) {
            err << tr("No chain to check against: give --rpc and --contract, or --no-chain.") << u'\n';
            err.flush();
            return CannotVerify;
        }
        ChainReader chain(endpoint);
        const FetchedRecord onChain = fetchChainRecord(chain, contract, gameId);
        if (!onChain.error.isEmpty()) {
            err << onChain.error << u'\n';
            err.flush();
            return CannotVerify;
        }
        check(onChain.record.has_value(), tr("recorded on chain"), onChain.record ? onChain.record->txHash : tr("no MatchRecorded event"));
        if (onChain.record) {
            const ChainRecord &r = *onChain.record;
            check(r.inputHash == played->inputHash, tr("input hash on chain"), {});
            check(r.stateHash == played->stateHash, tr("final state on chain"), {});
            check(r.standingsHash == sovereign::results::standingsHash(played->standings), tr("standings on chain"), {});
            check(!played->standings.isEmpty() && r.winner == quint64(played->standings.first()), tr("winner on chain"),
                  QString::number(r.winner));
            check(r.endTick == quint64(played->endTick), tr("end tick on chain"), QString::number(r.endTick));
        }
    }
    out << (failures == 0 ? tr("Every check passed.") : tr("%n check(s) failed.", nullptr, failures)) << u'\n';
    out.flush();
    return failures == 0 ? Passed : Failed;
}

} // namespace steward::verify
