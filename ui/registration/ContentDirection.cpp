#include "ContentDirection.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLineEdit>

namespace sijil::ui {

ContentDirection::ContentDirection(QLineEdit* edit)
    : QObject(edit)
    , m_edit(edit) {
    connect(edit, &QLineEdit::textChanged, this, &ContentDirection::update);
    // The interface's direction changes with its language.
    edit->installEventFilter(this);
    update();
}

void ContentDirection::follow(QLineEdit* edit) {
    new ContentDirection(edit);
}

std::optional<Qt::LayoutDirection> ContentDirection::of(const QString& text) {
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirL:
            return Qt::LeftToRight;
        case QChar::DirR:
        case QChar::DirAL:
            return Qt::RightToLeft;
        default:
            break;
        }
    }
    for (const QChar c : text) {
        if (c.isDigit())
            return Qt::LeftToRight; // a number alone, as a phone or a house number
    }
    return std::nullopt;
}

QString ContentDirection::interfaceSentence(const QString& text) {
    const Qt::LayoutDirection shown = QGuiApplication::layoutDirection();
    const auto own = of(text);
    if (!own || *own == shown)
        return text;
    // RIGHT-TO-LEFT MARK, LEFT-TO-RIGHT MARK
    return QChar(shown == Qt::RightToLeft ? 0x200F : 0x200E) + text;
}

QString ContentDirection::isolated(const QString& text) {
    return QChar(0x2068) + text + QChar(0x2069); // FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE
}

bool ContentDirection::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::LanguageChange ||
        event->type() == QEvent::ApplicationLayoutDirectionChange)
        update();
    return QObject::eventFilter(watched, event);
}

void ContentDirection::update() {
    if (const auto direction = of(m_edit->text()))
        m_edit->setLayoutDirection(*direction);
    else
        m_edit->unsetLayoutDirection(); // the interface's
    const Qt::Alignment side =
        QGuiApplication::layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    m_edit->setAlignment(side | Qt::AlignAbsolute | Qt::AlignVCenter);
}

} // namespace sijil::ui
