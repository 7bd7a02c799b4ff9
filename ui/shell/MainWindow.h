// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace steward::client {
class HostClient;
}

namespace steward::ui {

class AnalyticsPage;
class GamesPage;
class SessionsPage;

// The console: a list of areas on the left, each a dashboard, and a status bar that says where
// the host listens, who is online, how the chain is doing and where the data is.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Area { Games, Sessions, Analytics, AreaCount };

    explicit MainWindow(client::HostClient &host, QWidget *parent = nullptr);

    // What the status bar says of the host: where players join, and where its data is kept.
    void setHostFacts(const QUrl &joinBase, const QString &database);
    void showArea(Area area);

    GamesPage *gamesPage() const { return m_games; }
    SessionsPage *sessionsPage() const { return m_sessions; }
    AnalyticsPage *analyticsPage() const { return m_analytics; }
    QWidget *page(Area area) const;

private:
    void refreshStatus();

    client::HostClient &m_host;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    GamesPage *m_games;
    SessionsPage *m_sessions;
    AnalyticsPage *m_analytics;
    QLabel *m_listening;
    QLabel *m_online;
    QLabel *m_chain;
    QLabel *m_database;
    QUrl m_joinBase;
};

} // namespace steward::ui
