// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerConsoleKind.h"

#include "BeerAnalytics.h"
#include "BeerGameForm.h"
#include "BeerGameView.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace steward::ui {

QString BeerConsoleKind::id() const
{
    return u"beer"_s;
}

QString BeerConsoleKind::displayName() const
{
    return tr("Beer Game");
}

QString BeerConsoleKind::formName() const
{
    return tr("Beer Distribution Game");
}

QString BeerConsoleKind::joinPath() const
{
    return u"/"_s;
}

QString BeerConsoleKind::joinTitle() const
{
    return tr("Join the Beer Game");
}

QString BeerConsoleKind::progressText(const QJsonObject &g) const
{
    const int weeks = g.value(u"weeks").toInt();
    return weeks > 0 ? tr("%1 of %2").arg(g.value(u"week").toInt()).arg(weeks)
                     : QLocale().toString(g.value(u"week").toInt());
}

QString BeerConsoleKind::teamsText(const QJsonObject &g) const
{
    return QLocale().toString(g.value(u"teams").toInt());
}

NewGameForm *BeerConsoleKind::newGameForm() const
{
    return new BeerGameForm;
}

GameView *BeerConsoleKind::liveView(client::HostClient &host) const
{
    return new BeerGameView(host);
}

KindAnalytics *BeerConsoleKind::analytics(bool dark) const
{
    return new BeerAnalytics(dark);
}

QString BeerConsoleKind::seatText(const QJsonObject &session) const
{
    // The wire carries the role's id; the console names it in its own language.
    const QString role = session.value(u"seat").toString();
    const QString name = role == u"retailer"      ? tr("retailer")
                         : role == u"wholesaler"  ? tr("wholesaler")
                         : role == u"distributor" ? tr("distributor")
                         : role == u"factory"     ? tr("factory")
                                                  : role;
    return tr("team %1, %2").arg(session.value(u"team").toInt()).arg(name);
}

} // namespace steward::ui
