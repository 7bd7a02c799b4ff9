// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace steward::ui {

// "New game": the kind, a preset and the few settings a facilitator changes, checked before the
// host sees them. The host validates again and its refusal is shown here too.
class NewGameDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewGameDialog(QWidget *parent = nullptr);

    QString kind() const;
    // The configuration for POST /api/games/create (docs/games/beer.md, docs/games/rounds.md).
    QJsonObject config() const;
    void showError(const QString &message);

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *presetBox() const { return m_preset; }
    QSpinBox *teamsBox() const { return m_teams; }
    QComboBox *advanceBox() const { return m_advance; }
    QSpinBox *weekSecondsBox() const { return m_weekSeconds; }

private:
    void updateForKind();

    QComboBox *m_kind;
    QComboBox *m_preset;
    QSpinBox *m_teams;
    QComboBox *m_advance;
    QSpinBox *m_weekSeconds;
    QSpinBox *m_periodSeconds;
    QLabel *m_summary;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QWidget *m_beerFields;
    QWidget *m_roundsFields;
};

} // namespace steward::ui
