// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cstdio>

namespace steward {

namespace {
QFile *g_log = nullptr;
QMutex g_mutex;
QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    {
        QMutexLocker lock(&g_mutex);
        if (g_log) {
            const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' '
                + QString::fromLatin1(ctx.category ? ctx.category : "default") + u' ' + msg + u'\n';
            g_log->write(line.toUtf8());
            g_log->flush();
        }
    }
    if (g_previous)
        g_previous(type, ctx, msg);
}
} // namespace

bool installLogFile(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto *file = new QFile(path);
    if (!file->open(QIODevice::Append | QIODevice::Text)) {
        delete file;
        return false;
    }
    g_log = file;
    g_previous = qInstallMessageHandler(handler);
    return true;
}

} // namespace steward
