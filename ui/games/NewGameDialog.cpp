// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewGameDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

NewGameDialog::NewGameDialog(QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox), m_preset(new QComboBox), m_teams(new QSpinBox),
      m_advance(new QComboBox), m_weekSeconds(new QSpinBox), m_periodSeconds(new QSpinBox), m_summary(new QLabel),
      m_error(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)),
      m_beerFields(new QWidget), m_roundsFields(new QWidget)
{
    setWindowTitle(tr("New game"));
    m_kind->addItem(tr("Beer Distribution Game"), u"beer"_s);
    m_kind->addItem(tr("Rounds table (a number every few seconds)"), u"rounds"_s);

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

    auto *beer = new QFormLayout(m_beerFields);
    beer->setContentsMargins(0, 0, 0, 0);
    beer->addRow(tr("&Preset:"), m_preset);
    beer->addRow(tr("&Teams of four:"), m_teams);
    beer->addRow(tr("&Weeks advance:"), m_advance);
    beer->addRow(tr("Week &timer:"), m_weekSeconds);

    m_periodSeconds->setObjectName(u"periodSeconds"_s);
    m_periodSeconds->setRange(5, 600);
    m_periodSeconds->setValue(10);
    m_periodSeconds->setSuffix(tr(" s"));
    auto *rounds = new QFormLayout(m_roundsFields);
    rounds->setContentsMargins(0, 0, 0, 0);
    rounds->addRow(tr("A round &every:"), m_periodSeconds);

    auto *top = new QFormLayout;
    top->addRow(tr("&Game:"), m_kind);

    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: palette(link); font-weight: 600;"_s);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_beerFields);
    layout->addWidget(m_roundsFields);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewGameDialog::updateForKind);
    const auto refresh = [this] { updateForKind(); };
    connect(m_teams, &QSpinBox::valueChanged, this, refresh);
    connect(m_preset, &QComboBox::currentIndexChanged, this, refresh);
    updateForKind();
    m_kind->setFocus();
}

QString NewGameDialog::kind() const
{
    return m_kind->currentData().toString();
}

QJsonObject NewGameDialog::config() const
{
    if (kind() == u"rounds")
        return {{u"periodMs"_s, m_periodSeconds->value() * 1000}};
    QJsonObject c{{u"preset"_s, m_preset->currentData().toString()},
                  {u"teams"_s, m_teams->value()},
                  {u"advance"_s, m_advance->currentData().toString()}};
    if (m_weekSeconds->value() > 0)
        c.insert(u"weekSeconds"_s, m_weekSeconds->value());
    return c;
}

void NewGameDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void NewGameDialog::updateForKind()
{
    const bool beer = kind() == u"beer";
    m_beerFields->setVisible(beer);
    m_roundsFields->setVisible(!beer);
    m_summary->setText(beer ? tr("Seats in all: %n. Seats nobody takes are played by a bot.", nullptr,
                                 m_teams->value() * 4)
                            : tr("Players bet play chips from their browsers; the seed of every round is "
                                 "committed before betting opens."));
    showError({});
}

} // namespace steward::ui
