// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestOperator.h"

#include <QString>

#include <memory>

class HttpClient;

// A betting operator created through a real host's backoffice, with its wallet played by a
// TestOperator that knows the key the host issued and answers its webhooks: what the rounds
// suites that hurt the host need before their first bet.
struct OperatorAccount
{
    QString id, keyId;
    QByteArray secret;
    std::unique_ptr<TestOperator> wallet;

    // Limits 100–5,000, max win 1,000,000, EUR. Empty `id` (and a warning) if any step failed.
    static OperatorAccount create(HttpClient &http, const QString &adminToken, const QString &name, qint64 startBalance);
};
