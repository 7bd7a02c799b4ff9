// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What changed of a kind's entities (a map's regions, the troops on the march) since a version of
// its view that a watcher saw, so that the kind can tell the change itself (Game::viewChangeSince)
// instead of the sync layer building the whole view and comparing it entry by entry. It keeps
// each entity's value as last observed and the version it last changed at, and for a while the
// versions entities went at. Values are the kind's own plain data, compared with ==; only what
// changed is turned into JSON.

#include <QtGlobal>

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <utility>

namespace steward {

template <typename Key, typename Value>
class ChangeStamps
{
public:
    // Entities gone are remembered for this many versions; a watcher further behind is sent the
    // whole view again.
    explicit ChangeStamps(quint64 keepGoneFor = 400) : m_keepGoneFor(keepGoneFor) {}

    // Brings the stamps up to `version` from the entities as they are now: `forEach(visit)`
    // calls visit(key, value) once for each.
    template <typename ForEach>
    void observe(quint64 version, ForEach &&forEach)
    {
        if (m_observedAt && *m_observedAt == version)
            return; // nothing can have changed within one version
        if (!m_observedAt)
            m_firstObserved = version;
        m_observedAt = version;
        ++m_pass;
        forEach([this, version](const Key &key, const Value &value) {
            auto [it, added] = m_entries.try_emplace(key, Entry{value, version, m_pass});
            if (!added) {
                if (!(it->second.value == value)) {
                    it->second.value = value;
                    it->second.changedAt = version;
                }
                it->second.seenInPass = m_pass;
            }
        });
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->second.seenInPass == m_pass) {
                ++it;
                continue;
            }
            m_gone.emplace_back(it->first, version);
            it = m_entries.erase(it);
        }
        while (!m_gone.empty() && m_gone.front().second + m_keepGoneFor < version) {
            m_forgottenUpTo = std::max(m_forgottenUpTo, m_gone.front().second);
            m_gone.pop_front();
        }
    }

    // Whether every change since `version` is known: it was observed from then on, and no entity
    // that went after it has been forgotten.
    bool knowsSince(quint64 version) const
    {
        return m_observedAt && version >= m_firstObserved && version >= m_forgottenUpTo;
    }

    // Calls visit(key, value) for each entity that is new or changed after `version`, and
    // visit(key, nullptr) for each that went after it.
    template <typename Visit>
    void changedSince(quint64 version, Visit &&visit) const
    {
        for (const auto &[key, entry] : m_entries) {
            if (entry.changedAt > version)
                visit(key, &entry.value);
        }
        for (const auto &[key, wentAt] : m_gone) {
            // An entity that went and came back under the same key is told as it is now.
            if (wentAt > version && !m_entries.contains(key))
                visit(key, static_cast<const Value *>(nullptr));
        }
    }

private:
    struct Entry
    {
        Value value;
        quint64 changedAt = 0;
        quint64 seenInPass = 0;
    };
    quint64 m_keepGoneFor;
    std::map<Key, Entry> m_entries;
    std::deque<std::pair<Key, quint64>> m_gone; // in the order they went
    std::optional<quint64> m_observedAt;
    quint64 m_firstObserved = 0;
    quint64 m_forgottenUpTo = 0;
    quint64 m_pass = 0;
};

} // namespace steward
