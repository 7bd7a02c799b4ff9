// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlagMarker.h"

#include "ui/widgets/TimeText.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
// The red of the console's error messages (the Games page's and the game views').
const QColor FlagRed(0xb4, 0x23, 0x18);
} // namespace

QIcon FlagMarker::icon()
{
    static const QIcon made = [] {
        // Drawn rather than a glyph: a font without U+2691 would show a box.
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x11, 0x16, 0x1c), 1.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(3.5, 1.5), QPointF(3.5, 14.5));
        QPainterPath cloth(QPointF(4.3, 2));
        cloth.lineTo(14, 2);
        cloth.lineTo(11, 5.5);
        cloth.lineTo(14, 9);
        cloth.lineTo(4.3, 9);
        cloth.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(FlagRed);
        p.drawPath(cloth);
        p.end();
        return QIcon(pixmap);
    }();
    return made;
}

QString FlagMarker::codesText(const QJsonObject &flag)
{
    const QJsonObject codes = flag.value(u"codes").toObject();
    QList<std::pair<QString, qint64>> counted;
    for (auto it = codes.begin(); it != codes.end(); ++it)
        counted.append({it.key(), it.value().toInteger()});
    std::stable_sort(counted.begin(), counted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    const QLocale locale;
    QStringList parts;
    for (const auto &[code, n] : counted)
        parts << tr("%1 × %2").arg(code, locale.toString(n));
    return parts.join(u", "_s);
}

QString FlagMarker::evidenceLine(const QJsonObject &e)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(e.value(u"atMs").toInteger()).toString(u"HH:mm:ss"_s);
    return tr("%1  %2: %3 %4")
        .arg(time, e.value(u"code").toString(), e.value(u"command").toString(), e.value(u"data").toString());
}

QString FlagMarker::tooltip(const QJsonObject &flag)
{
    // Rich text on purpose, every piece escaped: the evidence is what a modified client chose to
    // send, and a tooltip left to guess would render markup in it.
    const int count = int(flag.value(u"count").toInteger());
    QString html = u"<qt><p>"_s
                   + tr("<b>Flagged.</b> Refusals: %n, of commands that the game's own pages never send; they "
                        "came from a modified client or were typed by hand.",
                        nullptr, count)
                   + u"</p><p>"_s
                   + tr("From %1 to %2: %3")
                         .arg(timeText(flag.value(u"firstAtMs").toInteger()),
                              timeText(flag.value(u"lastAtMs").toInteger()), codesText(flag).toHtmlEscaped())
                   + u"</p>"_s;
    const QJsonArray evidence = flag.value(u"evidence").toArray();
    if (!evidence.isEmpty()) {
        QStringList lines;
        for (qsizetype i = evidence.size() - 1; i >= 0; --i)
            lines << evidenceLine(evidence.at(i).toObject()).toHtmlEscaped();
        // Wrapped rather than <pre>: a tooltip as wide as its longest line would be cut at the screen's edge.
        html += u"<p>"_s + tr("Last sent, newest first:")
                + u"</p><p style=\"white-space: pre-wrap; font-family: monospace\">"_s + lines.join(u"<br>"_s)
                + u"</p>"_s;
    }
    return html + u"</qt>"_s;
}

QHash<QString, QJsonObject> FlagMarker::byPlayer(const QJsonArray &flags, const QString &gameId)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : flags) {
        const QJsonObject f = v.toObject();
        if (gameId.isEmpty() || f.value(u"gameId").toString() == gameId)
            out.insert(f.value(u"playerId").toString(), f);
    }
    return out;
}

} // namespace steward::ui
