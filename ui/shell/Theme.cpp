// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QProcess>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace steward::ui {

ThemeChoice themeChoiceFromName(const QString &name)
{
    if (name == u"dark")
        return ThemeChoice::Dark;
    if (name == u"light")
        return ThemeChoice::Light;
    return ThemeChoice::System;
}

bool desktopPrefersDark()
{
    if (qEnvironmentVariable("GTK_THEME").contains(u"dark"_s, Qt::CaseInsensitive))
        return true;
    const QString gsettings = QStandardPaths::findExecutable(u"gsettings"_s);
    if (gsettings.isEmpty())
        return false;
    QProcess p;
    p.start(gsettings, {u"get"_s, u"org.gnome.desktop.interface"_s, u"color-scheme"_s});
    // A desktop that does not answer at once does not hold up the console's start.
    if (!p.waitForFinished(500))
        return false;
    return QString::fromUtf8(p.readAllStandardOutput()).contains(u"prefer-dark"_s);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x23, 0x28), base(0x17, 0x19, 0x1d), text(0xe6, 0xe8, 0xeb), accent(0x3b, 0x82, 0xf6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x94, 0x9e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2b, 0x2f, 0x36));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x60, 0xa5, 0xfa));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6b, 0x72, 0x80));
    return p;
}

bool applyTheme(QApplication &app, ThemeChoice choice)
{
    const bool platformDark = isDark(QApplication::palette());
    const bool wantDark = choice == ThemeChoice::Dark || (choice == ThemeChoice::System && desktopPrefersDark());
    if (wantDark && !platformDark) {
        app.setStyle(QStyleFactory::create(u"Fusion"_s));
        app.setPalette(darkPalette());
        return true;
    }
    if (choice == ThemeChoice::Light && platformDark) {
        app.setStyle(QStyleFactory::create(u"Fusion"_s));
        app.setPalette(app.style()->standardPalette());
        return false;
    }
    return platformDark;
}

} // namespace steward::ui
