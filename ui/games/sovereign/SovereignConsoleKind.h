// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/games/ConsoleKind.h"

#include <QCoreApplication>

namespace steward::ui {

// Sovereign Lines in the console (docs/games/territory.md): a real-time territory match for a LAN
// party, its map live on the Games dashboard and the land each player held on Analytics.
class SovereignConsoleKind : public ConsoleKind
{
    Q_DECLARE_TR_FUNCTIONS(SovereignConsoleKind)
public:
    QString id() const override;
    QString displayName() const override;
    QString formName() const override;
    QString joinPath() const override;
    QString joinTitle() const override;
    QString progressText(const QJsonObject &summary) const override;
    QString teamsText(const QJsonObject &summary) const override;
    QString pauseNote() const override;
    NewGameForm *newGameForm() const override;
    GameView *liveView(client::HostClient &host) const override;
    KindAnalytics *analytics(bool dark) const override;
};

} // namespace steward::ui
