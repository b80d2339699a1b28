#include "MrzDialog.h"

#include <sijil/identity/MrzParser.h>

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <cmath>
#include <shell/FieldMessage.h>

namespace sijil::ui {

MrzDialog::MrzDialog(QWidget* parent, QDate today)
    : QDialog(parent)
    , m_today(today) {
    setObjectName(QStringLiteral("mrzDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("mrz"));
    // A scanner's zone belongs here, not to the admission page's wedge filter.
    m_editor->setProperty("sijilMrzInput", true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    m_editor->setFont(mono);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    // The zone is Latin capitals and digits, left to right, whatever the interface language.
    m_editor->setLayoutDirection(Qt::LeftToRight);
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("message:mrz"));
    auto* buttons = new QDialogButtonBox(this);
    m_read = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_read->setObjectName(QStringLiteral("readMrz"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_editor);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MrzDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter starts a new line of the zone; Ctrl+Enter reads it.
    for (const auto& seq :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* read = new QShortcut(seq, this);
        connect(read, &QShortcut::activated, this, &MrzDialog::accept);
    }
    connect(m_editor, &QPlainTextEdit::textChanged, m_message, &FieldMessage::clear);
    retranslate();
    fitZone();
    m_editor->setFocus();
}

// Three lines of 44 characters in sight, measured in the font the editor is drawn with: the
// theme's style sheet may set a larger one than the mono font set above (high contrast), and
// measured from that one the box hid the third line under a scroll bar.
void MrzDialog::fitZone() {
    m_editor->ensurePolished();
    const QFontMetrics fm(m_editor->font());
    const int margins =
        2 * m_editor->frameWidth() + int(std::ceil(m_editor->document()->documentMargin() * 2));
    m_editor->setMinimumWidth(fm.horizontalAdvance(QString(44, u'<')) + margins + 8 +
                              m_editor->contentsMargins().left() +
                              m_editor->contentsMargins().right());
    m_editor->setFixedHeight(fm.lineSpacing() * 3 + margins + 4 +
                             m_editor->contentsMargins().top() +
                             m_editor->contentsMargins().bottom());
}

void MrzDialog::accept() {
    auto parsed = identity::MrzParser::parse(m_editor->toPlainText(), m_today);
    if (!parsed) {
        // The text stays as typed, to be corrected where the message says.
        m_message->show(parsed.error().message(), FieldMessage::Kind::Error);
        m_editor->setFocus();
        return;
    }
    m_data = *parsed;
    QDialog::accept();
}

void MrzDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        fitZone();
    QDialog::changeEvent(event);
}

void MrzDialog::retranslate() {
    setWindowTitle(tr("Saisir la MRZ"));
    m_intro->setText(tr("Tapez ou scannez les lignes de la zone de lecture automatique, au dos "
                        "de la CNIE ou en bas de la page du passeport, une ligne par ligne. "
                        "Ctrl+Entrée pour lire."));
    m_editor->setAccessibleName(tr("Zone de lecture automatique"));
    m_read->setText(tr("Lire"));
    m_cancel->setText(tr("Annuler"));
}

} // namespace sijil::ui
