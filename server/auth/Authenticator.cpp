// SPDX-License-Identifier: GPL-3.0-or-later
#include "Authenticator.h"

#include "Jwt.h"
#include "Credentials.h"
#include "SiweMessage.h"
#include "server/chain/primitives/Hex.h"
#include "server/chain/primitives/PersonalMessage.h"
#include "server/store/EventStore.h"

using namespace Qt::StringLiterals;

namespace steward {

Authenticator::Authenticator(EventStore &store, const Clock &clock)
    : m_store(store), m_clock(clock), m_challenges(clock)
{
}

Result<QString> Authenticator::initialize(const QString &password)
{
    auto key = m_store.setting(u"jwt.key"_s);
    if (!key)
        return key.error();
    if (key->isEmpty()) {
        key = QString::fromLatin1(credentials::randomBytes(32).toBase64());
        if (auto s = m_store.setSetting(u"jwt.key"_s, key.value()); !s)
            return s.error();
    }
    m_key = QByteArray::fromBase64(key->toLatin1());

    QString shown;
    auto stored = m_store.setting(u"admin.password"_s);
    if (!stored)
        return stored.error();
    m_passwordHash = stored.value();
    if (!password.isEmpty()) {
        // The same password again keeps its hash, so that nothing reads as changed.
        if (!credentials::verifyPassword(password, m_passwordHash))
            m_passwordHash = credentials::hashPassword(password);
    } else {
        if (m_passwordHash.isEmpty()) {
            shown = credentials::randomToken(12);
            m_passwordHash = credentials::hashPassword(shown);
        }
    }
    if (auto s = m_store.setSetting(u"admin.password"_s, m_passwordHash); !s)
        return s.error();
    return shown;
}

Result<QString> Authenticator::signInFacilitator(const QString &username, const QString &password) const
{
    if (username != u"admin" || !credentials::verifyPassword(password, m_passwordHash))
        return Error{ErrorCode::BadCredentials, u"Wrong user name or password."_s};
    return issueFacilitatorToken();
}

QString Authenticator::issueFacilitatorToken() const
{
    const qint64 now = m_clock.nowMs() / 1000;
    return QString::fromLatin1(jwt::sign({{u"sub"_s, u"admin"_s}, {u"role"_s, u"facilitator"_s},
                                          {u"iat"_s, now}, {u"exp"_s, now + FacilitatorTokenSeconds}},
                                         m_key));
}

Status Authenticator::changePassword(const QString &current, const QString &next)
{
    if (!credentials::verifyPassword(current, m_passwordHash))
        return Error{ErrorCode::BadCredentials, u"The current password is wrong."_s};
    return setPassword(next);
}

Status Authenticator::setPassword(const QString &next)
{
    if (next.size() < 8 || next.size() > 200)
        return Error{ErrorCode::BadRequest, u"The new password must have 8 to 200 characters."_s};
    const QString hash = credentials::hashPassword(next);
    if (auto s = m_store.setSetting(u"admin.password"_s, hash); !s)
        return s.error();
    m_passwordHash = hash;
    if (m_passwordChanged)
        m_passwordChanged(hash);
    return Done{};
}

QString Authenticator::issuePlayerToken(const QString &playerId, const QString &gameId, const QJsonObject &seat) const
{
    const qint64 now = m_clock.nowMs() / 1000;
    return QString::fromLatin1(jwt::sign({{u"sub"_s, playerId}, {u"role"_s, u"player"_s}, {u"gid"_s, gameId},
                                          {u"seat"_s, seat}, {u"iat"_s, now},
                                          {u"exp"_s, now + PlayerTokenSeconds}},
                                         m_key));
}

Result<QJsonObject> Authenticator::claims(const QString &token) const
{
    if (token.isEmpty())
        return Error{ErrorCode::AuthRequired, u"Sign in first: this needs a token."_s};
    return jwt::verify(token.toLatin1(), m_key, m_clock.nowMs() / 1000);
}

Result<Actor> Authenticator::verify(const QString &token) const
{
    auto claims = this->claims(token);
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
        // Tokens issued before seats were the kinds' own carry a team and a seat name.
        const QJsonValue seat = claims->value(u"seat");
        a.seat = seat.isObject() ? seat.toObject()
                                 : QJsonObject{{u"team"_s, claims->value(u"team").toInt()}, {u"seat"_s, seat.toString()}};
    } else if (role == u"wallet") {
        return Error{ErrorCode::Forbidden,
                     u"A wallet sign-in token only joins games; use the player token the join gave you."_s};
    } else {
        return Error{ErrorCode::TokenInvalid, u"The token is not valid."_s};
    }
    return a;
}

QString Authenticator::issueBackofficeToken(const QString &username) const
{
    const qint64 now = m_clock.nowMs() / 1000;
    return QString::fromLatin1(jwt::sign({{u"sub"_s, username}, {u"role"_s, u"backoffice"_s}, {u"iat"_s, now},
                                          {u"exp"_s, now + FacilitatorTokenSeconds}},
                                         m_key));
}

Result<QString> Authenticator::backofficeUserOf(const QString &token) const
{
    auto claims = this->claims(token);
    if (!claims)
        return claims.error();
    const QString role = claims->value(u"role").toString();
    if (role == u"facilitator")
        return u"admin"_s;
    if (role == u"backoffice")
        return claims->value(u"sub").toString();
    return Error{ErrorCode::Forbidden, u"This needs a backoffice sign-in."_s};
}

QString Authenticator::issueWalletToken(const chain::Address &address) const
{
    const qint64 now = m_clock.nowMs() / 1000;
    return QString::fromLatin1(jwt::sign({{u"sub"_s, address.toChecksumString()}, {u"role"_s, u"wallet"_s},
                                          {u"iat"_s, now}, {u"exp"_s, now + WalletTokenSeconds}},
                                         m_key));
}

Result<std::optional<chain::Address>> Authenticator::walletOf(const QString &token) const
{
    auto claims = this->claims(token);
    if (!claims)
        return claims.error();
    const QString role = claims->value(u"role").toString();
    if (role == u"facilitator" || role == u"player")
        return std::optional<chain::Address>();
    if (role != u"wallet")
        return Error{ErrorCode::TokenInvalid, u"The token is not valid."_s};
    const auto address = chain::Address::fromString(claims->value(u"sub").toString());
    if (!address)
        return Error{ErrorCode::TokenInvalid, u"The token is not valid."_s};
    return std::optional(*address);
}

Result<WalletChallenge> Authenticator::walletChallenge(const QString &addressText, const QString &host) const
{
    const auto address = chain::Address::fromString(addressText);
    if (!address)
        return Error{ErrorCode::BadAddress, u"'address' must be 0x and 40 hex digits, with a correct EIP-55 "
                                            u"checksum when it mixes upper and lower case."_s};
    if (!SiweMessage::isValidDomain(host))
        return Error{ErrorCode::BadRequest, u"The request's Host header is missing or is not host[:port]."_s};
    const QString uri = u"http://"_s + host + u'/';
    const SiweChallenge c = m_challenges.issue(*address, host, uri);
    SiweMessage m;
    m.domain = host;
    m.address = *address;
    m.statement = WalletStatement.toString();
    m.uri = uri;
    m.chainId = m_chainId;
    m.nonce = c.nonce;
    m.issuedAtMs = c.issuedAtMs;
    m.expirationTimeMs = c.expiresAtMs;
    return WalletChallenge{m.toText(), c.nonce, c.expiresAtMs};
}

Result<WalletSignIn> Authenticator::signInWallet(const QString &message, const QString &signature,
                                                 const QString &host) const
{
    auto parsed = SiweMessage::parse(message);
    if (!parsed)
        return parsed.error();
    const SiweMessage &m = parsed.value();
    const qint64 now = m_clock.nowMs();
    const Error expired{ErrorCode::SiweExpired, u"This sign-in message expired at %1; ask for a new challenge."_s.arg(
                                                     SiweMessage::formatTime(m.expirationTimeMs.value_or(0)))};
    const bool messageExpired = m.expirationTimeMs && *m.expirationTimeMs <= now;

    // From here on the nonce is spent, whatever the outcome: a refused attempt is not retried.
    auto challenge = m_challenges.take(m.nonce);
    if (!challenge)
        return messageExpired ? expired : challenge.error();
    if (messageExpired)
        return expired;
    if (m.notBeforeMs && *m.notBeforeMs > now)
        return Error{ErrorCode::SiweExpired, u"This sign-in message is not valid before %1."_s.arg(
                                                 SiweMessage::formatTime(*m.notBeforeMs))};
    if (m.domain.compare(host, Qt::CaseInsensitive) != 0 || m.domain.compare(challenge->domain, Qt::CaseInsensitive) != 0)
        return Error{ErrorCode::SiweWrongDomain,
                     u"This sign-in message is for '%1', not for this host ('%2')."_s.arg(m.domain, host.left(255))};
    if (m.uri != challenge->uri)
        return Error{ErrorCode::SiweWrongDomain,
                     u"This sign-in message is for %1, not for %2."_s.arg(m.uri.left(255), challenge->uri)};
    if (m.chainId != m_chainId)
        return Error{ErrorCode::SiweWrongChain, u"This sign-in message is for chain %1; this host signs in on chain %2."_s
                                                    .arg(m.chainId)
                                                    .arg(m_chainId)};
    if (m.address != challenge->address)
        return Error{ErrorCode::SiweWrongSigner, u"This challenge was issued for %1, not for %2."_s.arg(
                                                     challenge->address.toChecksumString(), m.address.toChecksumString())};
    const auto bytes = chain::hex::decode(signature);
    if (!bytes || bytes->size() != 65)
        return Error{ErrorCode::BadSignature, u"'signature' must be 0x and 130 hex digits (65 bytes: r, s, v)."_s};
    const auto signer = chain::personal::recoverSigner(message.toUtf8(), *bytes);
    if (!signer)
        return Error{ErrorCode::BadSignature, u"The signature is not valid: %1."_s.arg(signer.error().reason)};
    if (*signer != m.address)
        return Error{ErrorCode::SiweWrongSigner,
                     u"This is not %1's signature of this message."_s.arg(m.address.toChecksumString())};
    return WalletSignIn{issueWalletToken(m.address), m.address};
}

} // namespace steward
