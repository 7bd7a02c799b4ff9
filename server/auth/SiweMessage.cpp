// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiweMessage.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward {

namespace {

constexpr QStringView Header = u" wants you to sign in with your Ethereum account:";
constexpr qint64 MsPerDay = 24 * 3600 * 1000;
constexpr qint64 UnixEpochJulianDay = 2440588; // 1970-01-01
constexpr qsizetype MaxNonceLength = 128;
constexpr qsizetype MaxUriLength = 2048;

bool isAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
bool isHexDigit(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
bool isPrintableAscii(QChar c)
{
    return c.unicode() >= 0x20 && c.unicode() <= 0x7e;
}
// RFC 3986 character classes.
bool isUnreserved(QChar c)
{
    return isAlnum(c) || c == u'-' || c == u'.' || c == u'_' || c == u'~';
}
bool isSubDelim(QChar c)
{
    return QStringView(u"!$&'()*+,;=").contains(c);
}
bool isGenDelim(QChar c)
{
    return QStringView(u":/?#[]@").contains(c);
}

// EIP-4361: statement = *( reserved / unreserved / " " ).
bool isValidStatement(QStringView s)
{
    for (QChar c : s) {
        if (!(isUnreserved(c) || isSubDelim(c) || isGenDelim(c) || c == u' '))
            return false;
    }
    return true;
}

bool isValidNonce(QStringView s)
{
    if (s.size() < 8 || s.size() > MaxNonceLength)
        return false;
    return std::all_of(s.begin(), s.end(), isAlnum);
}

// Percent signs must start a two-digit escape.
bool hasValidEscapes(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != u'%')
            continue;
        if (i + 2 >= s.size())
            return false;
        if (!isHexDigit(s[i + 1]) || !isHexDigit(s[i + 2]))
            return false;
        i += 2;
    }
    return true;
}

// An absolute RFC 3986 URI, without characters a URI can never hold.
bool isValidUri(QStringView s)
{
    if (s.isEmpty() || s.size() > MaxUriLength)
        return false;
    for (QChar c : s) {
        if (!(isUnreserved(c) || isSubDelim(c) || isGenDelim(c) || c == u'%'))
            return false;
    }
    if (!hasValidEscapes(s))
        return false;
    const QUrl url(s.toString(), QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty();
}

// request-id = *pchar; pchar = unreserved / pct-encoded / sub-delims / ":" / "@".
bool isValidRequestId(QStringView s)
{
    for (QChar c : s) {
        if (!(isUnreserved(c) || isSubDelim(c) || c == u':' || c == u'@' || c == u'%'))
            return false;
    }
    return hasValidEscapes(s);
}

std::optional<quint64> parseChainId(QStringView s)
{
    if (s.isEmpty() || s.size() > 20 || (s.size() > 1 && s.front() == u'0'))
        return std::nullopt;
    if (!std::all_of(s.begin(), s.end(), isDigit))
        return std::nullopt;
    bool ok = false;
    const quint64 id = s.toULongLong(&ok);
    return ok ? std::optional(id) : std::nullopt;
}

Error malformed(const QString &why)
{
    return Error{ErrorCode::SiweBadMessage, u"The sign-in message is malformed: "_s + why + u'.'};
}

QString quoted(QStringView s)
{
    return u"'"_s + s.left(64).toString() + (s.size() > 64 ? u"…'"_s : u"'"_s);
}

} // namespace

bool SiweMessage::isValidDomain(QStringView domain)
{
    if (domain.isEmpty() || domain.size() > 255)
        return false;
    QStringView port;
    if (domain.front() == u'[') {
        const qsizetype close = domain.indexOf(u']');
        if (close < 2)
            return false;
        const QStringView ip = domain.mid(1, close - 1);
        if (!std::all_of(ip.begin(), ip.end(), [](QChar c) { return isHexDigit(c) || c == u':' || c == u'.'; }))
            return false;
        const QStringView rest = domain.mid(close + 1);
        if (!rest.isEmpty()) {
            if (rest.front() != u':')
                return false;
            port = rest.mid(1);
            if (port.isEmpty())
                return false;
        }
    } else {
        const qsizetype colon = domain.indexOf(u':');
        const QStringView host = colon < 0 ? domain : domain.left(colon);
        if (host.isEmpty() || !std::all_of(host.begin(), host.end(), isUnreserved))
            return false;
        if (colon >= 0) {
            port = domain.mid(colon + 1);
            if (port.isEmpty())
                return false;
        }
    }
    if (!port.isEmpty()) {
        if (port.size() > 5 || !std::all_of(port.begin(), port.end(), isDigit) || port.toInt() > 65535)
            return false;
    }
    return true;
}

QString SiweMessage::formatTime(qint64 epochMs)
{
    qint64 days = epochMs / MsPerDay;
    qint64 rest = epochMs % MsPerDay;
    if (rest < 0) {
        rest += MsPerDay;
        --days;
    }
    const QDate date = QDate::fromJulianDay(days + UnixEpochJulianDay);
    const QTime time = QTime::fromMSecsSinceStartOfDay(static_cast<int>(rest));
    return date.toString(Qt::ISODate) + u'T' + time.toString(u"HH:mm:ss.zzz"_s) + u'Z';
}

std::optional<qint64> SiweMessage::parseTime(QStringView text)
{
    static const QRegularExpression re(
        uR"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$)"_s);
    if (text.size() > 64)
        return std::nullopt;
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    auto number = [&](int group) { return m.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    const int hour = number(4);
    const int minute = number(5);
    const int second = number(6);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59) // no leap seconds
        return std::nullopt;
    int ms = 0;
    const QStringView fraction = m.capturedView(7); // milliseconds: the first three digits
    for (qsizetype i = 0; i < 3; ++i)
        ms = ms * 10 + (i < fraction.size() ? fraction[i].digitValue() : 0);
    int offsetMinutes = 0;
    if (const QStringView sign = m.capturedView(8); !sign.isEmpty()) {
        const int oh = number(9);
        const int om = number(10);
        if (oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = (sign == u"-" ? -1 : 1) * (oh * 60 + om);
    }
    return (date.toJulianDay() - UnixEpochJulianDay) * MsPerDay
           + ((qint64(hour) * 60 + minute) * 60 + second) * 1000 + ms - qint64(offsetMinutes) * 60 * 1000;
}

QString SiweMessage::toText() const
{
    QString t = domain + Header.toString() + u'\n' + address.toChecksumString() + u"\n\n"_s;
    if (!statement.isEmpty())
        t += statement + u'\n';
    t += u"\nURI: "_s + uri;
    t += u"\nVersion: "_s + Version.toString();
    t += u"\nChain ID: "_s + QString::number(chainId);
    t += u"\nNonce: "_s + nonce;
    t += u"\nIssued At: "_s + formatTime(issuedAtMs);
    if (expirationTimeMs)
        t += u"\nExpiration Time: "_s + formatTime(*expirationTimeMs);
    if (notBeforeMs)
        t += u"\nNot Before: "_s + formatTime(*notBeforeMs);
    if (requestId)
        t += u"\nRequest ID: "_s + *requestId;
    if (!resources.isEmpty()) {
        t += u"\nResources:"_s;
        for (const QString &r : resources)
            t += u"\n- "_s + r;
    }
    return t;
}

Result<SiweMessage> SiweMessage::parse(QStringView text)
{
    if (text.isEmpty())
        return malformed(u"it is empty"_s);
    if (text.size() > MaxLength)
        return malformed(u"it is longer than %1 characters"_s.arg(MaxLength));
    for (QChar c : text) {
        if (c == u'\r')
            return malformed(u"lines end in LF alone, not CR LF"_s);
        if (c != u'\n' && !isPrintableAscii(c))
            return malformed(u"it may hold only printable ASCII characters"_s);
    }
    const QList<QStringView> lines = text.split(u'\n');
    SiweMessage m;

    // The preamble: domain, address, statement.
    if (!lines[0].endsWith(Header))
        return malformed(u"the first line must be '<domain> wants you to sign in with your Ethereum account:'"_s);
    const QStringView domain = lines[0].chopped(Header.size());
    if (!isValidDomain(domain))
        return malformed(u"%1 is not a domain (host or host:port)"_s.arg(quoted(domain)));
    m.domain = domain.toString();

    if (lines.size() < 2)
        return malformed(u"the address line is missing"_s);
    const QStringView addressText = lines[1];
    const auto address = chain::Address::fromString(addressText);
    if (!address) {
        if (addressText.size() == 42 && chain::Address::fromString(addressText.toString().toLower()))
            return malformed(u"the address %1 has a wrong EIP-55 checksum"_s.arg(quoted(addressText)));
        return malformed(u"line 2 must be an Ethereum address (0x and 40 hex digits), not %1"_s.arg(quoted(addressText)));
    }
    if (address->toChecksumString() != addressText)
        return malformed(u"the address must be written with its EIP-55 checksum (%1)"_s.arg(address->toChecksumString()));
    m.address = *address;

    if (lines.size() < 4)
        return malformed(u"the message ends after the address"_s);
    if (!lines[2].isEmpty())
        return malformed(u"line 3 must be empty"_s);
    qsizetype at = 4; // without a statement, line 4 is the second empty line
    if (!lines[3].isEmpty()) {
        if (!isValidStatement(lines[3]))
            return malformed(u"the statement may hold only letters, digits, spaces and URI punctuation"_s);
        m.statement = lines[3].toString();
        if (lines.size() < 5 || !lines[4].isEmpty())
            return malformed(u"an empty line must follow the statement"_s);
        at = 5;
    }

    // The fields, each on its own line, in this order.
    auto field = [&](QStringView tag) -> std::optional<QStringView> {
        if (at < lines.size() && lines[at].startsWith(tag))
            return lines[at++].mid(tag.size());
        return std::nullopt;
    };
    auto missing = [&](QStringView tag) {
        if (at >= lines.size())
            return malformed(u"the '%1' line is missing (the message ends too soon)"_s.arg(tag.trimmed()));
        return malformed(u"line %1 must be the '%2' line, not %3"_s.arg(at + 1).arg(tag.trimmed(), quoted(lines[at])));
    };

    const auto uri = field(u"URI: ");
    if (!uri)
        return missing(u"URI: ");
    if (!isValidUri(*uri))
        return malformed(u"the URI %1 is not an absolute URI"_s.arg(quoted(*uri)));
    m.uri = uri->toString();

    const auto version = field(u"Version: ");
    if (!version)
        return missing(u"Version: ");
    if (*version != Version)
        return malformed(u"only Version 1 exists, not %1"_s.arg(quoted(*version)));

    const auto chainId = field(u"Chain ID: ");
    if (!chainId)
        return missing(u"Chain ID: ");
    const auto id = parseChainId(*chainId);
    if (!id)
        return malformed(u"the chain ID %1 is not a decimal number"_s.arg(quoted(*chainId)));
    m.chainId = *id;

    const auto nonce = field(u"Nonce: ");
    if (!nonce)
        return missing(u"Nonce: ");
    if (!isValidNonce(*nonce))
        return malformed(u"the nonce must be 8 to %1 letters and digits"_s.arg(MaxNonceLength));
    m.nonce = nonce->toString();

    const auto issuedAt = field(u"Issued At: ");
    if (!issuedAt)
        return missing(u"Issued At: ");
    const auto issued = parseTime(*issuedAt);
    if (!issued)
        return malformed(u"Issued At %1 is not an RFC 3339 date and time"_s.arg(quoted(*issuedAt)));
    m.issuedAtMs = *issued;

    if (const auto expiration = field(u"Expiration Time: ")) {
        const auto t = parseTime(*expiration);
        if (!t)
            return malformed(u"Expiration Time %1 is not an RFC 3339 date and time"_s.arg(quoted(*expiration)));
        m.expirationTimeMs = *t;
    }
    if (const auto notBefore = field(u"Not Before: ")) {
        const auto t = parseTime(*notBefore);
        if (!t)
            return malformed(u"Not Before %1 is not an RFC 3339 date and time"_s.arg(quoted(*notBefore)));
        m.notBeforeMs = *t;
    }
    if (const auto requestId = field(u"Request ID: ")) {
        if (!isValidRequestId(*requestId))
            return malformed(u"the Request ID %1 holds characters a URI path cannot"_s.arg(quoted(*requestId)));
        m.requestId = requestId->toString();
    }
    if (at < lines.size() && lines[at] == u"Resources:") {
        ++at;
        while (at < lines.size() && lines[at].startsWith(u"- ")) {
            const QStringView resource = lines[at].mid(2);
            if (!isValidUri(resource))
                return malformed(u"the resource %1 is not an absolute URI"_s.arg(quoted(resource)));
            m.resources << resource.toString();
            ++at;
        }
    }
    if (at < lines.size()) {
        if (lines[at].isEmpty())
            return malformed(u"line %1 is empty; nothing may follow the last field"_s.arg(at + 1));
        return malformed(u"line %1 is not expected here: %2"_s.arg(at + 1).arg(quoted(lines[at])));
    }
    return m;
}

} // namespace steward
