#include "CardPage.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace sijil::ui {

CardPage::CardPage(const QString& objectName, int maxCardWidth, QWidget* parent)
    : QWidget(parent) {
    setObjectName(objectName);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    m_card = new QWidget(this);
    m_card->setObjectName(QStringLiteral("card"));
    m_card->setMaximumWidth(maxCardWidth);
    m_card->setMinimumWidth(std::min(400, maxCardWidth));
    m_layout = new QVBoxLayout(m_card);
    m_layout->setContentsMargins(32, 28, 32, 28);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_card);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

} // namespace sijil::ui
