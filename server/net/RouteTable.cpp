// SPDX-License-Identifier: GPL-3.0-or-later
#include "RouteTable.h"

#include "BackofficeApi.h"
#include "OperatorGateway.h"
#include "RestApi.h"

namespace steward {

RouteTable::RouteTable(QHttpServer &http, RestApi &rest, BackofficeApi &backoffice, OperatorGateway &operators)
    : m_http(http), m_rest(rest), m_backoffice(backoffice), m_operators(operators)
{
}

void RouteTable::respond(const QHttpServerRequest &req, QHttpServerResponder &&responder, RouteAccess access,
                         const RouteHandler &handler, const RouteAnswer &answer)
{
    m_rest.respond(req, std::move(responder), access, handler, RestApi::Limit::General, answer);
}

Result<StaffCall> RouteTable::admitStaff(const QHttpServerRequest &req, operators::Permission permission)
{
    return m_backoffice.admit(req, permission);
}

QHttpServerResponse RouteTable::serveStaff(const QHttpServerRequest &req, operators::Permission permission,
                                           const StaffHandler &handler)
{
    return m_backoffice.serve(req, permission, handler);
}

void RouteTable::answerWhenDurable(QHttpServerResponder &&responder, std::function<QHttpServerResponse()> answer)
{
    m_backoffice.answerWhenDurable(std::move(responder), std::move(answer));
}

void RouteTable::addMoneyCheck(MoneyCheck check)
{
    m_backoffice.addMoneyCheck(std::move(check));
}

Result<QString> RouteTable::admitOperator(const QHttpServerRequest &req)
{
    return m_operators.authenticate(req);
}

} // namespace steward
