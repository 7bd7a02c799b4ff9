// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyInvariants.h"

#include "HttpClient.h"
#include "TestOperator.h"

#include <QJsonArray>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

int MoneyInvariants::pendingWebhooks(HttpClient &http, const QString &adminToken)
{
    return http.get(u"/api/admin/v1/operators"_s, adminToken)
        .json.value(u"operators"_s).toArray().at(0).toObject()
        .value(u"webhook"_s).toObject().value(u"pending"_s).toInt(-1);
}

QString MoneyInvariants::check(const TestOperator &wallet) const
{
    QStringList problems;
    const HttpReply exported = http.get(u"/api/admin/v1/tables/%1/export.json"_s.arg(table), adminToken);
    if (exported.status != 200)
        return u"export: HTTP %1 %2"_s.arg(exported.status).arg(QString::fromUtf8(exported.body));
    QHash<QString, qint64> expected; // player → start − stakes + returns
    QSet<QString> seen;
    for (const QJsonValue &rv : exported.json.value(u"rounds"_s).toArray()) {
        for (const QJsonValue &v : rv.toObject().value(u"bets"_s).toArray()) {
            const QJsonObject b = v.toObject();
            const QString ref = b.value(u"betRef"_s).toString();
            if (seen.contains(ref))
                problems << u"bet %1 exported twice"_s.arg(ref);
            seen.insert(ref);
            // betRef is "<operator>:<betId>" for an operator's bets, "lan:…" for play money.
            if (ref.startsWith(u"lan:"_s))
                continue;
            const QString betId = ref.section(u':', 1);
            if (!acknowledged.contains(betId)) {
                problems << u"bet %1 exported but never acknowledged"_s.arg(ref);
                continue;
            }
            const QString player = acknowledged.value(betId);
            expected.insert(player, expected.value(player, startBalance) + b.value(u"return"_s).toInteger()
                                        - b.value(u"stake"_s).toInteger());
        }
    }
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const bool found = std::any_of(seen.cbegin(), seen.cend(),
                                       [&](const QString &ref) { return ref.section(u':', 1) == it.key(); });
        if (!found)
            problems << u"acknowledged bet %1 missing from the export"_s.arg(it.key());
        if (!expected.contains(it.value()))
            expected.insert(it.value(), startBalance);
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (wallet.balance(it.key()) != it.value())
            problems << u"%1 holds %2 at the operator, expected %3"_s.arg(it.key()).arg(wallet.balance(it.key())).arg(it.value());
    }
    if (!wallet.moneyConserved())
        problems << u"the operator's money is not conserved"_s;
    const HttpReply audit = http.get(u"/api/admin/v1/audit"_s, adminToken);
    const QJsonObject ledger = audit.json.value(u"ledger"_s).toObject();
    if (audit.status != 200 || !ledger.value(u"ok"_s).toBool())
        problems << u"ledger check: HTTP %1 %2"_s.arg(audit.status).arg(ledger.value(u"detail"_s).toString());
    if (ledger.value(u"inPlay"_s).toObject().value(u"booksChecked"_s).toInteger() < 1)
        problems << u"the ledger check looked at no in-play account"_s;
    return problems.join(u'\n');
}
