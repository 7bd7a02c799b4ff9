// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QJsonArray>
#include <QWidget>

class QLabel;
class QTableView;
class QTableWidget;

namespace steward::ui {

class FlagsModel;

// The Sessions page's list of flagged players (FlagsModel) with the evidence of one of them: the
// one selected, else the most recent. Clicking a flag asks the page to select that player's
// session, so that Disconnect, Ban and a message act on them.
class FlagsPanel : public QWidget
{
    Q_OBJECT
public:
    enum EvidenceColumn { Time, Command, RefusedWith, Sent, EvidenceColumns };

    explicit FlagsPanel(QWidget *parent = nullptr);

    void setFlags(const QJsonArray &flags, const QHash<QString, QString> &joinCodes);

    FlagsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *evidenceTable() const { return m_evidence; }
    QLabel *titleLabel() const { return m_title; }
    // The player whose evidence is shown; empty when nobody is flagged.
    QString shownPlayerId() const { return m_shown; }
    // Selects a player's flag, as a click does (without asking for their session).
    void selectPlayer(const QString &playerId);

signals:
    void playerChosen(const QString &playerId);

private:
    void showEvidence();

    FlagsModel *m_model;
    QLabel *m_title;
    QLabel *m_note;
    QTableView *m_table;
    QLabel *m_evidenceTitle;
    QTableWidget *m_evidence;
    QFont m_evidenceFont; // the commands as sent, in a fixed-width font
    QString m_selected;   // the player chosen, kept by id across refreshes
    QString m_shown;
};

} // namespace steward::ui
