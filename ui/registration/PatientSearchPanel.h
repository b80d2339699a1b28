#pragma once

#include <sijil/registry/PatientRegistry.h>

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableView;

namespace sijil::registry {
class PatientSearchModel;
}

namespace sijil::ui {

// One search box over a table of results, driven from the keyboard: results follow the typing,
// Up and Down move through them without leaving the box, Enter takes the selected patient.
class PatientSearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit PatientSearchPanel(const registry::PatientRegistry& registry,
                                QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* searchBox() const { return m_search; }
    [[nodiscard]] QTableView* results() const { return m_view; }
    [[nodiscard]] registry::PatientSearchModel* model() const { return m_model; }
    // The patient selected among the results of what is typed now: a search still waiting for
    // the typing to pause, or running, is run first, so a key pressed at once (F2, Ctrl+P) never
    // acts on the previous search's row. The list counts as seen (PatientSearchModel::settle).
    [[nodiscard]] std::optional<registry::PatientHit> selectedHit();
    // Sets the box and searches at once (after a registration: the new patient is shown).
    void searchFor(const QString& text);
    // While the search index is being built (a store from before the index, or a rebuild left
    // unfinished): the box is off, since a partial index would hide patients and invite
    // duplicates, and it says how far the preparation is. setReady() gives the box back.
    void setPreparing(int percent);
    void setReady();
    [[nodiscard]] bool isPreparing() const { return m_preparing.has_value(); }

signals:
    void activated(const sijil::registry::PatientHit& hit);
    // Enter with nothing to take: the admission page offers to register.
    void nothingToActivate(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showCount(int count);
    void showRemoteState();
    void activateSelected();
    void moveSelection(int delta);

    registry::PatientSearchModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_remoteStatus = nullptr; // the central server's search, when there is one
    std::optional<int> m_preparing;   // percent done
};

} // namespace sijil::ui
