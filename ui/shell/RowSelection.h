#pragma once

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace sijil::ui {

// Makes `row` of a list the current and only selected row, and brings it into sight. Not
// QTableView::selectRow: right to left (Qt 6.4) it looks for the row's first cell at the
// viewport's far edge, finds none and selects nothing, so Enter acted on no row in Arabic.
inline void selectRow(QAbstractItemView* view, int row) {
    const QModelIndex index = view->model()->index(row, 0, view->rootIndex());
    if (!index.isValid())
        return;
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    view->scrollTo(index);
}

} // namespace sijil::ui
