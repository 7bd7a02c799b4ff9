// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableRows.h"

#include <QTableWidget>

namespace steward::ui {

void setRowTexts(QTableWidget *table, int row, const QStringList &texts, Qt::Alignment alignment)
{
    for (int c = 0; c < int(texts.size()); ++c) {
        QTableWidgetItem *item = table->item(row, c);
        if (!item) {
            item = new QTableWidgetItem;
            if (alignment)
                item->setTextAlignment(alignment);
            table->setItem(row, c, item);
        }
        if (item->text() != texts.at(c))
            item->setText(texts.at(c));
    }
}

} // namespace steward::ui
