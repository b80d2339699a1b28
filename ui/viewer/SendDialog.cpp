#include "SendDialog.h"

#include "PacsSourcePicker.h"

#include <sijil/imaging/DicomWebClient.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>
#include <shell/FieldMessage.h>

namespace sijil::ui {

namespace {

constexpr const char* kCtx = "sijil::ui::SendDialog";

} // namespace

SendDialog::SendDialog(QList<imaging::PacsNode> nodes, QStringList files, const QString& what,
                       QWidget* parent)
    : QDialog(parent)
    , m_files(std::move(files))
    , m_what(what) {
    setObjectName(QStringLiteral("sendDialog"));
    m_destination = new PacsSourcePicker(std::move(nodes), this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_index = new QCheckBox(this);
    m_index->hide();
    m_send = new QPushButton(this);
    m_send->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->hide();
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_message = new FieldMessage(this);
    m_failures = new QTableWidget(0, 2, this);
    m_failures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failures->horizontalHeader()->setStretchLastSection(true);
    m_failures->verticalHeader()->hide();
    m_failures->hide();

    auto* form = new QFormLayout;
    m_destination->addRows(form, true); // where the images go is always in sight
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_index);
    layout->addWidget(m_message);
    layout->addWidget(m_failures, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(640, 360);

    connect(m_destination, &PacsSourcePicker::changed, this, [this] {
        updateIndexBox();
        m_web.reset();
        m_message->clear();
        retranslate();
    });
    connect(m_destination, &PacsSourcePicker::credentialsAccepted, this,
            &SendDialog::credentialsAccepted);
    connect(m_send, &QPushButton::clicked, this, &SendDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &SendDialog::cancel);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

SendDialog::~SendDialog() {
    cancel(); // m_worker, destroyed first, joins
}

void SendDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SendDialog::offerIndexing(const QString& text) {
    m_index->setText(text);
    m_index->setChecked(false);
    m_index->show();
    updateIndexBox();
}

bool SendDialog::indexRequested() const {
    return m_index->isVisibleTo(this) && m_index->isEnabled() && m_index->isChecked();
}

void SendDialog::updateIndexBox() {
    const bool web = !m_destination->isEmpty() && m_destination->node().hasDicomWeb();
    m_index->setEnabled(web);
    m_index->setToolTip(web ? QString()
                            : tr("Ce PACS n'a pas d'adresse DICOMweb : le dossier partagé ne "
                                 "pourrait pas dire où sont les images."));
}

void SendDialog::retranslate() {
    m_destination->retranslate();
    setWindowTitle(tr("Envoyer au PACS"));
    m_summary->setText(tr("%1 — %n image(s) à envoyer", nullptr, int(m_files.size())).arg(m_what));
    auto* form =
        qobject_cast<QFormLayout*>(static_cast<QVBoxLayout*>(layout())->itemAt(1)->layout());
    const std::array<const char*, 2> labels{
        QT_TRANSLATE_NOOP("sijil::ui::SendDialog", "&Destination :"),
        QT_TRANSLATE_NOOP("sijil::ui::SendDialog", "Mot de &passe :")};
    for (int row = 0; row < int(labels.size()); ++row) {
        if (auto* label =
                qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole)
                                          ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                          : nullptr)) {
            label->setText(QCoreApplication::translate(kCtx, labels[std::size_t(row)]));
            label->setBuddy(form->itemAt(row, QFormLayout::FieldRole)->widget());
        }
    }
    m_send->setText(tr("&Envoyer"));
    m_cancel->setText(tr("Annuler"));
    m_failures->setHorizontalHeaderLabels({tr("Fichier"), tr("Raison")});
}

void SendDialog::setBusy(bool busy) {
    m_busy = busy;
    m_send->setEnabled(!busy && !m_files.isEmpty());
    m_destination->box()->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, int(m_files.size()));
        m_progress->setValue(0);
        m_message->clear();
        m_failures->setRowCount(0);
        m_failures->hide();
    }
}

void SendDialog::send() {
    if (m_busy || m_destination->isEmpty() || m_files.isEmpty())
        return;
    if (m_destination->passwordMissing(m_message)) {
        emit sendFinished(false);
        return;
    }
    setBusy(true);
    if (m_destination->isDicomWeb()) {
        sendWeb();
        return;
    }
    m_worker = std::jthread([this, node = m_destination->node(),
                             files = m_files](std::stop_token stop) {
        auto result = imaging::DimseClient().store(
            node, files,
            [this](const imaging::TransferProgress& p) {
                QMetaObject::invokeMethod(
                    this, [this, p] { m_progress->setValue(p.completed + p.warning + p.failed); },
                    Qt::QueuedConnection);
            },
            stop);
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)] { finished(result); }, Qt::QueuedConnection);
    });
}

void SendDialog::sendWeb() {
    if (!m_web)
        m_web = std::make_unique<imaging::DicomWebClient>(m_destination->node());
    m_webResult = {};
    m_webNext = 0;
    sendWebBatch();
}

// STOW-RS in batches: a patient's CD may hold thousands of files, which one request would send
// (and lose) as a whole; batches show progress, and a cut link costs one batch, not the CD.
void SendDialog::sendWebBatch() {
    const QStringList batch = m_files.mid(m_webNext, m_batchSize);
    m_webJob = m_web->store(batch, [this, count = int(batch.size())](
                                       core::Result<QList<imaging::WebStoreOutcome>> sent) {
        m_webJob = 0;
        using Kind = imaging::StoreOutcome::Kind;
        if (!sent) {
            const bool cancelled = sent.error().is("imaging/dicomweb-cancelled");
            // Refused from the start (account, address): said as such, nothing was sent.
            if (!cancelled && m_webNext == 0) {
                finished(sent.error());
                return;
            }
            for (qsizetype i = m_webNext; i < m_files.size(); ++i) {
                imaging::StoreOutcome out;
                out.path = m_files.at(i);
                out.kind = Kind::NotSent;
                if (!cancelled)
                    out.error = sent.error();
                m_webResult.files.append(out);
            }
            m_webResult.cancelled = cancelled;
            finished(m_webResult);
            return;
        }
        if (m_webNext == 0)
            m_destination->passwordAccepted();
        // The same account of each file as C-STORE gives, for one summary.
        for (const imaging::WebStoreOutcome& o : *sent) {
            imaging::StoreOutcome out;
            out.path = o.file;
            out.sopInstanceUid = o.sopInstanceUid;
            out.kind = o.stored ? Kind::Stored : Kind::Failed;
            if (!o.stored)
                out.status = quint16(std::max(o.failureReason, 0));
            m_webResult.files.append(out);
        }
        m_webNext += count;
        m_progress->setValue(m_webNext);
        if (m_webNext < m_files.size())
            sendWebBatch();
        else
            finished(m_webResult);
    });
}

void SendDialog::finished(const core::Result<imaging::StoreResult>& result) {
    setBusy(false);
    if (!result) {
        m_message->show(result.error().message());
        m_destination->refused(result.error());
        emit sendFinished(false);
        return;
    }
    using Kind = imaging::StoreOutcome::Kind;
    const int stored = result->count(Kind::Stored) + result->count(Kind::Warning);
    const int total = int(result->files.size());
    for (const imaging::StoreOutcome& o : result->files) {
        if (o.kind == Kind::Stored || o.kind == Kind::Warning)
            continue;
        QString reason;
        if (o.error)
            reason = o.error->message().toString();
        else if (o.kind == Kind::NotSent)
            reason = tr("non envoyé");
        else
            reason = tr("refusé par le PACS (code %1)").arg(o.status, 4, 16, QChar(u'0'));
        const int row = m_failures->rowCount();
        m_failures->insertRow(row);
        m_failures->setItem(row, 0, new QTableWidgetItem(QFileInfo(o.path).fileName()));
        m_failures->setItem(row, 1, new QTableWidgetItem(reason));
    }
    m_failures->setVisible(m_failures->rowCount() > 0);
    m_failures->resizeColumnToContents(0);
    if (result->cancelled) {
        m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::SendDialog",
                                                               "Envoi annulé : %1 image(s) sur "
                                                               "%2 envoyée(s)."))
                            .arg(QString::number(stored))
                            .arg(QString::number(total)),
                        FieldMessage::Kind::Warning);
        emit sendFinished(false);
        return;
    }
    if (stored < total) {
        m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::SendDialog",
                                                               "%1 image(s) sur %2 envoyée(s) ; "
                                                               "les autres sont listées "
                                                               "ci-dessous."))
                            .arg(QString::number(stored))
                            .arg(QString::number(total)));
        emit sendFinished(false);
        return;
    }
    m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::SendDialog",
                                                           "%1 image(s) envoyée(s) au PACS."))
                        .arg(QString::number(stored)),
                    FieldMessage::Kind::Info);
    emit sendFinished(true);
}

void SendDialog::cancel() {
    if (m_worker.joinable())
        m_worker.request_stop();
    if (m_web && m_webJob != 0)
        m_web->cancel(m_webJob);
}

} // namespace sijil::ui
