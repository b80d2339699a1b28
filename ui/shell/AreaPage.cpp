#include "AreaPage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace sijil::ui {

AreaPage::AreaPage(const char* title, const char* description, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
    , m_description(description) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("areaHeading"));
    m_body = new QLabel(this);
    m_body->setWordWrap(true);
    m_body->setObjectName(QStringLiteral("areaBody"));
    layout->addWidget(m_heading);
    layout->addWidget(m_body);
    layout->addStretch(1);
    retranslate();
}

void AreaPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AreaPage::retranslate() {
    // The strings are marked where the areas are declared (Workspace.cpp), in its context.
    m_heading->setText(QCoreApplication::translate("sijil::ui::Workspace", m_title));
    m_body->setText(QCoreApplication::translate("sijil::ui::Workspace", m_description));
}

} // namespace sijil::ui
