// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/protocol/Protocol.h"
#include "server/core/Error.h"

#include <QHttpServerResponse>
#include <QJsonObject>

namespace steward::http {

// Every JSON answer of the REST API: never cached, never sniffed.
inline QHttpServerResponse json(const QJsonObject &body, int status = 200)
{
    QHttpServerResponse r(body, static_cast<QHttpServerResponse::StatusCode>(status));
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("X-Content-Type-Options", "nosniff");
    return r;
}

inline QHttpServerResponse error(const Error &e)
{
    return json(protocol::errorBody(e), e.httpStatus());
}

} // namespace steward::http
