#include <sijil/registry/PatientFinder.h>
#include <sijil/registry/PatientSearchModel.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>

#include <QLocale>
#include <QMutex>

namespace sijil::registry {

using Script = core::PersonName::Script;

// Lives on the model's search thread: opens its own connection to the store there, on first
// use, and searches through it.
class SearchWorker {
public:
    explicit SearchWorker(QString path)
        : m_path(std::move(path)) {}

    core::Result<QList<PatientHit>> search(const QString& text) {
        if (!m_finder) {
            auto db = storage::Database::open(m_path);
            if (!db)
                return db.error();
            QMutexLocker lock(&m_mutex);
            m_db = std::move(db).value();
            m_store = std::make_unique<storage::ResourceStore>(*m_db);
            m_index = std::make_unique<storage::SearchIndex>(*m_db);
            m_finder = std::make_unique<PatientFinder>(*m_store, *m_index);
        }
        return m_finder->search(text);
    }
    // From the model's thread: makes the running search fail at once.
    void interrupt() {
        QMutexLocker lock(&m_mutex);
        if (m_db)
            m_db->interrupt();
    }
    // On the search thread, before it ends: the connection belongs to it.
    void close() {
        QMutexLocker lock(&m_mutex);
        m_finder.reset();
        m_index.reset();
        m_store.reset();
        m_db.reset();
    }

private:
    const QString m_path;
    QMutex m_mutex; // between interrupt() and the connection's opening and closing
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::ResourceStore> m_store;
    std::unique_ptr<storage::SearchIndex> m_index;
    std::unique_ptr<PatientFinder> m_finder;
};

PatientSearchModel::PatientSearchModel(const PatientRegistry& registry, QObject* parent)
    : QAbstractTableModel(parent)
    , m_registry(registry) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &PatientSearchModel::run);
    const QString path = registry.databasePath();
    if (!path.isEmpty() && path != u":memory:") { // a second connection to memory is another base
        m_worker = new SearchWorker(path);
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("sijil-patient-search"));
        // An object of the thread's own, so that queued calls run there.
        auto* context = new QObject;
        context->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, context, [context, worker = m_worker] {
            worker->close();
            delete context;
        });
        m_context = context;
        m_thread->start();
    }
}

PatientSearchModel::~PatientSearchModel() {
    if (!m_thread)
        return;
    m_worker->interrupt();
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void PatientSearchModel::setQuery(const QString& text) {
    m_query = text;
    dropRunning(); // what it searches is no longer what is typed
    if (text.trimmed().isEmpty()) {
        m_timer.stop();
        clear();
        return;
    }
    m_timer.start();
}

void PatientSearchModel::dropRunning() {
    if (!m_waiting)
        return;
    ++m_sequence; // its results, when they come, are no one's
    m_waiting = false;
    m_worker->interrupt();
}

void PatientSearchModel::searchNow() {
    m_timer.stop();
    dropRunning();
    if (m_query.trimmed().isEmpty()) {
        clear();
        emit searchFinished(0);
        return;
    }
    show(m_registry.search(m_query));
}

void PatientSearchModel::clear() {
    m_error.reset();
    if (m_hits.isEmpty())
        return;
    beginResetModel();
    m_hits.clear();
    endResetModel();
}

void PatientSearchModel::run() {
    if (!m_worker || m_query.trimmed().isEmpty()) {
        searchNow();
        return;
    }
    const quint64 sequence = ++m_sequence;
    m_waiting = true;
    QMetaObject::invokeMethod(
        m_context,
        [model = this, worker = m_worker, sequence, text = m_query] {
            auto found = worker->search(text);
            // Back on the model's thread. The model outlives this thread (its destructor waits
            // for it), and a result posted to it as it is destroyed is discarded with it.
            QMetaObject::invokeMethod(
                model,
                [model, sequence, found = std::move(found)] {
                    if (sequence != model->m_sequence)
                        return; // a newer search was asked; an interrupted one is always older
                    model->m_waiting = false;
                    model->show(found);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void PatientSearchModel::show(const core::Result<QList<PatientHit>>& found) {
    beginResetModel();
    if (found) {
        m_hits = *found;
        m_error.reset();
    } else {
        m_hits.clear();
        m_error = found.error();
    }
    endResetModel();
    if (m_error)
        emit searchFailed(*m_error);
    else
        emit searchFinished(int(m_hits.size()));
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
    if (role == Qt::ToolTipRole && index.column() == BirthDate && r.birthDate.isValid() &&
        r.birthDate.precision() != core::PartialDate::Precision::Day)
        return tr("Date de naissance incomplète : seule une partie est connue.");
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
