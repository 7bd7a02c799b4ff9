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
    case ErrorCode::GameNotStarted: return u"GAME_NOT_STARTED"_s;
    case ErrorCode::GameAlreadyStarted: return u"GAME_ALREADY_STARTED"_s;
    case ErrorCode::GameFinished: return u"GAME_FINISHED"_s;
    case ErrorCode::GamePaused: return u"GAME_PAUSED"_s;
    case ErrorCode::GameRunning: return u"GAME_RUNNING"_s;
    case ErrorCode::IntentNotFailed: return u"INTENT_NOT_FAILED"_s;
    case ErrorCode::IntentAwaited: return u"INTENT_AWAITED"_s;
    case ErrorCode::ChainOff: return u"CHAIN_OFF"_s;
    case ErrorCode::ChainBacklog: return u"CHAIN_BACKLOG"_s;
    case ErrorCode::BadAddress: return u"BAD_ADDRESS"_s;
    case ErrorCode::BadSignature: return u"BAD_SIGNATURE"_s;
    case ErrorCode::SiweBadMessage: return u"SIWE_BAD_MESSAGE"_s;
    case ErrorCode::SiweWrongDomain: return u"SIWE_WRONG_DOMAIN"_s;
    case ErrorCode::SiweWrongChain: return u"SIWE_WRONG_CHAIN"_s;
    case ErrorCode::SiweNonceUsed: return u"SIWE_NONCE_USED"_s;
    case ErrorCode::SiweExpired: return u"SIWE_EXPIRED"_s;
    case ErrorCode::SiweWrongSigner: return u"SIWE_WRONG_SIGNER"_s;
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
    case ErrorCode::Owned: return u"INTERNAL"_s; // Code::name() gives the owned name
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
    case ErrorCode::InvalidName:
    case ErrorCode::UnknownTeam:
    case ErrorCode::UnknownRole:
    case ErrorCode::BadAddress:
    case ErrorCode::SiweBadMessage:
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
    case ErrorCode::OperatorSuspended:
    case ErrorCode::Banned:
        return 403;
    case ErrorCode::NotFound:
    case ErrorCode::GameNotFound:
    case ErrorCode::UnknownJoinCode:
    case ErrorCode::OperatorNotFound:
        return 404;
    case ErrorCode::SeatTaken:
    case ErrorCode::GameNotStarted:
    case ErrorCode::GameAlreadyStarted:
    case ErrorCode::GameFinished:
    case ErrorCode::GamePaused:
    case ErrorCode::GameRunning:
    case ErrorCode::IntentNotFailed:
    case ErrorCode::IntentAwaited:
    case ErrorCode::ChainOff:
        return 409;
    case ErrorCode::PayloadTooLarge:
        return 413;
    case ErrorCode::RateLimited:
        return 429;
    case ErrorCode::StorageFailed:
    case ErrorCode::ChainBacklog:
        return 503;
    case ErrorCode::Internal:
    case ErrorCode::Owned:
        return 500;
    }
    return 500;
}

Code Code::fromWire(QStringView name, int httpStatus)
{
    for (int i = 0; i < int(ErrorCode::Owned); ++i) {
        if (codeName(ErrorCode(i)) == name)
            return ErrorCode(i);
    }
    if (name.isEmpty())
        return ErrorCode::Internal;
    // A module's code: kept by name, so that it compares equal to the module's constant.
    Code owned(OwnedCode{name, httpStatus});
    return owned;
}

} // namespace steward
