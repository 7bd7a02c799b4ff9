// SPDX-License-Identifier: GPL-3.0-or-later
#include "Txn.h"

#include <QHash>
#include <QtNumeric>

using namespace Qt::StringLiterals;

namespace steward::ledger {

namespace {
Error refused(const Txn &txn, const QString &why)
{
    return Error{ErrorCode::BadRequest, u"Ledger transaction '%1' refused: %2"_s.arg(txn.id, why)};
}
} // namespace

Status validate(const Txn &txn)
{
    if (txn.id.isEmpty())
        return refused(txn, u"it has no id"_s);
    if (txn.kind.isEmpty())
        return refused(txn, u"it has no kind"_s);
    if (txn.postings.size() < 2)
        return refused(txn, u"it needs at least two postings"_s);
    QHash<QString, qint64> sums;
    for (const Posting &p : txn.postings) {
        if (p.account.isEmpty())
            return refused(txn, u"a posting has no account"_s);
        if (p.currency.isEmpty())
            return refused(txn, u"the posting to %1 has no currency"_s.arg(p.account));
        if (p.amount == 0)
            return refused(txn, u"the posting to %1 is zero"_s.arg(p.account));
        qint64 &sum = sums[p.currency];
        if (qAddOverflow(sum, p.amount, &sum))
            return refused(txn, u"its %1 postings overflow"_s.arg(p.currency));
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        if (it.value() != 0)
            return refused(txn, u"its %1 postings sum to %2, not 0"_s.arg(it.key(), QString::number(it.value())));
    }
    return Done{};
}

} // namespace steward::ledger
