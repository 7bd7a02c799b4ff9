// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsBettor.h"

#include "server/wallet/RequestSigning.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;
using steward::wallet::RequestSigning;

namespace steward::bench {

namespace {

constexpr const char *BetsPath = "/api/operator/v1/bets";
constexpr int ReconnectDelayMs = 20;
constexpr int MaxFailedConnects = 50; // one second of attempts in a row

// The mix of bet types: every kind the table takes, each as often.
constexpr const char *BetTypes[] = {"exact", "decade", "high", "low", "odd", "even"};
constexpr int BetTypeCount = int(sizeof(BetTypes) / sizeof(BetTypes[0]));

bool closedWithItsRound(const QString &code)
{
    return code == u"BET_TOO_LATE" || code == u"ROUND_NOT_OPEN";
}

} // namespace

RoundsBettor::RoundsBettor(int index, const Target &target, const RoundsWindow &window, RoundsTally &tally,
                           const QElapsedTimer &clock, QObject *parent)
    : QObject(parent), m_index(index), m_target(target), m_window(window), m_tally(tally), m_clock(clock),
      m_rng(quint32(0x5eed0000u + quint32(index))), m_host("127.0.0.1:" + QByteArray::number(target.port))
{
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        // The request leaves in one write; without this the answer's ACK could wait for Nagle.
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_connecting = false;
        m_connected = true;
        m_failedConnects = 0;
        const bool first = !m_everConnected;
        m_everConnected = true;
        if (m_inFlight)
            write();
        if (first)
            emit ready();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &RoundsBettor::onReadable);
    connect(&m_socket, &QTcpSocket::disconnected, this, &RoundsBettor::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &RoundsBettor::onError);
}

RoundsBettor::~RoundsBettor()
{
    // Closing the socket emits disconnected(): not to a bettor half taken apart.
    m_socket.disconnect(this);
    m_socket.abort();
}

void RoundsBettor::open()
{
    if (m_connected || m_connecting)
        return;
    m_connecting = true;
    m_in.clear();
    m_headerEnd = -1;
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_target.port);
}

void RoundsBettor::resume()
{
    if (!m_inFlight && m_window.allows())
        placeBet();
}

void RoundsBettor::newTerms()
{
    const int type = int(m_rng.bounded(BetTypeCount));
    m_terms.clear();
    m_terms += "\"player\":\"p";
    m_terms += QByteArray::number(m_rng.bounded(m_target.players));
    m_terms += "\",\"type\":\"";
    m_terms += BetTypes[type];
    m_terms += '"';
    if (type == 0 || type == 1) {
        m_terms += ",\"pick\":";
        m_terms += QByteArray::number(m_rng.bounded(type == 0 ? 100 : 10));
    }
    m_terms += ",\"stake\":";
    m_terms += QByteArray::number(100 * (1 + m_rng.bounded(10)));
}

void RoundsBettor::placeBet()
{
    if (m_sameTerms)
        ++m_tally.lateRetried;
    else
        newTerms();
    m_sameTerms = false;
    // A new bet id every time: a bet refused after its debit was taken keeps its id at the host.
    m_betId = "b" + QByteArray::number(m_index) + '-' + QByteArray::number(++m_sequence);
    m_inFlight = true;
    ++m_tally.inFlight;
    if (m_connected)
        write();
    else
        open(); // written once connected
}

void RoundsBettor::write()
{
    QByteArray body;
    body.reserve(160);
    body += "{\"table\":\"";
    body += m_target.table;
    body += "\",\"betId\":\"";
    body += m_betId;
    body += "\",";
    body += m_terms;
    body += '}';
    const auto h = RequestSigning::sign(m_target.keyId, m_target.secret, "POST", BetsPath, body,
                                        QDateTime::currentSecsSinceEpoch(), RequestSigning::newNonce());
    QByteArray request;
    request.reserve(512 + body.size());
    request += "POST ";
    request += BetsPath;
    request += " HTTP/1.1\r\nHost: ";
    request += m_host;
    request += "\r\nContent-Type: application/json\r\nContent-Length: ";
    request += QByteArray::number(body.size());
    request += "\r\nX-Steward-Key: ";
    request += h.keyId;
    request += "\r\nX-Steward-Timestamp: ";
    request += h.timestamp;
    request += "\r\nX-Steward-Nonce: ";
    request += h.nonce;
    request += "\r\nX-Steward-Signature: ";
    request += h.signature;
    request += "\r\n\r\n";
    request += body;
    ++m_tally.sent;
    m_sentNs = m_clock.nsecsElapsed();
    m_socket.write(request);
}

void RoundsBettor::onReadable()
{
    m_in += m_socket.readAll();
    for (;;) {
        if (m_headerEnd < 0) {
            m_headerEnd = m_in.indexOf("\r\n\r\n");
            if (m_headerEnd < 0)
                return;
            // "HTTP/1.1 200 OK", then the headers; only the body's length matters here.
            m_status = m_in.mid(9, 3).toInt();
            m_contentLength = 0;
            qsizetype pos = m_in.indexOf("\r\n") + 2;
            while (pos > 1 && pos < m_headerEnd) {
                const qsizetype eol = m_in.indexOf("\r\n", pos);
                constexpr qsizetype NameLength = 15; // "content-length:"
                if (eol - pos > NameLength && qstrnicmp(m_in.constData() + pos, "content-length:", NameLength) == 0)
                    m_contentLength = m_in.mid(pos + NameLength, eol - pos - NameLength).trimmed().toLongLong();
                pos = eol + 2;
            }
        }
        const qsizetype total = m_headerEnd + 4 + m_contentLength;
        if (m_in.size() < total)
            return;
        const QByteArray body = m_in.mid(m_headerEnd + 4, m_contentLength);
        m_in.remove(0, total);
        m_headerEnd = -1;
        onAnswer(m_status, body);
    }
}

void RoundsBettor::onAnswer(int status, const QByteArray &body)
{
    if (!m_inFlight)
        return; // nothing was asked: not an answer of ours
    const qint64 nowNs = m_clock.nsecsElapsed();
    const qint64 tookNs = nowNs - m_sentNs;
    m_inFlight = false;
    --m_tally.inFlight;
    if (status == 200) {
        ++m_tally.accepted;
        m_tally.acceptedNs.push_back(tookNs);
        if (m_tally.seriesStartNs >= 0) {
            const auto second = std::size_t((nowNs - m_tally.seriesStartNs) / 1'000'000'000);
            if (m_tally.acceptedPerSecond.size() <= second)
                m_tally.acceptedPerSecond.resize(second + 1);
            ++m_tally.acceptedPerSecond[second];
        }
        if (body.contains("\"repeated\":true"))
            ++m_tally.repeated;
    } else {
        QString code = QJsonDocument::fromJson(body).object().value(u"error").toObject().value(u"code").toString();
        if (code.isEmpty())
            code = u"HTTP %1"_s.arg(status);
        ++m_tally.refusals[code];
        m_sameTerms = closedWithItsRound(code);
    }
    if (m_window.allows())
        placeBet();
    else
        emit idle();
}

void RoundsBettor::onDisconnected()
{
    m_connected = false;
    m_connecting = false;
    m_in.clear();
    m_headerEnd = -1;
    if (!m_inFlight) {
        ++m_tally.reconnects; // reconnected at the next bet
        return;
    }
    // The bet may or may not have been placed: the same bet id again finds out.
    ++m_tally.transportErrors;
    QTimer::singleShot(ReconnectDelayMs, this, &RoundsBettor::open);
}

void RoundsBettor::onError(QAbstractSocket::SocketError error)
{
    if (m_connected)
        return; // a lost connection: disconnected() follows
    m_connecting = false;
    if (!m_everConnected || ++m_failedConnects > MaxFailedConnects) {
        emit failed(u"bettor %1 cannot connect to the host: %2 (%3)"_s.arg(m_index).arg(m_socket.errorString()).arg(int(error)));
        return;
    }
    QTimer::singleShot(ReconnectDelayMs, this, &RoundsBettor::open);
}

} // namespace steward::bench
