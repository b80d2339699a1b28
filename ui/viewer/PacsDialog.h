#pragma once

#include <sijil/imaging/DimseClient.h>
#include <sijil/imaging/PacsNode.h>

#include <QDialog>

#include <memory>
#include <thread>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sijil::ui {

class FieldMessage;

// The site's PACS from the imaging area: studies searched with a C-FIND (patient ID, name, a
// period, modality, accession number), the chosen one retrieved with a C-GET into the local
// image cache, then shown (studyRetrieved). Every exchange runs on a thread of its own, with a
// progress bar and a cancel button; closing the dialog cancels what is under way.
class PacsDialog : public QDialog {
    Q_OBJECT
public:
    PacsDialog(imaging::PacsNode node, QString cacheDir, QWidget* parent = nullptr);
    ~PacsDialog() override;

    void search();
    void retrieveSelected();
    void cancel();

    [[nodiscard]] QLineEdit* patientIdEdit() const { return m_patientId; }
    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QCheckBox* periodBox() const { return m_period; }
    [[nodiscard]] QDateEdit* fromEdit() const { return m_from; }
    [[nodiscard]] QDateEdit* toEdit() const { return m_to; }
    [[nodiscard]] QComboBox* modalityBox() const { return m_modality; }
    [[nodiscard]] QLineEdit* accessionEdit() const { return m_accession; }
    [[nodiscard]] QTableWidget* results() const { return m_results; }
    [[nodiscard]] QPushButton* searchButton() const { return m_search; }
    [[nodiscard]] QPushButton* retrieveButton() const { return m_retrieve; }
    [[nodiscard]] FieldMessage* message() const { return m_message; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

signals:
    void searchFinished(bool ok);
    // The study is in `folder`, complete.
    void studyRetrieved(const QString& folder);
    void retrieveFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void showStudies(const imaging::FindResult& found);
    [[nodiscard]] std::optional<imaging::StudyQuery> query();

    imaging::PacsNode m_node;
    QString m_cacheDir;
    bool m_busy = false;

    QLineEdit* m_patientId = nullptr;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_modality = nullptr;
    QLineEdit* m_accession = nullptr;
    QPushButton* m_search = nullptr;
    QTableWidget* m_results = nullptr;
    QPushButton* m_retrieve = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    FieldMessage* m_message = nullptr;

    // Last: stopped and joined first when the dialog goes.
    std::jthread m_worker;
};

} // namespace sijil::ui
