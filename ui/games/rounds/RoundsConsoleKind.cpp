// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsConsoleKind.h"

#include "RoundsAnalytics.h"
#include "RoundsGameForm.h"
#include "RoundsOperatorsSection.h"
#include "RoundsView.h"

using namespace Qt::StringLiterals;

namespace steward::ui {

QString RoundsConsoleKind::id() const
{
    return u"rounds"_s;
}

QString RoundsConsoleKind::displayName() const
{
    return tr("Rounds table");
}

QString RoundsConsoleKind::formName() const
{
    return tr("Rounds table (a number every few seconds)");
}

QString RoundsConsoleKind::joinPath() const
{
    return u"/rounds"_s;
}

QString RoundsConsoleKind::joinTitle() const
{
    return tr("Join the rounds table");
}

QString RoundsConsoleKind::progressText(const QJsonObject &g) const
{
    return tr("round %1").arg(g.value(u"round").toInt());
}

QString RoundsConsoleKind::teamsText(const QJsonObject &) const
{
    return {};
}

QString RoundsConsoleKind::pauseNote() const
{
    return tr("A rounds table finishes the round that is open and starts no other.");
}

NewGameForm *RoundsConsoleKind::newGameForm() const
{
    return new RoundsGameForm;
}

GameView *RoundsConsoleKind::liveView(client::HostClient &) const
{
    return new RoundsView;
}

KindAnalytics *RoundsConsoleKind::analytics(bool dark) const
{
    return new RoundsAnalytics(dark);
}

OperatorsSection *RoundsConsoleKind::operatorsSection(client::HostClient &host) const
{
    return new RoundsOperatorsSection(host);
}

} // namespace steward::ui
