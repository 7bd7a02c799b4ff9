// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SovereignReplayView.h"
#include "ui/games/ConsoleKind.h"

#include <QJsonObject>
#include <QPointer>

class QGroupBox;
class QLabel;
class QPushButton;

namespace steward::client {
class HostClient;
}

namespace steward::ui {

class SovereignMapWidget;
class SovereignPlayersTable;
class SovereignStandingsTable;

// One Sovereign Lines match as its host runs it: the map beside the players, most land first,
// with the players the host flagged marked; the phase and the time left; Start, End and the join
// card; the standings once it is over, and its replay (SovereignReplayView). Commands go to the
// host through the HostClient.
class SovereignMatchView : public GameView
{
    Q_OBJECT
public:
    explicit SovereignMatchView(client::HostClient &host, QWidget *parent = nullptr);

    void setView(const QJsonObject &view) override;
    QJsonObject view() const { return m_view; }
    QString gameId() const { return m_view.value(QStringLiteral("gameId")).toString(); }

    // Ends the match now, after asking unless `confirmed`.
    void endMatch(bool confirmed = false);
    // The time left, "12:04", from the view's ticks ("" outside a running match).
    QString timeLeftText() const;
    QString message() const;
    // Fetches the match's replay and shows it in a window of its own (once the match is over).
    void openReplay();
    // The replay window, while it is open.
    SovereignReplayView *replayView() const { return m_replayView; }

    SovereignMapWidget *map() const { return m_map; }
    SovereignPlayersTable *playersTable() const { return m_players; }
    SovereignStandingsTable *standingsTable() const { return m_standings; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *endButton() const { return m_end; }
    QPushButton *joinCardButton() const { return m_joinCard; }
    QPushButton *replayButton() const { return m_replay; }

signals:
    void replayOpened(bool ok);

private:
    void command(const QString &path);
    void showMessage(const QString &text, bool error);
    void showFlags();

    client::HostClient &m_host;
    QJsonObject m_view;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_message;
    QPushButton *m_joinCard;
    QPushButton *m_start;
    QPushButton *m_end;
    QPushButton *m_replay;
    SovereignMapWidget *m_map;
    SovereignPlayersTable *m_players;
    QGroupBox *m_result;
    QLabel *m_reason;
    SovereignStandingsTable *m_standings;
    QPointer<SovereignReplayView> m_replayView;
};

} // namespace steward::ui
