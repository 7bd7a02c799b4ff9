// SPDX-License-Identifier: GPL-3.0-or-later
// Sovereign Lines' numbers: shares, ticks, fights, the random numbers and the generated map.
#include "server/games/sovereign/SovereignMap.h"
#include "server/games/sovereign/SovereignRandom.h"
#include "server/games/sovereign/SovereignRules.h"

#include <QJsonDocument>
#include <QTest>

#include <set>

using namespace steward::sovereign;
using rules::Terrain;
using namespace Qt::StringLiterals;

class TestSovereignRules : public QObject
{
    Q_OBJECT

private:
    static bool landConnected(const SovereignMap &map)
    {
        int first = -1;
        for (const Region &r : map.regions()) {
            if (map.isLand(r.id)) {
                first = r.id;
                break;
            }
        }
        std::set<int> seen{first};
        std::vector<int> stack{first};
        while (!stack.empty()) {
            const int id = stack.back();
            stack.pop_back();
            for (int n : map.region(id).neighbours) {
                if (seen.insert(n).second)
                    stack.push_back(n);
            }
        }
        return int(seen.size()) == map.landRegionCount();
    }

private slots:
    void aShareLeavesOneTroopBehind_data()
    {
        QTest::addColumn<int>("troops");
        QTest::addColumn<int>("share");
        QTest::addColumn<int>("sent");
        QTest::newRow("half of 30") << 30 << 50 << 15;
        QTest::newRow("half of 35, rounded down") << 35 << 50 << 17;
        QTest::newRow("all of 30 keeps one") << 30 << 100 << 29;
        QTest::newRow("all of 1 is nothing") << 1 << 100 << 0;
        QTest::newRow("10 % of 9 is nothing") << 9 << 10 << 0;
        QTest::newRow("1 % of 250") << 250 << 1 << 2;
    }
    void aShareLeavesOneTroopBehind()
    {
        QFETCH(int, troops);
        QFETCH(int, share);
        QFETCH(int, sent);
        QCOMPARE(rules::troopsForShare(troops, share), sent);
    }

    void spansBecomeWholeTicksRoundedUp()
    {
        QCOMPARE(rules::ticksFor(1000, 50), 20);
        QCOMPARE(rules::ticksFor(1500, 50), 30);
        QCOMPARE(rules::ticksFor(1000, 30), 34); // 33.3 rounded up
        QCOMPARE(rules::ticksFor(3000, 200), 15);
        QCOMPARE(rules::ticksFor(0, 50), 1);     // nothing arrives in no time
        QCOMPARE(rules::ticksFor(rules::travelMs(Terrain::Mountains), 50), 60);
    }

    void aFightIsWonByStrengthTimesLuckAgainstTroopsTimesTerrain_data()
    {
        QTest::addColumn<int>("attackers");
        QTest::addColumn<int>("defenders");
        QTest::addColumn<int>("terrain");
        QTest::addColumn<int>("luck");
        QTest::addColumn<bool>("captured");
        QTest::addColumn<int>("survivors");
        // 20,000 against 10,000: the defenders cancel 10 attackers.
        QTest::newRow("plains, even luck") << 20 << 10 << int(Terrain::Plains) << 1000 << true << 10;
        // 20,000 against 20,000: a tie holds, and the attack cancels all 10 defenders.
        QTest::newRow("mountains double a tie") << 20 << 10 << int(Terrain::Mountains) << 1000 << false << 0;
        QTest::newRow("one more takes the mountain") << 21 << 10 << int(Terrain::Mountains) << 1000 << true << 1;
        // 13,200 against 12,500; ceil(12,500 / 1,100) = 12 attackers lost of 12: one always survives.
        QTest::newRow("forest, best luck") << 12 << 10 << int(Terrain::Forest) << 1100 << true << 1;
        // 9,000 against 12,500: the attack cancels floor(9,000 / 1,250) = 7 defenders.
        QTest::newRow("forest, worst luck") << 10 << 10 << int(Terrain::Forest) << 900 << false << 3;
        // 30 × 950 = 28,500 against 12 × 1,500 = 18,000: ceil(18,000 / 950) = 19 lost.
        QTest::newRow("hills") << 30 << 12 << int(Terrain::Hills) << 950 << true << 11;
        QTest::newRow("an empty region falls to one") << 1 << 0 << int(Terrain::Plains) << 900 << true << 1;
    }
    void aFightIsWonByStrengthTimesLuckAgainstTroopsTimesTerrain()
    {
        QFETCH(int, attackers);
        QFETCH(int, defenders);
        QFETCH(int, terrain);
        QFETCH(int, luck);
        QFETCH(bool, captured);
        QFETCH(int, survivors);
        const rules::Fight f = rules::fight(attackers, defenders, Terrain(terrain), luck);
        QCOMPARE(f.captured, captured);
        QCOMPARE(f.survivors, survivors);
    }

    void theRandomNumbersAreSplitMix64()
    {
        // The reference generator's first outputs from a zero seed.
        SovereignRandom r(0);
        QCOMPARE(r.next(), 0xE220A8397B1DCDAFULL);
        QCOMPARE(r.next(), 0x6E789E6AA1B965F4ULL);
        QCOMPARE(r.next(), 0x06C45D188009454FULL);
        // A restored state continues the same stream.
        SovereignRandom copy;
        copy.setState(r.state());
        QCOMPARE(copy.next(), r.next());
        // Luck covers its whole range and nothing outside it.
        SovereignRandom luck(42);
        int low = 2000, high = 0;
        for (int i = 0; i < 20000; ++i) {
            const int v = luck.between(rules::LuckMinPerMille, rules::LuckMaxPerMille);
            low = std::min(low, v);
            high = std::max(high, v);
        }
        QCOMPARE(low, 900);
        QCOMPARE(high, 1100);
    }

    void theSmallMapOfSeven()
    {
        const SovereignMap map = SovereignMap::generate(*SovereignMap::size(u"small"_s), 7);
        QCOMPARE(map.width(), 24);
        QCOMPARE(map.height(), 16);
        QCOMPARE(int(map.regions().size()), 40);
        QCOMPARE(map.landRegionCount(), 34); // 15 % of 40 flooded: 6
        int hexes = 0;
        QMap<Terrain, int> byTerrain;
        for (const Region &r : map.regions()) {
            hexes += r.hexes;
            ++byTerrain[r.terrain];
        }
        QCOMPARE(hexes, 24 * 16);
        QCOMPARE(int(map.hexRegions().size()), 24 * 16);
        // By height rank among the 34 land regions: 45 % plains, 25 % forest, 18 % hills, the rest mountains.
        QCOMPARE(byTerrain.value(Terrain::Water), 6);
        QCOMPARE(byTerrain.value(Terrain::Plains), 16);
        QCOMPARE(byTerrain.value(Terrain::Forest), 8);
        QCOMPARE(byTerrain.value(Terrain::Hills), 6);
        QCOMPARE(byTerrain.value(Terrain::Mountains), 4);
        // The regions the match tests play on.
        QCOMPARE(map.region(4).terrain, Terrain::Plains);
        QCOMPARE(map.region(4).hexes, 11);
        QCOMPARE(map.region(4).neighbours, (QList<int>{10, 18, 25, 29}));
        QCOMPARE(map.region(29).hexes, 5);
        QCOMPARE(map.region(29).neighbours, (QList<int>{4, 10, 13, 17, 21, 25}));
        QCOMPARE(map.region(9).neighbours, (QList<int>{11, 21, 28}));
        QVERIFY(!map.isLand(2));
        QVERIFY(map.region(2).neighbours.isEmpty());
        QVERIFY(map.borders(4, 29));
        QVERIFY(!map.borders(4, 9));
    }

    void everyMapIsOneLandWithSymmetricBorders_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<quint64>("seed");
        for (const SovereignMap::Size &s : SovereignMap::sizes()) {
            for (quint64 seed : {1ULL, 2ULL, 0xFFFFFFFFFFFFULL})
                QTest::addRow("%s %llu", qPrintable(s.name), seed) << s.name << seed;
        }
    }
    void everyMapIsOneLandWithSymmetricBorders()
    {
        QFETCH(QString, size);
        QFETCH(quint64, seed);
        const SovereignMap::Size s = *SovereignMap::size(size);
        const SovereignMap map = SovereignMap::generate(s, seed);
        QCOMPARE(int(map.regions().size()), s.regions);
        QVERIFY(landConnected(map));
        // Enough land for every place to start apart from the others.
        QVERIFY2(map.landRegionCount() >= 3 * s.maxSlots,
                 qPrintable(u"%1 land regions for %2 places"_s.arg(map.landRegionCount()).arg(s.maxSlots)));
        for (const Region &r : map.regions()) {
            QVERIFY(r.hexes >= 1);
            for (int n : r.neighbours) {
                QVERIFY(map.isLand(n));
                QVERIFY(map.borders(n, r.id));
            }
        }
    }

    void theSameSeedGivesTheSameMap()
    {
        const auto size = *SovereignMap::size(u"medium"_s);
        const QByteArray a = QJsonDocument(SovereignMap::generate(size, 99).toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(QJsonDocument(SovereignMap::generate(size, 99).toJson()).toJson(QJsonDocument::Compact), a);
        QVERIFY(QJsonDocument(SovereignMap::generate(size, 100).toJson()).toJson(QJsonDocument::Compact) != a);
    }
};

QTEST_GUILESS_MAIN(TestSovereignRules)
#include "tst_sovereignrules.moc"
