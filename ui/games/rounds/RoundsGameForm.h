// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/games/ConsoleKind.h"

class QSpinBox;

namespace steward::ui {

// A new rounds table's settings: how often a round is drawn (docs/games/rounds.md).
class RoundsGameForm : public NewGameForm
{
    Q_OBJECT
public:
    explicit RoundsGameForm(QWidget *parent = nullptr);

    QJsonObject config() const override;
    QString summary() const override;

    QSpinBox *periodSecondsBox() const { return m_periodSeconds; }

private:
    QSpinBox *m_periodSeconds;
};

} // namespace steward::ui
