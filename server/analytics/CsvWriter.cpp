// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

namespace steward::csv {

QString cell(const QString &value)
{
    QString v = value;
    // Spreadsheets read a cell as a formula when its first character, after any spaces, is one
    // of these, full-width forms included (LibreOffice and Excel fold them). Numbers stay numbers.
    const QString lead = v.trimmed().normalized(QString::NormalizationForm_KC);
    if (!lead.isEmpty() && (QStringView(u"=+-@\t\r").contains(lead.front()) || QStringView(u"\t\r").contains(v.front()))) {
        bool number = false;
        v.toDouble(&number);
        if (!number)
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        v = u'"' + QString(v).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return v;
}

QByteArray write(const QList<QStringList> &rows)
{
    QByteArray out;
    for (const QStringList &row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &c : row)
            cells << cell(c);
        out += cells.join(u',').toUtf8();
        out += "\r\n";
    }
    return out;
}

} // namespace steward::csv
