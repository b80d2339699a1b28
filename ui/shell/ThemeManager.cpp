#include "ThemeManager.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QStyleFactory>

namespace sijil::ui {

namespace {

QPalette lightPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf7));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x27, 0x2d));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xf2, 0xf3));
    p.setColor(QPalette::Text, QColor(0x1d, 0x27, 0x2d));
    p.setColor(QPalette::Button, QColor(0xe8, 0xec, 0xee));
    p.setColor(QPalette::ButtonText, QColor(0x1d, 0x27, 0x2d));
    p.setColor(QPalette::Highlight, QColor(0x0b, 0x6e, 0x6e));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x0b, 0x5c, 0x8e));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe0));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x6b, 0x72));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x94, 0x99));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x94, 0x99));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x94, 0x99));
    return p;
}

QPalette highContrastPalette() {
    QPalette p;
    p.setColor(QPalette::Window, Qt::black);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, Qt::black);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, Qt::black);
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::ToolTipBase, Qt::black);
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

} // namespace

ThemeManager::ThemeManager(QObject* parent)
    : QObject(parent) {}

bool ThemeManager::apply(const QString& theme) {
    const bool high = theme == u"high-contrast";
    if (!high && theme != u"light")
        return false;
    // Fusion draws the same on every platform and honours the palette fully.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(high ? highContrastPalette() : lightPalette());
    QFile qss(high ? QStringLiteral(":/themes/high-contrast.qss")
                   : QStringLiteral(":/themes/light.qss"));
    if (qss.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(qss.readAll()));
    m_theme = theme;
    emit themeChanged(theme);
    return true;
}

} // namespace sijil::ui
