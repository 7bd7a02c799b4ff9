// SPDX-License-Identifier: GPL-3.0-or-later
// Light or dark: the choice is read, the dark palette is dark, and applying it turns the console
// and its charts dark (and back), while the PDF's charts stay light.
#include "ui/games/beer/RolePalette.h"
#include "ui/games/beer/TeamChart.h"
#include "ui/shell/Theme.h"

#include <QApplication>
#include <QFile>
#include <QLineSeries>
#include <QRegularExpression>
#include <QStyle>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestTheme : public QObject
{
    Q_OBJECT
private slots:
    void choices()
    {
        QCOMPARE(ui::themeChoiceFromName(u"dark"_s), ui::ThemeChoice::Dark);
        QCOMPARE(ui::themeChoiceFromName(u"light"_s), ui::ThemeChoice::Light);
        QCOMPARE(ui::themeChoiceFromName(u"system"_s), ui::ThemeChoice::System);
        QCOMPARE(ui::themeChoiceFromName(u"purple"_s), ui::ThemeChoice::System);
    }

    void roleColoursAreTheWebClients()
    {
        // The web client's debrief, the console's charts and the PDF draw a role in one colour.
        const auto read = [](const QString &name) {
            QFile f(name);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        const QString js = read(u":/web/beer/roles.js"_s);
        const QString css = read(u":/web/beer/player.css"_s);
        QVERIFY(!js.isEmpty() && !css.isEmpty());
        const QStringList roles{u"retailer"_s, u"wholesaler"_s, u"distributor"_s, u"factory"_s};
        ui::TeamChart chart(ui::TeamChart::Measure::Orders);
        const auto series = chart.series();
        QVERIFY(series.size() >= 4); // the four roles first, then customer demand
        for (int r = 0; r < 4; ++r) {
            const QString hex = ui::roleColour(r).name(); // "#0072b2"
            const auto inJs = QRegularExpression(roles[r] + uR"(:\s*'(#[0-9A-Fa-f]{6})')"_s).match(js);
            const auto inCss = QRegularExpression(u"--"_s + roles[r] + uR"(:\s*(#[0-9A-Fa-f]{6}))"_s).match(css);
            QVERIFY2(inJs.hasMatch() && inCss.hasMatch(), qPrintable(roles[r]));
            QCOMPARE(inJs.captured(1).toLower(), hex);
            QCOMPARE(inCss.captured(1).toLower(), hex);
            QCOMPARE(qobject_cast<QLineSeries *>(series[r])->pen().color().name(), hex);
        }
    }

    void darkAndBack()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        QVERIFY(!ui::isDark(QApplication::palette())); // offscreen starts light
        QVERIFY(ui::isDark(ui::darkPalette()));
        // Text stays readable on the dark window: far apart in lightness.
        const QPalette dark = ui::darkPalette();
        QVERIFY(dark.color(QPalette::Text).lightness() - dark.color(QPalette::Base).lightness() > 150);

        QVERIFY(ui::applyTheme(*app, ui::ThemeChoice::Dark));
        QVERIFY(ui::isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        ui::TeamChart screen(ui::TeamChart::Measure::Orders, ui::isDark(QApplication::palette()));
        QCOMPARE(screen.theme(), QChart::ChartThemeDark);
        ui::TeamChart print(ui::TeamChart::Measure::Orders); // the PDF's
        QCOMPARE(print.theme(), QChart::ChartThemeLight);

        QVERIFY(!ui::applyTheme(*app, ui::ThemeChoice::Light));
        QVERIFY(!ui::isDark(QApplication::palette()));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
