// SPDX-License-Identifier: GPL-3.0-or-later
#include "OriginPolicy.h"

namespace steward {

bool OriginPolicy::allows(const QString &origin, const QString &host) const
{
    if (origin.isEmpty())
        return true; // not a browser: its requests carry a token like any other
    if (m_allowed.contains(origin) || m_allowed.contains(QStringLiteral("*")))
        return true;
    const QUrl page(origin);
    if (!page.isValid() || (page.scheme() != u"http" && page.scheme() != u"https"))
        return false; // includes "null" from sandboxed frames and file: pages
    const QUrl self(QStringLiteral("http://") + host);
    const int defaultPort = page.scheme() == u"https" ? 443 : 80;
    // Same origin: the page was served by this host, under the name the client used for it.
    return self.isValid() && page.host().compare(self.host(), Qt::CaseInsensitive) == 0
        && page.port(defaultPort) == self.port(defaultPort);
}

} // namespace steward
