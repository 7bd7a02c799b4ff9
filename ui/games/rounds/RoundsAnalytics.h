// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/games/rounds/RoundsDebrief.h"
#include "ui/games/ConsoleKind.h"

namespace steward::ui {

class RoundsCharts;

// A rounds table on the Analytics dashboard: the draws by decade against a fair draw, the
// volume, and the realised RTP against the paytable's (RoundsCharts).
class RoundsAnalytics : public KindAnalytics
{
    Q_OBJECT
public:
    explicit RoundsAnalytics(bool dark, QWidget *parent = nullptr);

    QString gameLabel(const QJsonObject &summary) const override;
    int progress(const QJsonObject &summary) const override;
    void setHistory(const QJsonObject &history) override;
    void clear() override;
    QString render() override;
    bool canExport() const override { return true; }
    QPixmap picture() const override;
    QString pngFileName() const override;
    QString csvFileName() const override;

    const rounds::RoundsDebrief &debrief() const { return m_debrief; }
    RoundsCharts *charts() const { return m_charts; }

private:
    rounds::RoundsDebrief m_debrief;
    RoundsCharts *m_charts;
};

} // namespace steward::ui
