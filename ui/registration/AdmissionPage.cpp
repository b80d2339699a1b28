#include "AdmissionPage.h"

#include "DeskAudit.h"
#include "DuplicateReviewPage.h"
#include "LabelPrinter.h"
#include "MrzWedgeFilter.h"
#include "PatientSearchPanel.h"
#include "RegistrationForm.h"

#include <sijil/access/SessionManager.h>
#include <sijil/core/PatientContext.h>
#include <sijil/identity/MrzParser.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/PatientSearchModel.h>
#include <sijil/registry/Systems.h>

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <shell/FieldMessage.h>

namespace sijil::ui {

namespace {

constexpr const char* kCtx = "sijil::ui::AdmissionPage";

core::PatientSummary summaryOf(const registry::PatientRecord& r) {
    core::PatientSummary s;
    s.localId = r.id;
    s.ipp = core::Identifier(registry::systems::kIpp, r.ipp);
    s.name = r.name;
    s.sex = r.sex;
    s.birthDate = r.birthDate;
    return s;
}

} // namespace

AdmissionPage::AdmissionPage(RegistrationServices services, QWidget* parent)
    : QWidget(parent)
    , m_s(std::move(services)) {
    setObjectName(QStringLiteral("admissionPage"));
    m_searchPage = new QWidget(this);
    m_title = new QLabel(m_searchPage);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_help = new QLabel(m_searchPage);
    m_help->setWordWrap(true);
    m_message = new FieldMessage(m_searchPage);
    m_message->setObjectName(QStringLiteral("message:admission"));
    m_search = new PatientSearchPanel(m_s.registry, m_searchPage);
    if (m_s.remoteSearch)
        m_search->model()->setRemoteSearch(m_s.remoteSearch, m_s.serverReachable);
    m_reviewButton = new QPushButton(m_searchPage);
    m_reviewButton->setObjectName(QStringLiteral("openReview"));
    m_reviewButton->setFocusPolicy(Qt::NoFocus); // F8 from the keyboard; the box keeps the focus
    auto* searchLayout = new QVBoxLayout(m_searchPage);
    searchLayout->addWidget(m_title);
    searchLayout->addWidget(m_help);
    searchLayout->addWidget(m_message);
    searchLayout->addWidget(m_search, 1);
    searchLayout->addWidget(m_reviewButton, 0, Qt::AlignRight);

    m_form = new RegistrationForm(m_s, this);
    m_review = new DuplicateReviewPage(m_s, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_searchPage);
    m_stack->addWidget(m_form);
    m_stack->addWidget(m_review);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_search, &PatientSearchPanel::activated, this,
            [this](const registry::PatientHit& found) {
                const auto hit = keptHere(found);
                if (!hit)
                    return;
                // The record the search found, even when a survivor stands for it: the clerk is
                // told about the merge.
                if (!openPatient(!hit->foundAs.isEmpty() ? hit->foundAs : hit->record.id))
                    return;
                // Found on the central server through a record merged into it there.
                if (const QString through = registry::foundThroughIpps(*hit); !through.isEmpty())
                    m_message->show(
                        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::AdmissionPage",
                                                               "Le dossier IPP %1 a été fusionné "
                                                               "avec le dossier IPP %2 sur le "
                                                               "serveur central : c'est ce "
                                                               "dossier qui est ouvert."))
                            .arg(through)
                            .arg(hit->record.ipp),
                        FieldMessage::Kind::Info);
            });
    // Who saw which patients: each list of results that settled on screen, as `sijilctl patient
    // search` says each list it prints; appended off the GUI thread, since an append waits for
    // other connections' writes and the clerk may be typing.
    connect(m_search->model(), &registry::PatientSearchModel::resultsSettled, this,
            [this](const QStringList& ids) {
                auditShown(m_s, "search", ids, QStringLiteral("admission search"), m_message);
            });
    connect(m_search, &PatientSearchPanel::nothingToActivate, this, [this](const QString& text) {
        if (!text.trimmed().isEmpty() && m_search->model()->remotePending())
            m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::AdmissionPage",
                                                                   "Recherche sur le serveur "
                                                                   "central en cours : attendez "
                                                                   "sa réponse avant "
                                                                   "d'enregistrer.")),
                            FieldMessage::Kind::Info);
        else if (!text.trimmed().isEmpty())
            m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::AdmissionPage",
                                                                   "Aucun patient sélectionné. "
                                                                   "Ctrl+N pour l'enregistrer.")),
                            FieldMessage::Kind::Info);
    });
    connect(m_form, &RegistrationForm::registered, this, [this](const registry::PatientRecord& r) {
        showSearch();
        m_search->searchFor(r.ipp);
        openPatient(r.id);
        sayAfterSave((m_form->savedWithoutServer()
                          ? core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::AdmissionPage",
                                                                   "Patient enregistré, IPP %1, "
                                                                   "sans comparaison avec le "
                                                                   "serveur central. Ctrl+P pour "
                                                                   "imprimer son étiquette."))
                          : core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::AdmissionPage",
                                                                   "Patient enregistré, IPP "
                                                                   "%1. Ctrl+P pour imprimer "
                                                                   "son étiquette.")))
                         .arg(r.ipp),
                     FieldMessage::Kind::Info);
    });
    connect(m_form, &RegistrationForm::updated, this, [this](const registry::PatientRecord& r) {
        showSearch();
        m_search->searchFor(r.ipp);
        openPatient(r.id);
        // A new document the central registry's other holders were not looked for in. Else,
        // after what opening the patient said, if anything (a change of the record refused).
        if (m_form->savedWithoutServer())
            sayAfterSave(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::AdmissionPage",
                                                                "Correction enregistrée. Sa "
                                                                "pièce d'identité n'a pas été "
                                                                "comparée avec le serveur "
                                                                "central.")),
                         FieldMessage::Kind::Info);
        else if (m_form->typedDuringWait())
            sayAfterSave(m_message->userText(), m_message->kind());
    });
    connect(m_form, &RegistrationForm::existingChosen, this, [this](const QString& id) {
        showChosen(id);
        // After what opening the patient said, if anything, which is not shown again otherwise.
        if (m_form->typedDuringWait())
            sayAfterSave(m_message->userText(), m_message->kind());
    });
    connect(m_form, &RegistrationForm::recognisedAs, this,
            [this](const QString& id, const QString& temporaryIpp) {
                if (const QString ipp = showChosen(id); !ipp.isEmpty())
                    sayAfterSave(
                        core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::AdmissionPage",
                                                               "Le dossier provisoire IPP %1 "
                                                               "est dans la file des "
                                                               "doublons, pour être fusionné "
                                                               "avec ce dossier (IPP %2)."))
                            .arg(temporaryIpp)
                            .arg(ipp),
                        FieldMessage::Kind::Info);
            });
    connect(m_form, &RegistrationForm::cancelled, this, &AdmissionPage::showSearch);
    connect(m_review, &DuplicateReviewPage::closed, this, [this] {
        showSearch();
        // Records merged or unmerged meanwhile: the list is read again.
        m_search->searchFor(m_search->searchBox()->text());
    });
    connect(m_review, &DuplicateReviewPage::queueChanged, this,
            &AdmissionPage::followMergedPatient);
    // A patient opened (again, or another): a merge error of theirs is said again.
    connect(&m_s.patient, &core::PatientContext::patientChanged, this,
            [this] { m_unfollowedSaid.clear(); });
    connect(m_reviewButton, &QPushButton::clicked, this, &AdmissionPage::showReview);
    // Patient data typed or found by one person is not left for the next one to see. (A lock
    // keeps everything: the same person comes back to it.)
    connect(&m_s.session, &access::SessionManager::sessionEnded, this, [this] {
        m_form->startNew();
        m_search->searchFor(QString());
        m_message->clear();
        showSearch();
    });

    auto shortcut = [this](const QKeySequence& keys, auto slot, QWidget* on = nullptr) {
        auto* s = new QShortcut(keys, on ? on : this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::New, [this] {
        if (isSearchShown())
            newPatient();
    });
    shortcut(QKeySequence(Qt::Key_F2), [this] {
        if (isSearchShown())
            editSelected();
    });
    shortcut(QKeySequence::Print, [this] {
        if (isSearchShown())
            printLabel();
    });
    shortcut(QKeySequence(Qt::Key_F8), [this] {
        if (isSearchShown())
            showReview();
    });
    // On the search page only: the form has its own, and two live shortcuts on one key cancel
    // each other out. Not Ctrl+L: the main window locks the workstation with it.
    shortcut(
        RegistrationForm::readCardKeys(), [this] { readCard(); }, m_searchPage);

    m_wedge = new MrzWedgeFilter(this);
    // Not on the duplicate review page: no form to fill there.
    m_wedge->setActive(
        [this] { return isVisible() && !(m_review && m_stack->currentWidget() == m_review); });
    connect(m_wedge, &MrzWedgeFilter::zoneScanned, this, &AdmissionPage::applyScannedZone);
    qApp->installEventFilter(m_wedge);
    retranslate();
    showSearch();
}

bool AdmissionPage::isFormShown() const {
    return m_stack->currentWidget() == m_form;
}

bool AdmissionPage::hasPendingWork() const {
    return isFormShown() && m_form->isModified();
}

bool AdmissionPage::confirmLeaving() {
    return !hasPendingWork() || m_form->cancel();
}

bool AdmissionPage::isReviewShown() const {
    return m_stack->currentWidget() == m_review;
}

bool AdmissionPage::isSearchShown() const {
    return m_stack->currentWidget() == m_searchPage;
}

void AdmissionPage::showReview() {
    m_message->clear();
    m_review->refresh();
    m_stack->setCurrentWidget(m_review);
    setFocusProxy(m_review); // where the desk starts again when the clerk comes back to it
    // Hidden (the session just ended), a widget given the focus takes the keys typed on the
    // sign-in page: the proxy is enough then.
    if (isVisible())
        m_review->setFocus();
}

void AdmissionPage::showSearch() {
    m_stack->setCurrentWidget(m_searchPage);
    setFocusProxy(m_search);
    if (isVisible())
        m_search->setFocus();
    m_search->searchBox()->selectAll();
}

void AdmissionPage::showForm() {
    m_message->clear();
    m_stack->setCurrentWidget(m_form);
    setFocusProxy(m_form->inputFor(QStringLiteral("documentType")));
    if (isVisible())
        m_form->inputFor(QStringLiteral("documentType"))->setFocus();
}

void AdmissionPage::newPatient() {
    m_form->startNew(m_search->searchBox()->text());
    showForm();
    // The clerk did not wait for the central registry's answer: it is asked again at the save.
    if (m_search->model()->remotePending() && m_s.serverReachable && m_s.serverReachable())
        m_form->formMessage()->show(
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::AdmissionPage",
                                                   "Le serveur central n'a pas encore répondu : "
                                                   "ce patient y sera recherché à "
                                                   "l'enregistrement.")),
            FieldMessage::Kind::Info);
}

std::optional<registry::PatientHit>
AdmissionPage::keptHere(std::optional<registry::PatientHit> hit) {
    if (!hit)
        return hit;
    const auto resource = m_search->model()->serverResource(hit->record.id);
    const auto& session = m_s.session.session();
    if (!resource || !session)
        return hit;
    auto kept = m_s.registry.adopt(*resource, *session);
    if (!kept) {
        m_message->show(kept.error().message(), FieldMessage::Kind::Error);
        return std::nullopt;
    }
    m_search->model()->markKept(hit->record.id);
    hit->record = *kept;
    return hit;
}

void AdmissionPage::editSelected() {
    const auto hit = keptHere(m_search->selectedHit());
    if (!hit)
        return;
    const QString asked = !hit->foundAs.isEmpty() ? hit->foundAs : hit->record.id;
    auto survivor = m_s.registry.survivorOf(asked);
    auto record = survivor ? m_s.registry.get(*survivor)
                           : core::Result<std::optional<registry::PatientRecord>>(survivor.error());
    if (!record || !*record) {
        m_message->show(record ? core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::AdmissionPage",
                                                                        "Ce patient est "
                                                                        "introuvable."))
                               : record.error().message(),
                        FieldMessage::Kind::Error);
        return;
    }
    m_form->startEdit(**record);
    showForm();
    if (const auto notice = mergedNotice(asked, **record))
        m_form->formMessage()->show(*notice, FieldMessage::Kind::Info);
}

std::optional<core::UserText>
AdmissionPage::mergedNotice(const QString& id, const registry::PatientRecord& shown) const {
    if (id == shown.id)
        return std::nullopt;
    auto merged = m_s.registry.get(id);
    const QString ipp = merged && *merged ? (*merged)->ipp : QString();
    return core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::AdmissionPage",
                                                  "Ce dossier (IPP %1) a été fusionné avec le "
                                                  "dossier IPP %2 : c'est ce dossier qui est "
                                                  "ouvert."))
        .arg(ipp)
        .arg(shown.ipp);
}

std::optional<registry::PatientRecord>
AdmissionPage::labelRecord(const std::optional<registry::PatientHit>& hit) const {
    QString id;
    if (hit)
        id = hit->record.id;
    // The patient open, when nothing is searched: a search that found nobody names someone else.
    else if (m_search->searchBox()->text().trimmed().isEmpty() && m_s.patient.current())
        id = m_s.patient.current()->localId;
    if (id.isEmpty())
        return std::nullopt;
    // Merged since it was listed or opened (the review queue, or another site by sync): the
    // wristband carries the surviving record's IPP, never the merged one's.
    auto survivor = m_s.registry.survivorOf(id);
    if (!survivor) {
        m_message->show(survivor.error().message(), FieldMessage::Kind::Error);
        return std::nullopt;
    }
    auto record = m_s.registry.get(*survivor);
    if (!record || !*record)
        return std::nullopt;
    return **record;
}

void AdmissionPage::printLabel() {
    const auto selected = m_search->selectedHit();
    const auto hit = keptHere(selected);
    if (selected && !hit)
        return; // a server row that could not be kept: said
    const auto record = labelRecord(hit);
    if (!record) {
        m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::AdmissionPage",
                                                               "Choisissez d'abord le patient "
                                                               "dont imprimer l'étiquette.")),
                        FieldMessage::Kind::Info);
        return;
    }
    if (auto s = LabelPrinter::preview(*record, m_s.facilityName, this); !s)
        m_message->show(s.error().message(), FieldMessage::Kind::Error);
}

QString AdmissionPage::showChosen(const QString& id) {
    showSearch();
    if (!openPatient(id))
        return {};
    auto r = m_s.registry.get(id);
    if (!r || !*r)
        return {};
    m_search->searchFor((*r)->ipp);
    return (*r)->ipp;
}

void AdmissionPage::sayAfterSave(const core::UserText& text, FieldMessage::Kind kind) {
    if (const core::UserText said = m_form->withTypedDuringWait(text); !said.isEmpty())
        m_message->show(said, text.isEmpty() ? FieldMessage::Kind::Info : kind);
}

void AdmissionPage::followMergedPatient() {
    const auto& current = m_s.patient.current();
    if (!current)
        return;
    const QString id = current->localId;
    auto survivor = m_s.registry.survivorOf(id);
    if (!survivor) { // merges that loop back: said, nothing opened
        // Once for the patient open: each sync cycle and each change of the review queue asks
        // again, and the same error said each time would cover what the clerk is doing.
        const QString said = id + u'|' + QString::fromLatin1(survivor.error().code());
        if (said != m_unfollowedSaid)
            m_message->show(survivor.error().message(), FieldMessage::Kind::Error);
        m_unfollowedSaid = said;
        return;
    }
    m_unfollowedSaid.clear();
    if (*survivor != id)
        openPatient(id); // opens the survivor, saying the record was merged into it
}

bool AdmissionPage::openPatient(const QString& id) {
    auto survivor = m_s.registry.survivorOf(id);
    auto record = survivor ? m_s.registry.get(*survivor)
                           : core::Result<std::optional<registry::PatientRecord>>(survivor.error());
    if (!record || !*record) {
        m_message->show(record ? core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::AdmissionPage",
                                                                        "Ce patient est "
                                                                        "introuvable."))
                               : record.error().message(),
                        FieldMessage::Kind::Error);
        return false;
    }
    m_s.patient.open(summaryOf(**record));
    // Who opened which record: the one shown, the survivor when `id` was merged into it. The
    // merged record is named in the detail only: its data is not shown, just its IPP.
    auditShown(m_s, "read", {(*record)->id},
               id == (*record)->id ? QStringLiteral("admission open")
                                   : QStringLiteral("admission open, found as %1").arg(id),
               m_message);
    if (const auto notice = mergedNotice(id, **record))
        m_message->show(*notice, FieldMessage::Kind::Info);
    else if (auto refused = m_s.registry.refusedChange((*record)->id);
             refused && !refused->reason.isEmpty())
        m_message->show(
            (refused->givenUpOnly
                 // A merge: no correction of this record replaces it.
                 ? core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::AdmissionPage",
                                                          "Le serveur central a refusé une "
                                                          "modification faite sur ce dossier "
                                                          "avec d'autres (une fusion) ; elle est "
                                                          "gardée sur ce poste et retient les "
                                                          "suivantes. L'administrateur du site "
                                                          "peut l'abandonner (Synchronisation, "
                                                          "Changements refusés). Motif donné par "
                                                          "le serveur : %1"))
                 : core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::AdmissionPage",
                                                          "Le serveur central a refusé une "
                                                          "modification de ce dossier ; elle "
                                                          "est gardée sur ce poste. Corrigez "
                                                          "le dossier (F2) : la correction "
                                                          "la remplacera. Motif donné par le "
                                                          "serveur : %1")))
                .arg(refused->reason),
            FieldMessage::Kind::Warning);
    else if (auto stale = m_s.registry.waitsToBeReadAgain((*record)->id); stale && *stale)
        m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::AdmissionPage",
                                                               "Un changement de ce dossier a été "
                                                               "abandonné : le dossier attend "
                                                               "d'être relu depuis le serveur "
                                                               "central et pourra être modifié "
                                                               "après la prochaine "
                                                               "synchronisation.")),
                        FieldMessage::Kind::Warning);
    else // what was said of the patient open before is not said of this one
        m_message->clear();
    emit patientOpened((*record)->id);
    return true;
}

void AdmissionPage::setCardReading(identity::ReaderPlugin* readers,
                                   const identity::TrustStore* trust) {
    m_cardReading = readers != nullptr;
    m_form->setCardReading(readers, trust);
}

void AdmissionPage::readCard() {
    if (!m_cardReading)
        return;
    if (!isFormShown())
        newPatient();
    m_form->readCard();
}

void AdmissionPage::applyScannedZone(const QString& zone) {
    // A serial reader's zone while a save waits for the central server: taken now, its questions
    // would open behind the wait and hold it. It is scanned again once the save is done.
    if (m_form->isSaving()) {
        m_form->dropDuringWait();
        return;
    }
    const auto parsed = identity::MrzParser::parse(zone);
    if (!parsed) {
        (isFormShown() ? m_form->formMessage() : m_message)
            ->show(parsed.error().message(), FieldMessage::Kind::Error);
        return;
    }
    if (!isFormShown())
        newPatient();
    m_form->applyMrz(*parsed);
}

void AdmissionPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AdmissionPage::retranslate() {
    m_title->setText(tr("Admission"));
    m_help->setText(tr("Cherchez toujours le patient avant de l'enregistrer. Entrée : ouvrir le "
                       "dossier sélectionné — Ctrl+N : nouveau patient — F2 : corriger — "
                       "Ctrl+P : étiquette."));
    m_reviewButton->setText(tr("Doublons à examiner (F8)"));
}

} // namespace sijil::ui
