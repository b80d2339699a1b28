#include "SyncLogDialog.h"

#include <sijil/sync/SyncLogModel.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <shell/BidiItemDelegate.h>

namespace sijil::ui {

SyncLogDialog::SyncLogDialog(sync::SyncLogModel& model, QWidget* parent)
    : QDialog(parent)
    , m_model(model) {
    setObjectName(QStringLiteral("syncLogDialog"));
    resize(900, 500);
    m_summary = new QLabel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("syncLog"));
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegate(new BidiItemDelegate(m_view));
    // Tab goes on to the buttons; the arrows walk the log.
    m_view->setTabKeyNavigation(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setVisible(false);
    m_refresh = new QPushButton(this);
    m_close = new QPushButton(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_refresh, &QPushButton::clicked, this, &SyncLogDialog::reload);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslate();
    reload();
}

void SyncLogDialog::reload() {
    if (!m_model.reload())
        m_summary->setText(tr("Le journal de synchronisation n'a pas pu être lu."));
    else
        retranslate();
    m_view->resizeColumnsToContents();
}

void SyncLogDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SyncLogDialog::retranslate() {
    setWindowTitle(tr("Journal de synchronisation"));
    m_summary->setText(tr("%n cycle(s) de synchronisation, du plus récent au plus ancien.", nullptr,
                          m_model.rowCount()));
    m_refresh->setText(tr("Actualiser"));
    m_close->setText(tr("Fermer"));
}

} // namespace sijil::ui
