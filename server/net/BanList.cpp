// SPDX-License-Identifier: GPL-3.0-or-later
#include "BanList.h"

#include "NameSkeleton.h"
#include "server/store/EventStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace steward {

namespace {
const QString SettingKey = u"sessions.bans"_s;

// Whether two names would be taken for the same: the same skeleton, or the same letters where
// a name has no letters or digits at all.
bool sameName(const QString &a, const QString &b)
{
    const QString sa = nameSkeleton(a);
    if (sa.isEmpty())
        return a.compare(b, Qt::CaseInsensitive) == 0;
    return sa == nameSkeleton(b);
}

QString normalAddress(const QString &a)
{
    // A v4 client on a dual-stack socket reads ::ffff:192.168.1.23; a ban names 192.168.1.23.
    return a.startsWith(u"::ffff:"_s) ? a.mid(7) : a;
}
} // namespace

BanList::BanList(EventStore &store) : m_store(store)
{
}

Status BanList::load()
{
    const auto stored = m_store.setting(SettingKey);
    if (!stored)
        return stored.error();
    m_bans.clear();
    for (const QJsonValue &v : QJsonDocument::fromJson(stored->toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        m_bans << Ban{o.value(u"name").toString(), o.value(u"address").toString(),
                      qint64(o.value(u"until").toDouble()), o.value(u"reason").toString()};
    }
    return Done{};
}

Status BanList::save()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_bans.removeIf([now](const Ban &b) { return b.untilMs <= now; });
    return m_store.setSetting(SettingKey, QString::fromUtf8(QJsonDocument(toJson(now)).toJson(QJsonDocument::Compact)));
}

Status BanList::add(const Ban &ban)
{
    if (ban.name.isEmpty() == ban.address.isEmpty())
        return Error{ErrorCode::BadRequest, u"Ban either a 'name' or an 'address'."_s};
    Ban b = ban;
    b.address = normalAddress(b.address);
    m_bans.removeIf([&](const Ban &o) {
        return (!b.name.isEmpty() && !o.name.isEmpty() && sameName(o.name, b.name)) ||
               (!b.address.isEmpty() && o.address == b.address);
    });
    m_bans << b;
    return save();
}

Result<int> BanList::remove(const QString &name, const QString &address)
{
    const QString a = normalAddress(address);
    const auto n = m_bans.removeIf([&](const Ban &o) {
        return (!name.isEmpty() && !o.name.isEmpty() && sameName(o.name, name)) || (!a.isEmpty() && o.address == a);
    });
    if (auto s = save(); !s)
        return s.error();
    return int(n);
}

std::optional<BanList::Ban> BanList::match(const QString &name, const QString &address, qint64 nowMs) const
{
    const QString a = normalAddress(address);
    for (const Ban &b : m_bans) {
        if (b.untilMs <= nowMs)
            continue;
        if ((!b.name.isEmpty() && !name.isEmpty() && sameName(b.name, name)) ||
            (!b.address.isEmpty() && b.address == a))
            return b;
    }
    return std::nullopt;
}

QJsonArray BanList::toJson(qint64 nowMs) const
{
    QJsonArray out;
    for (const Ban &b : m_bans) {
        if (b.untilMs <= nowMs)
            continue;
        QJsonObject o{{u"until"_s, b.untilMs}, {u"reason"_s, b.reason}};
        if (!b.name.isEmpty())
            o.insert(u"name"_s, b.name);
        else
            o.insert(u"address"_s, b.address);
        out.append(o);
    }
    return out;
}

} // namespace steward
