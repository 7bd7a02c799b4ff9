// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewOperatorForm.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
QDoubleSpinBox *amountBox(double value)
{
    auto *box = new QDoubleSpinBox;
    box->setDecimals(2);
    box->setRange(0, 1e10); // 10¹² minor units, the largest stake the reports are sized for
    box->setGroupSeparatorShown(true);
    box->setValue(value);
    return box;
}

qint64 minorUnits(const QDoubleSpinBox *box)
{
    return qint64(std::llround(box->value() * 100.0));
}
} // namespace

NewOperatorForm::NewOperatorForm(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit), m_webhook(new QLineEdit), m_currency(new QLineEdit), m_region(new QLineEdit),
      m_minBet(amountBox(1)), m_maxBet(amountBox(100)), m_maxWin(amountBox(10'000)), m_error(new QLabel),
      m_create(new QPushButton(tr("Create operator")))
{
    m_name->setPlaceholderText(tr("Acme Bets"));
    m_webhook->setPlaceholderText(tr("https://wallet.example.com/steward"));
    m_currency->setPlaceholderText(u"EUR"_s);
    m_currency->setMaxLength(8);
    // Where the operator's players are (ISO 3166 or UN M.49), as the regulator's export needs it.
    m_region->setPlaceholderText(u"DE"_s);
    m_region->setMaxLength(3);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b02020;"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Webhook URL:"), m_webhook);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("M&in bet:"), m_minBet);
    form->addRow(tr("M&ax bet:"), m_maxBet);
    form->addRow(tr("Max &win per round:"), m_maxWin);

    auto *cancel = new QPushButton(tr("Cancel"));
    connect(cancel, &QPushButton::clicked, this, &NewOperatorForm::cancelled);
    connect(m_create, &QPushButton::clicked, this, &NewOperatorForm::createRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_create);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
}

QJsonObject NewOperatorForm::spec() const
{
    return {{u"name"_s, m_name->text().trimmed()},
            {u"webhookUrl"_s, m_webhook->text().trimmed()},
            {u"currency"_s, m_currency->text().trimmed().toUpper()},
            {u"region"_s, m_region->text().trimmed().toUpper()},
            {u"minBet"_s, minorUnits(m_minBet)},
            {u"maxBet"_s, minorUnits(m_maxBet)},
            {u"maxWin"_s, minorUnits(m_maxWin)}};
}

void NewOperatorForm::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString NewOperatorForm::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void NewOperatorForm::setBusy(bool busy)
{
    m_create->setEnabled(!busy);
}

void NewOperatorForm::reset()
{
    m_name->clear();
    m_webhook->clear();
    m_currency->clear();
    m_region->clear();
    setError({});
    setBusy(false);
}

} // namespace steward::ui
