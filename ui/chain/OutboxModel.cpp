// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxModel.h"

#include "ui/widgets/TimeText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
QString keyOf(int column)
{
    switch (column) {
    case OutboxModel::Id: return u"id"_s;
    case OutboxModel::Game: return u"gameId"_s;
    case OutboxModel::Kind: return u"kind"_s;
    case OutboxModel::Status: return u"status"_s;
    case OutboxModel::Nonce: return u"nonce"_s;
    case OutboxModel::TxHash: return u"txHash"_s;
    case OutboxModel::Block: return u"block"_s;
    case OutboxModel::GasUsed: return u"gasUsed"_s;
    case OutboxModel::Attempts: return u"attempts"_s;
    case OutboxModel::Reason: return u"reason"_s;
    case OutboxModel::Updated: return u"updatedAt"_s;
    default: return {};
    }
}

bool isNumber(int column)
{
    return column == OutboxModel::Id || column == OutboxModel::Nonce || column == OutboxModel::Block
        || column == OutboxModel::GasUsed || column == OutboxModel::Attempts;
}
} // namespace

QString OutboxModel::statusName(const QString &status)
{
    if (status == u"queued")
        return tr("queued");
    if (status == u"sent")
        return tr("sent");
    if (status == u"confirmed")
        return tr("confirmed");
    if (status == u"failed")
        return tr("failed");
    if (status == u"cancelled")
        return tr("given up");
    return status;
}

QString OutboxModel::shortHash(const QString &hash)
{
    if (hash.size() <= 20)
        return hash;
    return hash.left(10) + u'…' + hash.right(8);
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QJsonObject &row = rowAt(index.row());
    const int column = index.column();
    const QJsonValue value = row.value(keyOf(column));
    switch (role) {
    case RawRole:
        return value.toVariant();
    case Qt::DisplayRole:
        if (value.isNull() || value.isUndefined())
            return QString();
        if (column == Status)
            return statusName(value.toString());
        if (column == TxHash)
            return shortHash(value.toString());
        if (column == Updated)
            return timeText(value.toInteger());
        if (column == Id || column == Nonce)
            return QString::number(value.toInteger()); // an identifier: no thousands separator
        if (isNumber(column))
            return QLocale().toString(value.toInteger());
        return value.toString();
    case Qt::ToolTipRole:
        if (column == TxHash && value.isString())
            return value.toString();
        if (column == Kind || column == Game)
            return tr("Intent %1").arg(row.value(u"intentId").toString());
        if (column == Reason && value.isString())
            return value.toString();
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumber(column) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // A failed intent is the one thing here that needs a person's attention.
        if (row.value(u"status").toString() == u"failed" && (column == Status || column == Reason))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Id: return tr("The outbox row, in the order the games queued them");
        case Kind: return tr("What the row records: an order, a role's inventory, or a week's result");
        case Nonce: return tr("The operator account's transaction number");
        case Block: return tr("The block the transaction was mined in");
        case GasUsed: return tr("Gas the transaction used");
        case Attempts: return tr("Transactions signed for this row: resends with higher fees and retries count too");
        case Reason: return tr("Why the chain refused it");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("#");
    case Game: return tr("Game");
    case Kind: return tr("Kind");
    case Status: return tr("Status");
    case Nonce: return tr("Nonce");
    case TxHash: return tr("Transaction");
    case Block: return tr("Block");
    case GasUsed: return tr("Gas used");
    case Attempts: return tr("Attempts");
    case Reason: return tr("Reason");
    case Updated: return tr("Updated");
    default: return {};
    }
}

} // namespace steward::ui
