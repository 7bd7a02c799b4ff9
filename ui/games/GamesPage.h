// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace steward::client {
class HostClient;
}

namespace steward::ui {

class ConsoleKindRegistry;
class GameView;
class GenericGameView;
class JoinCard;
class NewGameDialog;

// The Games dashboard: every game on the host, "New game", and the selected game's own view
// (its kind's ConsoleKind::liveView; a kind the console does not know gets GenericGameView).
class GamesPage : public QWidget
{
    Q_OBJECT
public:
    // The kinds it knows come from `kinds` (ConsoleKindRegistry::instance() when null).
    explicit GamesPage(client::HostClient &host, QWidget *parent = nullptr, const ConsoleKindRegistry *kinds = nullptr);

    // Opens the "New game" form; the game is created when it is accepted.
    NewGameDialog *newGame();
    void select(const QString &gameId);
    QString selectedGame() const { return m_selected; }
    JoinCard *showJoinCard(const QString &gameId);
    // Where players' browsers reach the host (its LAN address), for the join card.
    void setJoinBase(const QUrl &base) { m_joinBase = base; }

    QTableWidget *gamesTable() const { return m_games; }
    // The view that shows games of `kind`: the generic one for a kind the console does not know.
    GameView *viewFor(const QString &kind) const;
    GameView *currentView() const;
    QPushButton *newGameButton() const { return m_newGame; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *deleteButton() const { return m_delete; }
    // The line under the buttons: the host's answer when it refused something.
    QString message() const;

    // Pauses the selected game, or resumes it if it is paused.
    void togglePause();
    // Deletes the selected game once the facilitator confirms (skipped when `confirmed`).
    void deleteSelected(bool confirmed = false);

signals:
    void gameCreated(const QString &gameId);
    void gameSelected(const QString &gameId);

private:
    void refreshList();
    void refreshView(const QString &gameId);
    void create(NewGameDialog *dialog);
    QJsonObject summaryOf(const QString &gameId) const;
    void updateActions();
    void showMessage(const QString &text);

    client::HostClient &m_host;
    const ConsoleKindRegistry &m_kinds;
    QString m_selected;
    QSet<QString> m_listed; // the games of the last list
    QUrl m_joinBase;
    QTableWidget *m_games;
    QPushButton *m_newGame;
    QPushButton *m_pause;
    QPushButton *m_delete;
    QLabel *m_message;
    QStackedWidget *m_detail;
    QLabel *m_empty;
    QHash<QString, GameView *> m_views; // by kind
    GenericGameView *m_generic;
    QPointer<NewGameDialog> m_dialog;
};

} // namespace steward::ui
