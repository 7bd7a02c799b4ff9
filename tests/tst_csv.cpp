// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/analytics/CsvWriter.h"

#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void quotesAndGuards()
    {
        QCOMPARE(csv::cell(u"plain"_s), u"plain"_s);
        QCOMPARE(csv::cell(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(csv::cell(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(csv::cell(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
        QCOMPARE(csv::cell(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
        QCOMPARE(csv::cell(u"-12.50"_s), u"-12.50"_s); // a number stays a number
        // Spreadsheets skip leading spaces and fold full-width signs before they look for a formula.
        QCOMPARE(csv::cell(u" =1+2"_s), u"' =1+2"_s);
        QCOMPARE(csv::cell(u"\uFF1D1+2"_s), u"'\uFF1D1+2"_s);
        QCOMPARE(csv::cell(u"\uFF20SUM(A1)"_s), u"'\uFF20SUM(A1)"_s);
        QCOMPARE(csv::cell(u"\tplain"_s), u"'\tplain"_s);
        QCOMPARE(csv::cell(u" 12"_s), u" 12"_s);
        QCOMPARE(csv::write({{u"a"_s, u"b"_s}, {u"1"_s, u"x\ny"_s}}), "a,b\r\n1,\"x\ny\"\r\n"_ba);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
