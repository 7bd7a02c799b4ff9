// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundReport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward::verify {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RoundReport)
};
} // namespace

QString statusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Passed: return u"pass"_s;
    case CheckStatus::Failed: return u"fail"_s;
    case CheckStatus::Skipped: return u"skip"_s;
    case CheckStatus::Unavailable: return u"unavailable"_s;
    }
    return {};
}

namespace checks {

QString id(int check)
{
    switch (check) {
    case Seed: return u"seed"_s;
    case BetsRoot: return u"betsRoot"_s;
    case Number: return u"number"_s;
    case Commit: return u"commit"_s;
    case CommitTime: return u"commitTime"_s;
    case Reveal: return u"reveal"_s;
    case ContractDraw: return u"contractDraw"_s;
    }
    return {};
}

QString title(int check)
{
    switch (check) {
    case Seed: return Text::tr("seed matches the commitment");
    case BetsRoot: return Text::tr("bets give the bets root");
    case Number: return Text::tr("number follows from seed and bets");
    case Commit: return Text::tr("commitment is on chain");
    case CommitTime: return Text::tr("committed before betting opened");
    case Reveal: return Text::tr("reveal is on chain");
    case ContractDraw: return Text::tr("the contract draws the same number");
    }
    return {};
}

} // namespace checks

bool RoundReport::anyFailed() const
{
    return std::any_of(checks.cbegin(), checks.cend(), [](const RoundCheck &c) { return c.status == CheckStatus::Failed; });
}

bool RoundReport::anyUnavailable() const
{
    return std::any_of(checks.cbegin(), checks.cend(),
                       [](const RoundCheck &c) { return c.status == CheckStatus::Unavailable; });
}

QJsonObject RoundReport::toJson() const
{
    QJsonArray list;
    for (const RoundCheck &c : checks) {
        list.append(QJsonObject{{u"check"_s, c.check}, {u"id"_s, checks::id(c.check)}, {u"title"_s, checks::title(c.check)},
                                {u"status"_s, statusName(c.status)}, {u"reason"_s, c.reason}});
    }
    return {{u"gameId"_s, gameId},
            {u"round"_s, round},
            {u"number"_s, number >= 0 ? QJsonValue(number) : QJsonValue(QJsonValue::Null)},
            {u"committedOnChain"_s, committedOnChain},
            {u"passed"_s, !anyFailed() && !anyUnavailable()},
            {u"checks"_s, list},
            {u"notices"_s, QJsonArray::fromStringList(notices)}};
}

} // namespace steward::verify
