// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorForm.h"

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

OperatorForm::OperatorForm(QWidget *parent)
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
    connect(cancel, &QPushButton::clicked, this, &OperatorForm::cancelled);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (isEditing())
            emit saveRequested();
        else
            emit createRequested();
    });
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

QJsonObject OperatorForm::spec() const
{
    return {{u"name"_s, m_name->text().trimmed()},
            {u"webhookUrl"_s, m_webhook->text().trimmed()},
            {u"currency"_s, m_currency->text().trimmed().toUpper()},
            {u"region"_s, m_region->text().trimmed().toUpper()},
            {u"minBet"_s, minorUnits(m_minBet)},
            {u"maxBet"_s, minorUnits(m_maxBet)},
            {u"maxWin"_s, minorUnits(m_maxWin)}};
}

void OperatorForm::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString OperatorForm::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void OperatorForm::setBusy(bool busy)
{
    m_create->setEnabled(!busy);
}

void OperatorForm::reset()
{
    m_editing = {};
    m_name->clear();
    m_webhook->clear();
    m_currency->clear();
    m_region->clear();
    m_name->setReadOnly(false);
    m_currency->setReadOnly(false);
    m_create->setText(tr("Create operator"));
    setError({});
    setBusy(false);
}

void OperatorForm::edit(const QJsonObject &op)
{
    reset();
    m_editing = op;
    m_name->setText(op.value(u"name").toString());
    m_webhook->setText(op.value(u"webhookUrl").toString());
    m_currency->setText(op.value(u"currency").toString());
    m_region->setText(op.value(u"region").toString());
    m_minBet->setValue(double(op.value(u"minBet").toInteger()) / 100.0);
    m_maxBet->setValue(double(op.value(u"maxBet").toInteger()) / 100.0);
    m_maxWin->setValue(double(op.value(u"maxWin").toInteger()) / 100.0);
    // The name and the currency are the operator's for good: its bets and reports carry them.
    m_name->setReadOnly(true);
    m_currency->setReadOnly(true);
    m_create->setText(tr("Save changes"));
}

QString OperatorForm::editedOperator() const
{
    // A row of OperatorsModel keeps the operator's id as operatorId (its id is the row's serial).
    return m_editing.value(u"operatorId").toString(m_editing.value(u"id").toString());
}

QList<std::pair<QString, QJsonObject>> OperatorForm::changes() const
{
    QList<std::pair<QString, QJsonObject>> out;
    const QJsonObject now = spec();
    if (now.value(u"minBet") != m_editing.value(u"minBet") || now.value(u"maxBet") != m_editing.value(u"maxBet")
        || now.value(u"maxWin") != m_editing.value(u"maxWin"))
        out.append({u"limits"_s, {{u"minBet"_s, now.value(u"minBet")}, {u"maxBet"_s, now.value(u"maxBet")},
                                  {u"maxWin"_s, now.value(u"maxWin")}}});
    if (now.value(u"webhookUrl") != m_editing.value(u"webhookUrl"))
        out.append({u"webhook"_s, {{u"webhookUrl"_s, now.value(u"webhookUrl")}}});
    if (now.value(u"region") != m_editing.value(u"region"))
        out.append({u"locale"_s, {{u"language"_s, m_editing.value(u"language").toString(u"en"_s)},
                                  {u"region"_s, now.value(u"region")}}});
    return out;
}

} // namespace steward::ui
