// SPDX-License-Identifier: GPL-3.0-or-later
#include "WsHandshake.h"

#include <QCryptographicHash>
#include <QList>

namespace steward::ws {

namespace {

struct Head
{
    QByteArray method, target, version;
    QList<std::pair<QByteArray, QByteArray>> fields; // names lower-cased
    QByteArray field(QByteArrayView name) const
    {
        for (const auto &[n, v] : fields) {
            if (n == name)
                return v;
        }
        return {};
    }
    int count(QByteArrayView name) const
    {
        int n = 0;
        for (const auto &f : fields)
            n += f.first == name;
        return n;
    }
};

Head readHead(QByteArrayView head)
{
    Head h;
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (i == 0) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3) {
                h.method = parts.at(0);
                h.target = parts.at(1);
                h.version = parts.at(2);
            }
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        h.fields.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return h;
}

// Whether a comma-separated header value lists `token` (case-insensitive).
bool listsToken(const QByteArray &value, QByteArrayView token)
{
    for (const QByteArray &part : value.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool isUpgradeRequest(QByteArrayView head)
{
    return listsToken(readHead(head).field("upgrade"), "websocket");
}

std::variant<WsUpgrade, HandshakeRefusal> parseUpgrade(QByteArrayView head)
{
    const Head h = readHead(head);
    if (h.method != "GET" || h.version != "HTTP/1.1")
        return HandshakeRefusal{"400 Bad Request", "A WebSocket opens with GET over HTTP/1.1."};
    if (!listsToken(h.field("upgrade"), "websocket") || !listsToken(h.field("connection"), "upgrade"))
        return HandshakeRefusal{"400 Bad Request", "Upgrade: websocket and Connection: Upgrade are needed."};
    if (h.count("host") != 1)
        return HandshakeRefusal{"400 Bad Request", "One Host header is needed."};
    if (h.field("sec-websocket-version") != "13")
        return HandshakeRefusal{"426 Upgrade Required", "This host speaks WebSocket version 13."};
    const QByteArray key = h.field("sec-websocket-key");
    if (h.count("sec-websocket-key") != 1
        || QByteArray::fromBase64(key, QByteArray::AbortOnBase64DecodingErrors).size() != 16)
        return HandshakeRefusal{"400 Bad Request", "Sec-WebSocket-Key must be 16 bytes in base64."};
    if (h.count("origin") > 1)
        return HandshakeRefusal{"400 Bad Request", "One Origin header at most."};
    WsUpgrade u;
    u.path = h.target.left(h.target.indexOf('?') < 0 ? h.target.size() : h.target.indexOf('?'));
    u.host = h.field("host");
    u.origin = h.field("origin");
    u.key = key;
    return u;
}

QByteArray acceptKey(QByteArrayView key)
{
    static constexpr QByteArrayView Guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(key);
    sha1.addData(Guid);
    return sha1.result().toBase64();
}

QByteArray switchingProtocols(const WsUpgrade &upgrade)
{
    return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Accept: " + acceptKey(upgrade.key) + "\r\n\r\n";
}

QByteArray refusal(const HandshakeRefusal &r)
{
    QByteArray body = r.reason + '\n';
    QByteArray out = "HTTP/1.1 " + r.status + "\r\nConnection: close\r\nContent-Type: text/plain\r\n";
    if (r.status.startsWith("426"))
        out += "Sec-WebSocket-Version: 13\r\n";
    return out + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace steward::ws
