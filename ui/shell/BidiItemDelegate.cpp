#include "BidiItemDelegate.h"

#include <QStyle>

namespace sijil::ui {

QStyleOptionViewItem BidiItemDelegate::optionFor(const QStyleOptionViewItem& view,
                                                 const QModelIndex& index) const {
    QStyleOptionViewItem option = view;
    initStyleOption(&option, index);
    return option;
}

void BidiItemDelegate::initStyleOption(QStyleOptionViewItem* option,
                                       const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    // The first strong character decides, as the Unicode bidirectional algorithm does for a
    // paragraph; text without one (digits, "+", "/") reads left to right.
    if (option->direction != Qt::RightToLeft || option->text.isRightToLeft())
        return;
    // Where the view would put it (the leading side is the right), made absolute so that the
    // left-to-right direction does not move it.
    option->displayAlignment =
        QStyle::visualAlignment(Qt::RightToLeft, option->displayAlignment) | Qt::AlignAbsolute;
    option->direction = Qt::LeftToRight;
}

} // namespace sijil::ui
