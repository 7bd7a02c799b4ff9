// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QStringList>

namespace steward::json {

// Readers for untrusted JSON: each says which field is wrong and why.
// A missing field yields the fallback; a present one must have the right type and range.
Result<int> intField(const QJsonObject &o, QStringView key, int fallback, int min, int max,
                     Code code = ErrorCode::BadRequest);
Result<int> requiredInt(const QJsonObject &o, QStringView key, int min, int max,
                        Code code = ErrorCode::BadRequest);
// A whole number from `min` to `max` (both within ±2^53, where doubles are exact), checked as
// a double before any conversion.
Result<qint64> int64Field(const QJsonObject &o, QStringView key, qint64 fallback, qint64 min, qint64 max,
                          Code code = ErrorCode::BadRequest);
// Money in minor units, everywhere the same: a JSON number with no fraction from `min` to at most
// MaxAmount (a trillion minor units). Checked as a double before any conversion, so 1e300 or
// 9.3e18 is refused, never converted.
inline constexpr qint64 MaxAmount = 1'000'000'000'000;
Result<qint64> amountField(const QJsonObject &o, QStringView key, qint64 fallback, qint64 min, qint64 max = MaxAmount,
                           Code code = ErrorCode::BadRequest);
Result<qint64> requiredAmount(const QJsonObject &o, QStringView key, qint64 min, qint64 max = MaxAmount,
                              Code code = ErrorCode::BadRequest);
Result<double> doubleField(const QJsonObject &o, QStringView key, double fallback, double min,
                           double max, Code code = ErrorCode::BadRequest);
Result<QString> stringField(const QJsonObject &o, QStringView key, const QString &fallback,
                            qsizetype maxLength, Code code = ErrorCode::BadRequest);
Result<QString> requiredString(const QJsonObject &o, QStringView key, qsizetype maxLength,
                               Code code = ErrorCode::BadRequest);
Result<bool> boolField(const QJsonObject &o, QStringView key, bool fallback,
                       Code code = ErrorCode::BadRequest);
// Refuses keys outside `allowed`, so a typo in a configuration is an error, not a silent default.
Status onlyKeys(const QJsonObject &o, const QStringList &allowed, Code code = ErrorCode::BadRequest);

} // namespace steward::json
