#pragma once

#include "RegistrationServices.h"

#include <sijil/registry/PatientRegistry.h>

#include <QSet>
#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sijil::registry {
class RegistryReader;
}

namespace sijil::ui {

class FieldMessage;

// The duplicate review queue: the open pairs strongest first; the selected pair side by side,
// differences highlighted; "Fusionner" keeps the record chosen under "Dossier conservé",
// "Pas la même personne" takes the pair out of the queue for good. Below, the merges done, each
// of which can be undone. Only the site administrator decides; others see the queue.
// Keys: Up/Down choose a pair, Alt+C the record kept, Alt+F merge, Alt+P not the same person,
// Alt+N undo the selected merge, Escape back to the search.
// The queue is read in the background (it decodes both records of every pair): while it is
// read, the lists read before stay in sight and no decision can be taken on them.
// Who saw which patients is audited as the page shows them: the pair compared, whole (R/read),
// each time another pair is; the rows of the two lists in sight (IPP and names, R/search), each
// patient once per showing of the page, more as the lists scroll: not the whole queue, most of
// which is below the fold.
class DuplicateReviewPage : public QWidget {
    Q_OBJECT
public:
    explicit DuplicateReviewPage(RegistrationServices services, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* pairs() const { return m_pairs; }
    [[nodiscard]] QTableWidget* comparison() const { return m_comparison; }
    [[nodiscard]] QComboBox* survivorChoice() const { return m_survivor; }
    [[nodiscard]] QPushButton* mergeButton() const { return m_merge; }
    [[nodiscard]] QPushButton* notDuplicateButton() const { return m_notDuplicate; }
    [[nodiscard]] QTableWidget* merges() const { return m_merges; }
    [[nodiscard]] QPushButton* unmergeButton() const { return m_unmerge; }
    [[nodiscard]] FieldMessage* message() const { return m_message; }
    [[nodiscard]] int openCount() const { return int(m_open.size()); }
    // The queue is being read: the lists are those of the read before, the decisions are off.
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] QLabel* loadingNotice() const { return m_loadingNotice; }

    // Reads the queue again, in the background when the store is a file; a newer refresh
    // supersedes one still reading (the selection stays on the same row number when it can).
    void refresh();
    void mergeSelected();
    void markNotDuplicate();
    void unmergeSelected();

signals:
    void closed();
    // A pair was merged, unmerged or set aside: the desk's count changes (sent once the queue
    // read after the decision has come, so that openCount() is the new one).
    void queueChanged();
    // The queue read by the latest refresh() is shown (or why it could not be read).
    void loaded();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Queue {
        QList<registry::DuplicateReview> open;
        QList<registry::DuplicateReview> done;
    };
    void showQueue(const core::Result<Queue>& queue);
    void finishLoad();
    void setLoading(bool loading);
    // After a decision: the queue changed, said once the fresh read is shown.
    void decided();
    void retranslate();
    void showPair();
    void updateActions();
    [[nodiscard]] std::optional<registry::DuplicateReview> selectedPair() const;
    [[nodiscard]] bool mayDecide() const;
    // The audit of what is on screen (see above); nothing while the page is hidden.
    void auditComparison();
    void auditRowsInSight();
    void auditInSightLater();
    void forgetAudited();

    RegistrationServices m_s;
    registry::RegistryReader* m_reader = nullptr;
    bool m_loading = false;
    bool m_changed = false; // a decision was taken: queueChanged() once the queue is read
    QStringList m_compared; // the pair whose comparison was audited last
    QSet<QString> m_listed; // the patients of the lists audited in this showing
    QList<registry::DuplicateReview> m_open;
    QList<registry::DuplicateReview> m_done;
    QLabel* m_title = nullptr;
    QLabel* m_help = nullptr;
    FieldMessage* m_message = nullptr;
    QLabel* m_loadingNotice = nullptr;
    QTableWidget* m_pairs = nullptr;
    QTableWidget* m_comparison = nullptr;
    QLabel* m_survivorLabel = nullptr;
    QComboBox* m_survivor = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_notDuplicate = nullptr;
    QLabel* m_mergesTitle = nullptr;
    QTableWidget* m_merges = nullptr;
    QPushButton* m_unmerge = nullptr;
};

} // namespace sijil::ui
