#pragma once

#include <sijil/core/Error.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/RegistryReader.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

namespace sijil::registry {

class RemotePatientSearch;
struct RemotePatient;

// The results of the admission desk's one search box, as a table. The search runs 150 ms after
// the last keystroke, so that results follow the typing without a query per character.
//
// When the store is a file, that search runs on a thread of its own, through a connection of its
// own (a RegistryReader): a search for names still being typed walks long index lists in a large
// register (a tenth of a second at a million patients), and the desk must not freeze while the
// clerk types. A keystroke interrupts the search it makes stale, and only the latest one's results
// are shown. Enter (searchNow) searches at once on the calling thread, so the desk acts on what is
// typed.
//
// Who saw which patients is audited per list that settled on screen (resultsSettled), not per
// keystroke: a list replaced within kSettleMs, as the clerk goes on typing, is not said.
class PatientSearchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Ipp,
        NameLatin,
        NameArabic,
        Sex,
        BirthDate,
        Document,
        Phone,
        Status,
        ColumnCount
    };
    enum Role {
        PatientIdRole = Qt::UserRole + 1, // the record's id in the store
        MergedRole,                       // bool: the record was merged into another
        ServerRole,                       // bool: found on the central server, not kept here yet
    };
    enum class RemoteState { Idle, Searching, Done, Failed };
    static constexpr int kDebounceMs = 150;
    // The most results shown; more matching is said (hasMore), so that a clerk who does not see
    // the patient refines the search rather than registers them again.
    static constexpr int kShown = 50;
    // How long the typing must pause before the central server is asked: one request per
    // patient looked for, not per keystroke, from each of thousands of workstations.
    static constexpr int kRemoteDelayMs = 600;
    // How long a list of results stays on screen, not replaced, before it counts as seen.
    static constexpr int kSettleMs = 1000;

    explicit PatientSearchModel(const PatientRegistry& registry, QObject* parent = nullptr);

    // Starts (or restarts) the debounce; an empty text clears the results at once.
    void setQuery(const QString& text);
    [[nodiscard]] const QString& query() const { return m_query; }
    // Runs the pending search now (Enter pressed before the debounce ran out, tests).
    void searchNow();
    // A search is waiting for the debounce or running in the background.
    [[nodiscard]] bool isPending() const { return m_timer.isActive() || m_reader.isReading(); }
    // Whether searches as you type run on the background thread (a store in a file).
    [[nodiscard]] bool searchesInBackground() const { return m_reader.inBackground(); }
    void clear();
    // The list shown counts as seen now (the clerk acts on a result): resultsSettled, unless it
    // was said already.
    void settle();
    // The central server is searched too when `reachable` says the link is up and what is typed
    // names a patient closely enough (an IPP, a document number, a phone, or names with a birth
    // date or year): the patients it has that this store has not are added after the local
    // ones (ServerRole), once the local results are shown.
    void setRemoteSearch(RemotePatientSearch* remote, std::function<bool()> reachable);
    [[nodiscard]] RemoteState remoteState() const { return m_remoteState; }
    [[nodiscard]] int remoteAdded() const { return m_remoteAdded; }
    [[nodiscard]] const std::optional<core::Error>& remoteError() const { return m_remoteError; }
    // The server is being asked, or will be once the typing pauses: "nobody found" is not
    // final yet.
    [[nodiscard]] bool remotePending() const {
        return m_remoteTimer.isActive() || m_remoteState == RemoteState::Searching;
    }
    // A server row was kept in the local store: it is this store's from now on.
    void markKept(const QString& patientId);
    // The server's Patient for a row found on the central server only, to keep it here.
    [[nodiscard]] std::optional<QJsonObject> serverResource(const QString& patientId) const;
    // Tests: another wait than kSettleMs before a list counts as seen.
    void setSettleInterval(int ms) { m_settle.setInterval(ms); }

    [[nodiscard]] const PatientHit& hit(int row) const { return m_hits.at(row); }
    [[nodiscard]] const QList<PatientHit>& hits() const { return m_hits; }
    // More patients match than the kShown most likely shown.
    [[nodiscard]] bool hasMore() const { return m_more; }
    [[nodiscard]] const std::optional<core::Error>& lastError() const { return m_error; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // Display texts shared with the screens that show a patient field by field.
    [[nodiscard]] static QString sexText(core::Sex sex);
    [[nodiscard]] static QString documentText(const PatientRecord& record);

signals:
    void searchFinished(int count);
    void searchFailed(const sijil::core::Error& error);
    // The patients of a list that stayed on screen kSettleMs without being replaced, or that was
    // acted on (settle()): what the desk audits as read, once per list. The same patients as the
    // list said last (the query grew, the results did not change) are not said again.
    void resultsSettled(const QStringList& patientIds);
    // The central server's search started, ended (its patients added) or failed.
    void remoteStateChanged();

private:
    void run();
    void show(const core::Result<QList<PatientHit>>& found);
    void runRemote();
    void showRemote(quint64 asked, const core::Result<QList<RemotePatient>>& found);
    void setRemoteState(RemoteState state);
    void forgetRemote();

    const PatientRegistry& m_registry;
    RegistryReader m_reader;
    QTimer m_timer;
    QTimer m_settle;
    bool m_unsettled = false;  // the list shown has not been said
    QStringList m_lastSettled; // the patients said last
    QString m_query;
    QList<PatientHit> m_hits;
    bool m_more = false;
    RemotePatientSearch* m_remote = nullptr;
    std::function<bool()> m_reachable;
    QTimer m_remoteTimer;
    quint64 m_asked = 0; // bumped by every new query: a late answer to an older one is dropped
    RemoteState m_remoteState = RemoteState::Idle;
    int m_remoteAdded = 0;
    std::optional<core::Error> m_remoteError;
    QHash<QString, QJsonObject> m_serverResources; // by patient id
    std::optional<core::Error> m_error;
};

} // namespace sijil::registry
