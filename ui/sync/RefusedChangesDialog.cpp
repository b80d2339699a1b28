#include "RefusedChangesDialog.h"

#include "ConflictsDialog.h"

#include <sijil/access/SessionManager.h>
#include <sijil/core/ConnectionStatus.h>
#include <sijil/sync/RefusedChanges.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <shell/BidiItemDelegate.h>

namespace sijil::ui {

namespace {
enum Column { Queued, Records, Reason, By, ColumnCount };
}

RefusedChangesDialog::RefusedChangesDialog(sync::RefusedChanges& refused,
                                           access::SessionManager& session,
                                           const core::ConnectionStatus* status, QWidget* parent)
    : QDialog(parent)
    , m_refused(refused)
    , m_session(session)
    , m_status(status) {
    setObjectName(QStringLiteral("refusedChangesDialog"));
    resize(1000, 450);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("refusedChanges"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegate(new BidiItemDelegate(m_table));
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons; the arrows walk the list
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fieldMessage"));
    m_message->setWordWrap(true);
    m_giveUp = new QPushButton(this);
    m_giveUp->setObjectName(QStringLiteral("giveUp"));
    m_giveUp->setAutoDefault(false); // never by a stray Enter
    m_close = new QPushButton(this);
    m_close->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_giveUp);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RefusedChangesDialog::updateActions);
    connect(m_giveUp, &QPushButton::clicked, this, &RefusedChangesDialog::giveUpSelected);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    if (m_status)
        connect(m_status, &core::ConnectionStatus::changed, this,
                &RefusedChangesDialog::updateActions);
    connect(&m_giving, &QFutureWatcherBase::finished, this,
            [this] { givenUp(m_giving.future().result()); });
    retranslate();
    reload();
    m_table->setFocus();
}

QString RefusedChangesDialog::recordsOf(const storage::RefusedChange& change) const {
    QStringList patients;
    int others = 0;
    for (const QString& reference : change.resources) {
        if (!reference.startsWith(QStringLiteral("Patient/"))) {
            ++others;
            continue;
        }
        const QString title = ConflictsDialog::patientTitle(m_refused.held(reference));
        patients << (title.isEmpty() ? reference : title);
    }
    if (others > 0)
        patients << tr("%n autre(s) élément(s) du dossier", nullptr, others);
    return patients.join(u'\n');
}

int RefusedChangesDialog::reload() {
    const qint64 shown = m_table->currentRow() >= 0 && m_table->currentRow() < m_changes.size()
                             ? m_changes[m_table->currentRow()].seq
                             : 0;
    auto changes = m_refused.list();
    if (!changes) {
        m_message->setText(changes.error().message().toString());
        return int(m_changes.size());
    }
    m_changes = *changes;
    m_table->setRowCount(int(m_changes.size()));
    int current = m_changes.isEmpty() ? -1 : 0;
    const QLocale locale;
    for (int row = 0; row < m_changes.size(); ++row) {
        const storage::RefusedChange& c = m_changes[row];
        const QStringList cells = {
            locale.toString(c.queuedAtUtc.toLocalTime(), QLocale::ShortFormat), recordsOf(c),
            c.error, c.actorId};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        if (c.seq == shown)
            current = row;
    }
    m_table->resizeRowsToContents();
    m_table->setCurrentCell(current, 0);
    retranslate();
    updateActions();
    return int(m_changes.size());
}

bool RefusedChangesDialog::syncing() const {
    return m_status && m_status->state() == core::ConnectionStatus::State::Syncing;
}

void RefusedChangesDialog::updateActions() {
    const auto& session = m_session.session();
    const int row = m_table->currentRow();
    m_giveUp->setEnabled(session && sync::RefusedChanges::mayGiveUp(session->user) && row >= 0 &&
                         row < m_changes.size() && !syncing() && !m_giving.isRunning());
    m_giveUp->setToolTip(syncing() ? tr("Une synchronisation est en cours : un changement peut "
                                        "être abandonné dès qu'elle est finie.")
                                   : QString());
}

void RefusedChangesDialog::giveUpSelected() {
    const int row = m_table->currentRow();
    const auto& session = m_session.session();
    if (row < 0 || row >= m_changes.size() || !session)
        return;
    const storage::RefusedChange change = m_changes[row];
    QMessageBox ask(QMessageBox::Warning, tr("Abandonner ce changement"),
                    tr("Ce changement ne sera jamais envoyé au serveur central, ni ce qui a été "
                       "fait après lui sur ces dossiers :\n%1\nChaque dossier revient à ce que le "
                       "serveur central en a, lu à la prochaine synchronisation. Abandonner ?")
                        .arg(recordsOf(change)),
                    QMessageBox::Yes | QMessageBox::No, this);
    ask.setObjectName(QStringLiteral("confirmGiveUp"));
    ask.setDefaultButton(QMessageBox::No);
    if (ask.exec() != QMessageBox::Yes)
        return;
    // A cycle begun while the question was asked may be sending the change again.
    if (syncing()) {
        m_message->setText(tr("Une synchronisation est en cours : un changement peut être "
                              "abandonné dès qu'elle est finie. Rien n'a été modifié."));
        return;
    }
    // The sync's worker gives it up between cycles: a cycle that began since the check above
    // ends first.
    const auto giving = m_refused.giveUp(change, *session);
    if (giving.isFinished())
        return givenUp(giving.result());
    m_message->setText(tr("Abandon du changement… (après la fin de la synchronisation en cours, "
                          "s'il y en a une)"));
    m_giving.setFuture(giving);
    updateActions();
}

void RefusedChangesDialog::givenUp(const core::Result<int>& given) {
    if (!given) {
        m_message->setText(given.error().message().toString());
        reload();
        return;
    }
    reload();
    m_message->setText(tr("Changement abandonné : %n dossier(s) remis comme le serveur central "
                          "les a ; ils seront relus à la prochaine synchronisation.",
                          nullptr, *given));
    emit changeGivenUp();
    m_table->setFocus();
}

void RefusedChangesDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RefusedChangesDialog::retranslate() {
    setWindowTitle(tr("Changements refusés par le serveur central"));
    m_intro->setText(
        m_changes.isEmpty()
            ? tr("Aucun changement n'est refusé par le serveur central.")
            : tr("Le serveur central a refusé ces changements : renvoyés, ils seraient refusés "
                 "encore, et retiennent les changements faits après eux sur les mêmes dossiers. "
                 "Un dossier créé et refusé se corrige à l'accueil (F2) ; un autre changement "
                 "peut être abandonné par l'administrateur du site."));
    m_table->setHorizontalHeaderLabels(
        {tr("Enregistré le"), tr("Dossiers"), tr("Motif du refus"), tr("Par")});
    m_giveUp->setText(tr("&Abandonner ce changement…"));
    m_close->setText(tr("Fermer"));
}

} // namespace sijil::ui
