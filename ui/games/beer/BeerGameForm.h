// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/games/ConsoleKind.h"

class QComboBox;
class QSpinBox;

namespace steward::ui {

// A new Beer Game's settings: a preset, the teams, how weeks advance and the week timer
// (docs/games/beer.md).
class BeerGameForm : public NewGameForm
{
    Q_OBJECT
public:
    explicit BeerGameForm(QWidget *parent = nullptr);

    QJsonObject config() const override;
    QString summary() const override;

    QComboBox *presetBox() const { return m_preset; }
    QSpinBox *teamsBox() const { return m_teams; }
    QComboBox *advanceBox() const { return m_advance; }
    QSpinBox *weekSecondsBox() const { return m_weekSeconds; }

private:
    QComboBox *m_preset;
    QSpinBox *m_teams;
    QComboBox *m_advance;
    QSpinBox *m_weekSeconds;
};

} // namespace steward::ui
