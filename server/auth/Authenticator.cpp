// SPDX-License-Identifier: GPL-3.0-or-later
#include "Authenticator.h"

#include "Jwt.h"
#include "Secrets.h"
#include "store/EventStore.h"

using namespace Qt::StringLiterals;

namespace steward {

Authenticator::Authenticator(EventStore &store, const Clock &clock) : m_store(store), m_clock(clock) {}

Result<QString> Authenticator::initialize(const QString &password)
{
    auto key = m_store.setting(u"jwt.key"_s);
    if (!key)
        return key.error();
    if (key->isEmpty()) {
        key = QString::fromLatin1(secrets::randomBytes(32).toBase64());
        if (auto s = m_store.setSetting(u"jwt.key"_s, key.value()); !s)
            return s.error();
    }
    m_key = QByteArray::fromBase64(key->toLatin1());

    QString shown;
    if (!password.isEmpty()) {
        m_passwordHash = secrets::hashPassword(password);
    } else {
        auto stored = m_store.setting(u"admin.password"_s);
        if (!stored)
            return stored.error();
        m_passwordHash = stored.value();
        if (m_passwordHash.isEmpty()) {
            shown = secrets::randomToken(12);
            m_passwordHash = secrets::hashPassword(shown);
        }
    }
    if (auto s = m_store.setSetting(u"admin.password"_s, m_passwordHash); !s)
        return s.error();
    return shown;
}

Result<QString> Authenticator::signInFacilitator(const QString &username, const QString &password) const
{
    if (username != u"admin" || !secrets::verifyPassword(password, m_passwordHash))
        return Error{ErrorCode::BadCredentials, u"Wrong user name or password."_s};
    const qint64 now = m_clock.nowMs() / 1000;
    return QString::fromLatin1(jwt::sign({{u"sub"_s, u"admin"_s}, {u"role"_s, u"facilitator"_s},
                                          {u"iat"_s, now}, {u"exp"_s, now + FacilitatorTokenSeconds}},
                                         m_key));
}

QString Authenticator::issuePlayerToken(const QString &playerId, const QString &gameId, int team,
                                        const QString &seat) const
{
    const qint64 now = m_clock.nowMs() / 1000;
    return QString::fromLatin1(jwt::sign({{u"sub"_s, playerId}, {u"role"_s, u"player"_s}, {u"gid"_s, gameId},
                                          {u"team"_s, team}, {u"seat"_s, seat}, {u"iat"_s, now},
                                          {u"exp"_s, now + PlayerTokenSeconds}},
                                         m_key));
}

Result<Actor> Authenticator::verify(const QString &token) const
{
    if (token.isEmpty())
        return Error{ErrorCode::AuthRequired, u"Sign in first: this needs a token."_s};
    auto claims = jwt::verify(token.toLatin1(), m_key, m_clock.nowMs() / 1000);
    if (!claims)
        return claims.error();
    const QString role = claims->value(u"role").toString();
    Actor a;
    a.id = claims->value(u"sub").toString();
    if (role == u"facilitator") {
        a.role = ActorRole::Facilitator;
    } else if (role == u"player") {
        a.role = ActorRole::Player;
        a.gameId = claims->value(u"gid").toString();
        a.team = claims->value(u"team").toInt();
        a.seat = claims->value(u"seat").toString();
    } else {
        return Error{ErrorCode::TokenInvalid, u"The token is not valid."_s};
    }
    return a;
}

} // namespace steward
