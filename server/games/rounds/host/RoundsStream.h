// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Event.h"

#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <list>

class QHttpServer;

namespace steward {
class GameHost;
}

namespace steward::rounds {

// Round events as Server-Sent Events at /api/rounds/stream[?gameId=…], for WebViews and mobile
// browsers that would rather not hold a WebSocket: round.committed, round.opened, round.closed
// (with the number), round.settled (with the seed) and round.revealed. Public data only; a
// round's seed appears only once it is settled.
class RoundsStream : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxClients = 2'000;
    static constexpr int MaxClientsPerAddress = 20;
    static constexpr int HeartbeatMs = 15'000;

    explicit RoundsStream(GameHost &host, QObject *parent = nullptr);
    ~RoundsStream() override;
    void registerRoutes(QHttpServer &http);
    int clientCount() const { return int(m_clients.size()); }

private:
    struct Client
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        QString gameId; // empty: every rounds table
        QString address;
    };
    void onEvents(const QString &gameId, const QList<StoredEvent> &events);
    void send(const QString &gameId, const QByteArray &frame, bool everyone = false);
    void heartbeat();

    GameHost &m_host;
    std::list<Client> m_clients;
    QTimer m_heartbeat;
};

} // namespace steward::rounds
