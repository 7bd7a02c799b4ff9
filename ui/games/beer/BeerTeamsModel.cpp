// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerTeamsModel.h"

#include <QBrush>
#include <QColor>
#include <QJsonObject>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace steward::ui {

QString BeerTeamsModel::roleKey(int column)
{
    switch (column) {
    case Retailer: return u"retailer"_s;
    case Wholesaler: return u"wholesaler"_s;
    case Distributor: return u"distributor"_s;
    case Factory: return u"factory"_s;
    default: return {};
    }
}

void BeerTeamsModel::setTeams(const QJsonArray &teams)
{
    if (teams.size() != m_teams.size()) {
        beginResetModel();
        m_teams = teams;
        endResetModel();
        return;
    }
    // Same teams: tell the view which rows changed, and nothing else moves.
    const QJsonArray old = std::exchange(m_teams, teams);
    for (int r = 0; r < m_teams.size(); ++r) {
        if (old.at(r) != m_teams.at(r))
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

int BeerTeamsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_teams.size());
}

int BeerTeamsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BeerTeamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Cost)
        return tr("The team's cost including the week in progress; Analytics counts finished weeks only.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Team: return tr("Team");
    case Week: return tr("Week");
    case Retailer: return tr("Retailer");
    case Wholesaler: return tr("Wholesaler");
    case Distributor: return tr("Distributor");
    case Factory: return tr("Factory");
    case Cost: return tr("Cost so far");
    default: return {};
    }
}

QString BeerTeamsModel::botName(const QString &strategy)
{
    if (strategy == u"sterman")
        return tr("bot: a typical player");
    if (strategy == u"baseStock")
        return tr("bot: keeps a steady stock");
    if (strategy == u"passThrough")
        return tr("bot: passes orders on");
    return tr("bot");
}

QVariant BeerTeamsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_teams.size())
        return {};
    const QJsonObject team = m_teams.at(index.row()).toObject();
    const QLocale locale;
    const QString key = roleKey(index.column());
    const QJsonObject seat = team.value(u"roles").toObject().value(key).toObject();
    const bool finished = team.value(u"finished").toBool();

    if (role == RoleDataRole)
        return seat.toVariantMap();
    if (role == Qt::TextAlignmentRole)
        return key.isEmpty() ? QVariant(Qt::AlignCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Team: return team.value(u"team").toInt();
        case Week: return finished ? tr("done") : locale.toString(team.value(u"week").toInt());
        case Cost: return locale.toString(team.value(u"teamCost").toDouble(), 'f', 2);
        default: break;
        }
        // "bot" is the strategy's name when a bot plays the seat (nobody joined, or the
        // facilitator handed it over), absent when a person does.
        const QString bot = seat.value(u"bot").toString();
        const QString name = seat.value(u"name").toString();
        const QString who = bot.isEmpty() ? name : name.isEmpty() ? botName(bot) : tr("%1 (%2)").arg(name, botName(bot));
        const QString mark = finished                          ? QString()
                             : !bot.isEmpty()                  ? tr("  ✓ ready")
                             : seat.value(u"ordered").toBool() ? tr("  ✓ ordered")
                                                               : tr("  … waiting");
        return tr("%1%2\nstock %3 · backlog %4\nin transit %5")
            .arg(who, mark, locale.toString(seat.value(u"inventory").toInt()),
                 locale.toString(seat.value(u"backlog").toInt()), locale.toString(seat.value(u"inTransit").toInt()));
    }
    if (role == Qt::ToolTipRole && !key.isEmpty()) {
        return tr("%1 — %2. Cost so far %3; last order %4. Seat ▾ (or a right-click) hands it to a bot, or "
                  "corrects the stock.")
            .arg(headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString(),
                 seat.value(u"ordered").toBool() ? tr("has ordered") : tr("waiting for the order"),
                 locale.toString(seat.value(u"cumulativeCost").toDouble(), 'f', 2),
                 seat.value(u"lastOrder").isNull() ? tr("none") : locale.toString(seat.value(u"lastOrder").toInt()));
    }
    if (role == Qt::ForegroundRole && !key.isEmpty() && seat.value(u"backlog").toInt() > 0)
        return QBrush(QColor(0xc2, 0x41, 0x0c)); // backlog: the number the debrief is about
    return {};
}

} // namespace steward::ui
