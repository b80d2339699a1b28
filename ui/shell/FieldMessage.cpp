#include "FieldMessage.h"

#include <QEvent>
#include <QStyle>

namespace sijil::ui {

FieldMessage::FieldMessage(QWidget* parent)
    : QLabel(parent) {
    setWordWrap(true);
    setObjectName(QStringLiteral("fieldMessage"));
    setVisible(false);
}

void FieldMessage::show(const core::UserText& text, Kind kind) {
    m_text = text;
    m_kind = kind;
    setProperty("kind", kind == Kind::Error     ? QStringLiteral("error")
                        : kind == Kind::Warning ? QStringLiteral("warning")
                                                : QStringLiteral("info"));
    // Re-polish so that the QSS rule for the new kind applies.
    style()->unpolish(this);
    style()->polish(this);
    render();
    setVisible(true);
}

void FieldMessage::clear() {
    m_text = {};
    QLabel::clear();
    setVisible(false);
}

void FieldMessage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

void FieldMessage::render() {
    const QString s = m_text.toString();
    setText(s);
    setAccessibleName(s);
}

} // namespace sijil::ui
