#pragma once

#include <QStyledItemDelegate>

namespace sijil::ui {

// Draws each cell of a right-to-left view in the direction of its own text. A phone number, an
// IPP, a date or a Latin address keeps its order ("+212612345678" was drawn "212612345678+",
// "12 rue Atlas" as "rue Atlas 12"); Arabic text stays right to left. Cells keep the view's
// alignment, so a column still lines up on its leading side.
class BidiItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // For tests: the option a cell is drawn with.
    [[nodiscard]] QStyleOptionViewItem optionFor(const QStyleOptionViewItem& view,
                                                 const QModelIndex& index) const;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace sijil::ui
