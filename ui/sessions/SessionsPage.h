// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QPushButton;
class QTableWidget;

namespace steward::client {
class HostClient;
}

namespace steward::ui {

class FlagsPanel;

// Players & sessions: every connection to the host — who, where from, since when, how lively,
// whether the host flagged the player — and the support engineer's hand on it (disconnect,
// ban, a message); below, the flagged players with their evidence (FlagsPanel).
class SessionsPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { Name, Role, Game, Address, Since, LastSeen, Rtt, InOut, State, Flagged, ColumnCount };

    explicit SessionsPage(client::HostClient &host, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    FlagsPanel *flagsPanel() const { return m_flags; }
    QPushButton *kickButton() const { return m_kick; }
    // Disconnects the session in this row (the host closes it with a reason the player sees).
    void kickRow(int row);
    // A message the players see at the top of their page: to one session, or to all (0).
    void sendMessage(qint64 sessionId, const QString &text);
    QLineEdit *messageEdit() const { return m_messageText; }
    qint64 sessionIdAt(int row) const;
    // Keeps that row's player (by name) or address out for a while, disconnecting them now.
    void banRow(int row, bool byAddress, int minutes);
    QString message() const;

signals:
    void kicked(qint64 sessionId, bool ok);
    void messageSent(int sessions, bool ok);
    void banned(bool ok, int disconnected);

private:
    void refresh();
    // Selects the connection of the player with this id, if they are connected.
    void selectPlayer(const QString &playerId);

    client::HostClient &m_host;
    QTableWidget *m_table;
    QPushButton *m_kick;
    QLineEdit *m_messageText;
    QPushButton *m_sendOne;
    QPushButton *m_sendAll;
    QComboBox *m_banBy;
    QSpinBox *m_banMinutes;
    QPushButton *m_ban;
    QLabel *m_summary;
    QLabel *m_message;
    FlagsPanel *m_flags;
};

} // namespace steward::ui
