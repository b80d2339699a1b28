#include <sijil/registry/PatientSearchModel.h>
#include <sijil/registry/RemotePatientSearch.h>
#include <sijil/registry/SearchQuery.h>

#include <QLocale>
#include <QSet>

namespace sijil::registry {

using Script = core::PersonName::Script;

namespace {

// What is worth a request to the national registry: a patient named closely enough that the
// answer is short. Names alone ("ala moh") would ask it for thousands.
// An identifier already found here needs no request; nor does a list already full, to which the
// server would add nothing the clerk could see.
bool asksTheServer(const QString& text, int foundHere) {
    const SearchQuery q = SearchQuery::parse(text);
    if (!q.ipp.isEmpty() || !q.documentNumber.isEmpty() || !q.phone.isEmpty())
        return foundHere == 0;
    return !q.nameTokens.isEmpty() && q.birthDate.isValid() &&
           foundHere < PatientSearchModel::kShown;
}

} // namespace

PatientSearchModel::PatientSearchModel(const PatientRegistry& registry, QObject* parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_reader(registry, QStringLiteral("sijil-patient-search")) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &PatientSearchModel::run);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &PatientSearchModel::settle);
    m_remoteTimer.setSingleShot(true);
    m_remoteTimer.setInterval(kRemoteDelayMs);
    connect(&m_remoteTimer, &QTimer::timeout, this, &PatientSearchModel::runRemote);
}

void PatientSearchModel::setRemoteSearch(RemotePatientSearch* remote,
                                         std::function<bool()> reachable) {
    m_remote = remote;
    m_reachable = std::move(reachable);
}

std::optional<QJsonObject> PatientSearchModel::serverResource(const QString& patientId) const {
    const auto it = m_serverResources.constFind(patientId);
    if (it == m_serverResources.cend())
        return std::nullopt;
    return *it;
}

void PatientSearchModel::markKept(const QString& patientId) {
    if (!m_serverResources.remove(patientId))
        return;
    for (int row = 0; row < m_hits.size(); ++row) {
        if (m_hits.at(row).record.id == patientId)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void PatientSearchModel::setRemoteState(RemoteState state) {
    m_remoteState = state;
    emit remoteStateChanged();
}

void PatientSearchModel::runRemote() {
    if (!m_remote || !(m_reachable && m_reachable()))
        return;
    const quint64 asked = m_asked;
    m_remoteError.reset();
    setRemoteState(RemoteState::Searching);
    m_remote->search(m_query, kShown)
        .then(this, [this, asked](const core::Result<QList<RemotePatient>>& found) {
            showRemote(asked, found);
        });
}

void PatientSearchModel::showRemote(quint64 asked,
                                    const core::Result<QList<RemotePatient>>& found) {
    if (asked != m_asked)
        return; // the clerk typed on: this answers a search no longer shown
    if (!found) {
        m_remoteError = found.error();
        setRemoteState(RemoteState::Failed);
        return;
    }
    // A patient this store has (synced, or kept before) is shown once, from here.
    QSet<QString> here;
    for (const PatientHit& h : std::as_const(m_hits)) {
        here.insert(h.record.id);
        if (!h.record.ipp.isEmpty())
            here.insert(h.record.ipp);
    }
    QList<RemotePatient> added;
    for (const RemotePatient& p : *found) {
        // A record merged on the server whose survivor could not be read stands for nobody.
        if (p.hit.merged)
            continue;
        if (here.contains(p.hit.record.id) ||
            (!p.hit.record.ipp.isEmpty() && here.contains(p.hit.record.ipp)))
            continue;
        if (auto kept = m_registry.get(p.hit.record.id); kept && *kept) {
            // Here, but not among the local results: the server matched otherwise, unless it
            // found the patient through a record merged into them that this store has not
            // (its IPP, its document): that is the patient looked for, listed as held here.
            if (p.hit.foundThrough.isEmpty())
                continue;
            RemotePatient local = p;
            local.hit.record = **kept;
            local.resource = {};
            added << local;
        } else {
            added << p;
        }
        here.insert(p.hit.record.id);
    }
    m_remoteAdded = int(added.size());
    if (!added.isEmpty()) {
        const int first = int(m_hits.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const RemotePatient& p : std::as_const(added)) {
            m_hits << p.hit;
            if (!p.resource.isEmpty())
                m_serverResources.insert(p.hit.record.id, p.resource);
        }
        endInsertRows();
        // The longer list is what the clerk sees now: it is the one said as read.
        m_unsettled = true;
        m_settle.start();
    }
    setRemoteState(RemoteState::Done);
}

void PatientSearchModel::setQuery(const QString& text) {
    m_query = text;
    m_reader.cancel(); // what it searches is no longer what is typed
    forgetRemote();
    if (text.trimmed().isEmpty()) {
        m_timer.stop();
        clear();
        return;
    }
    m_timer.start();
}

void PatientSearchModel::searchNow() {
    m_timer.stop();
    m_reader.cancel();
    if (m_query.trimmed().isEmpty()) {
        clear();
        emit searchFinished(0);
        return;
    }
    show(m_registry.search(m_query, kShown + 1));
    // Enter: the clerk waits for the answer, so the server is asked without the pause.
    if (m_remoteTimer.isActive()) {
        m_remoteTimer.stop();
        runRemote();
    }
}

void PatientSearchModel::forgetRemote() {
    ++m_asked;
    m_remoteTimer.stop();
    m_remoteAdded = 0;
    m_remoteError.reset();
    m_serverResources.clear();
    if (m_remoteState != RemoteState::Idle)
        setRemoteState(RemoteState::Idle);
}

void PatientSearchModel::clear() {
    forgetRemote();
    m_error.reset();
    m_settle.stop();
    m_unsettled = false;
    m_lastSettled.clear();
    m_more = false;
    if (m_hits.isEmpty())
        return;
    beginResetModel();
    m_hits.clear();
    endResetModel();
}

void PatientSearchModel::settle() {
    if (!m_unsettled)
        return;
    m_settle.stop();
    m_unsettled = false;
    QStringList ids;
    ids.reserve(m_hits.size());
    for (const PatientHit& h : std::as_const(m_hits))
        ids << h.record.id;
    if (ids == m_lastSettled)
        return;
    m_lastSettled = ids;
    emit resultsSettled(ids);
}

void PatientSearchModel::run() {
    if (!m_reader.inBackground() || m_query.trimmed().isEmpty()) {
        searchNow();
        return;
    }
    // A keystroke interrupts this search (setQuery cancels it); only the latest one is shown.
    m_reader.read(
        [text = m_query](const PatientRegistry& registry) {
            return registry.search(text, kShown + 1);
        },
        [this](const core::Result<QList<PatientHit>>& found) { show(found); });
}

void PatientSearchModel::show(const core::Result<QList<PatientHit>>& found) {
    beginResetModel();
    m_more = false;
    if (found) {
        m_hits = *found;
        m_more = m_hits.size() > kShown; // one more than shown was asked for, to know
        if (m_more)
            m_hits.resize(kShown);
        m_error.reset();
    } else {
        m_hits.clear();
        m_error = found.error();
    }
    endResetModel();
    // The list replaced, if not said yet, was not on screen long enough to count as seen.
    m_unsettled = !m_hits.isEmpty();
    if (m_unsettled)
        m_settle.start();
    else
        m_settle.stop();
    forgetRemote(); // its rows went with the reset
    if (m_error) {
        emit searchFailed(*m_error);
        return;
    }
    emit searchFinished(int(m_hits.size()));
    if (m_remote && asksTheServer(m_query, int(m_hits.size())))
        m_remoteTimer.start();
}

int PatientSearchModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_hits.size());
}

int PatientSearchModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PatientSearchModel::sexText(core::Sex sex) {
    switch (sex) {
    case core::Sex::Female:
        return tr("Féminin");
    case core::Sex::Male:
        return tr("Masculin");
    case core::Sex::Other:
        return tr("Autre");
    case core::Sex::Unknown:
        break;
    }
    return tr("Inconnu");
}

QString PatientSearchModel::documentText(const PatientRecord& r) {
    switch (r.documentType) {
    case DocumentType::Cnie:
        return r.documentNumber;
    case DocumentType::Passport:
        return tr("Passeport %1").arg(r.documentNumber);
    case DocumentType::ResidenceCard:
        return tr("Carte de séjour %1").arg(r.documentNumber);
    case DocumentType::BirthRecord:
        return tr("Acte de naissance %1").arg(r.documentNumber);
    case DocumentType::None:
        break;
    }
    return {};
}

QVariant PatientSearchModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const PatientHit& h = m_hits.at(index.row());
    const PatientRecord& r = h.record;
    if (role == PatientIdRole)
        return r.id;
    if (role == MergedRole)
        return h.merged;
    const bool fromServer = m_serverResources.contains(r.id);
    if (role == ServerRole)
        return fromServer;
    // Found through records merged into it on the server (searched by their IPP, their
    // document): the IPP the clerk typed is not the one listed, and is named.
    const QString through = foundThroughIpps(h);
    if (role == Qt::ToolTipRole && index.column() == Status && !through.isEmpty()) {
        const QString found = tr("Trouvé sur le serveur central par le dossier IPP %1, qui y a "
                                 "été fusionné avec celui-ci.")
                                  .arg(through);
        return fromServer ? found + u' ' +
                                tr("Ce dossier sera gardé sur ce poste quand vous "
                                   "l'ouvrirez.")
                          : found;
    }
    if (role == Qt::ToolTipRole && index.column() == Status && fromServer)
        return tr("Trouvé sur le serveur central : ce dossier sera gardé sur ce poste quand vous "
                  "l'ouvrirez.");
    if (role == Qt::ToolTipRole && index.column() == BirthDate && r.birthDate.isValid() &&
        r.birthDate.precision() != core::PartialDate::Precision::Day)
        return tr("Date de naissance incomplète : seule une partie est connue.");
    if (role == Qt::ToolTipRole && index.column() == Status && h.merged && h.mergeCycle)
        return tr("Ce dossier a été fusionné, mais ses fusions forment une boucle : aucun "
                  "dossier conservé ne peut être ouvert.");
    if (role == Qt::ToolTipRole && index.column() == Status && h.merged && h.survivorMissing)
        return tr("Ce dossier a été fusionné dans un autre, qui n'est pas encore sur ce poste.");
    if (role == Qt::ToolTipRole && index.column() == Status && h.merged)
        return tr("Ce dossier a été fusionné : le dossier conservé sera ouvert.");
    // A long name is cut short in its column: the whole of it on hover.
    if (role == Qt::ToolTipRole && (index.column() == NameLatin || index.column() == NameArabic))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Ipp:
        return r.ipp;
    case NameLatin:
        return r.name.display(Script::Latin);
    case NameArabic:
        return r.name.display(Script::Arabic);
    case Sex:
        return sexText(r.sex);
    case BirthDate:
        // A partial date stays partial ("1975", "03/1975"): never a made-up day.
        return r.birthDate.isValid() ? r.birthDate.toDisplayString(QLocale()) : QString();
    case Document:
        return documentText(r);
    case Phone:
        return r.phone;
    case Status:
        if (h.merged)
            return tr("Fusionné");
        if (fromServer && !through.isEmpty())
            return tr("Serveur central — remplace IPP %1").arg(through);
        if (!through.isEmpty())
            return tr("Remplace IPP %1").arg(through);
        if (fromServer)
            return tr("Serveur central");
        if (r.unidentified)
            return tr("Non identifié");
        return QString();
    default:
        return {};
    }
}

QVariant PatientSearchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ipp:
        return tr("IPP");
    case NameLatin:
        return tr("Nom (latin)");
    case NameArabic:
        return tr("Nom (arabe)");
    case Sex:
        return tr("Sexe");
    case BirthDate:
        return tr("Naissance");
    case Document:
        return tr("CNIE / pièce");
    case Phone:
        return tr("Téléphone");
    case Status:
        return tr("État");
    default:
        return {};
    }
}

} // namespace sijil::registry
