// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFields.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace steward::json {

namespace {
Error fieldError(Code code, QStringView key, const QString &what)
{
    return Error{code, u"'%1' %2"_s.arg(key, what)};
}
} // namespace

Result<int> intField(const QJsonObject &o, QStringView key, int fallback, int min, int max, Code code)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    return requiredInt(o, key, min, max, code);
}

Result<int> requiredInt(const QJsonObject &o, QStringView key, int min, int max, Code code)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fieldError(code, key, u"is required"_s);
    if (!v.isDouble())
        return fieldError(code, key, u"must be a whole number"_s);
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d)
        return fieldError(code, key, u"must be a whole number"_s);
    if (d < min || d > max)
        return fieldError(code, key, u"must be between %1 and %2"_s.arg(min).arg(max));
    return static_cast<int>(d);
}

Result<qint64> int64Field(const QJsonObject &o, QStringView key, qint64 fallback, qint64 min, qint64 max,
                          Code code)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d || d < double(min) || d > double(max))
        return fieldError(code, key, u"must be a whole number from %1 to %2"_s.arg(min).arg(max));
    return static_cast<qint64>(d);
}

Result<qint64> amountField(const QJsonObject &o, QStringView key, qint64 fallback, qint64 min, qint64 max,
                           Code code)
{
    if (o.value(key).isUndefined())
        return fallback;
    return requiredAmount(o, key, min, max, code);
}

Result<qint64> requiredAmount(const QJsonObject &o, QStringView key, qint64 min, qint64 max, Code code)
{
    max = std::min(max, MaxAmount);
    const QJsonValue v = o.value(key);
    const auto bad = [&] {
        return fieldError(code, key, u"must be a whole number of minor units from %1 to %2"_s.arg(min).arg(max));
    };
    if (v.isUndefined())
        return fieldError(code, key, u"is required"_s);
    if (!v.isDouble())
        return bad();
    const double d = v.toDouble();
    // Both bounds are far inside the range where a double holds every whole number exactly.
    if (!std::isfinite(d) || std::floor(d) != d || d < double(min) || d > double(max))
        return bad();
    return static_cast<qint64>(d);
}

Result<double> doubleField(const QJsonObject &o, QStringView key, double fallback, double min, double max,
                           Code code)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return fieldError(code, key, u"must be a number"_s);
    const double d = v.toDouble();
    if (d < min || d > max)
        return fieldError(code, key, u"must be between %1 and %2"_s.arg(min).arg(max));
    return d;
}

Result<QString> stringField(const QJsonObject &o, QStringView key, const QString &fallback, qsizetype maxLength,
                            Code code)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    return requiredString(o, key, maxLength, code);
}

Result<QString> requiredString(const QJsonObject &o, QStringView key, qsizetype maxLength, Code code)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fieldError(code, key, u"is required"_s);
    if (!v.isString())
        return fieldError(code, key, u"must be a string"_s);
    QString s = v.toString();
    if (s.size() > maxLength)
        return fieldError(code, key, u"is longer than %1 characters"_s.arg(maxLength));
    return s;
}

Result<bool> boolField(const QJsonObject &o, QStringView key, bool fallback, Code code)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool())
        return fieldError(code, key, u"must be true or false"_s);
    return v.toBool();
}

Status onlyKeys(const QJsonObject &o, const QStringList &allowed, Code code)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return fieldError(code, it.key(), u"is not a known field (known: %1)"_s.arg(allowed.join(u", ")));
    }
    return Done{};
}

} // namespace steward::json
