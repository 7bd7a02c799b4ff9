// SPDX-License-Identifier: GPL-3.0-or-later
// Light or dark: the choice is read, the dark palette is dark, and applying it turns the console
// and its charts dark (and back), while the PDF's charts stay light.
#include "analytics/TeamChart.h"
#include "shell/Theme.h"

#include <QApplication>
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
