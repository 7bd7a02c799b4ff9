// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/games/ConsoleKind.h"

#include <QJsonObject>
#include <QTimer>

class QLabel;
class QTableWidget;

namespace steward::ui {

// A rounds table as its host watches it: the open round's phase and countdown, its committed
// seed hash and whether the commitment is on chain, the bets and exposure by bet kind, and the
// last results with the state of their reveal.
class RoundsView : public GameView
{
    Q_OBJECT
public:
    explicit RoundsView(QWidget *parent = nullptr);

    void setView(const QJsonObject &view) override;
    QJsonObject view() const { return m_view; }
    QString countdownText() const;
    QTableWidget *exposureTable() const { return m_exposure; }
    QTableWidget *recentTable() const { return m_recent; }
    QLabel *roundLabel() const { return m_round; }

private:
    void tick();

    QJsonObject m_view;
    QLabel *m_title;
    QLabel *m_round;
    QLabel *m_countdown;
    QLabel *m_commit;
    QLabel *m_paytable;
    QTableWidget *m_exposure;
    QTableWidget *m_recent;
    QTimer m_clock;
};

} // namespace steward::ui
