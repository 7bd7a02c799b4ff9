// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/TokenBucket.h"
#include "core/Result.h"
#include "operators/Backoffice.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponse>
#include <QJsonObject>

#include <functional>

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
namespace steward::betting {
class RoundsArchive;
}
namespace steward::chain {
class ChainBridge;
}

namespace steward {

// The rounds business's backoffice, /api/admin/v1/... (docs/operators.md): operators and their
// keys, limits and locale; paytables with their exact RTP; reports; the regulator export;
// staff and their roles (admin, support, viewer); the audit trail. Every call checks the
// caller's current role against the permission table in operators/Backoffice.h.
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
        const betting::RoundsArchive &archive;
    };
    explicit BackofficeApi(Parts parts);
    void registerRoutes(QHttpServer &http);
    void setChain(const chain::ChainBridge *bridge) { m_chain = bridge; }

private:
    using Handler = std::function<Result<QJsonObject>(const operators::BackofficeActor &, const QJsonObject &body)>;
    struct Caller
    {
        operators::BackofficeActor actor;
        QJsonObject body;
    };
    // Who calls, with what body, if their current role allows `permission`; else why not.
    Result<Caller> admit(const QHttpServerRequest &req, operators::Permission permission);
    QHttpServerResponse serve(const QHttpServerRequest &req, operators::Permission permission, const Handler &handler);
    // Answers once everything appended so far is committed, with `answer()` built then, or
    // STORAGE_FAILED if the commit failed; the event loop goes on meanwhile.
    void answerWhenDurable(QHttpServerResponder &&responder, std::function<QHttpServerResponse()> answer);
    QHttpServerResponse login(const QHttpServerRequest &req);
    QHttpServerResponse regulatorExport(const QHttpServerRequest &req, const QString &table, bool csv);
    QHttpServerResponse rtpReport(const QString &table, bool csv) const;
    Result<QJsonObject> auditReport() const;
    Result<QJsonObject> operatorAction(const operators::BackofficeActor &by, const QString &id, const QString &action,
                                       const QJsonObject &body);
    Result<QJsonObject> userAction(const operators::BackofficeActor &by, const QString &name, const QString &action,
                                   const QJsonObject &body);
    QJsonObject operatorsJson() const;
    QJsonObject chainOfRounds() const;

    Parts m;
    const chain::ChainBridge *m_chain = nullptr;
};

} // namespace steward
