// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewMerge.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace steward::client {

void mergeDelta(QJsonObject &view, const QJsonObject &message)
{
    const QJsonObject data = message.value(u"data").toObject();
    for (auto it = data.begin(); it != data.end(); ++it)
        view.insert(it.key(), it.value());
    const QJsonObject append = message.value(u"append").toObject();
    for (auto it = append.begin(); it != append.end(); ++it) {
        QJsonArray list = view.value(it.key()).toArray();
        for (const QJsonValue &v : it.value().toArray())
            list.append(v);
        view.insert(it.key(), list);
    }
    for (const QJsonValue &k : message.value(u"removed").toArray())
        view.remove(k.toString());
}

} // namespace steward::client
