// SPDX-License-Identifier: GPL-3.0-or-later
// The host's deadline queue: one entry per game, earliest first, replaced when a game's next
// deadline moves, and due games taken in the order their deadlines fell.
#include "server/core/DeadlineQueue.h"

#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestDeadlineQueue : public QObject
{
    Q_OBJECT
private slots:
    void earliestFirstOneEntryPerGame()
    {
        DeadlineQueue q;
        QCOMPARE(q.earliest(), std::nullopt);
        q.set(u"a"_s, 300);
        q.set(u"b"_s, 100);
        q.set(u"c"_s, 200);
        QCOMPARE(q.earliest(), std::optional<qint64>(100));
        q.set(u"b"_s, 400); // b's deadline moved: its old entry goes
        QCOMPARE(q.size(), 3);
        QCOMPARE(q.earliest(), std::optional<qint64>(200));
        q.set(u"c"_s, std::nullopt); // c has nothing pending
        QCOMPARE(q.size(), 2);
        QCOMPARE(q.takeDue(299), QStringList{});
        QCOMPARE(q.takeDue(1'000), (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(q.size(), 0);
        QCOMPARE(q.earliest(), std::nullopt);
    }

    void sameTimeKeepsBothAndRemoveForgets()
    {
        DeadlineQueue q;
        q.set(u"x"_s, 50);
        q.set(u"y"_s, 50);
        q.set(u"z"_s, 60);
        q.remove(u"y"_s);
        q.remove(u"never"_s);
        QCOMPARE(q.takeDue(55), QStringList{u"x"_s});
        QCOMPARE(q.takeDue(60), QStringList{u"z"_s});
    }
};

QTEST_GUILESS_MAIN(TestDeadlineQueue)
#include "tst_deadlinequeue.moc"
