// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignStandingsTable.h"

#include "SovereignSwatch.h"
#include "ui/widgets/TableRows.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace steward::ui {

SovereignStandingsTable::SovereignStandingsTable(QWidget *parent) : QTableWidget(0, Columns, parent)
{
    setHorizontalHeaderLabels({tr("Rank"), tr("Player"), tr("Hexes"), tr("Troops"), tr("At the end")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::TabFocus);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Player, QHeaderView::Stretch);
    setAccessibleName(tr("Standings"));
}

void SovereignStandingsTable::setResult(const QJsonObject &result, const QHash<int, int> &colours)
{
    const QJsonArray standings = result.value(u"standings").toArray();
    const QLocale locale;
    setRowCount(int(standings.size()));
    for (int r = 0; r < standings.size(); ++r) {
        const QJsonObject s = standings.at(r).toObject();
        setRowTexts(this, r,
                    {locale.toString(r + 1), s.value(u"name").toString(), locale.toString(s.value(u"hexes").toInt()),
                     locale.toString(s.value(u"troops").toInt()),
                     s.value(u"alive").toBool() ? tr("still in") : tr("out")});
        const int player = s.value(u"player").toInt();
        const int colour = colours.value(player, player);
        if (item(r, Player)->data(Qt::UserRole) != colour) {
            item(r, Player)->setData(Qt::UserRole, colour);
            item(r, Player)->setIcon(sovereignSwatch(colour));
        }
    }
}

QString SovereignStandingsTable::reasonText(const QJsonObject &result)
{
    const QJsonArray standings = result.value(u"standings").toArray();
    const QString winner = standings.isEmpty() ? QString() : standings.first().toObject().value(u"name").toString();
    const QString reason = result.value(u"reason").toString();
    if (reason == u"conquest")
        return tr("%1 won by conquest.").arg(winner);
    if (reason == u"time")
        return tr("Time is up: %1 holds the most land.").arg(winner);
    if (reason == u"host")
        return tr("Ended by the host: %1 held the most land.").arg(winner);
    return tr("Over: %1 holds the most land.").arg(winner);
}

} // namespace steward::ui
