// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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
    UnknownTeam,
    UnknownRole,
    SeatTaken,
    InvalidName,
    InvalidQuantity,
    WrongRecipient,
    NotYourSeat,
    SeatBotControlled,
    GameNotStarted,
    GameAlreadyStarted,
    GameFinished,
    GamePaused,    // the facilitator paused it: nothing moves until it resumes
    GameRunning,   // only a game that is not running can be deleted
    GameKept,      // a table that took bets keeps its rounds for audit
    IntentNotFailed, // only a failed outbox row can be retried or cancelled
    IntentAwaited,   // a game waits for this record: it may be retried, not cancelled
    ChainOff,        // no chain is attached, or it has not started
    ChainBacklog,    // a game's intents wait on the node past the bound: its players wait
    InvalidInventory,
    OrderChangesUsedUp, // a seat changed its order of the week as often as it may
    // Wallet sign-in (Sign-In with Ethereum, EIP-4361).
    BadAddress,
    BadSignature,
    SiweBadMessage,
    SiweWrongDomain,
    SiweWrongChain,
    SiweNonceUsed,
    SiweExpired,
    SiweWrongSigner,
    // Rounds game (seed 004).
    RoundNotOpen,
    BetTooLate,
    InvalidBet,
    BetBelowMinimum,
    BetAboveMaximum,
    MaxWinExceeded,
    InsufficientFunds,
    DebitRefused,
    WalletUnavailable,
    BetIdConflict,
    InvalidPaytable,
    RtpOutOfRange,
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
};

QString codeName(ErrorCode code);
int httpStatus(ErrorCode code);
// The code a client reads back from a host's answer; Internal for a name this build does not know.
ErrorCode codeFromName(QStringView name);

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;

    QString codeName() const { return steward::codeName(code); }
    int httpStatus() const { return steward::httpStatus(code); }
};

} // namespace steward
