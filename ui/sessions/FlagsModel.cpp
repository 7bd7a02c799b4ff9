// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlagsModel.h"

#include "FlagMarker.h"
#include "ui/widgets/TimeText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
QString playerIdOf(const QJsonObject &flag)
{
    return flag.value(u"playerId").toString();
}
} // namespace

void FlagsModel::setFlags(const QJsonArray &flags, const QHash<QString, QString> &joinCodes)
{
    QList<QJsonObject> next;
    next.reserve(flags.size());
    for (const QJsonValue &v : flags)
        next.append(v.toObject());
    bool samePlayers = next.size() == m_flags.size();
    for (qsizetype i = 0; samePlayers && i < next.size(); ++i)
        samePlayers = playerIdOf(next.at(i)) == playerIdOf(m_flags.at(i));
    if (!samePlayers) {
        // Another player flagged, or another most recent: the order changed, and the view starts over.
        beginResetModel();
        m_flags = next;
        m_joinCodes = joinCodes;
        endResetModel();
        return;
    }
    const bool codesChanged = joinCodes != m_joinCodes;
    m_joinCodes = joinCodes;
    for (qsizetype i = 0; i < next.size(); ++i) {
        if (codesChanged || next.at(i) != m_flags.at(i)) {
            m_flags[i] = next.at(i);
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
}

int FlagsModel::rowOf(const QString &playerId) const
{
    for (qsizetype i = 0; i < m_flags.size(); ++i) {
        if (playerIdOf(m_flags.at(i)) == playerId)
            return int(i);
    }
    return -1;
}

int FlagsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flags.size());
}

int FlagsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlagsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QJsonObject &flag = m_flags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Player: return flag.value(u"name").toString(playerIdOf(flag));
        case Game: {
            const QString gameId = flag.value(u"gameId").toString();
            return m_joinCodes.value(gameId, gameId);
        }
        case Codes: return FlagMarker::codesText(flag);
        case Count: return QLocale().toString(flag.value(u"count").toInteger());
        case First: return timeText(flag.value(u"firstAtMs").toInteger());
        case Last: return timeText(flag.value(u"lastAtMs").toInteger());
        default: return {};
        }
    case Qt::DecorationRole: return index.column() == Player ? QVariant(FlagMarker::icon()) : QVariant();
    case Qt::ToolTipRole: return FlagMarker::tooltip(flag);
    case Qt::TextAlignmentRole:
        return index.column() == Count ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case PlayerIdRole: return playerIdOf(flag);
    default: return {};
    }
}

QVariant FlagsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Player: return tr("Player");
    case Game: return tr("Game");
    case Codes: return tr("Refused with");
    case Count: return tr("Refusals");
    case First: return tr("First");
    case Last: return tr("Last");
    default: return {};
    }
}

} // namespace steward::ui
