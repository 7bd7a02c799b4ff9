// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnWidths.h"

#include <QHeaderView>
#include <QTableView>

namespace steward::ui {

namespace {
constexpr int Padding = 20;   // a cell's margins and a little air
constexpr int SortArrow = 16; // the header's sort indicator next to its title
} // namespace

void sizeColumns(QTableView *table, const QList<QString> &samples)
{
    const QFontMetrics cell = table->fontMetrics();
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics title = header->fontMetrics();
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        const int titleWidth =
            title.horizontalAdvance(table->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()) + SortArrow;
        header->resizeSection(c, std::max(cell.horizontalAdvance(samples.value(c)), titleWidth) + Padding);
    }
}

void widenToFit(QTableView *table, const QList<int> &columns)
{
    const QFontMetrics cell = table->fontMetrics();
    QHeaderView *header = table->horizontalHeader();
    const QAbstractItemModel *model = table->model();
    for (int c : columns) {
        int widest = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            widest = std::max(widest, cell.horizontalAdvance(model->index(r, c).data().toString()));
        if (widest + Padding > header->sectionSize(c))
            header->resizeSection(c, widest + Padding);
    }
}

} // namespace steward::ui
