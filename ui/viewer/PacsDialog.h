#pragma once

#include <sijil/imaging/DimseClient.h>
#include <sijil/imaging/PacsNode.h>

#include <QDialog>
#include <QList>

#include <memory>
#include <thread>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sijil::imaging {
class DicomWebClient;
}

namespace sijil::ui {

class FieldMessage;
class PacsSourcePicker;
class StudyFetcher;

// The site's PACS from the imaging area. The user picks a source (each PACS of the site, by
// DICOM and/or by DICOMweb), searches studies (patient ID, name, a period, modality, accession
// number: a C-FIND or a QIDO-RS query), and retrieves the chosen one into the local image cache
// (a C-GET or a WADO-RS retrieval), then it is shown (studyRetrieved). DIMSE exchanges run on a
// thread of their own, DICOMweb ones asynchronously; both with a progress bar and a cancel
// button; closing the dialog cancels what is under way. A DICOMweb account's password is asked
// here, never stored on disk: once the PACS accepted it, credentialsAccepted hands it to the
// owner, which may give it back with the nodes next time (the session's memory only).
class PacsDialog : public QDialog {
    Q_OBJECT
public:
    PacsDialog(QList<imaging::PacsNode> nodes, QString cacheDir, QWidget* parent = nullptr);
    ~PacsDialog() override;

    void search();
    void retrieveSelected();
    void cancel();

    // Which PACS, and how; the DICOMweb password.
    [[nodiscard]] PacsSourcePicker* source() const { return m_source; }
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
    // The DICOMweb PACS of node `node` accepted `password` for its account.
    void credentialsAccepted(int node, const QString& password);
    // The study is in `folder`, complete.
    void studyRetrieved(const QString& folder);
    void retrieveFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void sourceChanged();
    void showStudies(const imaging::FindResult& found);
    void searchFinishedWith(const core::Result<imaging::FindResult>& found);
    void retrieveFinishedWith(const core::Result<imaging::RetrieveResult>& got,
                              const QString& folder);
    void searchWeb(const imaging::StudyQuery& query);
    void retrieveWeb(const QString& studyUid, int instances, const QString& folder);
    [[nodiscard]] std::optional<imaging::StudyQuery> query();

    QString m_cacheDir;
    bool m_busy = false;
    std::unique_ptr<imaging::DicomWebClient> m_web; // for the DICOMweb source in use
    quint64 m_webJob = 0;
    StudyFetcher* m_fetcher = nullptr; // WADO-RS retrievals
    QString m_fetchFolder;

    PacsSourcePicker* m_source = nullptr;
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
