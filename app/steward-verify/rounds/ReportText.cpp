// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace steward::verify {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

QString mark(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Passed: return u"✓"_s;
    case CheckStatus::Failed: return u"✗"_s;
    case CheckStatus::Skipped: return u"–"_s;
    case CheckStatus::Unavailable: return u"?"_s;
    }
    return {};
}

QString roundList(const QList<qint64> &rounds)
{
    QStringList s;
    for (qsizetype i = 0; i < rounds.size() && i < 20; ++i)
        s << QString::number(rounds.at(i));
    if (rounds.size() > 20)
        s << u"…"_s;
    return s.join(u", "_s);
}
} // namespace

QString roundText(const RoundReport &r)
{
    QString out = r.number >= 0 ? Text::tr("Round %1 of %2: number %3").arg(QString::number(r.round), r.gameId,
                                                                             QString::number(r.number))
                                : Text::tr("Round %1 of %2").arg(QString::number(r.round), r.gameId);
    out += u'\n';
    for (const RoundCheck &c : r.checks) {
        QString line = u"  "_s + mark(c.status) + u' ' + QString::number(c.check) + u". "_s + checks::title(c.check);
        if (c.status == CheckStatus::Skipped)
            line += u" ("_s + Text::tr("skipped") + u')';
        else if (c.status == CheckStatus::Unavailable)
            line += u" ("_s + Text::tr("could not check") + u')';
        out += line + u" — "_s + c.reason + u'\n';
    }
    for (const QString &n : r.notices)
        out += u"  ! "_s + n + u'\n';
    return out;
}

QString summaryText(const QList<RoundReport> &reports)
{
    QList<qint64> failed, unavailable;
    for (const RoundReport &r : reports) {
        if (r.anyFailed())
            failed << r.round;
        else if (r.anyUnavailable())
            unavailable << r.round;
    }
    const int n = int(reports.size());
    QStringList lines;
    if (!failed.isEmpty())
        lines << Text::tr("✗ %1 of %n round(s) FAILED a check: %2.", nullptr, n)
                     .arg(QString::number(failed.size()), roundList(failed));
    if (!unavailable.isEmpty())
        lines << Text::tr("? %1 of %n round(s) could not be fully checked (the chain node did not answer): %2.", nullptr, n)
                     .arg(QString::number(unavailable.size()), roundList(unavailable));
    if (failed.isEmpty() && unavailable.isEmpty())
        lines << Text::tr("✓ All %n round(s) passed every check that applies.", nullptr, n);
    return lines.join(u'\n') + u'\n';
}

} // namespace steward::verify
