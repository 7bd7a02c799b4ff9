// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorValidation.h"

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

Status webhookUrl(const QString &url)
{
    if (url.size() > MaxUrlLength)
        return invalid(u"webhook_url", u"must be at most %1 characters"_s.arg(MaxUrlLength));
    const QUrl u(url, QUrl::StrictMode);
    const QString scheme = u.scheme();
    if (!u.isValid() || (scheme != u"http" && scheme != u"https") || u.host().isEmpty())
        return invalid(u"webhook_url", u"must be an http or https URL with a host"_s);
    if (!u.userInfo().isEmpty())
        return invalid(u"webhook_url", u"must not carry a user name or password"_s);
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

Result<OperatorSpec> spec(OperatorSpec spec)
{
    auto trimmed = name(spec.name);
    if (!trimmed)
        return trimmed.error();
    spec.name = trimmed.value();
    if (auto s = webhookUrl(spec.webhookUrl); !s)
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
