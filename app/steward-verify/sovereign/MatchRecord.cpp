// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchRecord.h"

#include "ChainReader.h"
#include "server/chain/primitives/EventLog.h"
#include "server/chain/primitives/Hex.h"
#include "server/games/sovereign/SovereignResultCalls.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace steward::verify {

namespace {
constexpr int NetworkTimeoutMs = 30'000;

QString tr(const char *text)
{
    return QCoreApplication::translate("MatchRecord", text);
}

FetchedReplay parsed(const QByteArray &body, const QString &where)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject())
        return {{}, tr("%1 is not JSON: %2").arg(where, error.errorString())};
    const QJsonObject o = doc.object();
    if (o.contains(u"error"))
        return {{}, tr("%1 answered %2: %3").arg(where, o.value(u"error").toObject().value(u"code").toString(),
                                                  o.value(u"error").toObject().value(u"message").toString())};
    if (!o.value(u"inputs").isArray() || !o.value(u"config").isObject() || !o.value(u"seed").isString())
        return {{}, tr("%1 is not a Sovereign Lines replay (it has no seed, configuration and inputs).").arg(where)};
    return {o, {}};
}
} // namespace

FetchedReplay fetchReplay(const QUrl &host, const QString &gameId, const QString &token)
{
    QNetworkAccessManager network;
    QUrl url = host;
    url.setPath(u"/api/sovereign/%1/replay"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(gameId))));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(NetworkTimeoutMs);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    if (body.isEmpty() && reply->error() != QNetworkReply::NoError)
        return {{}, tr("Cannot reach %1: %2").arg(url.toString(), reply->errorString())};
    return parsed(body, url.toString());
}

FetchedReplay readReplay(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {{}, tr("Cannot read %1: %2").arg(path, f.errorString())};
    return parsed(f.readAll(), path);
}

FetchedRecord fetchChainRecord(ChainReader &chain, const QString &contract, const QString &gameId)
{
    const auto recorded = chain::AbiEvent::parse(
        u"MatchRecorded(bytes32 indexed gameId, bytes32 inputHash, bytes32 stateHash, bytes32 standingsHash, uint16 winner, "
        "uint16 players, uint64 endTick, bytes32 indexed intentId)");
    FetchedRecord out;
    bool done = false;
    QEventLoop loop;
    QTimer::singleShot(NetworkTimeoutMs, &loop, [&] {
        out.error = tr("The chain did not answer within %1 s.").arg(NetworkTimeoutMs / 1000);
        loop.quit();
    });
    const QJsonArray topics{chain::hex::encode(recorded->topic0()),
                            chain::hex::encode(sovereign::results::gameKey(gameId))};
    chain.call(u"eth_getLogs"_s, {QJsonObject{{u"fromBlock"_s, u"0x0"_s}, {u"address"_s, contract}, {u"topics"_s, topics}}},
               &loop, [&](const chain::RpcResult &r) {
        done = true;
        if (!r.ok()) {
            out.error = tr("The chain refused the query: %1").arg(r.error().message);
        } else if (const QJsonArray logs = r.value().toArray(); !logs.isEmpty()) {
            const QJsonObject l = logs.first().toObject();
            chain::EventLog log;
            for (const QJsonValue &t : l.value(u"topics").toArray())
                log.topics << chain::hex::decode(t.toString()).value_or(QByteArray());
            log.data = chain::hex::decode(l.value(u"data").toString()).value_or(QByteArray());
            if (const auto v = recorded->decode(log); v.ok()) {
                out.record = ChainRecord{v->at(1).toBytes(), v->at(2).toBytes(), v->at(3).toBytes(),
                                         v->at(4).toNumber().toU64().value_or(0), v->at(5).toNumber().toU64().value_or(0),
                                         v->at(6).toNumber().toU64().value_or(0), l.value(u"transactionHash").toString()};
            } else {
                out.error = tr("A MatchRecorded event could not be read: %1").arg(v.error().reason);
            }
        }
        loop.quit();
    });
    if (!done)
        loop.exec();
    return out;
}

} // namespace steward::verify
