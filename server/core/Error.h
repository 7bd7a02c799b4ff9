// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace steward {

// Every refusal the host can give. The wire names (codeName) are stable: clients, tests and
// logs match on them, so a code is never renamed, only added.
enum class ErrorCode {
    BadJson,
    BadRequest,
    PayloadTooLarge,
    UnsupportedFrame,
    RateLimited,
    OriginRefused,
    AuthRequired,
    TokenInvalid,
    TokenExpired,
    BadCredentials,
    ResumeTokenInvalid,
    Forbidden,
    NotFound,
    GameNotFound,
    UnknownKind,
    UnknownType,
    InvalidConfig,
    UnknownJoinCode,
    // A seat a join asks for that the game does not have (GameKind::parseSeat, any kind).
    UnknownTeam,
    UnknownRole,
    SeatTaken,
    InvalidName,
    GameNotStarted,
    GameAlreadyStarted,
    GameFinished,
    GamePaused,    // the facilitator paused it: nothing moves until it resumes
    GameRunning,   // only a game that is not running can be deleted
    IntentNotFailed, // only a failed outbox row can be retried or cancelled
    IntentAwaited,   // a game waits for this record: it may be retried, not cancelled
    ChainOff,        // no chain is attached, or it has not started
    ChainBacklog,    // a game's intents wait on the node past the bound: its players wait
    // Wallet sign-in (Sign-In with Ethereum, EIP-4361).
    BadAddress,
    BadSignature,
    SiweBadMessage,
    SiweWrongDomain,
    SiweWrongChain,
    SiweNonceUsed,
    SiweExpired,
    SiweWrongSigner,
    // Operators' gateway: signed requests (HMAC-SHA256).
    SignatureMissing,
    UnknownOperatorKey,
    StaleTimestamp,
    ReplayedNonce,
    SignatureInvalid,
    OperatorSuspended,
    OperatorNotFound,
    Banned,
    StorageFailed,
    Internal,
    Owned, // a code a module owns (see OwnedCode); its name says which
};

QString codeName(ErrorCode code);
int httpStatus(ErrorCode code);

// A refusal code that a module owns, declared beside the rules that give it (a game kind's
// `NOT_YOUR_SEAT`, the wallet's `INSUFFICIENT_FUNDS`): its wire name and HTTP status. The core's
// enum keeps only the codes of the core's own refusals, so a new kind adds codes without
// touching shared files. Names are stable like the core's, and unique across modules.
struct OwnedCode
{
    QStringView name;
    int httpStatus = 409;
};

// One refusal code: either the core's or a module's. Compared by wire name, so a code a client
// reads back from a host's answer equals the constant it was raised with.
class Code
{
public:
    Code(ErrorCode core = ErrorCode::Internal) : m_core(core) {}
    Code(const OwnedCode &owned) : m_core(ErrorCode::Owned), m_name(owned.name.toString()), m_status(owned.httpStatus) {}

    // The code a client reads back from a host's answer (name and HTTP status).
    static Code fromWire(QStringView name, int httpStatus);

    ErrorCode core() const { return m_core; }
    QString name() const { return m_core == ErrorCode::Owned ? m_name : codeName(m_core); }
    int httpStatus() const { return m_core == ErrorCode::Owned ? m_status : steward::httpStatus(m_core); }

    friend bool operator==(const Code &a, const Code &b) { return a.m_core == b.m_core && a.m_name == b.m_name; }

private:
    ErrorCode m_core;
    QString m_name;  // an owned code's wire name
    int m_status = 0; // an owned code's HTTP status
};

struct Error
{
    Code code;
    QString message;

    QString codeName() const { return code.name(); }
    int httpStatus() const { return code.httpStatus(); }
};

} // namespace steward
