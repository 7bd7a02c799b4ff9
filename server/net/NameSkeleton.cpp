// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameSkeleton.h"

#include <QHash>

namespace steward {

namespace {

// Case-folded Cyrillic and Greek letters drawn like a Latin one.
const QHash<char16_t, char16_t> &lookAlikes()
{
    static const QHash<char16_t, char16_t> table{
        // Cyrillic
        {u'а', u'a'}, {u'в', u'b'}, {u'е', u'e'}, {u'ё', u'e'}, {u'к', u'k'}, {u'м', u'm'}, {u'н', u'h'},
        {u'о', u'o'}, {u'р', u'p'}, {u'с', u'c'}, {u'т', u't'}, {u'у', u'y'}, {u'х', u'x'}, {u'і', u'i'},
        {u'ї', u'i'}, {u'ј', u'j'}, {u'ѕ', u's'}, {u'ԁ', u'd'}, {u'ԛ', u'q'}, {u'ԝ', u'w'}, {u'һ', u'h'},
        {u'ӏ', u'l'}, {u'ь', u'b'},
        // Greek
        {u'α', u'a'}, {u'β', u'b'}, {u'ε', u'e'}, {u'η', u'n'}, {u'ι', u'i'}, {u'κ', u'k'}, {u'μ', u'u'},
        {u'ν', u'v'}, {u'ο', u'o'}, {u'ρ', u'p'}, {u'τ', u't'}, {u'υ', u'u'}, {u'χ', u'x'}, {u'ζ', u'z'},
        // Latin letters that read as others
        {u'ı', u'i'}, {u'ł', u'l'}, {u'ß', u's'},
    };
    return table;
}

} // namespace

QString nameSkeleton(const QString &name)
{
    const QString folded = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    // Decomposed, so that accents go with the rest below: a banned "José" is not back as "Jose".
    const QString decomposed = folded.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isLetterOrNumber())
            continue;
        out.append(QChar(lookAlikes().value(c.unicode(), c.unicode())));
    }
    // "0" and "1" stand in for "o" and "l" often enough.
    for (QChar &c : out) {
        if (c == u'0')
            c = u'o';
        else if (c == u'1')
            c = u'l';
    }
    return out;
}

} // namespace steward
