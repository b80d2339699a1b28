// ViewerPage: the PACS and the shared record (search, retrieve, send; studies of the open
// patient's record), apart from the viewing itself.
#include "DicomText.h"
#include "PacsDialog.h"
#include "PacsSourcePicker.h"
#include "SendDialog.h"
#include "SharedStudiesButton.h"
#include "StudyFetcher.h"
#include "ViewerPage.h"

#include <sijil/core/PatientContext.h>

#include <QAction>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

#include <shell/FieldMessage.h>

namespace sijil::ui {

namespace {
constexpr const char* kCtx = "sijil::ui::ViewerPage";
}

void ViewerPage::setPacs(QList<imaging::PacsNode> nodes, const QString& cacheDir) {
    m_pacs = std::move(nodes);
    m_pacsCache = cacheDir;
    if (QAction* a = action(QStringLiteral("pacs")))
        a->setEnabled(!m_pacs.isEmpty());
    retranslate();
}

PacsDialog* ViewerPage::openPacsDialog() {
    if (m_pacs.isEmpty())
        return nullptr;
    auto* dialog = new PacsDialog(m_pacs, m_pacsCache, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PacsDialog::credentialsAccepted, this, &ViewerPage::rememberPassword);
    connect(dialog, &PacsDialog::studyRetrieved, this, [this](const QString& folder) {
        openPath(folder);
        m_pendingSource = QStringLiteral("pacs"); // openPath() set it to media
    });
    dialog->show();
    return dialog;
}

SendDialog* ViewerPage::openSendDialog() {
    const Viewport* active = activeViewport();
    if (m_pacs.isEmpty() || !active->study())
        return nullptr;
    // The whole study of the active pane: every series, every file once.
    QStringList files;
    QSet<QString> seen;
    for (const imaging::CatalogSeries& series : active->study()->series) {
        for (const imaging::CatalogInstance& instance : series.instances) {
            if (!seen.contains(instance.path)) {
                seen.insert(instance.path);
                files << instance.path;
            }
        }
    }
    const QString what =
        tr("%1 — %2 %3")
            .arg(dicomPersonName(active->patient()->patientName), active->study()->description,
                 dicomDate(active->study()->studyDate));
    auto* dialog = new SendDialog(m_pacs, files, what.trimmed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SendDialog::credentialsAccepted, this, &ViewerPage::rememberPassword);
    if (m_indexStudy && m_patientContext && m_patientContext->hasPatient()) {
        const core::PersonName& name = m_patientContext->current()->name;
        const auto script = name.family(core::PersonName::Script::Latin).isEmpty()
                                ? core::PersonName::Script::Arabic
                                : core::PersonName::Script::Latin;
        dialog->offerIndexing(
            tr("Ajouter cet examen au dossier partagé de %1 %2 (le support indique : %3, ID %4)")
                .arg(name.family(script).toUpper(), name.given(script),
                     dicomPersonName(active->patient()->patientName),
                     active->patient()->patientId));
        // A copy: the catalogue may change (another folder opened) while the dialog is open.
        connect(dialog, &SendDialog::sendFinished, this,
                [this, dialog, study = *active->study()](bool ok) {
                    if (!ok || !dialog->indexRequested())
                        return;
                    const auto indexed =
                        m_indexStudy(study, dialog->destination()->node().dicomWebUrl);
                    if (!indexed)
                        m_message->show(indexed.error().message());
                    else
                        m_message->show(
                            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::ViewerPage",
                                                                   "L'examen figure dans le "
                                                                   "dossier partagé du patient.")),
                            FieldMessage::Kind::Info);
                    emit studyIndexed(indexed.ok());
                });
    }
    dialog->show();
    return dialog;
}

void ViewerPage::setStudyIndexing(StudyIndexing index) {
    m_indexStudy = std::move(index);
}

void ViewerPage::rememberPassword(int node, const QString& password) {
    // Accepted by the PACS: kept in memory for this session, never on disk.
    if (node >= 0 && node < int(m_pacs.size()))
        m_pacs[node].password = password;
}

void ViewerPage::setSharedRecord(core::PatientContext* patient,
                                 const record::PatientImaging* imaging) {
    m_patientContext = patient;
    m_sharedStudies->setSource(patient, imaging);
}

void ViewerPage::openSharedStudy(const record::ImagingStudyLink& study) {
    // The site's account when the endpoint is one of the site's PACS, else none (a PACS that
    // serves the shared record without one).
    const QString base = study.wadoRsBase.toString(QUrl::StripTrailingSlash);
    int nodeIndex = -1;
    for (int i = 0; i < int(m_pacs.size()); ++i) {
        if (m_pacs.at(i).hasDicomWeb() &&
            m_pacs.at(i).dicomWebUrl.toString(QUrl::StripTrailingSlash) == base)
            nodeIndex = i;
    }
    imaging::PacsNode node;
    node.dicomWebUrl = study.wadoRsBase;
    if (nodeIndex >= 0)
        node = m_pacs.at(nodeIndex);
    if (nodeIndex >= 0 && !node.username.isEmpty() && node.password.isEmpty()) {
        bool ok = false;
        node.password = QInputDialog::getText(
            this, tr("Mot de passe DICOMweb"),
            tr("Mot de passe du compte « %1 » sur %2 :")
                .arg(node.username, node.name.isEmpty() ? node.dicomWebUrl.host() : node.name),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        m_fetchPasswordNode = nodeIndex;
        m_fetchPassword = node.password;
    } else {
        m_fetchPasswordNode = -1;
    }
    m_message->clear();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_fetcher->fetch(node, study.studyInstanceUid,
                     QDir(m_pacsCache).filePath(study.studyInstanceUid), study.numberOfInstances);
}

void ViewerPage::sharedStudyFetched(const QString& folder) {
    if (m_fetchPasswordNode >= 0)
        rememberPassword(m_fetchPasswordNode, m_fetchPassword);
    m_fetchPassword.clear();
    openPath(folder);
    m_pendingSource = QStringLiteral("record"); // openPath() set it to media
}

} // namespace sijil::ui
