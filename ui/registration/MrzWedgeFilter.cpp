#include "MrzWedgeFilter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextEdit>

namespace sijil::ui {

MrzWedgeFilter::MrzWedgeFilter(QObject* parent, std::function<qint64()> clock, int maxGapMs)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_detector(maxGapMs) {
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] {
            return timer->elapsed();
        };
    }
    m_idle.setSingleShot(true);
    m_idle.setInterval(maxGapMs * 3);
    connect(&m_idle, &QTimer::timeout, this, &MrzWedgeFilter::checkIdle);
}

bool MrzWedgeFilter::acceptsText(const QWidget* w) {
    return qobject_cast<const QLineEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
           qobject_cast<const QTextEdit*>(w);
}

QString MrzWedgeFilter::textOf(const QWidget* w) {
    if (auto* line = qobject_cast<const QLineEdit*>(w))
        return line->text();
    if (auto* plain = qobject_cast<const QPlainTextEdit*>(w))
        return plain->toPlainText();
    if (auto* rich = qobject_cast<const QTextEdit*>(w))
        return rich->toPlainText();
    return {};
}

void MrzWedgeFilter::restore(QWidget* w, const QString& text, int cursor) {
    if (auto* line = qobject_cast<QLineEdit*>(w)) {
        line->setText(text);
        line->setCursorPosition(cursor);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
        plain->setPlainText(text);
        QTextCursor c = plain->textCursor();
        c.setPosition(std::min<int>(cursor, int(text.size())));
        plain->setTextCursor(c);
    } else if (auto* rich = qobject_cast<QTextEdit*>(w)) {
        rich->setPlainText(text);
    }
}

bool MrzWedgeFilter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return false;
    // A key goes up the parents when a widget ignores it: only its first receiver counts.
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget != QApplication::focusWidget() || !acceptsText(widget))
        return false;
    if (m_active && !m_active()) {
        m_detector.reset();
        return false;
    }
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (w->property("sijilMrzInput").toBool())
            return false;
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) {
        m_detector.reset();
        return false;
    }
    if (widget != m_target)
        m_detector.reset();
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const QString before = enter ? QString() : textOf(widget);
    int cursor = 0;
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        cursor = line->cursorPosition();
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
        cursor = plain->textCursor().position();
    const auto verdict = m_detector.key(m_clock(), enter ? QString() : key->text(), enter);
    if (!enter && m_detector.typedCount() == 1) {
        // The first character of what may be a burst: what the field held before it.
        m_target = widget;
        m_before = before;
        m_cursorBefore = cursor;
    }
    if (m_detector.inBurst())
        m_idle.start();
    switch (verdict) {
    case MrzBurstDetector::Verdict::Pass:
        return false;
    case MrzBurstDetector::Verdict::Swallow:
        return true;
    case MrzBurstDetector::Verdict::Complete:
        finish();
        return true;
    }
    return false;
}

void MrzWedgeFilter::checkIdle() {
    if (m_detector.idle(m_clock()) == MrzBurstDetector::Verdict::Complete)
        finish();
}

void MrzWedgeFilter::finish() {
    m_idle.stop();
    if (m_target)
        restore(m_target, m_before, m_cursorBefore);
    m_target = nullptr;
    emit zoneScanned(m_detector.zone());
}

} // namespace sijil::ui
