// SPDX-License-Identifier: GPL-3.0-or-later
// The binary frames' encoding (docs/protocol.md, "Binary frames"): messages packed as the
// MessagePack specification's own examples and byte layouts say, read back unchanged, and a
// client's frame that is not a message refused with a code, allocating nothing it claims.

#include "server/protocol/MsgPack.h"

#include <QJsonArray>
#include <QTest>

using namespace steward;
using namespace steward::protocol;
using namespace Qt::StringLiterals;

class TestMsgPack : public QObject
{
    Q_OBJECT
private slots:
    void packsAsTheSpecificationsExample()
    {
        // msgpack.org's front-page example: {"compact":true,"schema":0} in 18 bytes.
        const QByteArray packed = toMsgPack({{u"compact"_s, true}, {u"schema"_s, 0}});
        QCOMPARE(packed.toHex(), QByteArray("82a7636f6d70616374c3a6736368656d6100"));
    }

    void packsEachTypeInItsShortestForm()
    {
        // Integers: positive fixint, uint16, negative fixint, int64; a fraction: float64; nil;
        // a fixarray; a str8 past 31 bytes.
        QCOMPARE(toMsgPack({{u"a"_s, 1}}).toHex(), QByteArray("81a16101"));
        QCOMPARE(toMsgPack({{u"a"_s, 300}}).toHex(), QByteArray("81a161cd012c"));
        QCOMPARE(toMsgPack({{u"a"_s, -1}}).toHex(), QByteArray("81a161ff"));
        QCOMPARE(toMsgPack({{u"a"_s, qint64(-5'000'000'000)}}).toHex(), QByteArray("81a161d3fffffffed5fa0e00"));
        QCOMPARE(toMsgPack({{u"a"_s, 0.5}}).toHex(), QByteArray("81a161cb3fe0000000000000"));
        QCOMPARE(toMsgPack({{u"a"_s, QJsonValue::Null}}).toHex(), QByteArray("81a161c0"));
        QCOMPARE(toMsgPack({{u"a"_s, QJsonArray{true, false}}}).toHex(), QByteArray("81a16192c3c2"));
        const QString longText(40, u'x');
        QCOMPARE(toMsgPack({{u"a"_s, longText}}).left(5).toHex(), QByteArray("81a161d928"));
    }

    void readsBackWhatItPacks()
    {
        const QJsonObject message{{u"type"_s, u"state.delta"_s},
                                  {u"data"_s, QJsonObject{{u"week"_s, 7}, {u"cost"_s, 12.5}, {u"name"_s, u"Åsa 🍺"_s}}},
                                  {u"append"_s, QJsonObject{{u"history"_s, QJsonArray{1, QJsonArray{}, QJsonObject{}}}}},
                                  {u"removed"_s, QJsonArray{}},
                                  {u"re"_s, QJsonValue::Null}};
        auto back = fromMsgPack(toMsgPack(message));
        QVERIFY(back);
        QCOMPARE(back.value(), message);
        QCOMPARE(jsonToMsgPack(R"({"type":"ok","re":3})"), toMsgPack({{u"type"_s, u"ok"_s}, {u"re"_s, 3}}));
    }

    void readsAClientsEnvelope()
    {
        auto env = parseBinaryEnvelope(toMsgPack({{u"type"_s, u"order.place"_s}, {u"id"_s, 9},
                                                  {u"data"_s, QJsonObject{{u"quantity"_s, 4}}}}));
        QVERIFY(env);
        QCOMPARE(env->type, u"order.place"_s);
        QCOMPARE(env->id.toInteger(), 9);
        QCOMPARE(env->data.value(u"quantity"_s).toInteger(), 4);
        // Checked as a text frame's envelope is.
        auto noType = parseBinaryEnvelope(toMsgPack({{u"id"_s, 1}}));
        QVERIFY(!noType);
        QCOMPARE(noType.error().code, Code(ErrorCode::BadRequest));
    }

    void refusesWhatIsNotAMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a map") << QByteArray::fromHex("93010203");
        QTest::newRow("truncated map") << QByteArray::fromHex("82a474797065");
        QTest::newRow("a map claiming 4 billion entries") << QByteArray::fromHex("dfffffffff");
        QTest::newRow("an array claiming 4 billion entries") << QByteArray::fromHex("81a161ddffffffff");
        QTest::newRow("a string claiming 4 GiB") << QByteArray::fromHex("81a161dbffffffff61");
        QTest::newRow("a binary value") << QByteArray::fromHex("81a161c40161");
        QTest::newRow("an extension value") << QByteArray::fromHex("81a161d40101");
        QTest::newRow("an integer key") << QByteArray::fromHex("810101");
        QTest::newRow("a uint64 past int64") << QByteArray::fromHex("81a161cfffffffffffffffff");
        QTest::newRow("NaN") << QByteArray::fromHex("81a161cb7ff8000000000000");
        QTest::newRow("nested 100 deep") << QByteArray::fromHex("81a161") + QByteArray(100, '\x91') + QByteArray(1, '\x01');
        QTest::newRow("over 16 KiB") << QByteArray::fromHex("81a161da4100") + QByteArray(16640, 'x');
        QTest::newRow("trailing garbage after a map") << QByteArray::fromHex("80") + QByteArray("\xc1");
    }

    void refusesWhatIsNotAMessage()
    {
        QFETCH(QByteArray, bytes);
        auto parsed = fromMsgPack(bytes);
        QVERIFY(!parsed);
        QVERIFY(parsed.error().code == Code(ErrorCode::BadRequest) || parsed.error().code == Code(ErrorCode::PayloadTooLarge));
    }
};

QTEST_MAIN(TestMsgPack)
#include "tst_msgpack.moc"
