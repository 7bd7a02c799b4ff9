// SPDX-License-Identifier: GPL-3.0-or-later
// JsonShape must build exactly the object QJsonObject's own inserts would.
#include "server/core/JsonShape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestJsonShape : public QObject
{
    Q_OBJECT
private slots:
    void fillsEveryDeclaredKey()
    {
        // Declared out of alphabetical order on purpose: values follow the declaration.
        static const JsonShape shape{u"week"_s, u"backlog"_s, u"name"_s, u"history"_s, u"cost"_s, u"ok"_s};
        const QJsonArray history{QJsonObject{{u"week"_s, 1}}};
        const QJsonObject made = shape.make({7, 0, u"Ana"_s, history, 12.5, true});
        const QJsonObject expected{{u"week"_s, 7}, {u"backlog"_s, 0}, {u"name"_s, u"Ana"_s},
                                   {u"history"_s, history}, {u"cost"_s, 12.5}, {u"ok"_s, true}};
        QCOMPARE(made, expected);
        QCOMPARE(QJsonDocument(made).toJson(QJsonDocument::Compact),
                 R"({"backlog":0,"cost":12.5,"history":[{"week":1}],"name":"Ana","ok":true,"week":7})"_ba);
    }

    void undefinedLeavesKeysOut()
    {
        static const JsonShape shape{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        const QJsonValue none(QJsonValue::Undefined);
        QCOMPARE(shape.make({none, 2, 3, 4}), (QJsonObject{{u"b"_s, 2}, {u"c"_s, 3}, {u"d"_s, 4}}));
        QCOMPARE(shape.make({1, none, 3, none}), (QJsonObject{{u"a"_s, 1}, {u"c"_s, 3}}));
        QCOMPARE(shape.make({1, 2, 3, none}), (QJsonObject{{u"a"_s, 1}, {u"b"_s, 2}, {u"c"_s, 3}}));
        QCOMPARE(shape.make({none, none, none, none}), QJsonObject{});
        // Null is a value, not a gap.
        QCOMPARE(shape.make({QJsonValue::Null, 2, 3, 4}).value(u"a").type(), QJsonValue::Null);
    }

    void objectsAreIndependent()
    {
        static const JsonShape shape{u"x"_s, u"y"_s};
        QJsonObject first = shape.make({1, 2});
        const QJsonObject second = shape.make({3, 4});
        first.insert(u"z"_s, 5);
        QCOMPARE(second, (QJsonObject{{u"x"_s, 3}, {u"y"_s, 4}}));
        QCOMPARE(shape.make({1, 2}), (QJsonObject{{u"x"_s, 1}, {u"y"_s, 2}})); // the skeleton is untouched
    }
};

QTEST_GUILESS_MAIN(TestJsonShape)
#include "tst_jsonshape.moc"
