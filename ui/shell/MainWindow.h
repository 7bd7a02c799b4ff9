// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QUrl>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace steward::client {
class HostClient;
}

namespace steward::ui {

class AnalyticsPage;
class ChainPage;
class EventLogPage;
class GamesPage;
class OperatorsPage;
class SessionsPage;
class SettingsDialog;

// The console: a list of areas on the left, each a dashboard, and a status bar that says where
// the host listens, who is online, how the chain is doing and where the data is.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Area { Games, Operators, Sessions, Blockchain, Analytics, EventLog, AreaCount };

    explicit MainWindow(client::HostClient &host, QWidget *parent = nullptr);

    // What the status bar says of the host: where players join, and where its data is kept.
    void setHostFacts(const QUrl &joinBase, const QString &database);
    void showArea(Area area);
    SettingsDialog *openSettings();

    GamesPage *gamesPage() const { return m_games; }
    SessionsPage *sessionsPage() const { return m_sessions; }
    OperatorsPage *operatorsPage() const { return m_operators; }
    AnalyticsPage *analyticsPage() const { return m_analytics; }
    ChainPage *chainPage() const { return m_chainPage; }
    EventLogPage *eventLogPage() const { return m_eventLog; }
    QWidget *page(Area area) const;
    // A short stable name of an area ("games", "sessions", …), for files and logs.
    static QString areaId(Area area);
    // The host runs inside this console (not --attach): quitting stops it, so the console asks
    // first while players are connected.
    void setStopsHostOnQuit(bool stops) { m_stopsHostOnQuit = stops; }
    // The embedded host's password: set in Settings without the current one (the setter returns
    // an error text, or nothing), and the one this start generated, shown until dismissed.
    void setLocalPasswordSetter(std::function<QString(const QString &)> setter) { m_localPasswordSetter = std::move(setter); }
    void showGeneratedPassword(const QString &password);
    QWidget *passwordBar() const { return m_passwordBar; }
    int playersOnline() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void refreshStatus();

    client::HostClient &m_host;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    GamesPage *m_games;
    SessionsPage *m_sessions;
    OperatorsPage *m_operators;
    AnalyticsPage *m_analytics;
    ChainPage *m_chainPage;
    EventLogPage *m_eventLog;
    QLabel *m_listening;
    QLabel *m_online;
    QLabel *m_chain;
    QLabel *m_database;
    QUrl m_joinBase;
    bool m_stopsHostOnQuit = false;
    std::function<QString(const QString &)> m_localPasswordSetter;
    QWidget *m_passwordBar = nullptr;
};

} // namespace steward::ui
