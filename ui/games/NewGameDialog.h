// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace steward::ui {

class NewGameForm;

// "New game": the kind, and that kind's own form (ConsoleKind::newGameForm) with the few settings
// a facilitator changes, checked before the host sees them. The host validates again and its
// refusal is shown here too.
class NewGameDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewGameDialog(QWidget *parent = nullptr);

    QString kind() const;
    // The configuration for POST /api/games/create (the kind's page in docs/games/).
    QJsonObject config() const;
    void showError(const QString &message);

    QComboBox *kindBox() const { return m_kind; }
    // The form of a kind the console knows, null for another.
    NewGameForm *kindForm(const QString &kind) const { return m_forms.value(kind); }

private:
    void updateForKind();
    void tryAccept();

    QComboBox *m_kind;
    QHash<QString, NewGameForm *> m_forms;
    QLabel *m_summary;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace steward::ui
