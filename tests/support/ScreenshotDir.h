// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QString>

// Where the console's tests leave their screenshots and documents for a person to look at:
// $STEWARD_SCREENSHOT_DIR, else ./screenshots in the test's working folder. Made if missing.
inline QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("STEWARD_SCREENSHOT_DIR", QDir::current().filePath(QStringLiteral("screenshots")));
    QDir().mkpath(dir);
    return dir;
}
