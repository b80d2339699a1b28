#include "Workspace.h"

#include "AreaPage.h"
#include "PatientBanner.h"
#include "PendingWork.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sijil::ui {

const QList<Workspace::Area>& Workspace::areas() {
    static const QList<Area> list = {
        {QStringLiteral("admission"), QT_TRANSLATE_NOOP("sijil::ui::Workspace", "Admission"),
         QT_TRANSLATE_NOOP("sijil::ui::Workspace",
                           "Recherche et enregistrement des patients dans le référentiel national, "
                           "lecture de la carte d'identité, étiquettes."),
         QStringLiteral(":/icons/areas/admission.svg")},
        {QStringLiteral("record"), QT_TRANSLATE_NOOP("sijil::ui::Workspace", "Dossier patient"),
         QT_TRANSLATE_NOOP("sijil::ui::Workspace",
                           "Le dossier patient partagé : consultations, problèmes, observations, "
                           "documents et imagerie du patient ouvert."),
         QStringLiteral(":/icons/areas/record.svg")},
        {QStringLiteral("imaging"), QT_TRANSLATE_NOOP("sijil::ui::Workspace", "Imagerie"),
         QT_TRANSLATE_NOOP("sijil::ui::Workspace",
                           "Visionneuse DICOM et échanges avec le PACS : recherche, récupération, "
                           "envoi d'examens, import depuis un CD ou une clé USB."),
         QStringLiteral(":/icons/areas/imaging.svg")},
        {QStringLiteral("tele-expertise"),
         QT_TRANSLATE_NOOP("sijil::ui::Workspace", "Télé-expertise"),
         QT_TRANSLATE_NOOP(
             "sijil::ui::Workspace",
             "Demander l'avis d'un spécialiste à distance, images et données jointes, "
             "et répondre aux demandes reçues."),
         QStringLiteral(":/icons/areas/tele-expertise.svg")},
        {QStringLiteral("teleconsultation"),
         QT_TRANSLATE_NOOP("sijil::ui::Workspace", "Téléconsultation"),
         QT_TRANSLATE_NOOP(
             "sijil::ui::Workspace",
             "Consultation vidéo entre le patient, l'infirmier du centre et un médecin "
             "à distance, avec les dispositifs médicaux connectés."),
         QStringLiteral(":/icons/areas/teleconsultation.svg")},
    };
    return list;
}

Workspace::Workspace(core::PatientContext& patient, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("workspace"));
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("areaNavigation"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setFrameShape(QFrame::NoFrame);
    // Its width follows its names (fitNavigation): never a scroll bar to read an area's name.
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(m_nav);

    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    m_banner = new PatientBanner(patient, this);
    right->addWidget(m_banner);
    m_pages = new QStackedWidget(this);
    right->addWidget(m_pages, 1);
    outer->addLayout(right, 1);

    for (const Area& a : areas()) {
        auto* item = new QListWidgetItem(QIcon(a.icon), QString(), m_nav);
        item->setData(Qt::UserRole, a.id);
        m_pages->addWidget(new AreaPage(a.title, a.description, m_pages));
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        emit currentAreaChanged(areas().at(row).id);
    });
    m_nav->setCurrentRow(0);
    setFocusProxy(m_nav);
    retranslate();
}

void Workspace::setAreaWidget(const QString& id, QWidget* widget) {
    for (int i = 0; i < areas().size(); ++i) {
        if (areas().at(i).id != id)
            continue;
        QWidget* old = m_pages->widget(i);
        m_pages->insertWidget(i, widget);
        m_pages->removeWidget(old);
        old->deleteLater();
        if (m_nav->currentRow() == i)
            m_pages->setCurrentIndex(i);
        return;
    }
}

bool Workspace::confirmLeaving() {
    for (int i = 0; i < m_pages->count(); ++i) {
        auto* work = dynamic_cast<PendingWork*>(m_pages->widget(i));
        if (!work || !work->hasPendingWork())
            continue;
        m_nav->setCurrentRow(i); // the question is about what the user sees
        if (!work->confirmLeaving())
            return false;
    }
    return true;
}

void Workspace::showArea(const QString& id) {
    for (int i = 0; i < areas().size(); ++i) {
        if (areas().at(i).id == id)
            m_nav->setCurrentRow(i);
    }
}

void Workspace::focusCurrentArea() {
    QWidget* page = m_pages->currentWidget();
    // focusWidget() is the child that last had the focus, kept while the area was hidden or the
    // desk locked; a part of the area no longer shown (a closed form) does not count, nor a page
    // the stack gave the focus to for want of a field.
    if (QWidget* last = page ? page->focusWidget() : nullptr; last && last->isVisibleTo(page) &&
                                                              last->isEnabled() &&
                                                              last->focusPolicy() != Qt::NoFocus) {
        last->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (page && page->focusProxy() && page->focusProxy()->isVisibleTo(page) &&
        page->focusProxy()->isEnabled()) {
        page->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_nav->setFocus(Qt::OtherFocusReason);
}

QString Workspace::currentArea() const {
    const int row = m_nav->currentRow();
    return row >= 0 ? areas().at(row).id : QString();
}

void Workspace::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // A theme brings its own font and item padding (high contrast: 12 pt, which gave the list a
    // scroll bar and cut "Téléconsultation" at the old fixed width).
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        fitNavigation();
    QWidget::changeEvent(event);
}

void Workspace::fitNavigation() {
    m_nav->doItemsLayout(); // the size hints of the current texts and style
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        widest = std::max(widest, m_nav->sizeHintForIndex(m_nav->model()->index(i, 0)).width());
    constexpr int kNarrowest = 210;
    m_nav->setFixedWidth(std::max(kNarrowest, widest + 2 * m_nav->frameWidth()));
}

void Workspace::retranslate() {
    m_nav->setAccessibleName(tr("Espaces de travail"));
    for (int i = 0; i < areas().size(); ++i) {
        const QString title =
            QCoreApplication::translate("sijil::ui::Workspace", areas().at(i).title);
        m_nav->item(i)->setText(title);
        m_nav->item(i)->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(i + 1));
    }
    fitNavigation();
}

} // namespace sijil::ui
