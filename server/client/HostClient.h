// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <functional>

namespace steward::client {

// The host's facilitator API as the console uses it: REST calls, and one WebSocket for the live
// views of the games it watches. The console talks to the host it embeds exactly as it talks to a
// host elsewhere on the network, so the two can never drift apart (docs/console.md).
class HostClient : public QObject
{
    Q_OBJECT
public:
    using Reply = std::function<void(const Result<QJsonObject> &)>;
    using TextReply = std::function<void(const Result<QByteArray> &)>;

    explicit HostClient(QObject *parent = nullptr);
    ~HostClient() override;

    // The embedded host: its facilitator token (and the backoffice's, for /api/admin/v1) are issued
    // in process.
    void attach(const QUrl &base, const QString &token, const QString &backofficeToken = {});
    // A host elsewhere: signs in as the facilitator (signInFailed on a wrong password), and with
    // the same name and password to the backoffice, where that user may have a role.
    void signIn(const QUrl &base, const QString &user, const QString &password);
    // Whether calls to the backoffice (/api/admin/v1/…) carry a token.
    bool hasBackoffice() const { return !m_backofficeToken.isEmpty(); }
    void detach();

    QUrl baseUrl() const { return m_base; }
    bool isLive() const { return m_live; }

    // Facilitator REST calls; the reply is the JSON body, or the host's error with its code.
    void get(const QString &pathAndQuery, Reply done);
    void post(const QString &path, const QJsonObject &body, Reply done);
    void getText(const QString &pathAndQuery, TextReply done);

    // What the last poll saw (every second while attached).
    const QJsonArray &games() const { return m_games; }
    const QJsonArray &sessions() const { return m_sessions; }
    const QJsonObject &chainStatus() const { return m_chain; }
    // Players flagged for refusals only a modified client causes (GET /api/flags), newest first.
    const QJsonArray &flags() const { return m_flags; }

    // The live facilitator view of one game at a time: the host pushes it as it changes.
    void watch(const QString &gameId);
    QString watched() const { return m_watched; }
    QJsonObject view(const QString &gameId) const { return gameId == m_following ? m_view : QJsonObject(); }

    void setPollIntervalMs(int ms) { m_poll.setInterval(ms); }
    void pollNow();

signals:
    void live();                         // signed in and the WebSocket is open
    void signInFailed(const QString &message);
    void connectionLost(const QString &message);
    void polled();                       // games(), sessions(), chainStatus() and flags() are fresh
    void viewChanged(const QString &gameId);

private:
    void openSocket();
    void onSocketText(const QString &text);
    void send(const QString &type, const QJsonObject &data);
    QNetworkRequest request(const QString &pathAndQuery) const;
    void handle(class QNetworkReply *reply, Reply done);

    QNetworkAccessManager m_nam;
    QWebSocket m_socket;
    QTimer m_poll;
    QTimer m_reconnect;
    QUrl m_base;
    QString m_token;
    QString m_backofficeToken;
    bool m_live = false;
    int m_nextId = 1;
    int m_pollsOut = 0;
    QJsonArray m_games;
    QJsonArray m_sessions;
    QJsonObject m_chain;
    QJsonArray m_flags;
    QString m_watched;   // asked for
    QString m_following; // what the pushes are about: the game of the last whole `state`
    QJsonObject m_view;
};

} // namespace steward::client
