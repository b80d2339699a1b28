#include "StudyFetcher.h"

#include <sijil/imaging/DicomWebClient.h>

namespace sijil::ui {

StudyFetcher::StudyFetcher(QObject* parent)
    : QObject(parent) {}

StudyFetcher::~StudyFetcher() = default;

void StudyFetcher::fetch(const imaging::PacsNode& node, const QString& studyUid,
                         const QString& folder, int expected) {
    cancel();
    // A client per fetch: the node (its account) may differ from the last one's. The previous
    // client goes later, from the event loop, with its cancelled job.
    if (m_client)
        m_client.release()->deleteLater();
    m_client = std::make_unique<imaging::DicomWebClient>(node);
    m_expected = std::max(expected, 0);
    const quint64 generation = ++m_generation;
    connect(m_client.get(), &imaging::DicomWebClient::progress, this,
            [this](quint64 job, qint64, int received) {
                if (job == m_job)
                    emit progress(m_expected > 0 ? std::min(received, m_expected) : received,
                                  m_expected);
            });
    m_job = m_client->retrieveStudy(
        studyUid, folder, [this, folder, generation](core::Result<imaging::WebRetrieveResult> got) {
            if (generation != m_generation)
                return; // a fetch since replaced this one
            m_job = 0;
            if (!got) {
                emit failed(got.error());
                return;
            }
            emit fetched(folder, got->files);
        });
}

void StudyFetcher::cancel() {
    if (m_client && m_job != 0)
        m_client->cancel(m_job);
}

} // namespace sijil::ui
