#include "PatientBanner.h"

#include <sijil/core/PatientContext.h>

#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace sijil::ui {

using Script = core::PersonName::Script;

PatientBanner::PatientBanner(core::PatientContext& context, QWidget* parent)
    : QFrame(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("patientBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_latinName = new QLabel(this);
    m_latinName->setObjectName(QStringLiteral("bannerLatinName"));
    m_arabicName = new QLabel(this);
    m_arabicName->setObjectName(QStringLiteral("bannerArabicName"));
    // An Arabic name reads right to left whatever the interface language.
    m_arabicName->setLayoutDirection(Qt::RightToLeft);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("bannerDetails"));
    m_ipp = new QLabel(this);
    m_ipp->setObjectName(QStringLiteral("bannerIpp"));
    m_ipp->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, &m_context, &core::PatientContext::close);
    layout->addWidget(m_latinName);
    layout->addWidget(m_arabicName);
    layout->addSpacing(16);
    layout->addWidget(m_details);
    layout->addStretch(1);
    layout->addWidget(m_ipp);
    layout->addWidget(m_close);
    connect(&m_context, &core::PatientContext::patientChanged, this, &PatientBanner::render);
    render();
}

void PatientBanner::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

void PatientBanner::render() {
    const auto& patient = m_context.current();
    setProperty("open", patient.has_value());
    m_close->setToolTip(tr("Fermer le dossier du patient"));
    m_close->setAccessibleName(tr("Fermer le dossier du patient"));
    if (!patient) {
        m_latinName->setText(tr("Aucun patient ouvert"));
        m_arabicName->clear();
        m_details->clear();
        m_ipp->clear();
        m_close->setVisible(false);
        setAccessibleName(tr("Aucun patient ouvert"));
        return;
    }
    m_latinName->setText(patient->name.display(Script::Latin));
    m_arabicName->setText(patient->name.display(Script::Arabic));
    QString sex;
    switch (patient->sex) {
    case core::Sex::Female:
        sex = tr("Femme");
        break;
    case core::Sex::Male:
        sex = tr("Homme");
        break;
    case core::Sex::Other:
        sex = tr("Autre");
        break;
    case core::Sex::Unknown:
        sex = tr("Sexe inconnu");
        break;
    }
    QString born;
    if (patient->birthDate.isValid()) {
        const int age = patient->birthDate.ageOn(QDate::currentDate());
        born = patient->birthDate.precision() == core::PartialDate::Precision::Day
                   ? tr("né(e) le %1 (%n an(s))", nullptr, age)
                         .arg(patient->birthDate.toDisplayString())
                   : tr("né(e) en %1 (environ %n an(s))", nullptr, age)
                         .arg(patient->birthDate.toDisplayString());
    } else {
        born = tr("date de naissance inconnue");
    }
    m_details->setText(sex + QStringLiteral(" · ") + born);
    m_ipp->setText(patient->ipp.isEmpty() ? tr("IPP : non attribué")
                                          : tr("IPP : %1").arg(patient->ipp.value()));
    m_close->setVisible(true);
    setAccessibleName(
        tr("Patient ouvert : %1").arg(patient->name.displayPreferring(Script::Latin)));
}

} // namespace sijil::ui
