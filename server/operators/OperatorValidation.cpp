// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorValidation.h"

#include "server/core/JsonFields.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace steward::operators::validation {

namespace {

Error invalid(QStringView field, const QString &why)
{
    return Error{ErrorCode::InvalidConfig, field % u": "_s % why};
}

} // namespace

Result<QString> name(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxNameLength)
        return invalid(u"name", u"must be 1 to %1 characters"_s.arg(MaxNameLength));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return invalid(u"name", u"must not contain control characters"_s);
    }
    return trimmed;
}

namespace {

// A host name made only of numbers (decimal, octal or hex labels) that is not a plain dotted
// quad: resolvers read "2130706433" and "0x7f.1" as 127.0.0.1, which hides where it goes.
bool obfuscatedNumber(const QString &host)
{
    static const QRegularExpression numeric(QRegularExpression::anchoredPattern(u"(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?"_s),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dottedQuad(QRegularExpression::anchoredPattern(
        u"(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}"_s));
    return numeric.match(host).hasMatch() && !dottedQuad.match(host).hasMatch();
}

// The host as typed: QUrl rewrites "2130706433" and "0x7f.1" into "127.0.0.1" as browsers do.
QString typedHost(const QString &url)
{
    QString authority = url.section(u"://"_s, 1);
    authority = authority.left(authority.indexOf(QRegularExpression(u"[/?#]"_s)));
    authority = authority.section(u'@', -1);
    if (authority.startsWith(u'['))
        return authority.section(u']', 0, 0).mid(1);
    return authority.section(u':', 0, 0).toLower();
}

bool isOwnAddress(const QHostAddress &a, const QString &host)
{
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return true;
    if (a.isNull())
        return false;
    if (a.isLoopback() || a.isEqual(QHostAddress::AnyIPv4, QHostAddress::TolerantConversion))
        return true;
    const auto mine = QNetworkInterface::allAddresses();
    return std::any_of(mine.cbegin(), mine.cend(),
                       [&](const QHostAddress &m) { return m.isEqual(a, QHostAddress::TolerantConversion); });
}

} // namespace

Status webhookUrl(const QString &url, quint16 ownPort)
{
    if (url.size() > MaxUrlLength)
        return invalid(u"webhook_url", u"must be at most %1 characters"_s.arg(MaxUrlLength));
    const QUrl u(url, QUrl::StrictMode);
    const QString scheme = u.scheme();
    if (!u.isValid() || (scheme != u"http" && scheme != u"https") || u.host().isEmpty())
        return invalid(u"webhook_url", u"must be an http or https URL with a host"_s);
    if (!u.userInfo().isEmpty())
        return invalid(u"webhook_url", u"must not carry a user name or password"_s);
    const QString host = u.host().toLower();
    if (obfuscatedNumber(typedHost(url)))
        return invalid(u"webhook_url", u"must write an IPv4 address as four decimal numbers (e.g. 192.168.1.20)"_s);
    QHostAddress address(host);
    bool mapped = false;
    if (const quint32 v4 = address.toIPv4Address(&mapped); mapped)
        address = QHostAddress(v4); // ::ffff:169.254.169.254 is 169.254.169.254
    if (!address.isNull()) {
        if (address.isLinkLocal())
            return invalid(u"webhook_url", u"must not be a link-local address (169.254.x.x, fe80::)"_s);
        if (address.isMulticast() || address.isBroadcast() || address == QHostAddress(QHostAddress::AnyIPv6)
            || address == QHostAddress(QHostAddress::AnyIPv4))
            return invalid(u"webhook_url", u"must be the address of one wallet server"_s);
    }
    const int port = u.port(scheme == u"https" ? 443 : 80);
    if (ownPort != 0 && port == ownPort && isOwnAddress(address, host))
        return invalid(u"webhook_url", u"must not be this host's own port"_s);
    return Done{};
}

Status currency(const QString &currency)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(u"[A-Z]{3}"_s));
    if (!re.match(currency).hasMatch())
        return invalid(u"currency", u"must be three uppercase letters, e.g. EUR"_s);
    return Done{};
}

Status limits(qint64 minBet, qint64 maxBet, qint64 maxWin)
{
    if (minBet <= 0)
        return invalid(u"min_bet", u"must be more than 0"_s);
    if (maxBet < minBet)
        return invalid(u"max_bet", u"must be at least min_bet"_s);
    if (maxWin < maxBet)
        return invalid(u"max_win", u"must be at least max_bet"_s);
    // What a bet's limits accept (json::MaxAmount): above it every bet would be refused.
    if (maxWin > json::MaxAmount)
        return invalid(u"max_win", u"must be at most %1"_s.arg(json::MaxAmount));
    return Done{};
}

Result<QString> language(const QString &tag)
{
    // language[-Script][-REGION]: what the game's texts are chosen by; private-use and variant
    // subtags are left out on purpose.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(u"([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|[0-9]{3}))?"_s),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(tag);
    if (!m.hasMatch())
        return invalid(u"language", u"must be a language tag such as en, de or pt-BR"_s);
    QString out = m.captured(1).toLower();
    if (const QString script = m.captured(2); !script.isEmpty())
        out += u'-' % script.left(1).toUpper() % script.mid(1).toLower();
    if (const QString region = m.captured(3); !region.isEmpty())
        out += u'-' % region.toUpper();
    return out;
}

Status region(const QString &region)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(u"[A-Z]{2}|[0-9]{3}"_s));
    if (!re.match(region).hasMatch())
        return invalid(u"region", u"must be two uppercase letters (e.g. DE) or three digits (e.g. 419)"_s);
    return Done{};
}

Result<OperatorSpec> spec(OperatorSpec spec, quint16 ownPort)
{
    auto trimmed = name(spec.name);
    if (!trimmed)
        return trimmed.error();
    spec.name = trimmed.value();
    if (auto s = webhookUrl(spec.webhookUrl, ownPort); !s)
        return s.error();
    if (auto s = currency(spec.currency); !s)
        return s.error();
    if (auto s = limits(spec.minBet, spec.maxBet, spec.maxWin); !s)
        return s.error();
    auto lang = language(spec.language);
    if (!lang)
        return lang.error();
    spec.language = lang.value();
    if (auto s = region(spec.region); !s)
        return s.error();
    return spec;
}

} // namespace steward::operators::validation
