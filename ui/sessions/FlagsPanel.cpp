// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlagsPanel.h"

#include "FlagsModel.h"
#include "ui/widgets/TableRows.h"
#include "ui/widgets/TimeText.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

FlagsPanel::FlagsPanel(QWidget *parent)
    : QWidget(parent), m_model(new FlagsModel(this)), m_title(new QLabel), m_note(new QLabel), m_table(new QTableView),
      m_evidenceTitle(new QLabel), m_evidence(new QTableWidget(0, EvidenceColumns))
{
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    m_note->setText(tr("The host flags a player when it refuses a command that the game's own pages never send: it "
                       "came from a modified client or was typed by hand. Click a flag to select the player's "
                       "connection above."));
    m_note->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Flagged players"));

    m_evidence->setHorizontalHeaderLabels({tr("Time"), tr("Command"), tr("Refused with"), tr("Sent")});
    m_evidence->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidence->setSelectionMode(QAbstractItemView::NoSelection);
    m_evidence->verticalHeader()->hide();
    m_evidence->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_evidence->horizontalHeader()->setSectionResizeMode(Sent, QHeaderView::Stretch);
    m_evidence->setWordWrap(false);
    m_evidence->setAccessibleName(tr("Evidence"));
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(m_evidence->font().pointSizeF());
    m_evidenceFont = mono;

    auto *evidenceSide = new QWidget;
    auto *evidenceLayout = new QVBoxLayout(evidenceSide);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    evidenceLayout->addWidget(m_evidenceTitle);
    evidenceLayout->addWidget(m_evidence, 1);
    // One above the other: the commands as sent need the page's width.
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(evidenceSide);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);

    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        m_selected = index.data(FlagsModel::PlayerIdRole).toString();
        showEvidence();
        emit playerChosen(m_selected);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_selected = rows.first().data(FlagsModel::PlayerIdRole).toString();
        showEvidence();
    });
    setFlags({}, {});
}

void FlagsPanel::setFlags(const QJsonArray &flags, const QHash<QString, QString> &joinCodes)
{
    m_model->setFlags(flags, joinCodes);
    const int count = m_model->rowCount();
    m_title->setText(count == 0 ? tr("Flagged players: none") : tr("Flagged players: %n", nullptr, count));
    // After the list was made again, the flag chosen stays chosen.
    if (const int row = m_model->rowOf(m_selected); row >= 0) {
        if (m_table->selectionModel()->selectedRows().value(0).row() != row
            || !m_table->selectionModel()->hasSelection())
            m_table->selectRow(row);
    } else {
        m_selected.clear();
        m_table->clearSelection();
    }
    showEvidence();
}

void FlagsPanel::selectPlayer(const QString &playerId)
{
    m_selected = playerId;
    const int row = m_model->rowOf(playerId);
    if (row >= 0)
        m_table->selectRow(row);
    showEvidence();
}

void FlagsPanel::showEvidence()
{
    int row = m_model->rowOf(m_selected);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0; // the most recent
    if (row < 0) {
        m_shown.clear();
        m_evidenceTitle->setText(tr("Evidence: nobody is flagged."));
        m_evidence->setRowCount(0);
        return;
    }
    const QJsonObject flag = m_model->flagAt(row);
    m_shown = flag.value(u"playerId").toString();
    const QJsonArray evidence = flag.value(u"evidence").toArray();
    m_evidenceTitle->setText(
        tr("Evidence for %1: the last commands refused, newest first").arg(flag.value(u"name").toString()));
    m_evidence->setRowCount(int(evidence.size()));
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        const QJsonObject e = evidence.at(evidence.size() - 1 - i).toObject();
        setRowTexts(m_evidence, int(i),
                    {timeText(e.value(u"atMs").toInteger()), e.value(u"command").toString(),
                     e.value(u"code").toString(), e.value(u"data").toString()});
        QTableWidgetItem *sent = m_evidence->item(int(i), Sent);
        sent->setFont(m_evidenceFont);
        sent->setToolTip(sent->text());
    }
}

} // namespace steward::ui
