// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonShape.h"

#include <QtGlobal>

#include <algorithm>

namespace steward {

JsonShape::JsonShape(std::initializer_list<QString> keys)
{
    for (const QString &key : keys)
        m_skeleton.insert(key, QJsonValue::Null);
    Q_ASSERT(m_skeleton.size() == qsizetype(keys.size())); // keys must be distinct
    m_slots.reserve(keys.size());
    for (const QString &key : keys)
        m_slots.push_back(std::distance(m_skeleton.constBegin(), m_skeleton.constFind(key)));
}

QJsonObject JsonShape::make(std::initializer_list<QJsonValue> values) const
{
    Q_ASSERT(qsizetype(values.size()) == size());
    QJsonObject o = m_skeleton;
    QJsonObject::iterator first = o.begin(); // detaches once
    bool anyUndefined = false;
    auto slot = m_slots.cbegin();
    for (const QJsonValue &v : values) {
        if (v.isUndefined())
            anyUndefined = true;
        else
            (first + *slot).value() = v;
        ++slot;
    }
    if (anyUndefined) {
        // Rare: drop the keys left out, last slot first so earlier indexes stay valid.
        std::vector<qsizetype> drop;
        slot = m_slots.cbegin();
        for (const QJsonValue &v : values) {
            if (v.isUndefined())
                drop.push_back(*slot);
            ++slot;
        }
        std::sort(drop.rbegin(), drop.rend());
        for (qsizetype i : drop)
            o.erase(o.begin() + i);
    }
    return o;
}

} // namespace steward
