#include <sijil/sync/SyncLogModel.h>

#include <QLocale>

namespace sijil::sync {

SyncLogModel::SyncLogModel(storage::SyncJournal& journal, QObject* parent)
    : QAbstractTableModel(parent)
    , m_journal(journal) {}

bool SyncLogModel::reload(int limit) {
    auto runs = m_journal.recent(limit);
    if (!runs)
        return false;
    beginResetModel();
    m_runs = *runs;
    endResetModel();
    return true;
}

int SyncLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Count;
}

QString SyncLogModel::reasonText(const QString& code) {
    if (code.isEmpty())
        return {};
    if (code == u"fhir/network")
        return tr("Serveur central injoignable (connexion absente ou coupée).");
    if (code == u"fhir/busy")
        return tr("Serveur central surchargé : nouvel essai plus tard.");
    if (code == u"fhir/server-error")
        return tr("Erreur du serveur central.");
    if (code == u"fhir/tls")
        return tr("Certificat du serveur central non reconnu.");
    if (code == u"fhir/tls-refused")
        return tr("Le serveur central a refusé ce poste à la connexion sécurisée (certificat du "
                  "poste).");
    if (code == u"fhir/tls-closed")
        return tr("Le serveur central a fermé la connexion pendant son établissement sécurisé "
                  "(serveur indisponible, ou certificat du poste refusé).");
    if (code == u"fhir/unauthorized" || code == u"fhir/forbidden")
        return tr("Accès refusé par le serveur central.");
    if (code == u"fhir/bad-request" || code == u"fhir/unprocessable")
        return tr("Une modification a été refusée par le serveur central comme invalide.");
    if (code == u"fhir/conflict")
        return tr("Une modification portait sur une version dépassée : un conflit est à "
                  "résoudre (menu Synchronisation, Conflits).");
    if (code == u"fhir/not-found")
        return tr("Le serveur central ne connaît pas un élément demandé : vérifiez l'adresse du "
                  "serveur configurée pour ce site.");
    if (code == u"fhir/config")
        return tr("L'adresse du serveur central configurée pour ce site n'est pas valable.");
    if (code == u"fhir/malformed" || code == u"sync/bad-answer")
        return tr("Réponse illisible du serveur central : nouvel essai au prochain cycle.");
    if (code == u"fhir/http-error")
        return tr("Réponse inattendue du serveur central : nouvel essai au prochain cycle.");
    if (code.startsWith(u"storage/"))
        return tr("Erreur du stockage local.");
    return tr("Échec (%1).").arg(code);
}

QVariant SyncLogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const storage::SyncRun& run = m_runs[index.row()];
    // The server's own words (often English, HTTP) for whoever supports the site, said as such.
    if (role == Qt::ToolTipRole && index.column() == Reason && !run.errorDetail.isEmpty())
        return tr("Détail technique : %1").arg(run.errorDetail);
    if (role == Qt::TextAlignmentRole && index.column() >= Pushed && index.column() <= Pending)
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Started:
        return QLocale().toString(run.startedAtUtc.toLocalTime(), QLocale::ShortFormat);
    case Duration: {
        // No group separator: Moroccan French and Arabic group with a dot ("1.234,5 s").
        QLocale locale;
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        return tr("%1 s").arg(
            locale.toString(double(run.startedAtUtc.msecsTo(run.finishedAtUtc)) / 1000.0, 'f', 1));
    }
    case Outcome:
        return run.succeeded ? tr("Réussie") : tr("Échouée");
    case Pushed:
        return run.pushed;
    case Pulled:
        return run.pulled;
    case Conflicts:
        return run.conflicts;
    case Pending:
        return run.pending;
    case Reason:
        return reasonText(run.errorCode);
    default:
        return {};
    }
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Début");
    case Duration:
        return tr("Durée");
    case Outcome:
        return tr("Résultat");
    case Pushed:
        return tr("Envoyés");
    case Pulled:
        return tr("Reçus");
    case Conflicts:
        return tr("Conflits");
    case Pending:
        return tr("En attente");
    case Reason:
        return tr("Motif");
    default:
        return {};
    }
}

} // namespace sijil::sync
