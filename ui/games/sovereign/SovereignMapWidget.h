// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SovereignMapGeometry.h"

#include <QHash>
#include <QJsonObject>
#include <QTransform>
#include <QWidget>

namespace steward::ui {

// A Sovereign Lines match as the projector would show it, from the host's view: each region in
// its owner's colour (neutral land by its terrain, water blue), region borders, the lines between
// owners, troop numbers, and the marches on their way as arrows. Picked starts show in the lobby.
// The map fills the widget, keeping its shape.
class SovereignMapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SovereignMapWidget(QWidget *parent = nullptr);

    void setView(const QJsonObject &view);
    const SovereignMapGeometry &geometry() const { return m_geometry; }

    // Where a hex's centre is drawn, in the widget's pixels; and the region drawn at a pixel
    // (-1: none).
    QPointF hexCentre(int col, int row) const;
    int regionAt(const QPointF &pos) const;
    // A hex's corner radius in pixels at the present size.
    double hexRadius() const { return m_toWidget.m11(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The map's units to the widget's pixels, keeping the map's shape, centred.
    void fit();
    int ownerOf(int region) const;
    int colourOf(int player) const; // the player's colour number; -1 for none
    void paintRegions(QPainter &p) const;
    void paintBorders(QPainter &p) const;
    void paintStarts(QPainter &p) const;
    void paintMarches(QPainter &p) const;
    void paintTroops(QPainter &p) const;
    QString tooltipAt(const QPointF &pos) const;

    struct March
    {
        int owner = 0;
        int from = 0;
        int to = 0;
        int troops = 0;
        qint64 arrivesAtTick = 0;
        bool attack = true;
    };
    struct Player
    {
        QString name;
        int colour = 0;
        int start = -1;
    };

    QString m_mapKey; // which map m_geometry was made from
    SovereignMapGeometry m_geometry;
    QString m_phase;
    qint64 m_tick = 0;
    int m_tickMs = 50;
    std::vector<int> m_owners; // by region: a player's number, or -1
    std::vector<int> m_troops;
    QHash<int, Player> m_players;
    std::vector<March> m_marches;
    QTransform m_toWidget;
    std::vector<QPainterPath> m_outlines; // each region's, in the widget's pixels
};

} // namespace steward::ui
