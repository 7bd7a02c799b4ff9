// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/games/ConsoleKind.h"

#include <QCoreApplication>

namespace steward::ui {

// The Beer Game in the console (docs/games/beer.md): teams of four roles, week by week.
class BeerConsoleKind : public ConsoleKind
{
    Q_DECLARE_TR_FUNCTIONS(BeerConsoleKind)
public:
    QString id() const override;
    QString displayName() const override;
    QString formName() const override;
    QString joinPath() const override;
    QString joinTitle() const override;
    QString progressText(const QJsonObject &summary) const override;
    QString teamsText(const QJsonObject &summary) const override;
    QString seatText(const QJsonObject &session) const override;
    NewGameForm *newGameForm() const override;
    GameView *liveView(client::HostClient &host) const override;
    KindAnalytics *analytics(bool dark) const override;
};

} // namespace steward::ui
