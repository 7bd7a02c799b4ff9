// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <algorithm>
#include <atomic>
#include <vector>

namespace steward::bench {

// Everything the seats of one client thread measure, shared by them. The run reads the two
// counters from its own thread while the seats play; the rest once their thread has stopped.
struct Measurements
{
    std::vector<qint64> orderToAckNs;      // order.place sent -> its "ok" received
    std::vector<qint64> weekToStateNs;     // team's last order of a week sent -> next week's state received
    std::vector<qint64> orderToNextWeekNs; // this seat's order sent -> next week's state received
    std::atomic<quint64> ordersSent = 0;
    std::atomic<quint64> ordersAcked = 0;
    quint64 ordersRefused = 0;
    quint64 errors = 0;          // every "error" frame, refused orders included
    quint64 statesReceived = 0;
    quint64 bytesReceived = 0;   // UTF-8 bytes of text messages
    QStringList firstErrors;     // the first few, to show
    void noteError(const QString &what);

    // With the chain on: the intents the `ok` of each order listed (data.chain), and the
    // chain.tx push that settles each one. Outbox ids are the host's, unique across seats.
    struct Chain
    {
        QHash<qint64, qint64> pending;  // outbox id -> when the ok listing it was read (ns)
        QHash<qint64, bool> early;      // chain.tx read before any ok listed it -> confirmed?
        std::vector<qint64> lagNs;      // ok read -> chain.tx read, per settled intent
        QHash<QString, quint64> queuedByKind;
        quint64 queued = 0;
        quint64 confirmed = 0;
        quint64 failed = 0;
        quint64 settledBeforeOk = 0;    // chain.tx came first (lag counted as 0)
        qint64 lastSettledNs = -1;      // when the last chain.tx was read
        QStringList firstFailures;      // the first few, to show
        bool closed = false;            // figures taken: later pushes no longer count
    } chain;
};

// One team's clock: when its last order of each week was sent.
class TeamTrack
{
public:
    explicit TeamTrack(int weeks) : m_lastOrderSentNs(std::size_t(weeks) + 2, -1) {}

    void noteOrderSent(int week, qint64 atNs)
    {
        if (week < 0)
            return;
        if (std::size_t(week) >= m_lastOrderSentNs.size())
            m_lastOrderSentNs.resize(std::size_t(week) + 1, -1);
        qint64 &last = m_lastOrderSentNs[std::size_t(week)];
        last = std::max(last, atNs);
    }
    // -1: no order of that week sent yet.
    qint64 lastOrderSent(int week) const
    {
        return week >= 0 && std::size_t(week) < m_lastOrderSentNs.size() ? m_lastOrderSentNs[std::size_t(week)] : -1;
    }

private:
    std::vector<qint64> m_lastOrderSentNs; // index: week
};

// One seat: a real WebSocket that authenticates with the seat's token, then plays a
// pass-through strategy (order what was ordered from you) one order per week.
class BeerSeat : public QObject
{
    Q_OBJECT
public:
    // label: the seat, e.g. "t12-retailer"; it makes every clientOrderId of the run unique.
    BeerSeat(QString label, QString token, TeamTrack &team, Measurements &measurements,
             const QElapsedTimer &clock, QObject *parent = nullptr);

    // A pause before each order, drawn uniformly from [thinkMs/2, 3*thinkMs/2]; 0 orders at once.
    void setThinkTime(int thinkMs) { m_thinkMs = thinkMs; }

    void open(const QUrl &wsUrl);
    void play();  // start ordering (the state received so far says for which week)
    void close();
    bool isDone() const { return m_done; }
    int weekOrdered() const { return m_orderedWeek; }

signals:
    void ready();        // authenticated, and its first state has arrived
    void teamFinished(); // its team has played every week
    void orderAcknowledged();
    void chainSettled(); // a chain.tx push settled one of the intents its orders queued
    void failed(const QString &why);

private:
    void onText(const QString &text);
    void onState(const QJsonObject &state, qint64 now);
    void onOk(const QJsonObject &frame, qint64 now);
    void onChainIntents(const QJsonArray &intents, qint64 now);
    void onChainTx(const QJsonObject &data, qint64 now);
    void onError(const QJsonObject &frame);
    void maybeOrder();
    void placeOrder();
    static QString compact(const QJsonObject &frame);

    QWebSocket m_socket;
    QString m_label;
    QString m_token;
    TeamTrack &m_team;
    Measurements &m_m;
    const QElapsedTimer &m_clock;

    int m_thinkMs = 0;
    QTimer m_think; // a child, so it moves to the seat's client thread with it
    qint64 m_nextId = 1;
    qint64 m_authId = 0;
    QHash<qint64, qint64> m_pendingOrders; // message id -> sent at (ns)
    bool m_authenticated = false;
    bool m_haveState = false;
    bool m_playing = false;
    bool m_done = false;
    bool m_closing = false;

    // The latest state.
    QJsonObject m_view; // the last full state with every delta since merged
    QString m_status;
    int m_week = 0;
    bool m_finished = false;
    int m_incomingOrder = 0;

    int m_orderedWeek = 0;         // last week this seat ordered for
    qint64 m_orderSentNs = 0;      // when
    bool m_waitingNextWeek = false; // its next-week state not yet seen
};

} // namespace steward::bench
