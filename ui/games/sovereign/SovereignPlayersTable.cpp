// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignPlayersTable.h"

#include "SovereignSwatch.h"
#include "ui/sessions/FlagMarker.h"
#include "ui/widgets/TableRows.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
QString botName(const QString &bot)
{
    if (bot == u"easy")
        return SovereignPlayersTable::tr("easy bot");
    if (bot == u"hard")
        return SovereignPlayersTable::tr("hard bot");
    return bot.isEmpty() ? SovereignPlayersTable::tr("person") : bot;
}
} // namespace

SovereignPlayersTable::SovereignPlayersTable(QWidget *parent) : QTableWidget(0, Columns, parent)
{
    setHorizontalHeaderLabels(
        {tr("Player"), tr("Played by"), tr("Status"), tr("Regions"), tr("Hexes"), tr("Troops"), tr("Allies")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(Player, QHeaderView::Stretch);
    setAccessibleName(tr("Players, most land first"));
}

void SovereignPlayersTable::setFlags(const QHash<QString, QJsonObject> &flags)
{
    if (flags == m_flags)
        return;
    m_flags = flags;
    setPlayers(m_players);
}

void SovereignPlayersTable::setPlayers(const QJsonObject &players)
{
    m_players = players;
    struct Row
    {
        int number;
        QJsonObject p;
    };
    std::vector<Row> rows;
    for (auto it = players.begin(); it != players.end(); ++it)
        rows.push_back({it.key().toInt(), it.value().toObject()});
    // Most land first, then most troops, then the order they joined in.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const int ha = a.p.value(u"hexes").toInt(), hb = b.p.value(u"hexes").toInt();
        if (ha != hb)
            return ha > hb;
        const int ta = a.p.value(u"troops").toInt(), tb = b.p.value(u"troops").toInt();
        if (ta != tb)
            return ta > tb;
        return a.number < b.number;
    });
    const QLocale locale;
    setRowCount(int(rows.size()));
    m_order.clear();
    for (int r = 0; r < int(rows.size()); ++r) {
        const QJsonObject &p = rows[std::size_t(r)].p;
        m_order << rows[std::size_t(r)].number;
        QStringList allies;
        for (const QJsonValue &a : p.value(u"allies").toArray())
            allies << players.value(QString::number(a.toInt())).toObject().value(u"name").toString();
        const bool alive = p.value(u"alive").toBool(true);
        const QJsonObject flag = m_flags.value(p.value(u"id").toString());
        const QString status = flag.isEmpty() ? (alive ? tr("in") : tr("out"))
                                              : (alive ? tr("in, flagged") : tr("out, flagged"));
        setRowTexts(this, r,
                    {p.value(u"name").toString(), botName(p.value(u"bot").toString()), status,
                     locale.toString(p.value(u"regions").toInt()), locale.toString(p.value(u"hexes").toInt()),
                     locale.toString(p.value(u"troops").toInt()), allies.join(u", "_s)});
        QTableWidgetItem *name = item(r, Player);
        const int colour = p.value(u"colour").toInt();
        if (name->data(Qt::UserRole) != colour) {
            name->setData(Qt::UserRole, colour);
            name->setIcon(sovereignSwatch(colour));
        }
        // A flagged player: the flag in their status, and the evidence wherever one hovers.
        QTableWidgetItem *statusCell = item(r, Status);
        if (statusCell->icon().isNull() != flag.isEmpty())
            statusCell->setIcon(flag.isEmpty() ? QIcon() : FlagMarker::icon());
        const QString tip = flag.isEmpty() ? QString() : FlagMarker::tooltip(flag);
        for (int c = 0; c < Columns; ++c) {
            if (item(r, c)->toolTip() != tip)
                item(r, c)->setToolTip(tip);
        }
        const Qt::Alignment numbers = Qt::AlignRight | Qt::AlignVCenter;
        for (int c : {Regions, Hexes, Troops}) {
            if (item(r, c)->textAlignment() != int(numbers))
                item(r, c)->setTextAlignment(numbers);
        }
        // Who is out reads dimmer, but stays listed with what they had.
        const QBrush ink = alive ? palette().text() : palette().placeholderText();
        for (int c = 0; c < Columns; ++c) {
            if (item(r, c)->foreground() != ink)
                item(r, c)->setForeground(ink);
        }
    }
}

} // namespace steward::ui
