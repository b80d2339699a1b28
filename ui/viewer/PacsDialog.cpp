#include "PacsDialog.h"

#include "DicomText.h"
#include "PacsSourcePicker.h"
#include "StudyFetcher.h"

#include <sijil/imaging/DicomWebClient.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>
#include <shell/BidiItemDelegate.h>
#include <shell/FieldMessage.h>
#include <shell/RowSelection.h>

namespace sijil::ui {

namespace {

constexpr const char* kCtx = "sijil::ui::PacsDialog";
constexpr int kUidRole = Qt::UserRole;
constexpr int kInstancesRole = Qt::UserRole + 1;

} // namespace

PacsDialog::PacsDialog(QList<imaging::PacsNode> nodes, QString cacheDir, QWidget* parent)
    : QDialog(parent)
    , m_cacheDir(std::move(cacheDir)) {
    setObjectName(QStringLiteral("pacsDialog"));
    m_source = new PacsSourcePicker(std::move(nodes), this);
    m_fetcher = new StudyFetcher(this);
    m_patientId = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_period = new QCheckBox(this);
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    m_modality = new QComboBox(this);
    m_modality->setEditable(true);
    m_modality->addItems({QString(), QStringLiteral("CT"), QStringLiteral("MR"),
                          QStringLiteral("CR"), QStringLiteral("DX"), QStringLiteral("US"),
                          QStringLiteral("MG"), QStringLiteral("PT"), QStringLiteral("NM"),
                          QStringLiteral("XA"), QStringLiteral("RF"), QStringLiteral("OT")});
    m_accession = new QLineEdit(this);
    m_search = new QPushButton(this);
    m_search->setDefault(true);
    m_results = new QTableWidget(0, 7, this);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    m_results->setItemDelegate(new BidiItemDelegate(m_results));
    // Tab goes on to Retrieve: walking the cells would move to another study unseen.
    m_results->setTabKeyNavigation(false);
    m_retrieve = new QPushButton(this);
    m_retrieve->setEnabled(false);
    m_cancel = new QPushButton(this);
    m_cancel->hide();
    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_message = new FieldMessage(this);

    auto* form = new QFormLayout;
    m_source->addRows(form, false);
    form->addRow(QString(), m_patientId);
    form->addRow(QString(), m_name);
    auto* period = new QHBoxLayout;
    period->addWidget(m_period);
    period->addWidget(m_from);
    period->addWidget(m_to);
    period->addStretch();
    form->addRow(QString(), period);
    form->addRow(QString(), m_modality);
    form->addRow(QString(), m_accession);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retrieve);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_search, 0, Qt::AlignRight);
    layout->addWidget(m_message);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(820, 560);

    connect(m_source, &PacsSourcePicker::changed, this, &PacsDialog::sourceChanged);
    connect(m_fetcher, &StudyFetcher::progress, this, [this](int done, int total) {
        if (total > 0) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        }
    });
    connect(m_fetcher, &StudyFetcher::fetched, this,
            [this](const QString& folder, const QStringList& files) {
                imaging::RetrieveResult result;
                result.completed = int(files.size());
                result.files = files;
                retrieveFinishedWith(result, folder);
            });
    connect(m_fetcher, &StudyFetcher::failed, this, [this](const core::Error& error) {
        if (error.code() == "imaging/dicomweb-cancelled") {
            imaging::RetrieveResult cancelled;
            cancelled.cancelled = true;
            retrieveFinishedWith(cancelled, m_fetchFolder);
            return;
        }
        retrieveFinishedWith(error, m_fetchFolder);
    });
    connect(m_source, &PacsSourcePicker::credentialsAccepted, this,
            &PacsDialog::credentialsAccepted);
    connect(m_period, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_period, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_search, &QPushButton::clicked, this, &PacsDialog::search);
    connect(m_retrieve, &QPushButton::clicked, this, &PacsDialog::retrieveSelected);
    connect(m_results, &QTableWidget::cellDoubleClicked, this, &PacsDialog::retrieveSelected);
    connect(m_results, &QTableWidget::itemSelectionChanged, this,
            [this] { m_retrieve->setEnabled(!m_busy && !m_results->selectedItems().isEmpty()); });
    connect(m_cancel, &QPushButton::clicked, this, &PacsDialog::cancel);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    sourceChanged();
}

PacsDialog::~PacsDialog() {
    cancel(); // m_worker, destroyed first, joins
}

void PacsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PacsDialog::sourceChanged() {
    m_web.reset();
    m_results->setRowCount(0);
    m_message->clear();
    retranslate();
}

void PacsDialog::retranslate() {
    m_source->retranslate();
    setWindowTitle(m_source->isEmpty() ? tr("Rechercher sur le PACS")
                                       : tr("Rechercher sur le PACS : %1").arg(m_source->label()));
    auto* form =
        qobject_cast<QFormLayout*>(static_cast<QVBoxLayout*>(layout())->itemAt(0)->layout());
    const std::array<const char*, 7> labels{
        QT_TRANSLATE_NOOP("sijil::ui::PacsDialog", "&Source :"),
        QT_TRANSLATE_NOOP("sijil::ui::PacsDialog", "Mot de &passe :"),
        QT_TRANSLATE_NOOP("sijil::ui::PacsDialog", "&ID patient (PACS) :"),
        QT_TRANSLATE_NOOP("sijil::ui::PacsDialog", "&Nom :"),
        QT_TRANSLATE_NOOP("sijil::ui::PacsDialog", "Pé&riode :"),
        QT_TRANSLATE_NOOP("sijil::ui::PacsDialog", "&Modalité :"),
        QT_TRANSLATE_NOOP("sijil::ui::PacsDialog", "N° d'&accession :")};
    for (int row = 0; row < int(labels.size()); ++row) {
        if (auto* label =
                qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole)
                                          ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                          : nullptr)) {
            label->setText(QCoreApplication::translate(kCtx, labels[std::size_t(row)]));
            label->setBuddy(form->itemAt(row, QFormLayout::FieldRole)->widget());
        }
    }
    m_name->setPlaceholderText(tr("NOM ou NOM^PRÉNOM ; * pour compléter"));
    m_period->setText(tr("du … au …"));
    m_search->setText(tr("&Rechercher"));
    m_retrieve->setText(tr("Ré&cupérer et afficher"));
    m_cancel->setText(tr("Annuler"));
    m_results->setHorizontalHeaderLabels({tr("Patient"), tr("ID"), tr("Date"), tr("Description"),
                                          tr("Modalités"), tr("Séries / images"),
                                          tr("N° d'accession")});
}

std::optional<imaging::StudyQuery> PacsDialog::query() {
    imaging::StudyQuery q;
    q.patientId = m_patientId->text().trimmed();
    // A name as typed ("BENANI", "benani sara"): DICOM's FAMILY^GIVEN, completed by a wildcard
    // unless the user wrote one.
    QString name = m_name->text().simplified().toUpper();
    if (!name.isEmpty()) {
        if (!name.contains(u'^'))
            name.replace(u' ', u'^');
        if (!name.contains(u'*') && !name.contains(u'?'))
            name += u'*';
    }
    q.patientName = name;
    if (m_period->isChecked()) {
        if (m_from->date() > m_to->date()) {
            m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::PacsDialog",
                                                                   "La période commence après "
                                                                   "sa fin.")));
            m_from->setFocus();
            return std::nullopt;
        }
        q.from = m_from->date();
        q.to = m_to->date();
    }
    q.modality = m_modality->currentText().trimmed().toUpper();
    q.accessionNumber = m_accession->text().trimmed();
    // Never the whole PACS: one criterion at least.
    if (q.patientId.isEmpty() && q.patientName.isEmpty() && !q.from && q.modality.isEmpty() &&
        q.accessionNumber.isEmpty()) {
        m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::PacsDialog",
                                                               "Indiquez au moins un critère : "
                                                               "ID, nom, période, modalité ou "
                                                               "numéro d'accession.")));
        m_patientId->setFocus();
        return std::nullopt;
    }
    return q;
}

void PacsDialog::setBusy(bool busy) {
    m_busy = busy;
    m_search->setEnabled(!busy);
    m_source->box()->setEnabled(!busy); // the source stays while an exchange runs
    m_retrieve->setEnabled(!busy && !m_results->selectedItems().isEmpty());
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_message->clear();
    }
}

void PacsDialog::search() {
    if (m_busy)
        return;
    if (m_source->isEmpty()) {
        emit searchFinished(false);
        return;
    }
    const auto q = query();
    if (!q) {
        emit searchFinished(false);
        return;
    }
    if (m_source->passwordMissing(m_message)) {
        emit searchFinished(false);
        return;
    }
    setBusy(true);
    if (m_source->isDicomWeb()) {
        searchWeb(*q);
        return;
    }
    m_worker = std::jthread([this, node = m_source->node(), q = *q](std::stop_token) {
        auto found = imaging::DimseClient().find(node, q);
        QMetaObject::invokeMethod(
            this, [this, found = std::move(found)] { searchFinishedWith(found); },
            Qt::QueuedConnection);
    });
}

void PacsDialog::searchWeb(const imaging::StudyQuery& query) {
    // A client per search: the node (and the password typed) may have changed since the last.
    m_web = std::make_unique<imaging::DicomWebClient>(m_source->node());
    m_webJob = m_web->searchStudies(query, [this](core::Result<imaging::FindResult> found) {
        m_webJob = 0;
        if (found) {
            // Accepted: not asked again while the dialog lives, and offered to the owner.
            m_source->passwordAccepted();
        }
        searchFinishedWith(found);
    });
}

void PacsDialog::searchFinishedWith(const core::Result<imaging::FindResult>& found) {
    setBusy(false);
    if (!found) {
        m_message->show(found.error().message());
        m_source->refused(found.error());
        emit searchFinished(false);
        return;
    }
    showStudies(*found);
    emit searchFinished(true);
}

void PacsDialog::showStudies(const imaging::FindResult& found) {
    m_results->clearContents();
    m_results->setRowCount(int(found.studies.size()));
    const QLocale locale;
    for (int row = 0; row < int(found.studies.size()); ++row) {
        const imaging::StudyResult& s = found.studies.at(row);
        const auto count = [](int n) {
            return n < 0 ? QStringLiteral("?") : QString::number(n);
        };
        const QStringList cells{
            dicomPersonName(s.patientName),
            s.patientId,
            s.studyDate.isValid() ? locale.toString(s.studyDate, QLocale::ShortFormat) : QString(),
            s.studyDescription,
            s.modalities.join(QStringLiteral(", ")),
            count(s.seriesCount) + QStringLiteral(" / ") + count(s.instanceCount),
            s.accessionNumber};
        for (int col = 0; col < int(cells.size()); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setData(kUidRole, s.studyInstanceUid);
            item->setData(kInstancesRole, s.instanceCount);
            m_results->setItem(row, col, item);
        }
    }
    m_results->resizeColumnsToContents();
    if (found.studies.isEmpty())
        m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::PacsDialog",
                                                               "Aucun examen ne correspond.")),
                        FieldMessage::Kind::Info);
    else if (found.truncated)
        m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::PacsDialog",
                                                               "Seuls les %1 premiers examens "
                                                               "sont affichés : précisez la "
                                                               "recherche."))
                            .arg(QString::number(found.studies.size())),
                        FieldMessage::Kind::Warning);
    else
        m_message->clear();
    if (!found.studies.isEmpty())
        selectRow(m_results, 0);
}

void PacsDialog::retrieveSelected() {
    if (m_busy || m_results->selectedItems().isEmpty())
        return;
    const QTableWidgetItem* item = m_results->selectedItems().first();
    const QString uid = item->data(kUidRole).toString();
    // One folder per study in the cache: retrieving it again completes or refreshes it.
    const QString folder = QDir(m_cacheDir).filePath(uid);
    setBusy(true);
    if (m_source->isDicomWeb()) {
        retrieveWeb(uid, item->data(kInstancesRole).toInt(), folder);
        return;
    }
    m_worker = std::jthread([this, node = m_source->node(), uid, folder](std::stop_token stop) {
        auto got = imaging::DimseClient().get(
            node, imaging::RetrieveLevel::Study, {uid}, folder,
            [this](const imaging::TransferProgress& p) {
                QMetaObject::invokeMethod(
                    this,
                    [this, p] {
                        if (p.remaining >= 0) {
                            m_progress->setRange(0,
                                                 p.completed + p.failed + p.warning + p.remaining);
                            m_progress->setValue(p.completed + p.failed + p.warning);
                        }
                    },
                    Qt::QueuedConnection);
            },
            stop);
        QMetaObject::invokeMethod(
            this, [this, got = std::move(got), folder] { retrieveFinishedWith(got, folder); },
            Qt::QueuedConnection);
    });
}

void PacsDialog::retrieveWeb(const QString& studyUid, int instances, const QString& folder) {
    // The QIDO answer's instance count, when the PACS gave it, makes the bar determinate.
    m_fetchFolder = folder;
    m_fetcher->fetch(m_source->node(), studyUid, folder, instances);
}

void PacsDialog::retrieveFinishedWith(const core::Result<imaging::RetrieveResult>& got,
                                      const QString& folder) {
    setBusy(false);
    if (!got) {
        m_message->show(got.error().message());
        emit retrieveFinished(false);
        return;
    }
    if (got->cancelled) {
        m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::PacsDialog",
                                                               "Récupération annulée.")),
                        FieldMessage::Kind::Info);
        emit retrieveFinished(false);
        return;
    }
    if (got->files.isEmpty()) {
        m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::PacsDialog",
                                                               "Le PACS n'a envoyé aucune image "
                                                               "de cet examen.")));
        emit retrieveFinished(false);
        return;
    }
    emit retrieveFinished(true);
    emit studyRetrieved(folder);
    accept();
}

void PacsDialog::cancel() {
    if (m_worker.joinable())
        m_worker.request_stop();
    if (m_web && m_webJob != 0)
        m_web->cancel(m_webJob);
    m_fetcher->cancel();
}

} // namespace sijil::ui
