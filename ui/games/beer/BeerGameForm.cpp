// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerGameForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace steward::ui {

BeerGameForm::BeerGameForm(QWidget *parent)
    : NewGameForm(parent), m_preset(new QComboBox), m_teams(new QSpinBox), m_advance(new QComboBox),
      m_weekSeconds(new QSpinBox)
{
    m_preset->addItem(tr("Classic: demand 4, then 8 from week 5; 36 weeks"), u"classic"_s);
    m_preset->addItem(tr("Short demo: 12 weeks, the step at week 3"), u"shortDemo"_s);
    m_preset->addItem(tr("Random demand: around 8 a week"), u"randomDemand"_s);
    m_preset->addItem(tr("Information sharing: everyone sees customer demand"), u"infoSharing"_s);
    m_teams->setRange(1, 50);
    m_teams->setValue(8);
    m_teams->setSuffix(tr(" teams"));
    m_advance->addItem(tr("Each team moves on when its orders are in"), u"whenAllOrdered"_s);
    m_advance->addItem(tr("Only when I press Advance"), u"manual"_s);
    m_weekSeconds->setRange(0, 86400);
    m_weekSeconds->setSpecialValueText(tr("No timer"));
    m_weekSeconds->setSuffix(tr(" s"));
    m_weekSeconds->setToolTip(tr("After this many seconds a bot orders for whoever has not."));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(tr("&Teams of four:"), m_teams);
    form->addRow(tr("&Weeks advance:"), m_advance);
    form->addRow(tr("Week &timer:"), m_weekSeconds);

    connect(m_teams, &QSpinBox::valueChanged, this, &NewGameForm::changed);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &NewGameForm::changed);
}

QJsonObject BeerGameForm::config() const
{
    QJsonObject c{{u"preset"_s, m_preset->currentData().toString()},
                  {u"teams"_s, m_teams->value()},
                  {u"advance"_s, m_advance->currentData().toString()}};
    if (m_weekSeconds->value() > 0)
        c.insert(u"weekSeconds"_s, m_weekSeconds->value());
    return c;
}

QString BeerGameForm::summary() const
{
    return tr("Seats in all: %n. Seats nobody takes are played by a bot.", nullptr, m_teams->value() * 4);
}

} // namespace steward::ui
