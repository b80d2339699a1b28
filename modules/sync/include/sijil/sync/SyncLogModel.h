#pragma once

#include <sijil/storage/SyncJournal.h>

#include <QAbstractTableModel>

namespace sijil::sync {

// The sync log as a table for the site administrator: when each cycle ran, how long, what it
// sent and received, what is still waiting, and why it failed, in words.
class SyncLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Started, Duration, Outcome, Pushed, Pulled, Conflicts, Pending, Reason, Count };

    explicit SyncLogModel(storage::SyncJournal& journal, QObject* parent = nullptr);

    // Reads the latest cycles again; false (and the table unchanged) if the store refused.
    bool reload(int limit = 500);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // What an error code of a cycle means for the person reading the log.
    [[nodiscard]] static QString reasonText(const QString& errorCode);

private:
    storage::SyncJournal& m_journal;
    QList<storage::SyncRun> m_runs;
};

} // namespace sijil::sync
