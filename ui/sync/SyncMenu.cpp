#include "SyncMenu.h"

#include "ConflictsDialog.h"
#include "RefusedChangesDialog.h"
#include "SyncLogDialog.h"

#include <sijil/access/SessionManager.h>
#include <sijil/sync/SyncThread.h>

#include <QEvent>

namespace sijil::ui {

SyncMenu::SyncMenu(sync::SyncThread* service, sync::ConflictResolver& resolver,
                   sync::RefusedChanges& refused, sync::SyncLogModel& log,
                   access::SessionManager& session, const registry::ReferenceData* reference,
                   QWidget* parent)
    : QMenu(parent)
    , m_service(service)
    , m_resolver(resolver)
    , m_refusedChanges(refused)
    , m_logModel(log)
    , m_session(session)
    , m_reference(reference) {
    setObjectName(QStringLiteral("syncMenu"));
    m_syncNow = addAction(QString());
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_conflicts = addAction(QString());
    m_conflicts->setObjectName(QStringLiteral("openConflicts"));
    m_refused = addAction(QString());
    m_refused->setObjectName(QStringLiteral("openRefusedChanges"));
    m_log = addAction(QString());
    m_log->setObjectName(QStringLiteral("openSyncLog"));
    connect(m_syncNow, &QAction::triggered, this, [this] {
        if (m_service)
            m_service->requestSync();
    });
    connect(m_conflicts, &QAction::triggered, this, &SyncMenu::openConflicts);
    connect(m_refused, &QAction::triggered, this, &SyncMenu::openRefused);
    connect(m_log, &QAction::triggered, this, &SyncMenu::openLog);
    connect(&m_session, &access::SessionManager::stateChanged, this, &SyncMenu::updateEnabled);
    retranslate();
    updateEnabled();
}

void SyncMenu::updateEnabled() {
    const bool active = m_session.state() == access::SessionManager::State::Active;
    m_syncNow->setEnabled(active && m_service);
    m_conflicts->setEnabled(active);
    const bool administrator =
        active && m_session.session()->user.hasRole(access::Role::SiteAdministrator);
    m_refused->setEnabled(administrator);
    m_log->setEnabled(administrator);
}

void SyncMenu::openConflicts() {
    ConflictsDialog dialog(m_resolver, m_session, m_reference, parentWidget());
    connect(&dialog, &ConflictsDialog::conflictResolved, this, &SyncMenu::conflictResolved);
    // A cycle may bring newer versions, or settle a conflict: the screen shows what waits now.
    if (m_service)
        connect(m_service, &sync::SyncThread::cycleFinished, &dialog,
                [&dialog] { dialog.reload(); });
    dialog.exec();
}

void SyncMenu::openRefused() {
    RefusedChangesDialog dialog(m_refusedChanges, m_session, m_status, parentWidget());
    connect(&dialog, &RefusedChangesDialog::changeGivenUp, this, &SyncMenu::conflictResolved);
    if (m_service)
        connect(m_service, &sync::SyncThread::cycleFinished, &dialog,
                [&dialog] { dialog.reload(); });
    dialog.exec();
}

void SyncMenu::openLog() {
    SyncLogDialog dialog(m_logModel, parentWidget());
    if (m_service)
        connect(m_service, &sync::SyncThread::cycleFinished, &dialog, &SyncLogDialog::reload);
    dialog.exec();
}

void SyncMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void SyncMenu::retranslate() {
    setTitle(tr("S&ynchronisation")); // not Alt+S: the Session menu has it
    m_syncNow->setText(tr("Synchroniser &maintenant"));
    m_syncNow->setToolTip(m_service ? QString()
                                    : tr("Aucun serveur central n'est configuré pour ce site."));
    m_conflicts->setText(tr("&Conflits…"));
    m_refused->setText(tr("Changements &refusés…"));
    m_log->setText(tr("&Journal de synchronisation…"));
}

} // namespace sijil::ui
