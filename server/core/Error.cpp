// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

using namespace Qt::StringLiterals;

namespace steward {

QString codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadJson: return u"BAD_JSON"_s;
    case ErrorCode::BadRequest: return u"BAD_REQUEST"_s;
    case ErrorCode::PayloadTooLarge: return u"PAYLOAD_TOO_LARGE"_s;
    case ErrorCode::UnsupportedFrame: return u"UNSUPPORTED_FRAME"_s;
    case ErrorCode::RateLimited: return u"RATE_LIMITED"_s;
    case ErrorCode::OriginRefused: return u"ORIGIN_REFUSED"_s;
    case ErrorCode::AuthRequired: return u"AUTH_REQUIRED"_s;
    case ErrorCode::TokenInvalid: return u"TOKEN_INVALID"_s;
    case ErrorCode::TokenExpired: return u"TOKEN_EXPIRED"_s;
    case ErrorCode::BadCredentials: return u"BAD_CREDENTIALS"_s;
    case ErrorCode::ResumeTokenInvalid: return u"RESUME_TOKEN_INVALID"_s;
    case ErrorCode::Forbidden: return u"FORBIDDEN"_s;
    case ErrorCode::NotFound: return u"NOT_FOUND"_s;
    case ErrorCode::GameNotFound: return u"GAME_NOT_FOUND"_s;
    case ErrorCode::UnknownKind: return u"UNKNOWN_KIND"_s;
    case ErrorCode::UnknownType: return u"UNKNOWN_TYPE"_s;
    case ErrorCode::InvalidConfig: return u"INVALID_CONFIG"_s;
    case ErrorCode::UnknownJoinCode: return u"UNKNOWN_JOIN_CODE"_s;
    case ErrorCode::UnknownTeam: return u"UNKNOWN_TEAM"_s;
    case ErrorCode::UnknownRole: return u"UNKNOWN_ROLE"_s;
    case ErrorCode::SeatTaken: return u"SEAT_TAKEN"_s;
    case ErrorCode::InvalidName: return u"INVALID_NAME"_s;
    case ErrorCode::InvalidQuantity: return u"INVALID_QUANTITY"_s;
    case ErrorCode::WrongRecipient: return u"WRONG_RECIPIENT"_s;
    case ErrorCode::NotYourSeat: return u"NOT_YOUR_SEAT"_s;
    case ErrorCode::SeatBotControlled: return u"SEAT_BOT_CONTROLLED"_s;
    case ErrorCode::GameNotStarted: return u"GAME_NOT_STARTED"_s;
    case ErrorCode::GameAlreadyStarted: return u"GAME_ALREADY_STARTED"_s;
    case ErrorCode::GameFinished: return u"GAME_FINISHED"_s;
    case ErrorCode::GamePaused: return u"GAME_PAUSED"_s;
    case ErrorCode::GameRunning: return u"GAME_RUNNING"_s;
    case ErrorCode::GameKept: return u"GAME_KEPT"_s;
    case ErrorCode::IntentNotFailed: return u"INTENT_NOT_FAILED"_s;
    case ErrorCode::IntentAwaited: return u"INTENT_AWAITED"_s;
    case ErrorCode::ChainOff: return u"CHAIN_OFF"_s;
    case ErrorCode::ChainBacklog: return u"CHAIN_BACKLOG"_s;
    case ErrorCode::InvalidInventory: return u"INVALID_INVENTORY"_s;
    case ErrorCode::OrderChangesUsedUp: return u"ORDER_CHANGES_USED_UP"_s;
    case ErrorCode::BadAddress: return u"BAD_ADDRESS"_s;
    case ErrorCode::BadSignature: return u"BAD_SIGNATURE"_s;
    case ErrorCode::SiweBadMessage: return u"SIWE_BAD_MESSAGE"_s;
    case ErrorCode::SiweWrongDomain: return u"SIWE_WRONG_DOMAIN"_s;
    case ErrorCode::SiweWrongChain: return u"SIWE_WRONG_CHAIN"_s;
    case ErrorCode::SiweNonceUsed: return u"SIWE_NONCE_USED"_s;
    case ErrorCode::SiweExpired: return u"SIWE_EXPIRED"_s;
    case ErrorCode::SiweWrongSigner: return u"SIWE_WRONG_SIGNER"_s;
    case ErrorCode::RoundNotOpen: return u"ROUND_NOT_OPEN"_s;
    case ErrorCode::BetTooLate: return u"BET_TOO_LATE"_s;
    case ErrorCode::InvalidBet: return u"INVALID_BET"_s;
    case ErrorCode::BetBelowMinimum: return u"BET_BELOW_MINIMUM"_s;
    case ErrorCode::BetAboveMaximum: return u"BET_ABOVE_MAXIMUM"_s;
    case ErrorCode::MaxWinExceeded: return u"MAX_WIN_EXCEEDED"_s;
    case ErrorCode::InsufficientFunds: return u"INSUFFICIENT_FUNDS"_s;
    case ErrorCode::DebitRefused: return u"DEBIT_REFUSED"_s;
    case ErrorCode::WalletUnavailable: return u"WALLET_UNAVAILABLE"_s;
    case ErrorCode::BetIdConflict: return u"BET_ID_CONFLICT"_s;
    case ErrorCode::InvalidPaytable: return u"INVALID_PAYTABLE"_s;
    case ErrorCode::RtpOutOfRange: return u"RTP_OUT_OF_RANGE"_s;
    case ErrorCode::SignatureMissing: return u"SIGNATURE_MISSING"_s;
    case ErrorCode::UnknownOperatorKey: return u"UNKNOWN_OPERATOR_KEY"_s;
    case ErrorCode::StaleTimestamp: return u"STALE_TIMESTAMP"_s;
    case ErrorCode::ReplayedNonce: return u"REPLAYED_NONCE"_s;
    case ErrorCode::SignatureInvalid: return u"SIGNATURE_INVALID"_s;
    case ErrorCode::OperatorSuspended: return u"OPERATOR_SUSPENDED"_s;
    case ErrorCode::Banned: return u"BANNED"_s;
    case ErrorCode::OperatorNotFound: return u"OPERATOR_NOT_FOUND"_s;
    case ErrorCode::StorageFailed: return u"STORAGE_FAILED"_s;
    case ErrorCode::Internal: return u"INTERNAL"_s;
    }
    return u"INTERNAL"_s;
}

int httpStatus(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadJson:
    case ErrorCode::BadRequest:
    case ErrorCode::UnsupportedFrame:
    case ErrorCode::UnknownType:
    case ErrorCode::UnknownKind:
    case ErrorCode::InvalidConfig:
    case ErrorCode::UnknownTeam:
    case ErrorCode::UnknownRole:
    case ErrorCode::InvalidName:
    case ErrorCode::InvalidQuantity:
    case ErrorCode::WrongRecipient:
    case ErrorCode::InvalidInventory:
    case ErrorCode::BadAddress:
    case ErrorCode::SiweBadMessage:
    case ErrorCode::InvalidBet:
    case ErrorCode::InvalidPaytable:
        return 400;
    case ErrorCode::AuthRequired:
    case ErrorCode::TokenInvalid:
    case ErrorCode::TokenExpired:
    case ErrorCode::BadCredentials:
    case ErrorCode::ResumeTokenInvalid:
    case ErrorCode::BadSignature:
    case ErrorCode::SiweWrongDomain:
    case ErrorCode::SiweWrongChain:
    case ErrorCode::SiweNonceUsed:
    case ErrorCode::SiweExpired:
    case ErrorCode::SiweWrongSigner:
    case ErrorCode::SignatureMissing:
    case ErrorCode::UnknownOperatorKey:
    case ErrorCode::StaleTimestamp:
    case ErrorCode::ReplayedNonce:
    case ErrorCode::SignatureInvalid:
        return 401;
    case ErrorCode::Forbidden:
    case ErrorCode::OriginRefused:
    case ErrorCode::NotYourSeat:
    case ErrorCode::OperatorSuspended:
    case ErrorCode::Banned:
        return 403;
    case ErrorCode::NotFound:
    case ErrorCode::GameNotFound:
    case ErrorCode::UnknownJoinCode:
    case ErrorCode::OperatorNotFound:
        return 404;
    case ErrorCode::SeatTaken:
    case ErrorCode::SeatBotControlled:
    case ErrorCode::GameNotStarted:
    case ErrorCode::GameAlreadyStarted:
    case ErrorCode::GameFinished:
    case ErrorCode::GamePaused:
    case ErrorCode::GameRunning:
    case ErrorCode::GameKept:
    case ErrorCode::IntentNotFailed:
    case ErrorCode::IntentAwaited:
    case ErrorCode::ChainOff:
    case ErrorCode::RoundNotOpen:
    case ErrorCode::BetTooLate:
    case ErrorCode::BetIdConflict:
    case ErrorCode::OrderChangesUsedUp:
        return 409;
    case ErrorCode::PayloadTooLarge:
        return 413;
    case ErrorCode::RateLimited:
        return 429;
    case ErrorCode::StorageFailed:
    case ErrorCode::WalletUnavailable:
    case ErrorCode::ChainBacklog:
        return 503;
    case ErrorCode::BetBelowMinimum:
    case ErrorCode::BetAboveMaximum:
    case ErrorCode::MaxWinExceeded:
    case ErrorCode::RtpOutOfRange:
        return 422;
    case ErrorCode::InsufficientFunds:
    case ErrorCode::DebitRefused:
        return 402;
    case ErrorCode::Internal:
        return 500;
    }
    return 500;
}

ErrorCode codeFromName(QStringView name)
{
    for (int i = 0; i <= int(ErrorCode::Internal); ++i) {
        if (codeName(ErrorCode(i)) == name)
            return ErrorCode(i);
    }
    return ErrorCode::Internal;
}

} // namespace steward
