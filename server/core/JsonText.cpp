// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

#include <QCborMap>
#include <QCborValue>
#include <QJsonDocument>
#include <QLocale>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>

namespace steward::json {

namespace {

// Reads the CBOR that QCborValue::toCbor() writes for JSON data (RFC 8949): definite lengths,
// integers, text strings, arrays, maps, false/true/null/undefined and floats. Anything else
// (or a truncated buffer, which Qt never produces) makes it give up, and the caller falls back
// to Qt's own writer.
class CborToJson
{
public:
    // `out` must have room for the longest text `cbor` can become: see textBound().
    CborToJson(const QByteArray &cbor, char *out) : m_p(cbor.constData()), m_end(m_p + cbor.size()), m_out(out) {}

    // Each CBOR byte becomes at most 6 characters of JSON (a control character as \u00XX;
    // a 9-byte double at most 24; a one-byte container head two brackets and a separator per
    // member byte).
    static qsizetype textBound(qsizetype cborSize) { return cborSize * 6 + 32; }
    qsizetype written(const char *start) const { return m_out - start; }

    bool value(int depth = 0)
    {
        if (m_p >= m_end || depth > 512)
            return false;
        const quint8 initial = quint8(*m_p++);
        const int major = initial >> 5;
        const quint8 info = initial & 0x1f;
        if (major == 7)
            return simple(info);
        quint64 arg = 0;
        if (!argument(info, arg))
            return false;
        switch (major) {
        case 0:
            m_out = std::to_chars(m_out, m_out + 24, arg).ptr;
            return true;
        case 1: // -1 - arg; QJsonValue integers are 64-bit, so arg fits in a qint64
            if (arg > quint64(std::numeric_limits<qint64>::max()))
                return false;
            m_out = std::to_chars(m_out, m_out + 24, -1 - qint64(arg)).ptr;
            return true;
        case 3:
            return text(arg);
        case 4:
            *m_out++ = '[';
            for (quint64 i = 0; i < arg; ++i) {
                if (i)
                    *m_out++ = ',';
                if (!value(depth + 1))
                    return false;
            }
            *m_out++ = ']';
            return true;
        case 5:
            *m_out++ = '{';
            for (quint64 i = 0; i < arg; ++i) {
                if (i)
                    *m_out++ = ',';
                if (m_p >= m_end || (quint8(*m_p) >> 5) != 3 || !value(depth + 1)) // keys are text
                    return false;
                *m_out++ = ':';
                if (!value(depth + 1))
                    return false;
            }
            *m_out++ = '}';
            return true;
        default: // byte strings and tags never come from JSON data
            return false;
        }
    }

    bool atEnd() const { return m_p == m_end; }

private:
    bool argument(quint8 info, quint64 &arg)
    {
        if (info < 24) {
            arg = info;
            return true;
        }
        int bytes = 0;
        switch (info) {
        case 24: bytes = 1; break;
        case 25: bytes = 2; break;
        case 26: bytes = 4; break;
        case 27: bytes = 8; break;
        default: return false; // indefinite lengths: not written by QCborValue
        }
        if (m_end - m_p < bytes)
            return false;
        arg = 0;
        for (int i = 0; i < bytes; ++i)
            arg = (arg << 8) | quint8(*m_p++);
        return true;
    }

    bool simple(quint8 info)
    {
        switch (info) {
        case 20: put("false"); return true;
        case 21: put("true"); return true;
        case 22: // null
        case 23: // undefined: QJsonDocument writes null too
            put("null");
            return true;
        case 25: return number(halfToDouble(quint16(bigEndian(2))));
        case 26: {
            const quint32 bits = quint32(bigEndian(4));
            return number(double(std::bit_cast<float>(bits)));
        }
        case 27: return number(std::bit_cast<double>(bigEndian(8)));
        default: return false;
        }
    }

    quint64 bigEndian(int bytes)
    {
        if (m_end - m_p < bytes) {
            m_p = m_end + 1; // poisons the walk: the next read fails
            return 0;
        }
        quint64 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | quint8(*m_p++);
        return v;
    }

    static double halfToDouble(quint16 h)
    {
        const int exponent = (h >> 10) & 0x1f;
        const int mantissa = h & 0x3ff;
        double v = exponent == 0    ? std::ldexp(mantissa, -24)
                 : exponent == 31 ? (mantissa ? std::nan("") : INFINITY)
                                  : std::ldexp(mantissa + 1024, exponent - 25);
        return (h & 0x8000) ? -v : v;
    }

    bool number(double d)
    {
        if (m_p > m_end)
            return false;
        // As Qt's JSON writer: shortest round-trip form; JSON has no NaN or infinity.
        if (!std::isfinite(d)) {
            put("null");
        } else if (const auto i = qint64(d); double(i) == d && std::abs(d) < 1e15) {
            m_out = std::to_chars(m_out, m_out + 24, i).ptr; // what 'g' shortest writes for these
        } else {
            const QByteArray digits = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
            std::memcpy(m_out, digits.constData(), size_t(digits.size()));
            m_out += digits.size();
        }
        return true;
    }

    bool text(quint64 length)
    {
        if (quint64(m_end - m_p) < length)
            return false;
        const char *s = m_p;
        const char *end = m_p + length;
        m_p = end;
        *m_out++ = '"';
        for (; s < end; ++s) {
            const auto c = quint8(*s);
            if (c >= 0x20 && c != '"' && c != '\\') {
                *m_out++ = char(c);
                continue;
            }
            switch (c) {
            case '"': put("\\\""); break;
            case '\\': put("\\\\"); break;
            case '\b': put("\\b"); break;
            case '\f': put("\\f"); break;
            case '\n': put("\\n"); break;
            case '\r': put("\\r"); break;
            case '\t': put("\\t"); break;
            default: {
                static const char hex[] = "0123456789abcdef";
                const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
                std::memcpy(m_out, esc, sizeof esc);
                m_out += sizeof esc;
            }
            }
        }
        *m_out++ = '"';
        return true;
    }

    template<size_t N>
    void put(const char (&literal)[N])
    {
        std::memcpy(m_out, literal, N - 1);
        m_out += N - 1;
    }

    const char *m_p;
    const char *m_end;
    char *m_out;
};

} // namespace

QByteArray compactText(const QJsonObject &o)
{
    const QByteArray cbor = QCborValue(QCborMap::fromJsonObject(o)).toCbor();
    QByteArray out(CborToJson::textBound(cbor.size()), Qt::Uninitialized);
    CborToJson walk(cbor, out.data());
    if (walk.value() && walk.atEnd()) {
        out.truncate(walk.written(out.constData()));
        return out;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact); // never expected; kept correct
}

} // namespace steward::json
