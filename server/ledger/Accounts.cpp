// SPDX-License-Identifier: GPL-3.0-or-later
#include "Accounts.h"

using namespace Qt::StringLiterals;

namespace steward::ledger {

Book Book::ofOperator(const QString &operatorId)
{
    return Book(u"operator:"_s + part(operatorId));
}

Book Book::lan()
{
    return Book(u"lan"_s);
}

QString Book::player(const QString &playerId) const
{
    return m_prefix + u":player:"_s + part(playerId);
}

QString Book::betsInPlay() const
{
    return m_prefix + u":in_play"_s;
}

QString Book::house() const
{
    return m_prefix + u":house"_s;
}

QString Book::playMoneyIssued() const
{
    return m_prefix + u":issued"_s;
}

QString Book::part(const QString &text)
{
    QString out = text;
    out.replace(u'%', u"%25"_s).replace(u':', u"%3A"_s);
    return out;
}

} // namespace steward::ledger
