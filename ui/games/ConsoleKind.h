// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPixmap>
#include <QString>
#include <QWidget>

#include <functional>

namespace steward::client {
class HostClient;
}

namespace steward::ui {

// A kind's own settings in "New game", checked before the host sees them.
class NewGameForm : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The configuration for POST /api/games/create (the kind's page in docs/games/).
    virtual QJsonObject config() const = 0;
    // The line under the form: what these settings come to.
    virtual QString summary() const = 0;
    // Why the settings cannot be sent as they are; empty when they can.
    virtual QString validate() const { return {}; }

signals:
    void changed(); // summary() may read differently now
};

// One game of a kind as the Games dashboard shows it, from the host's view of it.
class GameView : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void setView(const QJsonObject &view) = 0;

signals:
    void joinCardRequested(const QString &gameId);
    void commandDone(const QString &path, bool ok);
};

// A kind's page on the Analytics dashboard. The dashboard owns the game box, the PNG and CSV
// buttons and the note; the kind draws its charts from GET /api/analytics/gameHistory.
class KindAnalytics : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The game box's entry for a game of the host's list.
    virtual QString gameLabel(const QJsonObject &summary) const = 0;
    // What moves the analytics on, from the host's list: a week resolved, a round settled.
    virtual int progress(const QJsonObject &summary) const = 0;
    virtual void setHistory(const QJsonObject &history) = 0;
    virtual void clear() = 0;
    // Draws what it has and returns the note above the charts.
    virtual QString render() = 0;
    // Whether the PNG and CSV exports have anything to export yet.
    virtual bool canExport() const = 0;
    virtual QPixmap picture() const = 0;
    virtual QString pngFileName() const = 0;
    virtual QString csvFileName() const = 0;
    // The kind's own controls on the dashboard's bar: after the game box, and after the exports.
    virtual QList<QWidget *> leadingControls() const { return {}; }
    virtual QList<QWidget *> trailingControls() const { return {}; }

    // The game box's text for the game shown (titles of what the kind exports).
    void setGameTitle(const QString &title) { m_gameTitle = title; }
    QString gameTitle() const { return m_gameTitle; }

signals:
    void noteChanged(const QString &note); // one of its own controls has something to say

private:
    QString m_gameTitle;
};

// A kind's part on the Operators dashboard, under the operators (a kind that takes bets through
// them, say), in a group box of its own.
class OperatorsSection : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The group box's title.
    virtual QString title() const = 0;
    // The dashboard fetched the operators (their names by id): fetch what the section shows, one
    // request after the other, and call `done` once at the end, also when a request failed.
    // While `wanted()` is false the dashboard has moved on and the answers are dropped.
    virtual void refresh(const QHash<QString, QString> &operatorNames, std::function<bool()> wanted,
                         std::function<void()> done) = 0;

signals:
    // An action of the section went through: the dashboard says so and fetches again.
    void actionDone(const QString &id, const QString &action);
};

// The console's part of one game kind (docs/console.md): what the shared dashboards ask of it.
// A kind the host has and the console does not know is shown plainly (GenericGameView).
class ConsoleKind
{
public:
    virtual ~ConsoleKind() = default;

    // The host's kind id ("kind" in its game list and views).
    virtual QString id() const = 0;
    // Its name in the games list and in questions about a game.
    virtual QString displayName() const = 0;
    // Its entry in New game's kind box.
    virtual QString formName() const = 0;
    // Where players' browsers join a game of this kind (the join card's link, with ?code=).
    virtual QString joinPath() const = 0;
    virtual QString joinTitle() const = 0;
    // The games list's "Week or round" and "Teams" cells for a game of the host's list.
    virtual QString progressText(const QJsonObject &summary) const = 0;
    virtual QString teamsText(const QJsonObject &summary) const = 0;
    // What pausing does to a game of this kind beyond stopping it (the Pause button's tooltip).
    virtual QString pauseNote() const { return {}; }
    // A player's seat in the Sessions list, from the fields the host shows of it in the
    // session (the kind's seat description); empty where players take no particular seat.
    virtual QString seatText(const QJsonObject &session) const
    {
        Q_UNUSED(session) return {};
    }

    virtual NewGameForm *newGameForm() const = 0;
    virtual GameView *liveView(client::HostClient &host) const = 0;
    // Null: no analytics for this kind.
    virtual KindAnalytics *analytics(bool dark) const { Q_UNUSED(dark) return nullptr; }
    // Null: nothing on the Operators dashboard.
    virtual OperatorsSection *operatorsSection(client::HostClient &host) const
    {
        Q_UNUSED(host) return nullptr;
    }
};

} // namespace steward::ui
