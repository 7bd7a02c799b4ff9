// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignReplayView.h"

#include "SovereignMapWidget.h"
#include "SovereignStandingsTable.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
constexpr int KeyframeEvery = 30; // positions between keyframes, as the web viewer keeps them
constexpr int SideMinimumWidth = 420;
constexpr int Speeds[]{1, 2, 4, 8};

QString clockText(qint64 tick, int tickMs)
{
    const qint64 seconds = std::max<qint64>(0, tick * tickMs / 1000);
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}
} // namespace

SovereignReplayView::SovereignReplayView(QWidget *parent)
    : QDialog(parent), m_title(new QLabel), m_facts(new QLabel), m_map(new SovereignMapWidget),
      m_standingsTabs(new QTabWidget), m_moment(new SovereignStandingsTable), m_finalReason(new QLabel),
      m_final(new SovereignStandingsTable), m_verdict(new QLabel), m_inputHash(new QLineEdit),
      m_stateHash(new QLineEdit), m_command(new QLineEdit), m_save(new QPushButton(tr("&Save the replay…"))),
      m_play(new QPushButton(tr("&Play"))), m_back(new QPushButton(tr("−1 s"))), m_forward(new QPushButton(tr("+1 s"))),
      m_speedBox(new QComboBox), m_slider(new QSlider(Qt::Horizontal)), m_time(new QLabel), m_clock(new QTimer(this))
{
    setWindowTitle(tr("Sovereign Lines replay"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setWeight(QFont::DemiBold);
    m_title->setFont(big);
    m_facts->setWordWrap(true);

    // The moment: the standings at the second shown, beside the final ones. Its last column says
    // who was still in then.
    m_moment->horizontalHeaderItem(SovereignStandingsTable::Status)->setText(tr("Then"));
    m_moment->setAccessibleName(tr("Standings at the moment shown"));
    m_finalReason->setWordWrap(true);
    auto *finalPage = new QWidget;
    auto *finalLayout = new QVBoxLayout(finalPage);
    finalLayout->addWidget(m_finalReason);
    finalLayout->addWidget(m_final, 1);
    m_standingsTabs->addTab(m_moment, QString());
    m_standingsTabs->addTab(finalPage, tr("Final standings"));
    m_standingsTabs->setMinimumWidth(SideMinimumWidth);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_map);
    split->addWidget(m_standingsTabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    // The facts anyone can check with steward-verify (docs/verify.md), whole and selectable to
    // copy: under everything, as wide as the window.
    auto *checkBox = new QGroupBox(tr("Check it yourself"));
    m_verdict->setWordWrap(true);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    for (QLineEdit *e : {m_inputHash, m_stateHash, m_command}) {
        e->setReadOnly(true);
        e->setFont(mono);
    }
    m_inputHash->setAccessibleName(tr("Input hash"));
    m_stateHash->setAccessibleName(tr("Final state hash"));
    m_command->setAccessibleName(tr("Command to check it"));
    m_save->setToolTip(tr("Saves the replay as the host sent it, for steward-verify --file."));
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdict, 1);
    verdictRow->addWidget(m_save);
    auto *checkForm = new QFormLayout;
    checkForm->addRow(tr("Input hash"), m_inputHash);
    checkForm->addRow(tr("Final state hash"), m_stateHash);
    checkForm->addRow(tr("Check with"), m_command);
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addLayout(verdictRow);
    checkLayout->addLayout(checkForm);

    for (int speed : Speeds)
        m_speedBox->addItem(tr("%1×").arg(speed), speed);
    m_speedBox->setAccessibleName(tr("Speed"));
    m_speedBox->setToolTip(tr("Seconds of the match played in one second"));
    m_slider->setSingleStep(1);
    m_slider->setPageStep(10);
    m_slider->setAccessibleName(tr("Time in the match"));
    m_play->setCheckable(true);
    m_play->setToolTip(tr("Plays the match from the second shown (Space)"));
    m_back->setToolTip(tr("One second back (Left; with Shift, ten)"));
    m_forward->setToolTip(tr("One second on (Right; with Shift, ten)"));
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(u"00:00 / 00:00"_s) + 8);
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_back);
    controls->addWidget(m_forward);
    controls->addWidget(m_speedBox);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_time);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(split, 1);
    layout->addLayout(controls);
    layout->addWidget(checkBox);
    resize(1280, 860);
    m_slider->setFocus(); // the arrows, Home and End move through the match at once
    // Enter in the dialog presses nothing: a save dialog or a jump to the start by accident helps nobody.
    for (QPushButton *b : {m_save, m_play, m_back, m_forward})
        b->setAutoDefault(false);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) { seek(value); });
    connect(m_play, &QPushButton::toggled, this, [this](bool on) { setPlaying(on); });
    connect(m_back, &QPushButton::clicked, this, [this] { seek(m_position - 1); });
    connect(m_forward, &QPushButton::clicked, this, [this] { seek(m_position + 1); });
    connect(m_speedBox, &QComboBox::currentIndexChanged, this, [this] { setSpeed(m_speedBox->currentData().toInt()); });
    connect(m_save, &QPushButton::clicked, this, &SovereignReplayView::saveReplay);
    connect(m_clock, &QTimer::timeout, this, [this] {
        seek(m_position + 1);
        if (m_position >= positions())
            setPlaying(false);
    });
}

SovereignReplayView::~SovereignReplayView() = default;

void SovereignReplayView::setReplay(const QJsonObject &replay, const QString &joinCode, const QUrl &hostUrl)
{
    setPlaying(false);
    m_replay = replay;
    m_start = replay.value(u"start").toObject();
    m_frames = replay.value(u"frames").toArray();
    m_tickMs = std::max(1,
                        replay.value(u"config").toObject().value(u"tickMs").toInt(m_start.value(u"tickMs").toInt(50)));

    const QJsonArray regions = m_start.value(u"map").toObject().value(u"regions").toArray();
    m_regionHexes.assign(std::size_t(regions.size()), 0);
    for (qsizetype id = 0; id < regions.size(); ++id) {
        const QJsonArray r = regions.at(id).toArray();
        if (r.at(0).toString() != u"water")
            m_regionHexes[std::size_t(id)] = r.at(1).toInt();
    }
    // Position 0 from the start's regions, then a keyframe every KeyframeEvery positions.
    State state{std::vector<int>(m_regionHexes.size(), -1), std::vector<int>(m_regionHexes.size(), 0)};
    const QJsonObject startRegions = m_start.value(u"regions").toObject();
    for (auto it = startRegions.begin(); it != startRegions.end(); ++it) {
        const int id = it.key().toInt();
        if (id < 0 || std::size_t(id) >= state.owners.size())
            continue;
        state.owners[std::size_t(id)] = it.value().toArray().at(0).toInt(-1);
        state.troops[std::size_t(id)] = it.value().toArray().at(1).toInt();
    }
    m_keyframes = {state};
    for (int k = 1; k <= int(m_frames.size()); ++k) {
        applyFrame(m_frames.at(k - 1).toObject(), state);
        if (k % KeyframeEvery == 0)
            m_keyframes.push_back(state);
    }

    const int players = int(m_start.value(u"players").toObject().size());
    const qint64 endTick = replay.value(u"endTick").toInteger(tickAt(positions()));
    m_title->setText(joinCode.isEmpty() ? tr("Replay of Sovereign Lines")
                                        : tr("Replay of Sovereign Lines · join code %1").arg(joinCode));
    m_facts->setText(tr("%n players, %1 played. The map and the standings at any second, played again by the host "
                        "from the match's inputs.",
                        nullptr, players)
                         .arg(clockText(endTick, m_tickMs)));

    // The end: the host's standings, with each player's land and troops in the last frame.
    const QJsonObject startPlayers = m_start.value(u"players").toObject();
    const State end = stateAt(positions());
    const auto last = playersAt(positions(), end);
    QJsonArray standings;
    for (const QJsonValue &v : replay.value(u"standings").toArray()) {
        const int n = v.toInt();
        const auto held = n >= 0 && n < last.size() ? last.at(n) : std::pair<int, int>{0, 0};
        standings.append(QJsonObject{{u"player"_s, n},
                                     {u"name"_s, startPlayers.value(QString::number(n)).toObject().value(u"name")},
                                     {u"hexes"_s, held.first},
                                     {u"troops"_s, held.second},
                                     {u"alive"_s, held.first > 0}});
    }
    const QJsonObject result{{u"reason"_s, replay.value(u"endReason")}, {u"standings"_s, standings}};
    m_finalReason->setText(SovereignStandingsTable::reasonText(result));
    m_final->setResult(result, colours());
    showVerification(hostUrl);

    m_slider->setRange(0, positions());
    m_position = -1; // whatever the slider says, draw position 0
    seek(0);
}

void SovereignReplayView::showVerification(const QUrl &hostUrl)
{
    const bool matches = m_replay.value(u"matchesHost").toBool();
    m_verdict->setText(matches ? tr("The host played the match again from its inputs and reached the state it "
                                    "recorded: the replay matches.")
                               : tr("The host played the match again from its inputs and did NOT reach the state "
                                    "it recorded: the replay does not match."));
    m_verdict->setStyleSheet(matches ? u"color: #067647; font-weight: 600;"_s : u"color: #b42318; font-weight: 600;"_s);
    m_inputHash->setText(m_replay.value(u"inputHash").toString());
    m_stateHash->setText(m_replay.value(u"stateHash").toString());
    const bool chain = m_replay.value(u"contract").isString();
    // The token is left for the reader to fill in: a command to copy is no place for it.
    m_command->setText(u"steward-verify --sovereign --host %1 --game %2 --token TOKEN%3"_s.arg(
        hostUrl.isEmpty() ? u"http://HOST:PORT"_s : hostUrl.toString(QUrl::RemovePath | QUrl::StripTrailingSlash),
        m_replay.value(u"gameId").toString(), chain ? QString() : u" --no-chain"_s));
    for (QLineEdit *e : {m_inputHash, m_stateHash, m_command})
        e->setCursorPosition(0);
}

int SovereignReplayView::positions() const
{
    return int(m_frames.size());
}

void SovereignReplayView::applyFrame(const QJsonObject &frame, State &state) const
{
    const QJsonArray r = frame.value(u"regions").toArray();
    for (qsizetype j = 0; j + 2 < r.size(); j += 3) {
        const int id = r.at(j).toInt();
        if (id < 0 || std::size_t(id) >= state.owners.size())
            continue;
        state.owners[std::size_t(id)] = r.at(j + 1).toInt();
        state.troops[std::size_t(id)] = r.at(j + 2).toInt();
    }
}

SovereignReplayView::State SovereignReplayView::stateAt(int position) const
{
    if (m_keyframes.empty())
        return {};
    const int p = std::clamp(position, 0, positions());
    const std::size_t key = std::min(std::size_t(p / KeyframeEvery), m_keyframes.size() - 1);
    State state = m_keyframes[key];
    for (int k = int(key) * KeyframeEvery + 1; k <= p; ++k)
        applyFrame(m_frames.at(k - 1).toObject(), state);
    return state;
}

qint64 SovereignReplayView::tickAt(int position) const
{
    if (position <= 0 || m_frames.isEmpty())
        return m_start.value(u"tick").toInteger();
    return m_frames.at(std::min(position, positions()) - 1).toObject().value(u"tick").toInteger();
}

QString SovereignReplayView::timeAt(int position) const
{
    return clockText(tickAt(position), m_tickMs);
}

QList<std::pair<int, int>> SovereignReplayView::playersAt(int position, const State &state) const
{
    const int players = int(m_start.value(u"players").toObject().size());
    QList<std::pair<int, int>> out(players, {0, 0});
    if (position > 0 && position <= positions()) {
        const QJsonArray given = m_frames.at(position - 1).toObject().value(u"players").toArray();
        for (qsizetype i = 0; i < given.size() && i < out.size(); ++i)
            out[i] = {given.at(i).toArray().at(0).toInt(), given.at(i).toArray().at(1).toInt()};
        return out;
    }
    // The start has no counts of its own: they are summed from its regions.
    for (std::size_t id = 0; id < state.owners.size(); ++id) {
        const int owner = state.owners[id];
        if (owner < 0 || owner >= out.size())
            continue;
        out[owner].first += m_regionHexes[id];
        out[owner].second += state.troops[id];
    }
    return out;
}

QHash<int, int> SovereignReplayView::colours() const
{
    QHash<int, int> out;
    const QJsonObject players = m_start.value(u"players").toObject();
    for (auto it = players.begin(); it != players.end(); ++it)
        out.insert(it.key().toInt(), it.value().toObject().value(u"colour").toInt());
    return out;
}

QJsonObject SovereignReplayView::regionsAt(int position) const
{
    return regionsOf(stateAt(position));
}

QJsonObject SovereignReplayView::regionsOf(const State &state) const
{
    QJsonObject regions;
    for (std::size_t id = 0; id < state.owners.size(); ++id) {
        if (m_regionHexes[id] > 0)
            regions.insert(QString::number(id), QJsonArray{state.owners[id], state.troops[id]});
    }
    return regions;
}

void SovereignReplayView::seek(int position)
{
    const int p = std::clamp(position, 0, positions());
    if (p == m_position)
        return;
    m_position = p;
    const State state = stateAt(p);
    const QJsonObject regions = regionsOf(state);
    // The map as the host's view would have it at that second: no marches, nothing to pick.
    m_map->setView({{u"gameId"_s, m_replay.value(u"gameId")},
                    {u"map"_s, m_start.value(u"map")},
                    {u"phase"_s, u"over"_s},
                    {u"tick"_s, tickAt(p)},
                    {u"tickMs"_s, m_tickMs},
                    {u"regions"_s, regions},
                    {u"players"_s, m_start.value(u"players")}});

    // The standings then: most land, then most troops, then the player's number.
    const QJsonObject startPlayers = m_start.value(u"players").toObject();
    const auto held = playersAt(p, state);
    QList<int> order;
    for (int n = 0; n < held.size(); ++n)
        order << n;
    std::stable_sort(order.begin(), order.end(), [&held](int a, int b) {
        if (held[a].first != held[b].first)
            return held[a].first > held[b].first;
        return held[a].second > held[b].second;
    });
    QJsonArray standings;
    for (int n : std::as_const(order))
        standings.append(QJsonObject{{u"player"_s, n},
                                     {u"name"_s, startPlayers.value(QString::number(n)).toObject().value(u"name")},
                                     {u"hexes"_s, held[n].first},
                                     {u"troops"_s, held[n].second},
                                     {u"alive"_s, p == 0 || held[n].first > 0}});
    m_moment->setResult({{u"standings"_s, standings}}, colours());
    m_standingsTabs->setTabText(0, tr("Standings at %1").arg(timeAt(p)));

    const QSignalBlocker quietSlider(m_slider);
    m_slider->setValue(p);
    m_time->setText(u"%1 / %2"_s.arg(timeAt(p), timeAt(positions())));
    m_back->setEnabled(p > 0);
    m_forward->setEnabled(p < positions());
}

bool SovereignReplayView::isPlaying() const
{
    return m_clock->isActive();
}

void SovereignReplayView::setPlaying(bool playing)
{
    if (playing && m_position >= positions())
        seek(0); // from the start again
    if (playing && positions() > 0)
        m_clock->start(1000 / m_speed);
    else
        m_clock->stop();
    const QSignalBlocker quiet(m_play);
    m_play->setChecked(isPlaying());
    m_play->setText(isPlaying() ? tr("&Pause") : tr("&Play"));
}

void SovereignReplayView::setSpeed(int speed)
{
    m_speed = std::find(std::begin(Speeds), std::end(Speeds), speed) != std::end(Speeds) ? speed : 1;
    const QSignalBlocker quiet(m_speedBox);
    m_speedBox->setCurrentIndex(m_speedBox->findData(m_speed));
    if (isPlaying())
        m_clock->start(1000 / m_speed);
}

void SovereignReplayView::keyPressEvent(QKeyEvent *event)
{
    const int step = event->modifiers() & Qt::ShiftModifier ? 10 : 1;
    switch (event->key()) {
    case Qt::Key_Space: setPlaying(!isPlaying()); return;
    case Qt::Key_Left: seek(m_position - step); return;
    case Qt::Key_Right: seek(m_position + step); return;
    case Qt::Key_Home: seek(0); return;
    case Qt::Key_End: seek(positions()); return;
    default: QDialog::keyPressEvent(event);
    }
}

void SovereignReplayView::saveReplay()
{
    const QString name = u"sovereign-%1-replay.json"_s.arg(m_replay.value(u"gameId").toString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the replay"), name, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(m_replay).toJson(QJsonDocument::Compact)) < 0)
        m_facts->setText(tr("The replay could not be saved: %1").arg(file.errorString()));
}

} // namespace steward::ui
