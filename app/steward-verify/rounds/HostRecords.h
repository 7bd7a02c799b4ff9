// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace steward::verify {

// Reads a host's public round records: GET /api/rounds/{gameId}/{round}, which needs no
// sign-in and answers 404 NOT_FOUND until the round is settled. A 429 is waited out.
class HostRecords : public QObject
{
    Q_OBJECT
public:
    struct Fetched
    {
        enum class Status { Found, NotSettled, Failed };
        Status status = Status::Failed;
        QJsonObject record;
        QString error; // Failed: what went wrong, for a person
    };

    explicit HostRecords(QUrl host, QObject *parent = nullptr);

    void fetch(const QString &gameId, qint64 round, std::function<void(const Fetched &)> done);
    Fetched fetchNow(const QString &gameId, qint64 round);

    // The host's read-only chain relay, POST /api/chain/rpc.
    QUrl relayUrl() const;

private:
    void attempt(const QString &gameId, qint64 round, std::function<void(const Fetched &)> done, int tries);

    QUrl m_host;
    QNetworkAccessManager *m_network;
};

} // namespace steward::verify
