// SPDX-License-Identifier: GPL-3.0-or-later
// json::compactText must write exactly what QJsonDocument::toJson(Compact) writes.
#include "server/core/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {
QByteArray reference(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString randomText(QRandomGenerator &rng)
{
    // ASCII, control characters, quotes and backslashes, Latin-1, other BMP, surrogate pairs.
    static const QList<char32_t> pool{u'a', u'Z', u'0', u' ', u'"', u'\\', u'/', 0x00, 0x01, 0x08, 0x09, 0x0a,
                                      0x0c, 0x0d, 0x1f, 0x7f, 0xe9, 0xff, 0x100, 0x20ac, 0x4e2d, 0xfeff,
                                      0x1f37a, 0x10ffff};
    QString s;
    const int n = rng.bounded(0, 12);
    for (int i = 0; i < n; ++i) {
        const char32_t c = pool.at(rng.bounded(qsizetype(0), pool.size()));
        s += QString::fromUcs4(&c, 1);
    }
    return s;
}

QJsonValue randomValue(QRandomGenerator &rng, int depth)
{
    switch (rng.bounded(0, depth > 3 ? 6 : 8)) {
    case 0: return QJsonValue::Null;
    case 1: return rng.bounded(0, 2) == 1;
    case 2: return qint64(rng.generate64()) >> rng.bounded(0, 63);
    case 3: return rng.generateDouble() * std::pow(10.0, rng.bounded(-30, 30)) * (rng.bounded(0, 2) ? 1 : -1);
    case 4: return double(rng.bounded(-100000, 100000)) / 4; // halves and quarters, like costs
    case 5: return randomText(rng);
    case 6: {
        QJsonArray a;
        for (int i = rng.bounded(0, 5); i > 0; --i)
            a.append(randomValue(rng, depth + 1));
        return a;
    }
    default: {
        QJsonObject o;
        for (int i = rng.bounded(0, 6); i > 0; --i)
            o.insert(randomText(rng), randomValue(rng, depth + 1));
        return o;
    }
    }
}
} // namespace

class TestJsonText : public QObject
{
    Q_OBJECT
private slots:
    void edgeCases_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::newRow("empty") << QJsonObject{};
        QTest::newRow("integers") << QJsonObject{{u"zero"_s, 0}, {u"small"_s, 23}, {u"byte"_s, 24}, {u"neg"_s, -1},
                                                 {u"neg24"_s, -25}, {u"big"_s, QJsonValue(qint64(1) << 40)},
                                                 {u"max"_s, QJsonValue(std::numeric_limits<qint64>::max())},
                                                 {u"min"_s, QJsonValue(std::numeric_limits<qint64>::min())}};
        QTest::newRow("doubles") << QJsonObject{{u"half"_s, 0.5}, {u"cost"_s, 1234.5}, {u"third"_s, 1.0 / 3},
                                                {u"tiny"_s, 5e-324}, {u"huge"_s, 1.7976931348623157e308},
                                                {u"negzero"_s, -0.0}, {u"integral"_s, 12.0}, {u"e21"_s, 1e21},
                                                {u"million"_s, 1e6}, {u"hundred"_s, -100.0}, {u"e14"_s, 123456789012345.0},
                                                {u"e15"_s, 1e15}, {u"e16"_s, 2e16}};
        QTest::newRow("not finite") << QJsonObject{{u"inf"_s, std::numeric_limits<double>::infinity()},
                                                   {u"nan"_s, std::numeric_limits<double>::quiet_NaN()}};
        QTest::newRow("literals") << QJsonObject{{u"t"_s, true}, {u"f"_s, false}, {u"n"_s, QJsonValue::Null}};
        QTest::newRow("escapes") << QJsonObject{{u"q\"uote"_s, u"a\"b\\c/d\n\r\t\b\f"_s},
                                                {u"ctl"_s, QString(QString(QChar(0)) + QChar(0x1f) + QChar(0x7f))}};
        QTest::newRow("unicode") << QJsonObject{{u"name"_s, u"Zoë – 中文 🍺"_s}, {u"ключ"_s, u"значение"_s}};
        QTest::newRow("nested") << QJsonObject{
            {u"history"_s, QJsonArray{QJsonObject{{u"week"_s, 1}, {u"cost"_s, 6.5}}, QJsonArray{}, QJsonObject{}}},
            {u"deep"_s, QJsonArray{QJsonArray{QJsonArray{QJsonArray{1, 2}}}}}};
        QString longText(70000, u'x'); // 4-byte CBOR length
        QTest::newRow("long string") << QJsonObject{{u"s"_s, longText}};
        QJsonArray many;
        for (int i = 0; i < 300; ++i)
            many.append(i);
        QTest::newRow("long array") << QJsonObject{{u"a"_s, many}};
    }
    void edgeCases()
    {
        QFETCH(QJsonObject, object);
        QCOMPARE(json::compactText(object), reference(object));
    }

    void randomObjectsMatchQt()
    {
        QRandomGenerator rng(20261122);
        for (int i = 0; i < 3000; ++i) {
            QJsonObject sample;
            for (int k = rng.bounded(0, 8); k > 0; --k)
                sample.insert(randomText(rng), randomValue(rng, 1));
            const QByteArray ours = json::compactText(sample);
            if (ours != reference(sample))
                QFAIL(qPrintable(u"case %1: ours %2, Qt %3"_s.arg(i).arg(QString::fromUtf8(ours),
                                                                       QString::fromUtf8(reference(sample)))));
            // And it parses back to the same object.
            QCOMPARE(QJsonDocument::fromJson(ours).object(), QJsonDocument::fromJson(reference(sample)).object());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
