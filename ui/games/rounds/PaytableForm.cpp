// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaytableForm.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
const std::array<QString, 4> Kinds{u"exact"_s, u"decade"_s, u"highLow"_s, u"oddEven"_s};
} // namespace

PaytableForm::PaytableForm(QWidget *parent)
    : QWidget(parent), m_tables(new QComboBox), m_message(new QLabel), m_apply(new QPushButton(tr("Apply from the next round")))
{
    m_tables->setAccessibleName(tr("Rounds table"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Table:"), m_tables);
    for (size_t k = 0; k < Kinds.size(); ++k) {
        auto *box = new QDoubleSpinBox;
        box->setDecimals(2);
        box->setRange(1, 10'000);
        box->setSuffix(u" ×"_s);
        m_multipliers[k] = box;
        m_rtp[k] = new QLabel;
        auto *row = new QHBoxLayout;
        row->addWidget(box);
        row->addWidget(m_rtp[k], 1);
        form->addRow(RoundsReportView::kindName(Kinds[k]) + u':', row);
        connect(box, &QDoubleSpinBox::valueChanged, this, &PaytableForm::updateRtp);
    }
    m_message->setWordWrap(true);
    m_message->hide();
    auto *cancel = new QPushButton(tr("Cancel"));
    connect(cancel, &QPushButton::clicked, this, &PaytableForm::cancelled);
    connect(m_apply, &QPushButton::clicked, this, &PaytableForm::applyRequested);
    connect(m_tables, &QComboBox::currentIndexChanged, this, &PaytableForm::loadTable);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
}

void PaytableForm::setTables(const QList<RoundsReportView::Table> &tables)
{
    const QString kept = table();
    m_known = tables;
    {
        const QSignalBlocker quiet(m_tables);
        m_tables->clear();
        for (const auto &t : tables)
            m_tables->addItem(t.label, t.id);
        m_tables->setCurrentIndex(std::max(0, m_tables->findData(kept)));
    }
    if (table() != kept)
        loadTable(); // a table chosen afresh starts from its paytable; one being edited keeps what was typed
    m_apply->setEnabled(!tables.isEmpty());
}

QString PaytableForm::table() const
{
    return m_tables->currentData().toString();
}

bool PaytableForm::selectTable(const QString &tableId)
{
    const int at = m_tables->findData(tableId);
    if (at < 0)
        return false;
    m_tables->setCurrentIndex(at);
    loadTable();
    return true;
}

void PaytableForm::loadTable()
{
    for (const auto &t : std::as_const(m_known)) {
        if (t.id != table())
            continue;
        const QJsonObject paytable = t.paytable.value(u"paytable").toObject();
        const QJsonObject band = t.paytable.value(u"band").toObject();
        m_minRtp = band.value(u"minRtp").toDouble(m_minRtp);
        m_maxRtp = band.value(u"maxRtp").toDouble(m_maxRtp);
        for (size_t k = 0; k < Kinds.size(); ++k) {
            const QJsonObject kind = paytable.value(Kinds[k]).toObject();
            m_winning[k] = kind.value(u"winningNumbers").toInt(m_winning[k]);
            const QSignalBlocker quiet(m_multipliers[k]);
            m_multipliers[k]->setValue(kind.value(u"multiplier").toDouble(1));
        }
    }
    updateRtp();
}

void PaytableForm::updateRtp()
{
    const QLocale locale;
    bool allIn = true;
    for (size_t k = 0; k < Kinds.size(); ++k) {
        // Out of 100 equally likely numbers, `winning` pay the multiplier.
        const double rtp = m_multipliers[k]->value() * m_winning[k];
        const bool in = rtp >= m_minRtp - 1e-9 && rtp <= m_maxRtp + 1e-9;
        allIn = allIn && in;
        m_rtp[k]->setText(in ? tr("RTP %1 %").arg(locale.toString(rtp, 'f', 2))
                             : tr("RTP %1 % — outside %2 – %3 %")
                                   .arg(locale.toString(rtp, 'f', 2), locale.toString(m_minRtp, 'f', 2),
                                        locale.toString(m_maxRtp, 'f', 2)));
        m_rtp[k]->setStyleSheet(in ? QString() : u"color: #b02020; font-weight: 600;"_s);
    }
    m_apply->setEnabled(allIn && !m_known.isEmpty());
}

QString PaytableForm::rtpText(int kind) const
{
    return m_rtp.at(size_t(kind))->text();
}

QJsonObject PaytableForm::body() const
{
    QJsonObject paytable;
    for (size_t k = 0; k < Kinds.size(); ++k)
        paytable.insert(Kinds[k], std::round(m_multipliers[k]->value() * 100.0) / 100.0);
    return {{u"paytable"_s, paytable}};
}

void PaytableForm::setMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? u"color: #b02020;"_s : QString());
    m_message->setVisible(!message.isEmpty());
}

QString PaytableForm::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void PaytableForm::setBusy(bool busy)
{
    m_apply->setEnabled(!busy);
    if (!busy)
        updateRtp();
}

} // namespace steward::ui
