#include "CardReadDialog.h"

#include "MrzDialog.h"

#include <sijil/identity/ReaderPlugin.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QThread>
#include <QVBoxLayout>

#include <shell/FieldMessage.h>

namespace sijil::ui {

namespace {

constexpr const char* kCtx = "sijil::ui::CardReadDialog";
constexpr int kCanLength = 6;

} // namespace

// Carries a read's progress and outcome from the worker thread to the dialog. It lives in the GUI
// thread; the worker posts functors to it, which reach the dialog only while the callbacks are
// set: a dialog closed (or a read abandoned) clears them, and late news is dropped.
class CardReadRelay : public QObject {
public:
    std::function<void(identity::DocumentReading::Step)> onStep;
    std::function<void(core::Result<identity::DocumentReadResult>)> onDone;
};

CardReadDialog::CardReadDialog(identity::ReaderPlugin& readers, const identity::TrustStore* trust,
                               QWidget* parent, QDate today)
    : QDialog(parent)
    , m_readers(readers)
    , m_trust(trust)
    , m_today(today) {
    setObjectName(QStringLiteral("cardReadDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_reader = new QComboBox(this);
    m_reader->setObjectName(QStringLiteral("reader"));
    m_can = new QLineEdit(this);
    m_can->setObjectName(QStringLiteral("can"));
    m_can->setMaxLength(kCanLength);
    m_can->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(kCanLength)), m_can));
    m_can->setLayoutDirection(Qt::LeftToRight);
    m_mrzButton = new QPushButton(this);
    m_mrzButton->setObjectName(QStringLiteral("cardMrz"));
    m_mrzState = new QLabel(this);
    auto* mrzRow = new QHBoxLayout;
    mrzRow->addWidget(m_mrzButton);
    mrzRow->addWidget(m_mrzState, 1);
    auto* form = new QFormLayout;
    m_readerLabel = new QLabel(this);
    m_canLabel = new QLabel(this);
    form->addRow(m_readerLabel, m_reader);
    form->addRow(m_canLabel, m_can);
    form->addRow(QString(), mrzRow);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, identity::DocumentReading::kStepCount);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("step"));
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("message:card"));

    m_photo = new QLabel(this);
    m_photo->setObjectName(QStringLiteral("photo"));
    m_photo->setFixedSize(120, 160);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_photo->setWordWrap(true);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_fields = new QLabel(this);
    m_fields->setObjectName(QStringLiteral("chipFields"));
    m_fields->setWordWrap(true);
    auto* outcome = new QHBoxLayout;
    auto* outcomeText = new QVBoxLayout;
    outcomeText->addWidget(m_verdict);
    outcomeText->addWidget(m_fields);
    outcomeText->addStretch();
    outcome->addWidget(m_photo);
    outcome->addLayout(outcomeText, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_read = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_read->setObjectName(QStringLiteral("readCard"));
    m_confirm = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmCard"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_message);
    layout->addLayout(outcome);
    layout->addWidget(buttons);

    connect(m_read, &QPushButton::clicked, this, &CardReadDialog::startRead);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mrzButton, &QPushButton::clicked, this, &CardReadDialog::enterMrz);
    connect(m_can, &QLineEdit::textChanged, this, &CardReadDialog::updateButtons);
    connect(m_reader, &QComboBox::currentIndexChanged, this, &CardReadDialog::updateButtons);
    for (auto signal :
         {&identity::ReaderPlugin::readerAdded, &identity::ReaderPlugin::readerRemoved,
          &identity::ReaderPlugin::cardInserted, &identity::ReaderPlugin::cardRemoved})
        connect(&m_readers, signal, this, &CardReadDialog::refreshReaders);
    connect(&m_readers, &identity::ReaderPlugin::serviceChanged, this,
            &CardReadDialog::refreshReaders);

    refreshReaders();
    retranslate();
    clearResult();
    m_can->setFocus();
}

CardReadDialog::~CardReadDialog() {
    if (m_relay) {
        m_relay->onStep = nullptr;
        m_relay->onDone = nullptr;
    }
}

void CardReadDialog::setMrz(const identity::MrzData& mrz) {
    m_mrz = mrz;
    retranslate();
    updateButtons();
}

void CardReadDialog::enterMrz() {
    MrzDialog dialog(this, m_today);
    if (dialog.exec() == QDialog::Accepted)
        setMrz(dialog.data());
}

void CardReadDialog::refreshReaders() {
    const QString current = m_reader->currentData().toString();
    const QList<identity::ReaderInfo> list = m_readers.readers();
    const QSignalBlocker block(m_reader);
    m_reader->clear();
    // Keep the clerk's reader while it holds a card; otherwise go to one that holds a card.
    int keep = -1;
    int withCard = -1;
    for (const identity::ReaderInfo& r : list) {
        if (!(r.capabilities & identity::ReaderInfo::SmartCard))
            continue;
        m_reader->addItem(r.cardPresent ? tr("%1 — carte présente").arg(r.name)
                                        : tr("%1 — pas de carte").arg(r.name),
                          r.name);
        const int index = m_reader->count() - 1;
        m_reader->setItemData(index, r.cardPresent, Qt::UserRole + 1);
        if (r.name == current)
            keep = index;
        if (r.cardPresent && withCard < 0)
            withCard = index;
    }
    int select = keep;
    if (withCard >= 0 && (keep < 0 || !m_reader->itemData(keep, Qt::UserRole + 1).toBool()))
        select = withCard;
    if (select < 0 && m_reader->count() > 0)
        select = 0;
    m_reader->setCurrentIndex(select);
    if (!m_reading) {
        // The service down (pcscd stopped) is said as such: plugging the reader in again would
        // not help. The plug-in retries by itself and the readers come back with it.
        if (const auto problem = m_readers.serviceProblem())
            m_message->show(problem->message(), FieldMessage::Kind::Warning);
        else if (m_reader->count() == 0)
            m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::CardReadDialog",
                                                                   "Aucun lecteur de cartes "
                                                                   "branché. Branchez-le : il "
                                                                   "apparaîtra ici.")),
                            FieldMessage::Kind::Info);
        else if (!m_failed)
            m_message->clear();
    }
    updateButtons();
}

void CardReadDialog::updateButtons() {
    const bool cardThere =
        m_reader->currentIndex() >= 0 && m_reader->currentData(Qt::UserRole + 1).toBool();
    const bool key = m_mrz.has_value() || m_can->text().size() == kCanLength;
    m_read->setEnabled(!m_reading && cardThere && key);
    m_confirm->setEnabled(!m_reading && m_result && m_result->acceptable());
    m_reader->setEnabled(!m_reading);
    m_can->setEnabled(!m_reading);
    m_mrzButton->setEnabled(!m_reading);
}

void CardReadDialog::startRead() {
    if (m_reading || !m_read->isEnabled())
        return;
    clearResult();
    m_message->clear();
    m_failed = false;
    const QString reader = m_reader->currentData().toString();
    auto connection = m_readers.connect(reader);
    if (!connection) {
        m_failed = true;
        m_message->show(connection.error().message(), FieldMessage::Kind::Error);
        retranslate();
        updateButtons();
        emit readFinished(false);
        return;
    }
    identity::DocumentAccessKey key;
    if (m_mrz) {
        auto bac = identity::BacKey::fromMrz(*m_mrz);
        if (!bac) {
            m_failed = true;
            m_message->show(bac.error().message(), FieldMessage::Kind::Error);
            retranslate();
            updateButtons();
            emit readFinished(false);
            return;
        }
        key.mrz = *bac;
    }
    key.can = m_can->text();

    m_reading = true;
    m_progress->setValue(0);
    m_progress->show();
    updateButtons();

    if (m_relay) {
        m_relay->onStep = nullptr;
        m_relay->onDone = nullptr;
    }
    // deleteLater: the last owner may be the worker thread.
    m_relay = std::shared_ptr<CardReadRelay>(new CardReadRelay,
                                             [](CardReadRelay* r) { r->deleteLater(); });
    m_relay->onStep = [this](identity::DocumentReading::Step step) {
        showStep(step);
    };
    m_relay->onDone = [this](core::Result<identity::DocumentReadResult> outcome) {
        m_reading = false;
        m_progress->hide();
        if (outcome) {
            m_result = std::move(outcome).value();
            // The CAN served its read; it is not kept.
            m_can->clear();
            showResult();
        } else {
            m_failed = true;
            m_step->clear();
            m_message->show(outcome.error().message(), FieldMessage::Kind::Error);
        }
        retranslate();
        updateButtons();
        emit readFinished(outcome.ok());
    };

    identity::DocumentReading::Options options;
    options.trustStore = m_trust;
    options.today = m_today;
    auto* worker = QThread::create(
        [relay = m_relay, options, key = std::move(key),
         card = std::shared_ptr<identity::CardConnection>(std::move(connection).value())] {
            auto outcome = identity::DocumentReading::read(
                *card, key, options, [relay](identity::DocumentReading::Step step) {
                    QMetaObject::invokeMethod(
                        relay.get(),
                        [relay, step] {
                            if (relay->onStep)
                                relay->onStep(step);
                        },
                        Qt::QueuedConnection);
                });
            QMetaObject::invokeMethod(
                relay.get(),
                [relay, outcome = std::move(outcome)] {
                    if (relay->onDone)
                        relay->onDone(outcome);
                },
                Qt::QueuedConnection);
        });
    worker->setObjectName(QStringLiteral("card-read"));
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void CardReadDialog::showStep(identity::DocumentReading::Step step) {
    m_progress->setValue(int(step) + 1);
    m_step->setText(identity::DocumentReading::stepText(step).toString());
}

void CardReadDialog::clearResult() {
    m_result.reset();
    m_photo->clear();
    m_photo->hide();
    m_verdict->clear();
    m_verdict->setProperty("verdict", QString());
    m_fields->clear();
    m_step->clear();
}

void CardReadDialog::showResult() {
    if (!m_result)
        return;
    m_step->setText(tr("Lecture terminée."));
    const QImage image = QImage::fromData(m_result->photo);
    m_photo->show();
    if (!image.isNull())
        m_photo->setPixmap(QPixmap::fromImage(image).scaled(m_photo->size(), Qt::KeepAspectRatio,
                                                            Qt::SmoothTransformation));
    else if (!m_result->photo.isEmpty())
        m_photo->setText(tr("Photo lue, format non affichable (%1)").arg(m_result->photoFormat));
    else
        m_photo->setText(tr("Pas de photo"));
    m_verdict->setProperty("verdict", m_result->verdictCode());
    const char* color = m_result->verdict() == identity::DocumentReadResult::Verdict::Verified
                            ? "#1b7f3b"
                        : m_result->acceptable() ? "#9a6700"
                                                 : "#b3261e";
    m_verdict->setStyleSheet(QStringLiteral("color: %1").arg(QLatin1String(color)));
}

QStringList CardReadDialog::fieldsFromChip(const identity::MrzData& d) {
    QStringList fields{QStringLiteral("documentType"), QStringLiteral("documentNumber")};
    if (d.expiryDate.isValid())
        fields << QStringLiteral("documentExpiry");
    if (!d.familyName.isEmpty())
        fields << QStringLiteral("familyLatin");
    if (!d.givenNames.isEmpty())
        fields << QStringLiteral("givenLatin");
    if (d.sex != core::Sex::Unknown)
        fields << QStringLiteral("sex");
    if (d.birthDate.isValid())
        fields << QStringLiteral("birthDate");
    if (!d.nationality.isEmpty())
        fields << QStringLiteral("nationality");
    return fields;
}

void CardReadDialog::done(int result) {
    // A read still running is abandoned: its outcome is dropped when it comes.
    if (m_relay) {
        m_relay->onStep = nullptr;
        m_relay->onDone = nullptr;
    }
    m_reading = false;
    if (result != QDialog::Accepted)
        m_can->clear();
    QDialog::done(result);
}

void CardReadDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CardReadDialog::retranslate() {
    setWindowTitle(tr("Lire la carte d'identité"));
    m_intro->setText(tr("Posez la CNIE ou le passeport sur le lecteur, puis tapez le numéro "
                        "d'accès (CAN, 6 chiffres au recto de la carte) ou saisissez la MRZ."));
    m_readerLabel->setText(tr("Lecteur"));
    m_canLabel->setText(tr("Numéro d'accès (CAN)"));
    m_can->setAccessibleName(tr("Numéro d'accès (CAN)"));
    m_mrzButton->setText(tr("Saisir la MRZ…"));
    m_mrzState->setText(m_mrz ? tr("MRZ du document %1 saisie").arg(m_mrz->documentNumber)
                              : QString());
    m_read->setText(m_failed || m_result ? tr("Réessayer") : tr("Lire la carte"));
    m_confirm->setText(tr("Remplir la fiche"));
    m_cancel->setText(tr("Annuler"));
    if (m_result) {
        m_verdict->setText(m_result->verdictText().toString());
        QStringList names;
        const QHash<QString, QString> labels{
            {QStringLiteral("documentType"), tr("type de pièce")},
            {QStringLiteral("documentNumber"), tr("numéro")},
            {QStringLiteral("documentExpiry"), tr("date d'expiration")},
            {QStringLiteral("familyLatin"), tr("nom")},
            {QStringLiteral("givenLatin"), tr("prénoms")},
            {QStringLiteral("sex"), tr("sexe")},
            {QStringLiteral("birthDate"), tr("date de naissance")},
            {QStringLiteral("nationality"), tr("nationalité")},
        };
        for (const QString& f : fieldsFromChip(m_result->data.mrz))
            names << labels.value(f);
        QString text = m_result->acceptable()
                           ? tr("Lus sur la puce : %1.").arg(names.join(QStringLiteral(", ")))
                           : tr("Ces données ne peuvent pas être reprises dans la fiche.");
        // DG12, when the chip has it: who issued the document and when (not a registry field,
        // but what a clerk checks against the card).
        if (const auto& issued = m_result->data.documentDetails; issued && m_result->acceptable()) {
            if (issued->dateOfIssue && !issued->issuingAuthority.isEmpty())
                text += u'\n' + tr("Document délivré le %1 par %2.")
                                    .arg(issued->dateOfIssue->toDisplayString(locale()),
                                         issued->issuingAuthority);
            else if (issued->dateOfIssue)
                text += u'\n' + tr("Document délivré le %1.")
                                    .arg(issued->dateOfIssue->toDisplayString(locale()));
            else if (!issued->issuingAuthority.isEmpty())
                text += u'\n' + tr("Document délivré par %1.").arg(issued->issuingAuthority);
        }
        m_fields->setText(text);
    }
}

} // namespace sijil::ui
