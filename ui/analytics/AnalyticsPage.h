// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace steward::client {
class HostClient;
}

namespace steward::ui {

class KindAnalytics;

// Analytics of a game, live while it runs: the game box, the exports as PNG and CSV, and the
// game's kind's own page (ConsoleKind::analytics) with its charts and controls. Games of a kind
// without analytics, or one the console does not know, are not listed.
class AnalyticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AnalyticsPage(client::HostClient &host, QWidget *parent = nullptr);

    void showGame(const QString &gameId);
    QString gameId() const { return m_gameId; }
    // The kind of the game shown.
    QString kind() const { return m_kind; }
    // A kind's page, null for a kind without one.
    KindAnalytics *kindAnalytics(const QString &kind) const { return m_pages.value(kind); }
    // The page on show: the game's kind's, or the first kind's before any game.
    KindAnalytics *currentAnalytics() const;

    // The exports the buttons offer, without their file dialogs. Each returns an error message or
    // an empty string; the CSV comes from the host, so its answer arrives later (exported()).
    QString exportChartPng(const QString &fileName) const;
    void exportCsv(const QString &fileName);

    QComboBox *gameBox() const { return m_gameBox; }

signals:
    void refreshed();
    void exported(const QString &fileName, const QString &error);

private:
    void onPolled();
    void fetch();
    void render();

    client::HostClient &m_host;
    QString m_gameId;
    int m_fetchedWeek = -1;
    QString m_fetchedStatus;
    bool m_fetching = false;
    QString m_kind; // of the game shown
    QHash<QString, KindAnalytics *> m_pages; // by kind
    KindAnalytics *m_firstPage = nullptr;
    QStackedWidget *m_stack;
    QComboBox *m_gameBox;
    QLabel *m_note;
    QPushButton *m_png;
    QPushButton *m_csv;
};

} // namespace steward::ui
