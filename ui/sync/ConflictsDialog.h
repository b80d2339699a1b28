#pragma once

#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/ConflictResolver.h>

#include <QDialog>
#include <QPair>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace sijil::access {
class SessionManager;
}
namespace sijil::registry {
class ReferenceData;
}

namespace sijil::ui {

// The conflicts screen: each resource changed both here and on the central server, its two
// versions side by side element by element, and the person's choice: keep this workstation's
// version, keep the server's, or merge by ticking the elements to take from the server.
class ConflictsDialog : public QDialog {
    Q_OBJECT
public:
    // `reference` names countries and regimes in a patient's values; without it, values are shown
    // as stored.
    ConflictsDialog(sync::ConflictResolver& resolver, access::SessionManager& session,
                    const registry::ReferenceData* reference, QWidget* parent = nullptr);

    // Re-reads the conflicts (after a sync cycle); returns how many are waiting. The conflict on
    // screen stays, with the elements ticked, if its versions did not change; if they did, its
    // new versions are shown and the person is told; if it is gone, none is shown in its place.
    int reload();
    // How the list names a conflict: a patient by IPP and name, other resources by type and id.
    [[nodiscard]] static QString titleOf(const storage::Conflict& conflict);
    // A Patient as the screens name it: "IPP … — name" (Latin script, else Arabic); empty when
    // it has neither.
    [[nodiscard]] static QString patientTitle(const QByteArray& patientJson);
    // An element's name for people ("birthDate": "Date de naissance"); unknown ones as they are.
    [[nodiscard]] static QString elementLabel(const QString& element);
    // The two values of a difference as people read them: a patient's name, sex, birth date and
    // phone as the admission desk shows them when it holds them whole; anything else as stored,
    // leaf by leaf, so that no part of a difference is hidden.
    [[nodiscard]] static QPair<QString, QString>
    valuesShown(const storage::Conflict& conflict, const sync::FieldDifference& d,
                const registry::ReferenceData* reference);

signals:
    void conflictResolved();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Keep { Shown, Row };
    int reload(Keep keep);
    void retranslate();
    void showConflict(int row);
    // The change sent together the conflict shown is part of, if any.
    void showNote();
    void resolve(int choice);
    // Keeping the server's version of a resource of a change sent together sends the rest of it
    // without that resource: asked first.
    [[nodiscard]] bool confirmApart(const storage::Conflict& conflict);
    [[nodiscard]] bool mayResolveSelected() const;

    sync::ConflictResolver& m_resolver;
    access::SessionManager& m_session;
    const registry::ReferenceData* m_reference;
    QList<storage::Conflict> m_conflicts;
    QLabel* m_intro = nullptr;
    QListWidget* m_list = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_together = nullptr; // the change sent together the conflict is part of
    QLabel* m_message = nullptr;
    QPushButton* m_keepLocal = nullptr;
    QPushButton* m_keepServer = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace sijil::ui
