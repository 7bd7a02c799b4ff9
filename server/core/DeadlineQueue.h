// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace steward {

// Every game's next deadline, ordered by time, so that the host arms its one timer for the
// earliest without asking every game after each command, and runs due games in the order their
// deadlines fell (after downtime too). A game has at most one entry: setting it replaces it.
class DeadlineQueue
{
public:
    void set(const QString &gameId, std::optional<qint64> dueMs);
    void remove(const QString &gameId) { set(gameId, std::nullopt); }
    std::optional<qint64> earliest() const;
    // The games due at `nowMs`, earliest first, taken out of the queue: each is set again with
    // its next deadline once it has run.
    QStringList takeDue(qint64 nowMs);
    qsizetype size() const { return m_byGame.size(); }

private:
    using ByTime = std::multimap<qint64, QString>;
    ByTime m_byTime;
    QHash<QString, ByTime::iterator> m_byGame;
};

} // namespace steward
