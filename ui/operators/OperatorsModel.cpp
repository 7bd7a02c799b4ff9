// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorsModel.h"

#include "ui/widgets/TimeText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace steward::ui {

void OperatorsModel::setOperators(const QJsonArray &operators)
{
    QJsonArray rows;
    for (const QJsonValue &v : operators) {
        QJsonObject o = v.toObject();
        const QString id = o.value(u"id").toString();
        auto serial = m_serial.constFind(id);
        if (serial == m_serial.constEnd())
            serial = m_serial.insert(id, m_serial.size() + 1);
        o.insert(u"operatorId"_s, id);
        o.insert(u"id"_s, *serial);
        rows.append(o);
    }
    setRows(rows);
}

QString OperatorsModel::money(qint64 minorUnits)
{
    return QLocale().toString(double(minorUnits) / 100.0, 'f', 2);
}

QString OperatorsModel::statusName(const QString &status)
{
    if (status == u"active")
        return tr("active");
    if (status == u"suspended")
        return tr("suspended");
    return status;
}

int OperatorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QJsonObject &row = rowAt(index.row());
    const QJsonObject webhook = row.value(u"webhook").toObject();
    const bool reachable = webhook.value(u"reachable").toBool(true);
    if (role == Qt::ForegroundRole) {
        if ((index.column() == Webhook && !reachable)
            || (index.column() == Status && row.value(u"status").toString() != u"active"))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        if (c == MinBet || c == MaxBet || c == MaxWin || c == Pending)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == LastError && webhook.value(u"lastErrorAt").toInteger() > 0)
            return tr("%1 (at %2)").arg(webhook.value(u"lastError").toString(),
                                        timeText(webhook.value(u"lastErrorAt").toInteger()));
        if (index.column() == Webhook)
            return row.value(u"webhookUrl").toString();
        return {};
    }
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    const bool raw = role == RawRole;
    switch (index.column()) {
    case Name: return row.value(u"name").toString();
    case Id: return row.value(u"operatorId").toString();
    case Status: return raw ? row.value(u"status").toString() : statusName(row.value(u"status").toString());
    case KeyId: return row.value(u"keyId").toString();
    case Currency: return row.value(u"currency").toString();
    case MinBet:
    case MaxBet:
    case MaxWin: {
        const qint64 v = row.value(index.column() == MinBet ? u"minBet" : index.column() == MaxBet ? u"maxBet" : u"maxWin")
                             .toInteger();
        return raw ? QVariant(v) : QVariant(money(v));
    }
    case Webhook:
        if (raw)
            return reachable;
        return reachable ? tr("reachable") : tr("unreachable");
    case Pending: return raw ? QVariant(webhook.value(u"pending").toInt()) : QVariant(QLocale().toString(webhook.value(u"pending").toInt()));
    case LastError: return webhook.value(u"lastError").toString();
    case SecretRotatedAt: {
        const qint64 at = row.value(u"secretRotatedAt").toInteger();
        return raw ? QVariant(at) : QVariant(timeText(at));
    }
    default: return {};
    }
}

QVariant OperatorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Id: return tr("Id");
    case Status: return tr("Status");
    case KeyId: return tr("Key id");
    case Currency: return tr("Currency");
    case MinBet: return tr("Min bet");
    case MaxBet: return tr("Max bet");
    case MaxWin: return tr("Max win");
    case Webhook: return tr("Webhook");
    case Pending: return tr("Pending calls");
    case LastError: return tr("Last webhook error");
    case SecretRotatedAt: return tr("Secret rotated");
    default: return {};
    }
}

} // namespace steward::ui
