// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RouteTable.h"
#include "server/core/Result.h"
#include "server/operators/Backoffice.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponse>
#include <QJsonObject>

#include <functional>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace steward {
class Authenticator;
class SignInThrottle;
class Database;
class GameHost;
}
namespace steward::operators {
class BackofficeUsers;
class OperatorDirectory;
}
namespace steward::wallet {
class WalletOutbox;
}

namespace steward {

// The backoffice of the money business, /api/admin/v1/... (docs/operators.md): operators and
// their keys, limits and locale; staff and their roles (admin, support, viewer); the audit
// trail with the ledger's check. The kinds that hold money add their own routes (a table's
// paytable, reports, exports) and checks through RouteTable. Every call checks the caller's
// current role against the permission table in operators/Backoffice.h.
class BackofficeApi
{
public:
    struct Parts
    {
        GameHost &host;
        Database &db;
        Authenticator &auth;
        SignInThrottle &signIns; // shared with the facilitator's sign-in: one password
        operators::BackofficeUsers &users;
        operators::OperatorDirectory &operators;
        wallet::WalletOutbox &wallet;
    };
    explicit BackofficeApi(Parts parts);
    void registerRoutes(QHttpServer &http);
    // A kind's check of the money it holds, run by every audit report.
    void addMoneyCheck(MoneyCheck check) { m_moneyChecks.push_back(std::move(check)); }

private:
    friend class RouteTable; // a kind's staff routes are admitted and answered as these are
    using Handler = StaffHandler;
    using Caller = StaffCall;
    // Who calls, with what body, if their current role allows `permission`; else why not.
    Result<Caller> admit(const QHttpServerRequest &req, operators::Permission permission);
    QHttpServerResponse serve(const QHttpServerRequest &req, operators::Permission permission, const Handler &handler);
    // Answers once everything appended so far is committed, with `answer()` built then, or
    // STORAGE_FAILED if the commit failed; the event loop goes on meanwhile.
    void answerWhenDurable(QHttpServerResponder &&responder, std::function<QHttpServerResponse()> answer);
    QHttpServerResponse login(const QHttpServerRequest &req);
    Result<QJsonObject> auditReport() const;
    Result<QJsonObject> operatorAction(const operators::BackofficeActor &by, const QString &id, const QString &action,
                                       const QJsonObject &body);
    Result<QJsonObject> userAction(const operators::BackofficeActor &by, const QString &name, const QString &action,
                                   const QJsonObject &body);
    QJsonObject operatorsJson() const;

    Parts m;
    std::vector<MoneyCheck> m_moneyChecks;
};

} // namespace steward
