// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoundsTally.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpSocket>

namespace steward::bench {

// One operator server connection placing bets: a keep-alive HTTP/1.1 client on a raw socket
// (QNetworkAccessManager would allow six connections per host), one signed
// POST /api/operator/v1/bets at a time, the next as soon as the answer is read (a closed loop).
//
// A bet refused because its round closed (BET_TOO_LATE, ROUND_NOT_OPEN) is placed again with the
// same terms and a new bet id in the next window. A bet whose connection is lost before its
// answer is sent again with the same bet id, as an operator must: the host answers a repeat
// with the first answer, so it is counted once.
class RoundsBettor : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        quint16 port = 0;
        QByteArray table;
        QString keyId;
        QByteArray secret; // raw HMAC key
        int players = 1000;
    };

    RoundsBettor(int index, const Target &target, const RoundsWindow &window, RoundsTally &tally,
                 const QElapsedTimer &clock, QObject *parent = nullptr);
    ~RoundsBettor() override;

    void open(); // connects; then ready() or failed()
    // Places the next bet if the window allows it and none is in flight.
    void resume();

signals:
    void ready();
    void failed(const QString &why);
    // An answer was read and the window allows no further bet now.
    void idle();

private:
    void newTerms();
    void placeBet();
    void write();
    void onReadable();
    void onAnswer(int status, const QByteArray &body);
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);

    int m_index;
    const Target m_target;
    const RoundsWindow &m_window;
    RoundsTally &m_tally;
    const QElapsedTimer &m_clock;
    QTcpSocket m_socket;
    QRandomGenerator m_rng;
    QByteArray m_host;      // the Host header's value
    QByteArray m_in;        // bytes of the answer read so far
    qsizetype m_headerEnd = -1;
    qsizetype m_contentLength = 0;
    int m_status = 0;

    quint64 m_sequence = 0;
    QByteArray m_betId;
    QByteArray m_terms;     // "player", "type", "pick", "stake" of the bet, as JSON members
    bool m_sameTerms = false; // the last bet closed with its round: place its terms again
    bool m_inFlight = false;
    bool m_connected = false;
    bool m_everConnected = false;
    bool m_connecting = false;
    int m_failedConnects = 0;
    qint64 m_sentNs = 0;
};

} // namespace steward::bench
