// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/games/ConsoleKind.h"

#include <QCoreApplication>

namespace steward::ui {

// The rounds table in the console (docs/games/rounds.md): a number drawn every few seconds,
// bets through the betting operators, paytables and RTP on the Operators dashboard.
class RoundsConsoleKind : public ConsoleKind
{
    Q_DECLARE_TR_FUNCTIONS(RoundsConsoleKind)
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
    OperatorsSection *operatorsSection(client::HostClient &host) const override;
};

} // namespace steward::ui
