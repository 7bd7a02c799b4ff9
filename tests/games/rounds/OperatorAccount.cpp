// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorAccount.h"

#include "HttpClient.h"

using namespace Qt::StringLiterals;

OperatorAccount OperatorAccount::create(HttpClient &http, const QString &adminToken, const QString &name,
                                        qint64 startBalance)
{
    OperatorAccount out;
    const HttpReply op = http.post(u"/api/admin/v1/operators"_s,
                                   {{u"name"_s, name}, {u"webhookUrl"_s, u"http://127.0.0.1:1/wallet"_s},
                                    {u"currency"_s, u"EUR"_s}, {u"minBet"_s, 100}, {u"maxBet"_s, 5'000},
                                    {u"maxWin"_s, 1'000'000}, {u"language"_s, u"en"_s}, {u"region"_s, u"DE"_s}},
                                   adminToken);
    if (op.status != 200) {
        qWarning("creating operator %s: %d %s", qPrintable(name), op.status, op.body.constData());
        return out;
    }
    out.keyId = op.json.value(u"keyId").toString();
    out.secret = QByteArray::fromHex(op.json.value(u"secret").toString().toLatin1());
    out.wallet = std::make_unique<TestOperator>(out.keyId, out.secret);
    out.wallet->setStartBalance(startBalance);
    const QString id = op.json.value(u"operator").toObject().value(u"id").toString();
    if (!out.wallet->start()
        || http.post(u"/api/admin/v1/operators/%1/webhook"_s.arg(id), {{u"webhookUrl"_s, out.wallet->webhookUrl().toString()}},
                     adminToken).status != 200) {
        qWarning("the wallet of operator %s did not start", qPrintable(name));
        return out;
    }
    out.id = id;
    return out;
}
