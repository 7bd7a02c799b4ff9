// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignMatchView.h"

#include "SovereignMapWidget.h"
#include "SovereignPlayersTable.h"
#include "SovereignReplayView.h"
#include "SovereignStandingsTable.h"
#include "server/client/HostClient.h"
#include "ui/sessions/FlagMarker.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
constexpr int SideMinimumWidth = 460;
constexpr int SideMaximumWidth = 540;
}

SovereignMatchView::SovereignMatchView(client::HostClient &host, QWidget *parent)
    : GameView(parent), m_host(host), m_title(new QLabel), m_status(new QLabel), m_message(new QLabel),
      m_joinCard(new QPushButton(tr("&Join card"))), m_start(new QPushButton(tr("&Start"))),
      m_end(new QPushButton(tr("&End match…"))), m_replay(new QPushButton(tr("&Replay…"))),
      m_map(new SovereignMapWidget), m_players(new SovereignPlayersTable), m_result(new QGroupBox(tr("Standings"))),
      m_reason(new QLabel), m_standings(new SovereignStandingsTable)
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont status = m_status->font();
    status.setPointSizeF(status.pointSizeF() * 1.15);
    m_status->setFont(status);
    m_status->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->hide();
    m_reason->setWordWrap(true);
    m_start->setToolTip(tr("Starts the match: bots take the empty places if the match was made so, and everyone "
                           "without a start is given one."));
    m_end->setToolTip(tr("Ends the match now and ranks the players by the land they hold. Asks first."));
    m_replay->setToolTip(tr("Plays the match again, second by second, as the host recorded it."));
    m_replay->hide();

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_joinCard, m_start, m_end, m_replay})
        buttons->addWidget(b);
    buttons->addStretch();

    auto *resultLayout = new QVBoxLayout(m_result);
    resultLayout->addWidget(m_reason);
    resultLayout->addWidget(m_standings);
    m_result->hide();
    auto *side = new QWidget;
    // Wide enough for every column of the players without scrolling; the map takes the rest.
    side->setMinimumWidth(SideMinimumWidth);
    side->setMaximumWidth(SideMaximumWidth);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_result, 1);
    sideLayout->addWidget(m_players, 1);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_map);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_start, &QPushButton::clicked, this, [this] { command(u"/api/games/start"_s); });
    connect(m_end, &QPushButton::clicked, this, [this] { endMatch(); });
    connect(m_joinCard, &QPushButton::clicked, this, [this] { emit joinCardRequested(gameId()); });
    connect(m_replay, &QPushButton::clicked, this, &SovereignMatchView::openReplay);
    // The host's flags come with its poll, once a second.
    connect(&m_host, &client::HostClient::polled, this, &SovereignMatchView::showFlags);
}

void SovereignMatchView::showFlags()
{
    m_players->setFlags(FlagMarker::byPlayer(m_host.flags(), gameId()));
}

void SovereignMatchView::openReplay()
{
    const QString id = gameId();
    if (m_replayView && m_replayView->replay().value(u"gameId").toString() == id) {
        m_replayView->show();
        m_replayView->raise();
        m_replayView->activateWindow();
        emit replayOpened(true);
        return;
    }
    m_replay->setEnabled(false);
    m_host.get(u"/api/sovereign/%1/replay"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
               [self = QPointer(this), id](const Result<QJsonObject> &r) {
        if (!self)
            return;
        self->m_replay->setEnabled(true);
        if (!r) {
            self->showMessage(r.error().message, true);
            emit self->replayOpened(false);
            return;
        }
        if (self->m_replayView)
            self->m_replayView->close();
        auto *view = new SovereignReplayView(self);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->setReplay(r.value(), self->m_view.value(u"joinCode").toString(), self->m_host.baseUrl());
        self->m_replayView = view;
        view->show();
        emit self->replayOpened(true);
    });
}

void SovereignMatchView::setView(const QJsonObject &view)
{
    const bool anotherGame = view.value(u"gameId") != m_view.value(u"gameId");
    m_view = view;
    const QString phase = view.value(u"phase").toString();
    const QJsonObject players = view.value(u"players").toObject();
    m_title->setText(tr("Sovereign Lines · join code %1").arg(view.value(u"joinCode").toString()));
    const int tickMs = std::max(1, view.value(u"tickMs").toInt(50));
    const qint64 minutes = view.value(u"endsAtTick").toInteger() * tickMs / 60'000;
    if (phase == u"lobby") {
        m_status->setText(tr("Waiting for players: %1 of %2 places taken. Press Start when everyone is in.")
                              .arg(players.size())
                              .arg(view.value(u"slots").toInt()));
    } else if (phase == u"running") {
        const qint64 minute = view.value(u"tick").toInteger() * tickMs / 60'000 + 1;
        m_status->setText(view.value(u"paused").toBool()
                              ? tr("Paused at minute %1 of %2, %3 left: nothing moves until you resume.")
                                    .arg(minute)
                                    .arg(minutes)
                                    .arg(timeLeftText())
                              : tr("Running: minute %1 of %2, %3 left").arg(minute).arg(minutes).arg(timeLeftText()));
    } else {
        m_status->setText(SovereignStandingsTable::reasonText(view.value(u"result").toObject()));
    }
    m_start->setVisible(phase == u"lobby");
    m_replay->setVisible(phase == u"over");
    m_end->setEnabled(phase == u"running");
    m_map->setView(view);
    m_players->setPlayers(players);
    if (anotherGame)
        showFlags();

    const bool over = phase == u"over";
    m_result->setVisible(over);
    if (over) {
        QHash<int, int> colours;
        for (auto it = players.begin(); it != players.end(); ++it)
            colours.insert(it.key().toInt(), it.value().toObject().value(u"colour").toInt());
        const QJsonObject result = view.value(u"result").toObject();
        m_reason->setText(SovereignStandingsTable::reasonText(result));
        m_standings->setResult(result, colours);
    }
}

QString SovereignMatchView::timeLeftText() const
{
    if (m_view.value(u"phase").toString() != u"running")
        return {};
    const qint64 ticks = std::max<qint64>(0, m_view.value(u"endsAtTick").toInteger() - m_view.value(u"tick").toInteger());
    const qint64 seconds = (ticks * std::max(1, m_view.value(u"tickMs").toInt(50)) + 999) / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

void SovereignMatchView::endMatch(bool confirmed)
{
    if (!confirmed) {
        QMessageBox ask(QMessageBox::Question, tr("End the match?"),
                        tr("The match ends now, and the players are ranked by the land they hold."),
                        QMessageBox::Cancel, this);
        QPushButton *end = ask.addButton(tr("End the match"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != end)
            return;
    }
    command(u"/api/games/end"_s);
}

QString SovereignMatchView::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SovereignMatchView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b42318; font-weight: 600;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

void SovereignMatchView::command(const QString &path)
{
    showMessage({}, false);
    m_host.post(path, {{u"gameId"_s, gameId()}}, [this, path](const Result<QJsonObject> &r) {
        if (!r)
            showMessage(r.error().message, true);
        emit commandDone(path, r.ok());
    });
}

} // namespace steward::ui
