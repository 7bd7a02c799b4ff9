// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleKindRegistry.h"

namespace steward::ui {

ConsoleKindRegistry &ConsoleKindRegistry::instance()
{
    static ConsoleKindRegistry registry = [] {
        ConsoleKindRegistry r;
        registerBuiltinConsoleKinds(r);
        return r;
    }();
    return registry;
}

void ConsoleKindRegistry::add(std::unique_ptr<ConsoleKind> kind)
{
    if (kind && !find(kind->id()))
        m_kinds.push_back(std::move(kind));
}

const ConsoleKind *ConsoleKindRegistry::find(const QString &id) const
{
    for (const auto &k : m_kinds) {
        if (k->id() == id)
            return k.get();
    }
    return nullptr;
}

QList<const ConsoleKind *> ConsoleKindRegistry::kinds() const
{
    QList<const ConsoleKind *> list;
    for (const auto &k : m_kinds)
        list << k.get();
    return list;
}

QString ConsoleKindRegistry::displayName(const QString &id) const
{
    const ConsoleKind *k = find(id);
    return k ? k->displayName() : id;
}

} // namespace steward::ui
