#include "ConnectionIndicator.h"

#include <sijil/core/ConnectionStatus.h>

#include <QEvent>
#include <QLocale>
#include <QStyle>

namespace sijil::ui {

ConnectionIndicator::ConnectionIndicator(core::ConnectionStatus& status, QWidget* parent)
    : QLabel(parent)
    , m_status(status) {
    setObjectName(QStringLiteral("connectionIndicator"));
    connect(&m_status, &core::ConnectionStatus::changed, this, &ConnectionIndicator::render);
    render();
}

void ConnectionIndicator::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

void ConnectionIndicator::render() {
    using State = core::ConnectionStatus::State;
    const int pending = m_status.pendingCount();
    QString text;
    QString state;
    switch (m_status.state()) {
    case State::Offline:
        state = QStringLiteral("offline");
        text = pending > 0 ? tr("Hors ligne — %n modification(s) en attente", nullptr, pending)
                           : tr("Hors ligne");
        if (!m_status.serverConfigured() && m_status.problem()) {
            // Named in the site file, but its address or certificates cannot be used.
            text += QStringLiteral(" · ") + tr("serveur central mal configuré");
            setToolTip(m_status.problem()->userMessage() + u'\n' +
                       tr("L'administrateur du site corrige le fichier de configuration "
                          "(sijilctl config show dit ce qui ne va pas). Les données restent sur "
                          "ce poste."));
        } else if (const auto& closed = m_status.problem();
                   closed && closed->code() == "fhir/tls-closed") {
            // Closed at the handshake: a server down behind its load balancer looks the same as
            // a workstation refused, so neither is claimed.
            text += QStringLiteral(" · ") + tr("connexion interrompue par le serveur");
            setToolTip(closed->userMessage() + u'\n' +
                       tr("Sijil réessaie de lui-même. Si cela dure, l'administrateur du site "
                          "vérifie le serveur central et le certificat de ce poste (sijilctl "
                          "config show). Les données restent sur ce poste."));
        } else if (const auto& problem = m_status.problem();
                   problem && problem->code().startsWith("fhir/tls")) {
            // Reached, but the secure connection failed: no use waiting for the link.
            text += QStringLiteral(" · ") + tr("connexion sécurisée refusée");
            setToolTip(problem->userMessage() + u'\n' +
                       tr("L'administrateur du site vérifie les certificats du serveur central "
                          "et de ce poste (sijilctl config show). Les données restent sur ce "
                          "poste."));
        } else if (const auto& stored = m_status.problem();
                   stored && stored->code().startsWith("storage/")) {
            // Sync could not use this workstation's own store: the link is not the cause.
            text += QStringLiteral(" · ") + tr("synchronisation arrêtée");
            setToolTip(stored->userMessage() + u'\n' +
                       tr("Le travail continue sur ce poste ; rien n'est envoyé ni reçu avant le "
                          "prochain démarrage de Sijil. Si cela se reproduit, l'administrateur du "
                          "site vérifie la base locale (sijilctl store check)."));
        } else if (!m_status.serverConfigured())
            setToolTip(tr("Aucun serveur central n'est configuré : les données restent sur ce "
                          "poste."));
        else if (m_status.lastSuccessUtc().isValid()) // what a remote centre wants to know
            setToolTip(tr("Le serveur central est injoignable depuis la dernière synchronisation "
                          "réussie, le %1. Le travail continue sur ce poste et sera envoyé au "
                          "retour de la connexion.")
                           .arg(QLocale().toString(m_status.lastSuccessUtc().toLocalTime(),
                                                   QLocale::ShortFormat)));
        else
            setToolTip(tr("Le serveur central est injoignable. Le travail continue sur ce poste "
                          "et sera envoyé au retour de la connexion."));
        break;
    case State::Online:
        state = QStringLiteral("online");
        text = pending > 0 ? tr("En ligne — %n modification(s) en attente", nullptr, pending)
                           : tr("En ligne");
        setToolTip(m_status.lastSuccessUtc().isValid()
                       ? tr("Dernière synchronisation : %1")
                             .arg(QLocale().toString(m_status.lastSuccessUtc().toLocalTime(),
                                                     QLocale::ShortFormat))
                       : tr("Connecté au serveur central."));
        break;
    case State::Syncing:
        state = QStringLiteral("syncing");
        text = tr("Synchronisation… %n modification(s) en attente", nullptr, pending);
        setToolTip(tr("Envoi et réception des modifications en cours."));
        break;
    }
    if (m_status.conflictCount() > 0)
        text += QStringLiteral(" · ") +
                tr("%n conflit(s) à résoudre", nullptr, m_status.conflictCount());
    // The server reached, but not everything went: said here, the why in the tooltip and the log.
    if (const auto& problem = m_status.problem(); problem && m_status.state() != State::Offline) {
        if (problem->is("sync/busy")) { // another program syncs this store: nothing went wrong
            text += QStringLiteral(" · ") + tr("en attente d'une autre synchronisation");
            setToolTip(problem->userMessage());
        } else {
            text += QStringLiteral(" · ") + tr("synchronisation incomplète");
            setToolTip(problem->userMessage() + u'\n' +
                       tr("Le détail est dans le journal de synchronisation."));
        }
    }
    setText(QStringLiteral("● ") + text);
    setAccessibleName(text);
    setProperty("state", state);
    style()->unpolish(this);
    style()->polish(this);
}

} // namespace sijil::ui
