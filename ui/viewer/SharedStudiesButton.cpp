#include "SharedStudiesButton.h"

#include <sijil/core/PatientContext.h>
#include <sijil/record/PatientImaging.h>

#include <QEvent>
#include <QLocale>
#include <QMenu>

namespace sijil::ui {

SharedStudiesButton::SharedStudiesButton(QWidget* parent)
    : QToolButton(parent) {
    setObjectName(QStringLiteral("sharedStudies"));
    setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(this);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &SharedStudiesButton::rebuild);
    setEnabled(false);
    retranslate();
}

void SharedStudiesButton::setSource(core::PatientContext* patient,
                                    const record::PatientImaging* imaging) {
    m_patient = patient;
    m_imaging = imaging;
    setEnabled(m_patient && m_imaging);
}

void SharedStudiesButton::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

void SharedStudiesButton::retranslate() {
    setText(tr("Dossier partagé"));
    setToolTip(tr("Examens d'imagerie du patient ouvert, dans le dossier patient partagé"));
}

void SharedStudiesButton::rebuild() {
    QMenu* m = menu();
    m->clear();
    const auto note = [m](const QString& text) {
        m->addAction(text)->setEnabled(false);
    };
    if (!m_patient || !m_imaging)
        return;
    if (!m_patient->hasPatient()) {
        note(tr("Aucun patient ouvert : ouvrez-le à l'admission."));
        return;
    }
    const auto listing = m_imaging->studies(m_patient->current()->localId);
    if (!listing) {
        note(listing.error().userMessage());
        return;
    }
    if (listing->studies.isEmpty())
        note(tr("Aucun examen d'imagerie dans le dossier partagé."));
    const QLocale locale;
    for (const record::ImagingStudyLink& study : listing->studies) {
        QStringList parts;
        parts << (study.started.isValid()
                      ? locale.toString(study.started.toLocalTime().date(), QLocale::ShortFormat)
                      : tr("date inconnue"));
        if (!study.modalities.isEmpty())
            parts << study.modalities.join(QStringLiteral(", "));
        if (!study.description.isEmpty())
            parts << study.description;
        QString text = parts.join(QStringLiteral(" — "));
        if (study.numberOfInstances >= 0)
            text += u' ' + tr("(%n image(s))", nullptr, study.numberOfInstances);
        QAction* a = m->addAction(text);
        a->setObjectName(QStringLiteral("study:") + study.resourceId);
        connect(a, &QAction::triggered, this, [this, study] { emit studyChosen(study); });
    }
    if (listing->unusable > 0) {
        m->addSeparator();
        note(tr("%n examen(s) sans accès à leurs images (service non indiqué)", nullptr,
                listing->unusable));
    }
}

} // namespace sijil::ui
