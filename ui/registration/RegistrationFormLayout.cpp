// RegistrationForm: its fields, their layout, shortcuts and tab order.
#include "ContentDirection.h"
#include "FormFields.h"
#include "InsuredPicker.h"
#include "RegistrationForm.h"

#include <sijil/registry/PatientRegistry.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QStringListModel>
#include <QVBoxLayout>

#include <shell/FieldMessage.h>

namespace sijil::ui {

namespace {

using registry::DocumentType;

QLineEdit* lineEdit(QWidget* parent, int maxLength, bool rightToLeft = false) {
    auto* edit = new QLineEdit(parent);
    edit->setMaxLength(maxLength);
    if (rightToLeft)
        edit->setLayoutDirection(Qt::RightToLeft);
    return edit;
}

} // namespace

QWidget* RegistrationForm::addField(QFormLayout* form, const QString& name, QWidget* input,
                                    QWidget* focus) {
    auto* box = new QWidget(form->parentWidget());
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(input);
    auto* message = new FieldMessage(box);
    message->setObjectName(QStringLiteral("message:") + name);
    v->addWidget(message);
    auto* label = new QLabel(form->parentWidget());
    QWidget* target = focus ? focus : input;
    label->setBuddy(target);
    input->setObjectName(name);
    m_fields.insert(name, {label, target, message});
    form->addRow(label, box);
    connectField(name, input);
    return box;
}

void RegistrationForm::connectField(const QString& name, QWidget* input) {
    // Only the clerk's own edits count (textEdited, activated): values the form sets itself do
    // not clear the "read on the ID document" mark nor count as touched.
    if (auto* edit = qobject_cast<QLineEdit*>(input)) {
        connect(edit, &QLineEdit::textEdited, this, [this, name] { fieldEdited(name); });
        connect(edit, &QLineEdit::editingFinished, this, [this, name] { fieldLeft(name); });
    } else if (auto* combo = qobject_cast<QComboBox*>(input)) {
        connect(combo, &QComboBox::activated, this, [this, name] {
            fieldEdited(name);
            fieldLeft(name);
        });
    } else if (auto* date = qobject_cast<DateField*>(input)) {
        connect(date, &DateField::edited, this, [this, name] { fieldEdited(name); });
        connect(date, &DateField::editingFinished, this, [this, name] { fieldLeft(name); });
    }
}

void RegistrationForm::build() {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("formTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_ipp = new QLabel(this);
    m_ipp->setObjectName(QStringLiteral("ipp"));
    m_ipp->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formMessage = new FieldMessage(this);
    m_formMessage->setObjectName(QStringLiteral("message:form"));
    m_unidentified = new QCheckBox(this);
    m_unidentified->setObjectName(QStringLiteral("unidentified"));
    connect(m_unidentified, &QCheckBox::toggled, this, &RegistrationForm::setUnidentified);

    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);

    // Identity document.
    m_documentGroup = new QGroupBox(content);
    auto* doc = new QFormLayout(m_documentGroup);
    m_documentType = new CodeCombo(false, m_documentGroup);
    m_documentNumber = lineEdit(m_documentGroup, 20);
    m_documentNumber->setLayoutDirection(Qt::LeftToRight);
    m_documentExpiry = new DateField(DateField::Mode::FullDate, m_documentGroup);
    m_documentCountry = new CodeCombo(true, m_documentGroup);
    addField(doc, QStringLiteral("documentType"), m_documentType);
    addField(doc, QStringLiteral("documentNumber"), m_documentNumber);
    addField(doc, QStringLiteral("documentExpiry"), m_documentExpiry, m_documentExpiry->lineEdit());
    addField(doc, QStringLiteral("documentCountry"), m_documentCountry);
    m_mrz = new QPushButton(m_documentGroup);
    m_mrz->setObjectName(QStringLiteral("enterMrz"));
    m_mrz->setAutoDefault(true);
    m_card = new QPushButton(m_documentGroup);
    m_card->setObjectName(QStringLiteral("readCard"));
    m_card->setAutoDefault(true);
    m_card->hide(); // until setCardReading() gives it readers
    auto* documentButtons = new QHBoxLayout;
    documentButtons->addWidget(m_mrz);
    documentButtons->addWidget(m_card);
    documentButtons->addStretch();
    doc->addRow(QString(), documentButtons);
    connect(m_mrz, &QPushButton::clicked, this, &RegistrationForm::enterMrz);
    connect(m_card, &QPushButton::clicked, this, &RegistrationForm::readCard);
    // A number typed under "no document" that reads as a CNIE number is one: a keystroke saved.
    connect(m_documentNumber, &QLineEdit::editingFinished, this, [this] {
        static const QRegularExpression cnie(QStringLiteral("^[A-Za-z]{1,2}\\s*[0-9]{1,6}$"));
        if (registry::documentTypeFromCode(m_documentType->code()) == DocumentType::None &&
            cnie.match(m_documentNumber->text().trimmed()).hasMatch())
            m_documentType->setCode(registry::documentTypeCode(DocumentType::Cnie));
    });

    // Names in both scripts, side by side; sex.
    m_identityGroup = new QGroupBox(content);
    auto* identity = new QVBoxLayout(m_identityGroup);
    auto* names = new QGridLayout;
    m_latinHeader = new QLabel(m_identityGroup);
    m_arabicHeader = new QLabel(m_identityGroup);
    m_arabicHeader->setLayoutDirection(Qt::RightToLeft);
    names->addWidget(m_latinHeader, 0, 0);
    names->addWidget(m_arabicHeader, 0, 1);
    auto* latin = new QFormLayout;
    auto* arabic = new QFormLayout;
    auto* latinBox = new QWidget(m_identityGroup);
    latinBox->setLayout(latin);
    auto* arabicBox = new QWidget(m_identityGroup);
    arabicBox->setLayout(arabic);
    // The Arabic names are entered right to left, their labels on the right.
    arabicBox->setLayoutDirection(Qt::RightToLeft);
    m_familyLatin = lineEdit(latinBox, 60);
    m_givenLatin = lineEdit(latinBox, 60);
    // Latin names read left to right even in the Arabic interface.
    m_familyLatin->setLayoutDirection(Qt::LeftToRight);
    m_givenLatin->setLayoutDirection(Qt::LeftToRight);
    m_familyArabic = lineEdit(arabicBox, 60, true);
    m_givenArabic = lineEdit(arabicBox, 60, true);
    addField(latin, QStringLiteral("familyLatin"), m_familyLatin);
    addField(latin, QStringLiteral("givenLatin"), m_givenLatin);
    addField(arabic, QStringLiteral("familyArabic"), m_familyArabic);
    addField(arabic, QStringLiteral("givenArabic"), m_givenArabic);
    names->addWidget(latinBox, 1, 0);
    names->addWidget(arabicBox, 1, 1);
    identity->addLayout(names);
    // Messages about the name as a whole ("at least a family and a given name").
    auto* nameMessage = new FieldMessage(m_identityGroup);
    nameMessage->setObjectName(QStringLiteral("message:name"));
    identity->addWidget(nameMessage);
    m_fields.insert(QStringLiteral("name"), {nullptr, m_familyLatin, nameMessage});
    auto* sexForm = new QFormLayout;
    identity->addLayout(sexForm);
    m_sex = new CodeCombo(true, m_identityGroup);
    addField(sexForm, QStringLiteral("sex"), m_sex);

    // Birth and nationality.
    m_birthGroup = new QGroupBox(content);
    auto* birth = new QFormLayout(m_birthGroup);
    m_birthDate = new DateField(DateField::Mode::Partial, m_birthGroup);
    m_birthCity = lineEdit(m_birthGroup, 80);
    m_birthCountry = new CodeCombo(true, m_birthGroup);
    m_nationality = new CodeCombo(true, m_birthGroup);
    addField(birth, QStringLiteral("birthDate"), m_birthDate, m_birthDate->lineEdit());
    addField(birth, QStringLiteral("birthCity"), m_birthCity);
    addField(birth, QStringLiteral("birthCountry"), m_birthCountry);
    addField(birth, QStringLiteral("nationality"), m_nationality);
    connect(m_birthDate->yearOnlyBox(), &QCheckBox::toggled, this,
            [this] { fieldEdited(QStringLiteral("birthDate")); });

    // Residence.
    m_addressGroup = new QGroupBox(content);
    auto* address = new QFormLayout(m_addressGroup);
    m_address = lineEdit(m_addressGroup, 200);
    m_city = lineEdit(m_addressGroup, 80);
    m_province = new CodeCombo(true, m_addressGroup);
    m_commune = lineEdit(m_addressGroup, 80);
    m_communeNames = new QStringListModel(this);
    m_communeCompleter = new QCompleter(m_communeNames, this);
    m_communeCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_communeCompleter->setFilterMode(Qt::MatchContains);
    m_commune->setCompleter(m_communeCompleter);
    addField(address, QStringLiteral("address"), m_address);
    addField(address, QStringLiteral("city"), m_city);
    addField(address, QStringLiteral("province"), m_province);
    addField(address, QStringLiteral("commune"), m_commune);
    connect(m_province, &QComboBox::currentIndexChanged, this, &RegistrationForm::updateCommunes);

    // Phone and the person to call.
    m_contactGroup = new QGroupBox(content);
    auto* contact = new QFormLayout(m_contactGroup);
    m_phone = lineEdit(m_contactGroup, 25);
    m_emergencyName = lineEdit(m_contactGroup, 120);
    m_emergencyRelationship = new CodeCombo(true, m_contactGroup);
    m_emergencyPhone = lineEdit(m_contactGroup, 25);
    // Free text in either script reads in its own direction ("12 rue Atlas" was shown
    // "rue Atlas 12" in the Arabic interface), a phone number left to right; all on the
    // interface's leading side, hints included (the emergency phone's sat on the left in Arabic).
    for (QLineEdit* e :
         {m_birthCity, m_address, m_city, m_commune, m_emergencyName, m_phone, m_emergencyPhone})
        ContentDirection::follow(e);
    for (QLineEdit* e : {m_phone, m_emergencyPhone})
        keepHintWhole(e);
    addField(contact, QStringLiteral("phone"), m_phone);
    addField(contact, QStringLiteral("emergencyName"), m_emergencyName);
    addField(contact, QStringLiteral("emergencyRelationship"), m_emergencyRelationship);
    addField(contact, QStringLiteral("emergencyPhone"), m_emergencyPhone);

    // Who pays.
    m_coverageGroup = new QGroupBox(content);
    auto* coverage = new QFormLayout(m_coverageGroup);
    m_accountingCategory = new CodeCombo(true, m_coverageGroup);
    m_coverageRegime = new CodeCombo(true, m_coverageGroup);
    m_affiliationNumber = lineEdit(m_coverageGroup, 20);
    m_affiliationNumber->setLayoutDirection(Qt::LeftToRight);
    m_dependantRelation = new CodeCombo(false, m_coverageGroup);
    m_insured = new InsuredPicker(m_s, m_formMessage, m_coverageGroup);
    addField(coverage, QStringLiteral("accountingCategory"), m_accountingCategory);
    addField(coverage, QStringLiteral("coverageRegime"), m_coverageRegime);
    addField(coverage, QStringLiteral("affiliationNumber"), m_affiliationNumber);
    addField(coverage, QStringLiteral("dependantRelation"), m_dependantRelation);
    addField(coverage, QStringLiteral("insuredId"), m_insured, m_insured->display());
    connect(m_coverageRegime, &QComboBox::currentIndexChanged, this,
            &RegistrationForm::updateCoverageState);
    connect(m_dependantRelation, &QComboBox::currentIndexChanged, this,
            &RegistrationForm::updateCoverageState);
    connect(m_insured, &InsuredPicker::insuredChanged, this, [this](const auto& insured) {
        followInsured(insured);
        fieldEdited(QStringLiteral("insuredId"));
    });

    grid->addWidget(m_documentGroup, 0, 0);
    grid->addWidget(m_identityGroup, 0, 1);
    grid->addWidget(m_birthGroup, 1, 0);
    grid->addWidget(m_addressGroup, 1, 1);
    grid->addWidget(m_contactGroup, 2, 0);
    grid->addWidget(m_coverageGroup, 2, 1);
    grid->setRowStretch(3, 1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget*, QWidget* now) { keepInSight(now); });

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setAutoDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setAutoDefault(true);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(); });

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_ipp);
    header->addStretch();
    header->addWidget(m_unidentified);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_formMessage);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] { save(); });
    auto* mrzShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_M), this);
    mrzShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(mrzShortcut, &QShortcut::activated, this, &RegistrationForm::enterMrz);
    auto* cardShortcut = new QShortcut(readCardKeys(), this);
    cardShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cardShortcut, &QShortcut::activated, this, &RegistrationForm::readCard);
    setTabOrder();
}

void RegistrationForm::setTabOrder() {
    // The order a clerk asks: papers, who, born where, lives where, phones, who pays.
    m_tabOrder = {m_documentType,
                  m_documentNumber,
                  m_documentExpiry->lineEdit(),
                  m_documentCountry,
                  m_familyLatin,
                  m_givenLatin,
                  m_familyArabic,
                  m_givenArabic,
                  m_sex,
                  m_birthDate->lineEdit(),
                  m_birthDate->yearOnlyBox(),
                  m_birthCity,
                  m_birthCountry,
                  m_nationality,
                  m_address,
                  m_city,
                  m_province,
                  m_commune,
                  m_phone,
                  m_emergencyName,
                  m_emergencyRelationship,
                  m_emergencyPhone,
                  m_accountingCategory,
                  m_coverageRegime,
                  m_affiliationNumber,
                  m_dependantRelation,
                  m_insured->display(),
                  m_insured->chooseButton(),
                  m_unidentified,
                  m_mrz,
                  m_card,
                  m_save,
                  m_cancel};
    for (int i = 1; i < m_tabOrder.size(); ++i)
        QWidget::setTabOrder(m_tabOrder[i - 1], m_tabOrder[i]);
}

// Tab and Shift+Tab walk m_tabOrder, skipping what is hidden or disabled, round the form. Qt's
// focus chain alone lost its way after the card button (into the groups' inner widgets): Tab
// then looped over the birth and address fields and never reached Save or the names again.
bool RegistrationForm::focusNextPrevChild(bool next) {
    qsizetype at = -1;
    for (QWidget* w = QApplication::focusWidget(); w && w != this && at < 0; w = w->parentWidget())
        at = m_tabOrder.indexOf(w);
    if (at < 0)
        return QWidget::focusNextPrevChild(next);
    const qsizetype n = m_tabOrder.size();
    for (qsizetype step = 1; step < n; ++step) {
        QWidget* w = m_tabOrder[(at + (next ? step : n - step)) % n];
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return true;
}

// The field the keyboard is in, with its message, in sight on a small screen: the form walks its
// own Tab order (focusNextPrevChild), which the scroll area does not follow, and a refused save
// sends the focus to the field to correct, maybe below the fold.
void RegistrationForm::keepInSight(QWidget* focus) {
    QWidget* content = m_scroll->widget();
    if (!focus || !content->isAncestorOf(focus))
        return;
    // A click gives the focus before its press is delivered: the widget moved under the pointer
    // would miss the release, and the click. What was clicked is in sight anyway.
    if (QApplication::mouseButtons() != Qt::NoButton)
        return;
    // The field's row (addField's box: the input and its message), a child of its group.
    QWidget* row = focus;
    while (row->parentWidget() != content && !qobject_cast<QGroupBox*>(row->parentWidget()))
        row = row->parentWidget();
    m_scroll->ensureWidgetVisible(row, 0, 4);
    // Again once laid out: a message shown with the focus makes the row taller.
    QMetaObject::invokeMethod(
        this,
        [this, row = QPointer<QWidget>(row)] {
            QWidget* now = QApplication::focusWidget();
            if (row && (row == now || row->isAncestorOf(now)))
                m_scroll->ensureWidgetVisible(row, 0, 4);
        },
        Qt::QueuedConnection);
}

QKeySequence RegistrationForm::readCardKeys() {
    return QKeySequence(Qt::CTRL | Qt::Key_I);
}

} // namespace sijil::ui
