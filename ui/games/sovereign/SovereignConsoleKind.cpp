// SPDX-License-Identifier: GPL-3.0-or-later
#include "SovereignConsoleKind.h"

#include "SovereignAnalytics.h"
#include "SovereignGameForm.h"
#include "SovereignMatchView.h"

using namespace Qt::StringLiterals;

namespace steward::ui {

QString SovereignConsoleKind::id() const
{
    return u"sovereign"_s;
}

QString SovereignConsoleKind::displayName() const
{
    return tr("Sovereign Lines");
}

QString SovereignConsoleKind::formName() const
{
    return tr("Sovereign Lines (real-time territory, 2 to 100 players)");
}

QString SovereignConsoleKind::joinPath() const
{
    return u"/sovereign"_s;
}

QString SovereignConsoleKind::joinTitle() const
{
    return tr("Join Sovereign Lines");
}

QString SovereignConsoleKind::progressText(const QJsonObject &g) const
{
    const QString status = g.value(u"status").toString();
    if (status == u"lobby")
        return tr("lobby");
    if (status == u"over")
        return tr("over");
    // The host counts whole minutes played; the first minute is minute 1.
    return tr("minute %1").arg(g.value(u"minute").toInt() + 1);
}

QString SovereignConsoleKind::teamsText(const QJsonObject &g) const
{
    return tr("%1 of %2 players").arg(g.value(u"players").toInt()).arg(g.value(u"slots").toInt());
}

QString SovereignConsoleKind::pauseNote() const
{
    return tr("A Sovereign Lines match freezes: troops stop growing and marching, and its clock waits.");
}

NewGameForm *SovereignConsoleKind::newGameForm() const
{
    return new SovereignGameForm;
}

GameView *SovereignConsoleKind::liveView(client::HostClient &host) const
{
    return new SovereignMatchView(host);
}

KindAnalytics *SovereignConsoleKind::analytics(bool dark) const
{
    return new SovereignAnalytics(dark);
}

} // namespace steward::ui
