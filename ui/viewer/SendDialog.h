#pragma once

#include <sijil/imaging/DimseClient.h>
#include <sijil/imaging/PacsNode.h>

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>
#include <thread>

class QCheckBox;
class QComboBox;
class QLabel;
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

// Sends images opened in the viewer (a patient's CD, a folder, an archive) to one of the site's
// PACS, so that they join the patient's imaging there: C-STORE (each file in its own transfer
// syntax when the PACS accepts it) or STOW-RS. Progress and cancel; at the end, how many were
// stored and, file by file, why any was not. Sending again is harmless: a PACS keeps one copy per
// SOP Instance UID.
class SendDialog : public QDialog {
    Q_OBJECT
public:
    // `what` says what is sent, e.g. the patient, study and number of images.
    SendDialog(QList<imaging::PacsNode> nodes, QStringList files, const QString& what,
               QWidget* parent = nullptr);
    ~SendDialog() override;

    // Files per STOW-RS request.
    static constexpr int kStowBatchSize = 50;

    void send();
    void cancel();
    void setBatchSize(int files) { m_batchSize = std::max(1, files); }

    [[nodiscard]] PacsSourcePicker* destination() const { return m_destination; }
    // Offers to add the study to the open patient's shared record once sent (`text` names the
    // patient and what the media says, for the user to confirm it is the same person). Unchecked
    // until the user checks it; possible only towards a PACS with a DICOMweb address (the record
    // says where the images are).
    void offerIndexing(const QString& text);
    [[nodiscard]] QCheckBox* indexBox() const { return m_index; }
    [[nodiscard]] bool indexRequested() const;
    [[nodiscard]] QPushButton* sendButton() const { return m_send; }
    [[nodiscard]] QTableWidget* failures() const { return m_failures; }
    [[nodiscard]] FieldMessage* message() const { return m_message; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

signals:
    // ok: every file is on the PACS (stored, or stored with a warning).
    void sendFinished(bool ok);
    void credentialsAccepted(int node, const QString& password);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateIndexBox();
    void setBusy(bool busy);
    void sendWeb();
    void sendWebBatch();
    void finished(const core::Result<imaging::StoreResult>& result);

    QStringList m_files;
    QString m_what;
    bool m_busy = false;
    std::unique_ptr<imaging::DicomWebClient> m_web;
    quint64 m_webJob = 0;
    int m_batchSize = kStowBatchSize;
    qsizetype m_webNext = 0; // the first file of the next STOW-RS batch
    imaging::StoreResult m_webResult;

    PacsSourcePicker* m_destination = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_index = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    FieldMessage* m_message = nullptr;
    QTableWidget* m_failures = nullptr;

    // Last: stopped and joined first when the dialog goes.
    std::jthread m_worker;
};

} // namespace sijil::ui
