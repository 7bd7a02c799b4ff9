// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackofficeApi.h"

#include "HttpReplies.h"
#include "server/auth/Authenticator.h"
#include "server/core/GameHost.h"
#include "server/core/JsonFields.h"
#include "server/protocol/Protocol.h"
#include "SignInThrottle.h"
#include "server/ledger/LedgerVerifier.h"
#include "server/operators/BackofficeLog.h"
#include "server/operators/BackofficeUsers.h"
#include "server/operators/OperatorDirectory.h"
#include "server/store/Database.h"
#include "server/core/EventJournal.h"
#include "server/wallet/WalletOutbox.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace steward {

using operators::Permission;

namespace {
QString bearer(const QHttpServerRequest &req)
{
    const QByteArray h = req.value("Authorization");
    return h.startsWith("Bearer ") ? QString::fromLatin1(h.mid(7).trimmed()) : QString();
}

QJsonObject operatorJson(const operators::Operator &o)
{
    return {{u"id"_s, o.id},           {u"name"_s, o.name},
            {u"keyId"_s, o.keyId},     {u"status"_s, o.isActive() ? u"active"_s : u"suspended"_s},
            {u"webhookUrl"_s, o.webhookUrl}, {u"currency"_s, o.currency},
            {u"minBet"_s, o.minBet},   {u"maxBet"_s, o.maxBet},
            {u"maxWin"_s, o.maxWin},   {u"language"_s, o.language},
            {u"region"_s, o.region},   {u"createdAt"_s, o.createdAt},
            {u"updatedAt"_s, o.updatedAt}, {u"secretRotatedAt"_s, o.secretRotatedAt}};
}

struct Limits
{
    qint64 minBet = 0, maxBet = 0, maxWin = 0;
};

// An operator's limits as the body gives them: whole minor units up to json::MaxAmount, the
// same rule as a table's own limits; their order is the operators' validation's to check.
Result<Limits> limitsOf(const QJsonObject &b)
{
    Limits out;
    for (auto [key, field] : {std::pair{u"minBet", &out.minBet}, {u"maxBet", &out.maxBet}, {u"maxWin", &out.maxWin}}) {
        auto v = json::requiredAmount(b, key, 1, json::MaxAmount, ErrorCode::InvalidConfig);
        if (!v)
            return v.error();
        *field = v.value();
    }
    return out;
}
} // namespace

BackofficeApi::BackofficeApi(Parts parts) : m(parts)
{
}

Result<BackofficeApi::Caller> BackofficeApi::admit(const QHttpServerRequest &req, Permission permission)
{
    const auto username = m.auth.backofficeUserOf(bearer(req));
    if (!username)
        return username.error();
    const auto actor = m.users.actor(username.value());
    if (!actor)
        return actor.error();
    if (!operators::allows(actor->role, permission))
        return Error{ErrorCode::Forbidden, u"Your role (%1) may not %2."_s.arg(operators::roleName(actor->role),
                                                                              operators::permissionName(permission))};
    QJsonObject body;
    if (req.body().size() > protocol::MaxRequestBytes)
        return Error{ErrorCode::PayloadTooLarge, u"A request body is at most 64 KiB."_s};
    if (req.method() == Method::Post && !req.body().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(req.body());
        if (!doc.isObject())
            return Error{ErrorCode::BadJson, u"The body must be a JSON object."_s};
        body = doc.object();
    }
    return Caller{actor.value(), body};
}

QHttpServerResponse BackofficeApi::serve(const QHttpServerRequest &req, Permission permission, const Handler &handler)
{
    const auto caller = admit(req, permission);
    if (!caller)
        return http::error(caller.error());
    auto result = handler(caller->actor, caller->body);
    if (!result)
        return http::error(result.error());
    return http::json(result.value());
}

void BackofficeApi::answerWhenDurable(QHttpServerResponder &&responder, std::function<QHttpServerResponse()> answer)
{
    // As RestApi's answers: a caller gone by then takes its answer with it (its socket is the
    // callback's context), and `this` outlives the host's sockets.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    m.host.journal().whenDurable(held->socket(), [held, answer = std::move(answer)](const Status &stored) {
        if (stored)
            answer().write(std::move(*held));
        else
            http::error(stored.error()).write(std::move(*held));
    });
}

QHttpServerResponse BackofficeApi::login(const QHttpServerRequest &req)
{
    const qint64 now = m.host.clock().nowMs();
    if (req.body().size() > protocol::MaxRequestBytes)
        return http::error(Error{ErrorCode::PayloadTooLarge, u"A request body is at most 64 KiB."_s});
    if (!m.signIns.allow(req.remoteAddress(), now))
        return http::error(Error{ErrorCode::RateLimited, u"Too many sign-ins; wait a moment."_s});
    const QJsonObject body = QJsonDocument::fromJson(req.body()).object();
    const QString username = body.value(u"username").toString().left(64);
    const auto role = m.users.authenticate(username, body.value(u"password").toString().left(256));
    // In the host's audit trail beside the facilitator's sign-ins: support sees every attempt.
    m.host.journal().audit(now, username.left(32), role ? u"backoffice.signin"_s : u"backoffice.signin.refused"_s,
                         req.remoteAddress().toString());
    if (!role)
        return http::error(role.error());
    m.signIns.succeeded(req.remoteAddress());
    return http::json({{u"token"_s, m.auth.issueBackofficeToken(username)}, {u"username"_s, username},
                       {u"role"_s, operators::roleName(role.value())}});
}

QJsonObject BackofficeApi::operatorsJson() const
{
    QJsonArray list;
    for (const operators::Operator &o : m.operators.list()) {
        QJsonObject j = operatorJson(o);
        const wallet::OperatorHealth h = m.wallet.health(o.id);
        j.insert(u"webhook"_s, QJsonObject{{u"reachable"_s, h.reachable}, {u"pending"_s, h.pending},
                                           {u"lastSuccessAt"_s, h.lastSuccessMs}, {u"lastErrorAt"_s, h.lastErrorMs},
                                           {u"lastError"_s, h.lastError}});
        list.append(j);
    }
    return {{u"operators"_s, list}};
}

Result<QJsonObject> BackofficeApi::operatorAction(const operators::BackofficeActor &by, const QString &id,
                                                  const QString &action, const QJsonObject &b)
{
    Status done = Done{};
    if (action == u"rotate") {
        auto key = m.operators.rotateSecret(id, by);
        if (!key)
            return key.error();
        return QJsonObject{{u"keyId"_s, key->keyId}, {u"secret"_s, key->secret}};
    }
    if (action == u"suspend")
        done = m.operators.suspend(id, by);
    else if (action == u"resume")
        done = m.operators.resume(id, by);
    else if (action == u"limits") {
        const auto l = limitsOf(b);
        if (!l)
            return l.error();
        done = m.operators.setLimits(id, l->minBet, l->maxBet, l->maxWin, by);
    }
    else if (action == u"locale")
        done = m.operators.setLocale(id, b.value(u"language").toString(), b.value(u"region").toString(), by);
    else if (action == u"webhook")
        done = m.operators.setWebhook(id, b.value(u"webhookUrl").toString(), by);
    else
        return Error{ErrorCode::NotFound, u"No operator action '%1'."_s.arg(action.left(32))};
    if (!done)
        return done.error();
    const auto op = m.operators.byId(id);
    if (!op)
        return op.error();
    return operatorJson(op.value());
}

Result<QJsonObject> BackofficeApi::userAction(const operators::BackofficeActor &by, const QString &name,
                                              const QString &action, const QJsonObject &b)
{
    Status done = Done{};
    if (action == u"role") {
        const auto role = operators::parseRole(b.value(u"role").toString());
        if (!role)
            return Error{ErrorCode::BadRequest, u"'role' must be admin, support or viewer."_s};
        done = m.users.setRole(by, name, *role);
    } else if (action == u"disable") {
        done = m.users.disable(by, name);
    } else if (action == u"password") {
        const QString current = b.value(u"currentPassword").toString().left(256);
        const QString next = b.value(u"newPassword").toString().left(256);
        // The admin is the facilitator: its password changes there, and follows here.
        done = name == operators::BackofficeUsers::BootstrapUsername && by.username == name
                   ? m.auth.changePassword(current, next)
                   : m.users.setPassword(by, name, current, next);
        if (done && name == operators::BackofficeUsers::BootstrapUsername)
            m.host.journal().audit(m.host.clock().nowMs(), by.username, u"password.change"_s,
                                 u"the facilitator password was changed from the backoffice"_s);
    } else {
        return Error{ErrorCode::NotFound, u"No user action '%1'."_s.arg(action.left(32))};
    }
    if (!done)
        return done.error();
    return QJsonObject{{u"username"_s, name}, {u"done"_s, action}};
}

// Who changed what, and whether the money's audit chain and ledger still agree; read once
// everything appended before the call is on disk.
Result<QJsonObject> BackofficeApi::auditReport() const
{
    auto log = operators::BackofficeLog::recent(m.db.handle(), 200);
    if (!log)
        return log.error();
    QJsonArray entries;
    for (const auto &e : log.value())
        entries.append(QJsonObject{{u"id"_s, e.id}, {u"at"_s, e.at}, {u"username"_s, e.username},
                                   {u"action"_s, e.action}, {u"detail"_s, e.detail}});
    auto check = ledger::verifyAgainstAudit(m.db);
    if (!check)
        return check.error();
    QStringList problems;
    if (!check->ok())
        problems << check->detail;
    QJsonObject books{{u"entriesChecked"_s, check->entriesChecked}, {u"auditRowsChecked"_s, check->chain.rowsChecked}};
    for (const MoneyCheck &kindCheck : m_moneyChecks) {
        auto found = kindCheck();
        if (!found)
            return found.error();
        books.insert(found->key, found->detail);
        problems << found->problems;
    }
    books.insert(u"ok"_s, problems.isEmpty());
    books.insert(u"detail"_s, problems.join(u"; "_s));
    return QJsonObject{{u"entries"_s, entries}, {u"ledger"_s, books}};
}

void BackofficeApi::registerRoutes(QHttpServer &httpServer)
{
    const QString base = u"/api/admin/v1"_s;
    httpServer.route(base + u"/login"_s, Method::Post, [this](const QHttpServerRequest &req) { return login(req); });
    httpServer.route(base + u"/me"_s, Method::Get, [this](const QHttpServerRequest &req) {
        return serve(req, Permission::ViewOperators, [](const operators::BackofficeActor &by, const QJsonObject &) -> Result<QJsonObject> {
            QJsonArray allowed;
            for (int p = 0; p <= int(Permission::ViewAudit); ++p) {
                if (operators::allows(by.role, Permission(p)))
                    allowed.append(operators::permissionName(Permission(p)));
            }
            return QJsonObject{{u"username"_s, by.username}, {u"role"_s, operators::roleName(by.role)},
                               {u"permissions"_s, allowed}};
        });
    });

    httpServer.route(base + u"/operators"_s, Method::Get, [this](const QHttpServerRequest &req) {
        return serve(req, Permission::ViewOperators, [this](const auto &, const auto &) -> Result<QJsonObject> { return operatorsJson(); });
    });
    httpServer.route(base + u"/operators"_s, Method::Post, [this](const QHttpServerRequest &req) {
        return serve(req, Permission::ManageOperators, [this](const auto &by, const QJsonObject &b) -> Result<QJsonObject> {
            const auto l = limitsOf(b);
            if (!l)
                return l.error();
            const operators::OperatorSpec spec{b.value(u"name").toString(), b.value(u"webhookUrl").toString(),
                                               b.value(u"currency").toString(), l->minBet, l->maxBet,
                                               l->maxWin, b.value(u"language").toString(u"en"_s),
                                               b.value(u"region").toString()};
            auto created = m.operators.create(spec, by);
            if (!created)
                return created.error();
            // The secret is shown here once; the host keeps it only in its secret store.
            return QJsonObject{{u"operator"_s, operatorJson(created->op)}, {u"keyId"_s, created->keyId},
                               {u"secret"_s, created->secret}};
        });
    });
    httpServer.route(base + u"/operators/<arg>/<arg>"_s, Method::Post,
                     [this](const QString &id, const QString &action, const QHttpServerRequest &req) {
        // Suspending and resuming is support's to do too; everything else needs its own right.
        const Permission p = action == u"rotate" ? Permission::RotateSecrets
                           : (action == u"suspend" || action == u"resume") ? Permission::SuspendOperators
                                                                          : Permission::ManageOperators;
        return serve(req, p, [this, id, action](const auto &by, const QJsonObject &b) { return operatorAction(by, id, action, b); });
    });

    httpServer.route(base + u"/users"_s, Method::Get, [this](const QHttpServerRequest &req) {
        return serve(req, Permission::ManageUsers, [this](const auto &, const auto &) -> Result<QJsonObject> {
            auto users = m.users.list();
            if (!users)
                return users.error();
            QJsonArray list;
            for (const operators::BackofficeUser &u : users.value())
                list.append(QJsonObject{{u"username"_s, u.username}, {u"role"_s, operators::roleName(u.role)},
                                        {u"disabled"_s, u.disabled}});
            return QJsonObject{{u"users"_s, list}};
        });
    });
    httpServer.route(base + u"/users"_s, Method::Post, [this](const QHttpServerRequest &req) {
        return serve(req, Permission::ManageUsers, [this](const auto &by, const QJsonObject &b) -> Result<QJsonObject> {
            const auto role = operators::parseRole(b.value(u"role").toString());
            if (!role)
                return Error{ErrorCode::BadRequest, u"'role' must be admin, support or viewer."_s};
            const QString name = b.value(u"username").toString();
            if (auto s = m.users.create(by, name, *role, b.value(u"password").toString()); !s)
                return s.error();
            return QJsonObject{{u"username"_s, name}, {u"role"_s, operators::roleName(*role)}};
        });
    });
    httpServer.route(base + u"/users/<arg>/<arg>"_s, Method::Post,
                     [this](const QString &name, const QString &action, const QHttpServerRequest &req) {
        // Anyone may change their own password (BackofficeUsers checks the rest); it is a
        // password attempt, so it draws on the sign-in throttle.
        const bool password = action == u"password";
        if (password && !m.signIns.allow(req.remoteAddress(), m.host.clock().nowMs()))
            return http::error(Error{ErrorCode::RateLimited, u"Too many password attempts; wait a moment."_s});
        return serve(req, password ? Permission::ViewOperators : Permission::ManageUsers,
                     [this, name, action](const auto &by, const QJsonObject &b) { return userAction(by, name, action, b); });
    });

    // Who changed what, and whether the money's audit chain and ledger still agree.
    httpServer.route(base + u"/audit"_s, Method::Get, [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        if (auto caller = admit(req, Permission::ViewAudit); !caller) {
            http::error(caller.error()).write(std::move(responder));
            return;
        }
        answerWhenDurable(std::move(responder), [this] {
            auto report = auditReport();
            return report ? http::json(report.value()) : http::error(report.error());
        });
    });
}

} // namespace steward
