// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SiweChallenges.h"
#include "server/core/Actor.h"
#include "server/core/Clock.h"
#include "server/core/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace steward {

class EventStore;

// What POST /auth/challenge answers: the EIP-4361 text to sign, its nonce and when it expires.
struct WalletChallenge
{
    QString message;
    QString nonce;
    qint64 expiresAtMs = 0;
};

// A successful wallet sign-in: the token and the checksummed address it speaks for.
struct WalletSignIn
{
    QString token;
    chain::Address address;
};

// Signs people in and checks their tokens. The signing key and the facilitator's password
// hash live in the database, so tokens stay valid across restarts.
class Authenticator
{
public:
    Authenticator(EventStore &store, const Clock &clock);

    // Loads or creates the signing key. Sets the facilitator password from `password` when
    // given; else keeps the stored one, or generates one and returns it to be shown once.
    Result<QString> initialize(const QString &password);

    Result<QString> signInFacilitator(const QString &username, const QString &password) const;
    // For the console that embeds this host: it is the facilitator, without typing the password.
    QString issueFacilitatorToken() const;
    // A new facilitator password (at least 8 characters), given the current one; stored hashed.
    Status changePassword(const QString &current, const QString &next);
    // Sets the password without the current one: only for whoever runs the host in their own
    // process (the console on this computer), never over the network.
    Status setPassword(const QString &next);
    // The stored hash of the facilitator password (auth/Credentials.h format).
    QString passwordHash() const { return m_passwordHash; }
    // Called with the new hash whenever the password changes: the backoffice's admin, the same
    // person, follows it.
    void onPasswordChanged(std::function<void(const QString &hash)> hook) { m_passwordChanged = std::move(hook); }
    QString issuePlayerToken(const QString &playerId, const QString &gameId, const QJsonObject &seat) const;
    // The actor a token speaks for; players still need checking against the game's seats.
    // A wallet token is no actor: it is refused here (FORBIDDEN), and read by walletOf.
    Result<Actor> verify(const QString &token) const;
    // Backoffice staff (docs/operators.md): a token names the user; their role is looked up on
    // every request, so a change of role or a disabled account counts at once. The
    // facilitator's token is the backoffice user "admin".
    QString issueBackofficeToken(const QString &username) const;
    Result<QString> backofficeUserOf(const QString &token) const;

    // Wallet sign-in with Sign-In with Ethereum (EIP-4361). `host` is the request's Host
    // header (host:port), which becomes the message's domain and URI. Refuses a malformed
    // address (BAD_ADDRESS) or host (BAD_REQUEST).
    Result<WalletChallenge> walletChallenge(const QString &address, const QString &host) const;
    // Checks a signed challenge and issues a wallet token. The nonce is spent by any attempt
    // whose message parses, whatever the outcome.
    Result<WalletSignIn> signInWallet(const QString &message, const QString &signature, const QString &host) const;
    QString issueWalletToken(const chain::Address &address) const;
    // The wallet a valid token speaks for; nullopt for a valid facilitator or player token.
    // An invalid or expired token of any kind is refused.
    Result<std::optional<chain::Address>> walletOf(const QString &token) const;

    // The chain whose accounts sign in (EIP-155 id in the message); the devnet's until the
    // runtime sets the configured one.
    quint64 chainId() const { return m_chainId; }
    void setChainId(quint64 id) { m_chainId = id; }
    SiweChallenges &walletChallenges() { return m_challenges; }

    static constexpr qint64 FacilitatorTokenSeconds = 12 * 3600;
    static constexpr qint64 PlayerTokenSeconds = 7 * 24 * 3600;
    static constexpr qint64 WalletTokenSeconds = 24 * 3600;
    static constexpr quint64 DevnetChainId = 31337;
    static constexpr QStringView WalletStatement = u"Sign in to Steward to join a game.";

private:
    Result<QJsonObject> claims(const QString &token) const;

    EventStore &m_store;
    const Clock &m_clock;
    QByteArray m_key;
    QString m_passwordHash;
    std::function<void(const QString &)> m_passwordChanged;
    quint64 m_chainId = DevnetChainId;
    // Single-use state spent by sign-ins, which the network layer makes through the const
    // Authenticator it holds: mutable, like a cache, and touched only on the host's thread.
    mutable SiweChallenges m_challenges;
};

} // namespace steward
