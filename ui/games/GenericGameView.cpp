// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenericGameView.h"

#include "ui/widgets/TableRows.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
QString fieldText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? GenericGameView::tr("yes") : GenericGameView::tr("no");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}
} // namespace

GenericGameView::GenericGameView(QWidget *parent)
    : GameView(parent), m_title(new QLabel), m_note(new QLabel), m_fields(new QTableWidget(0, 2))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_note->setWordWrap(true);
    m_note->setText(tr("This console does not know this kind of game: here is what the host says of it. Players "
                       "join it from their browsers as usual."));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setAccessibleName(tr("What the host says of this game"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_fields, 1);
}

void GenericGameView::setView(const QJsonObject &view)
{
    m_view = view;
    m_title->setText(tr("%1 — join code %2")
                         .arg(view.value(u"kind").toString(), view.value(u"joinCode").toString()));
    const QStringList keys = view.keys();
    m_fields->setRowCount(int(keys.size()));
    for (int r = 0; r < keys.size(); ++r)
        setRowTexts(m_fields, r, {keys.at(r), fieldText(view.value(keys.at(r)))});
}

} // namespace steward::ui
