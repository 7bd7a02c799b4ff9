// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/games/ConsoleKind.h"

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace steward::ui {

// A new Sovereign Lines match's settings: the map's size, the places, whether bots fill them,
// how well bots play, and the time limit (docs/games/territory.md, "Creating a match").
class SovereignGameForm : public NewGameForm
{
    Q_OBJECT
public:
    explicit SovereignGameForm(QWidget *parent = nullptr);

    QJsonObject config() const override;
    QString summary() const override;
    QString validate() const override;

    // The most players a map of this size holds (SovereignMap::sizes on the host); 0 if unknown.
    static int playerLimit(const QString &mapSize);

    QComboBox *mapSizeBox() const { return m_mapSize; }
    QSpinBox *slotsBox() const { return m_slots; }
    QCheckBox *fillWithBotsBox() const { return m_fillWithBots; }
    QComboBox *botStrengthBox() const { return m_botStrength; }
    QSpinBox *minutesBox() const { return m_minutes; }

private:
    void mapSizeChanged();

    QComboBox *m_mapSize;
    QSpinBox *m_slots;
    QCheckBox *m_fillWithBots;
    QComboBox *m_botStrength;
    QSpinBox *m_minutes;
};

} // namespace steward::ui
