// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Actor.h"
#include "server/core/Result.h"
#include "server/operators/Backoffice.h"

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QStringList>

#include <functional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace steward {

class BackofficeApi;
class OperatorGateway;
class RestApi;

// Who may call a player-facing route: anyone, the facilitator, a seated player, or anyone with
// a valid token.
enum class RouteAccess { Anyone, Facilitator, Player, SignedIn };

// One admitted REST call: the request, its JSON body (POST) and who sent it.
struct RouteCall
{
    const QHttpServerRequest &http;
    QJsonObject body;
    Actor actor;
};
using RouteHandler = std::function<Result<QJsonObject>(RouteCall &)>;
// Builds the answer from the handler's result (a file, an image); JSON when absent.
using RouteAnswer = std::function<QHttpServerResponse(const QJsonObject &)>;

// One admitted backoffice call: the member of staff and the JSON body.
struct StaffCall
{
    operators::BackofficeActor actor;
    QJsonObject body;
};
using StaffHandler = std::function<Result<QJsonObject>(const operators::BackofficeActor &, const QJsonObject &body)>;

// What a money check of a kind found, for the backoffice's audit report: shown under `key`
// beside the ledger's own check, its problems added to the report's.
struct MoneyFinding
{
    QString key;
    QJsonObject detail;
    QStringList problems;
};
using MoneyCheck = std::function<Result<MoneyFinding>()>;

// The host's HTTP port as a game kind's module sees it (KindModule::registerRoutes): a kind adds
// its routes with the same admission, errors and answer-after-commit as the host's own, for
// each of the three audiences (players and facilitator, backoffice staff, betting operators).
class RouteTable
{
public:
    RouteTable(QHttpServer &http, RestApi &rest, BackofficeApi &backoffice, OperatorGateway &operators);

    QHttpServer &http() { return m_http; }

    // Players and the facilitator: rate, body, token, role and bans checked first; the answer
    // leaves once everything appended so far is on disk.
    void respond(const QHttpServerRequest &req, QHttpServerResponder &&responder, RouteAccess access,
                 const RouteHandler &handler, const RouteAnswer &answer = {});

    // Backoffice staff: the caller, if their current role allows `permission`.
    Result<StaffCall> admitStaff(const QHttpServerRequest &req, operators::Permission permission);
    // Admits and runs `handler` now, answering with its JSON or its error.
    QHttpServerResponse serveStaff(const QHttpServerRequest &req, operators::Permission permission,
                                   const StaffHandler &handler);
    // Answers with `answer()` once everything appended so far is committed.
    void answerWhenDurable(QHttpServerResponder &&responder, std::function<QHttpServerResponse()> answer);
    // Adds a check to the backoffice's audit report.
    void addMoneyCheck(MoneyCheck check);

    // Betting operators: the id of the operator who signed this request, or why it is refused.
    Result<QString> admitOperator(const QHttpServerRequest &req);

private:
    QHttpServer &m_http;
    RestApi &m_rest;
    BackofficeApi &m_backoffice;
    OperatorGateway &m_operators;
};

} // namespace steward
