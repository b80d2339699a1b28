#pragma once

#include <sijil/core/Error.h>
#include <sijil/imaging/PacsNode.h>

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace sijil::imaging {
class DicomWebClient;
}

namespace sijil::ui {

// Retrieves one study with WADO-RS into a folder of the image cache, asynchronously, with
// progress and cancel: for the PACS dialog and for studies opened from the shared record.
class StudyFetcher : public QObject {
    Q_OBJECT
public:
    explicit StudyFetcher(QObject* parent = nullptr);
    ~StudyFetcher() override;

    // `expected`: the study's instance count when known (else <= 0): the progress then has an
    // end. One fetch at a time: a new one cancels the previous.
    void fetch(const imaging::PacsNode& node, const QString& studyUid, const QString& folder,
               int expected = -1);
    void cancel();
    [[nodiscard]] bool isBusy() const { return m_job != 0; }

signals:
    // `total` is 0 while unknown.
    void progress(int done, int total);
    // The study is in `folder`: the files received.
    void fetched(const QString& folder, const QStringList& files);
    // imaging/dicomweb-* (dicomweb-cancelled after cancel()); see DicomWebClient.
    void failed(const sijil::core::Error& error);

private:
    std::unique_ptr<imaging::DicomWebClient> m_client;
    quint64 m_job = 0;
    quint64 m_generation = 0;
    int m_expected = 0;
};

} // namespace sijil::ui
