// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignGameForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

#include <array>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
// The host's map sizes (docs/games/territory.md): hexes across and down, regions, players.
struct MapSize
{
    QString id;
    int width;
    int height;
    int regions;
    int players;
};
const std::array<MapSize, 4> MapSizes{{{u"small"_s, 24, 16, 40, 8},
                                       {u"medium"_s, 40, 26, 110, 24},
                                       {u"large"_s, 60, 40, 260, 60},
                                       {u"huge"_s, 80, 52, 440, 100}}};
constexpr int DefaultSlots = 8;

const MapSize *mapSize(const QString &id)
{
    for (const MapSize &m : MapSizes) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

QString mapSizeName(const QString &id)
{
    if (id == u"small")
        return SovereignGameForm::tr("Small");
    if (id == u"medium")
        return SovereignGameForm::tr("Medium");
    if (id == u"large")
        return SovereignGameForm::tr("Large");
    return SovereignGameForm::tr("Huge");
}
} // namespace

SovereignGameForm::SovereignGameForm(QWidget *parent)
    : NewGameForm(parent), m_mapSize(new QComboBox), m_slots(new QSpinBox), m_fillWithBots(new QCheckBox),
      m_botStrength(new QComboBox), m_minutes(new QSpinBox)
{
    for (const MapSize &m : MapSizes)
        m_mapSize->addItem(tr("%1: %2 × %3 hexes, %4 regions, up to %5 players")
                               .arg(mapSizeName(m.id))
                               .arg(m.width)
                               .arg(m.height)
                               .arg(m.regions)
                               .arg(m.players),
                           m.id);
    m_mapSize->setObjectName(u"mapSize"_s);
    m_slots->setObjectName(u"slots"_s);
    m_slots->setRange(2, MapSizes.front().players);
    m_slots->setValue(DefaultSlots);
    m_slots->setToolTip(tr("Places in the match, players and bots together."));
    m_fillWithBots->setObjectName(u"fillWithBots"_s);
    m_fillWithBots->setText(tr("Bots take the places nobody joined when you press Start"));
    m_fillWithBots->setChecked(true);
    m_botStrength->setObjectName(u"botStrength"_s);
    m_botStrength->addItem(tr("Mixed: easy and hard in turn"), u"mixed"_s);
    m_botStrength->addItem(tr("Easy: a move every 2 s, now and then none"), u"easy"_s);
    m_botStrength->addItem(tr("Hard: two sure attacks every half second"), u"hard"_s);
    m_botStrength->setToolTip(tr("Bots also play on for a player who leaves the match."));
    m_minutes->setObjectName(u"minutes"_s);
    m_minutes->setRange(3, 60);
    m_minutes->setValue(15);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setToolTip(tr("The match ends then, unless one player holds 70 % of the land first."));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Map:"), m_mapSize);
    form->addRow(tr("&Places:"), m_slots);
    form->addRow(QString(), m_fillWithBots);
    form->addRow(tr("&Bots play:"), m_botStrength);
    form->addRow(tr("&Time limit:"), m_minutes);

    connect(m_mapSize, &QComboBox::currentIndexChanged, this, &SovereignGameForm::mapSizeChanged);
    connect(m_slots, &QSpinBox::valueChanged, this, &NewGameForm::changed);
    connect(m_fillWithBots, &QCheckBox::toggled, this, &NewGameForm::changed);
    connect(m_botStrength, &QComboBox::currentIndexChanged, this, &NewGameForm::changed);
    connect(m_minutes, &QSpinBox::valueChanged, this, &NewGameForm::changed);
}

int SovereignGameForm::playerLimit(const QString &id)
{
    const MapSize *m = mapSize(id);
    return m ? m->players : 0;
}

void SovereignGameForm::mapSizeChanged()
{
    // A bigger map offers more places; a smaller one keeps as many as it holds.
    m_slots->setMaximum(playerLimit(m_mapSize->currentData().toString()));
    emit changed();
}

QJsonObject SovereignGameForm::config() const
{
    return {{u"mapSize"_s, m_mapSize->currentData().toString()},
            {u"slots"_s, m_slots->value()},
            {u"fillWithBots"_s, m_fillWithBots->isChecked()},
            {u"botStrength"_s, m_botStrength->currentData().toString()},
            {u"minutes"_s, m_minutes->value()}};
}

QString SovereignGameForm::summary() const
{
    const QString places = tr("Places: %n.", nullptr, m_slots->value());
    const QString bots = m_fillWithBots->isChecked()
                             ? tr("Bots take the places nobody joined.")
                             : tr("Only those who join play: at least two, or bots are needed.");
    return tr("%1 %2 The match lasts %n minutes, or until one player holds 70 % of the land.", nullptr,
              m_minutes->value())
        .arg(places, bots);
}

QString SovereignGameForm::validate() const
{
    const QString size = m_mapSize->currentData().toString();
    const int limit = playerLimit(size);
    if (m_slots->value() < 2 || m_slots->value() > limit)
        return tr("A map of this size takes 2 to %1 places.").arg(limit);
    return {};
}

} // namespace steward::ui
