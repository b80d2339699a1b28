#include "InsuredPicker.h"

#include "DeskAudit.h"
#include "PatientSearchPanel.h"

#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/PatientSearchModel.h>

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sijil::ui {

namespace {

QString describe(const registry::PatientRecord& r) {
    using Script = core::PersonName::Script;
    const QString name = r.name.displayPreferring(Script::Latin);
    return r.ipp.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, r.ipp);
}

} // namespace

PatientPickerDialog::PatientPickerDialog(const registry::PatientRegistry& registry,
                                         const QString& query, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("patientPicker"));
    setWindowTitle(tr("Choisir l'assuré"));
    resize(800, 420);
    m_panel = new PatientSearchPanel(registry, this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_panel, &PatientSearchPanel::activated, this, [this](const registry::PatientHit& hit) {
        m_chosen = hit.record;
        accept();
    });
    if (!query.trimmed().isEmpty())
        m_panel->searchFor(query);
    m_panel->setFocus();
}

InsuredPicker::InsuredPicker(RegistrationServices services, FieldMessage* auditMessage,
                             QWidget* parent)
    : QWidget(parent)
    , m_s(std::move(services))
    , m_auditMessage(auditMessage) {
    m_display = new QLineEdit(this);
    m_display->setReadOnly(true);
    m_display->installEventFilter(this);
    m_choose = new QPushButton(this);
    m_choose->setAutoDefault(true); // Enter on the button opens the search, not the form's save
    // The keys that search, under the field while it is empty and wrapped to its width: as the
    // field's placeholder the sentence was cut ("…insured per…") at the form's width.
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("insuredHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    // Its room kept once an insured person is chosen: the rows below do not move under the
    // clerk's eyes.
    QSizePolicy keep = m_hint->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_hint->setSizePolicy(keep);
    auto* row = new QHBoxLayout;
    row->addWidget(m_display, 1);
    row->addWidget(m_choose);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    connect(m_choose, &QPushButton::clicked, this, [this] { choose(); });
    setFocusProxy(m_display);
    retranslate();
}

void InsuredPicker::setInsuredId(const QString& id) {
    if (id.isEmpty()) {
        clear();
        return;
    }
    auto record = m_s.registry.get(id);
    if (record && *record) {
        m_id = id;
        showText(describe(**record));
        emit insuredChanged(**record);
        return;
    }
    m_id = id;
    showText(id);
}

void InsuredPicker::setInsured(const registry::PatientRecord& insured) {
    // A search hit carries the patient without the coverage: read the whole record.
    registry::PatientRecord full = insured;
    if (auto stored = m_s.registry.get(insured.id); stored && *stored)
        full = **stored;
    m_id = full.id;
    showText(describe(full));
    emit insuredChanged(full);
}

void InsuredPicker::clear() {
    if (m_id.isEmpty())
        return;
    m_id.clear();
    showText({});
    emit insuredChanged({});
}

void InsuredPicker::showText(const QString& text) {
    m_display->setText(text);
    // From its start, the name, whole on hover: where the field is narrow (the high-contrast
    // theme's larger font) the end was shown, the IPP, and not who the insured is.
    m_display->setCursorPosition(0);
    m_display->setToolTip(text);
    m_hint->setVisible(text.isEmpty());
    m_display->setAccessibleDescription(text.isEmpty() ? m_hint->text() : QString());
}

bool InsuredPicker::choose() {
    PatientPickerDialog dialog(m_s.registry, {}, this);
    // Who saw which patients, as at the desk: each list that settled, or was acted on, once.
    connect(dialog.panel()->model(), &registry::PatientSearchModel::resultsSettled, this,
            [this](const QStringList& ids) {
                auditShown(m_s, "search", ids, QStringLiteral("insured search"), m_auditMessage);
            });
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().id.isEmpty())
        return false;
    setInsured(dialog.chosen());
    return true;
}

bool InsuredPicker::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_display && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Space || key == Qt::Key_F4 || key == Qt::Key_Down) {
            choose();
            return true;
        }
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InsuredPicker::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InsuredPicker::retranslate() {
    m_choose->setText(tr("Choisir…"));
    m_hint->setText(tr("Espace ou F4 pour chercher l'assuré"));
    m_display->setAccessibleName(tr("Assuré"));
    m_display->setAccessibleDescription(m_display->text().isEmpty() ? m_hint->text() : QString());
}

} // namespace sijil::ui
