#include "PatientSearchPanel.h"

#include "ContentDirection.h"

#include <sijil/registry/PatientSearchModel.h>

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <shell/BidiItemDelegate.h>
#include <shell/RowSelection.h>

namespace sijil::ui {

using registry::PatientSearchModel;

PatientSearchPanel::PatientSearchPanel(const registry::PatientRegistry& registry, QWidget* parent)
    : QWidget(parent) {
    m_model = new PatientSearchModel(registry, this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    ContentDirection::follow(m_search); // a phone or a Latin name keeps its order in Arabic
    m_search->installEventFilter(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("results"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the list: walking its cells moved the selection unseen, and Enter then opened
    // another patient than the one highlighted.
    m_view->setTabKeyNavigation(false);
    m_view->setItemDelegate(new BidiItemDelegate(m_view));
    m_view->verticalHeader()->setVisible(false);
    // The names share what the other columns leave, cut short when long: a long name pushed the
    // phone and the record's state out of sight.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column : {PatientSearchModel::NameLatin, PatientSearchModel::NameArabic})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->installEventFilter(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_remoteStatus = new QLabel(this);
    m_remoteStatus->setObjectName(QStringLiteral("remoteSearchStatus"));
    m_remoteStatus->setWordWrap(true);
    m_remoteStatus->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_remoteStatus);

    connect(m_search, &QLineEdit::textChanged, m_model, &PatientSearchModel::setQuery);
    connect(m_model, &PatientSearchModel::searchFinished, this, &PatientSearchPanel::showCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            selectRow(m_view, 0);
        if (m_search->text().trimmed().isEmpty())
            showCount(-1);
    });
    connect(m_model, &PatientSearchModel::remoteStateChanged, this, [this] {
        // Patients found on the server only: the first is taken by Enter when none was here.
        const auto state = m_model->remoteState();
        if (state == PatientSearchModel::RemoteState::Done && m_model->remoteAdded() > 0 &&
            !m_view->selectionModel()->hasSelection())
            selectRow(m_view, 0);
        if (state == PatientSearchModel::RemoteState::Done ||
            state == PatientSearchModel::RemoteState::Failed)
            showCount(m_model->rowCount());
        showRemoteState();
    });
    connect(m_model, &PatientSearchModel::searchFailed, this,
            [this](const core::Error& e) { m_status->setText(e.userMessage()); });
    connect(m_view, &QTableView::activated, this, [this] { activateSelected(); });
    setFocusProxy(m_search);
    retranslate();
}

std::optional<registry::PatientHit> PatientSearchPanel::selectedHit() {
    if (m_model->isPending())
        m_model->searchNow();
    m_model->settle(); // acted on: the list was seen, however briefly
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->hit(current.row());
}

void PatientSearchPanel::searchFor(const QString& text) {
    const QSignalBlocker block(m_search);
    m_search->setText(text);
    m_model->setQuery(text);
    m_model->searchNow();
}

void PatientSearchPanel::setPreparing(int percent) {
    m_preparing = percent;
    m_search->setEnabled(false);
    retranslate();
}

void PatientSearchPanel::setReady() {
    if (!m_preparing)
        return;
    m_preparing.reset();
    m_search->setEnabled(true);
    retranslate();
    if (isVisible()) // the box lost the focus when it was turned off
        m_search->setFocus();
}

void PatientSearchPanel::showCount(int count) {
    if (m_preparing) {
        m_status->setText(tr("Préparation de la recherche des patients… %1 %").arg(*m_preparing));
        return;
    }
    if (count < 0)
        m_status->setText(tr("Tapez un IPP, un numéro de CNIE, un téléphone, ou le nom et la date "
                             "de naissance."));
    else if (count == 0 && m_model->remotePending())
        // Not "register": the central registry may have the patient.
        m_status->setText(tr("Aucun patient sur ce poste ; recherche sur le serveur central…"));
    else if (count == 0)
        m_status->setText(
            tr("Aucun patient ne correspond. Ctrl+N pour enregistrer un nouveau patient."));
    else if (m_model->hasMore())
        // Not "50 found": a clerk not seeing the patient among them must not conclude they are
        // new and register them twice.
        m_status->setText(tr("Plus de %n patients correspondent : seuls les %n plus probables "
                             "sont affichés. Précisez la recherche (date de naissance complète, "
                             "deuxième nom, téléphone) avant d'enregistrer un nouveau patient.",
                             nullptr, count));
    else
        m_status->setText(tr("%n patient(s) trouvé(s). Entrée pour ouvrir le dossier "
                             "sélectionné, Ctrl+N pour un nouveau patient.",
                             nullptr, count));
}

void PatientSearchPanel::showRemoteState() {
    switch (m_model->remoteState()) {
    case PatientSearchModel::RemoteState::Idle:
        m_remoteStatus->clear();
        m_remoteStatus->hide();
        return;
    case PatientSearchModel::RemoteState::Searching:
        m_remoteStatus->setText(tr("Recherche sur le serveur central…"));
        break;
    case PatientSearchModel::RemoteState::Done:
        m_remoteStatus->setText(
            m_model->remoteAdded() > 0
                ? tr("%n patient(s) de plus trouvé(s) sur le serveur central (« Serveur central » "
                     "dans la liste) : ouvert, le dossier est gardé sur ce poste.",
                     nullptr, m_model->remoteAdded())
                : tr("Le serveur central n'a pas d'autre patient correspondant."));
        break;
    case PatientSearchModel::RemoteState::Failed:
        m_remoteStatus->setText(
            tr("Le serveur central n'a pas répondu : seuls les patients de ce poste sont "
               "affichés. %1")
                .arg(m_model->remoteError() ? m_model->remoteError()->userMessage() : QString()));
        break;
    }
    m_remoteStatus->show();
}

void PatientSearchPanel::activateSelected() {
    if (auto hit = selectedHit()) // Enter typed before the results came: what is typed
        emit activated(*hit);
    else
        emit nothingToActivate(m_search->text());
}

void PatientSearchPanel::moveSelection(int delta) {
    if (m_model->isPending())
        m_model->searchNow();
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    selectRow(m_view, std::clamp(current + delta, 0, rows - 1));
}

bool PatientSearchPanel::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & ~(Qt::KeypadModifier))
        return QWidget::eventFilter(watched, event);
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateSelected();
        return true;
    case Qt::Key_Down:
        if (watched != m_search)
            break;
        moveSelection(1);
        return true;
    case Qt::Key_Up:
        if (watched != m_search)
            break;
        moveSelection(-1);
        return true;
    case Qt::Key_PageDown:
        if (watched != m_search)
            break;
        moveSelection(10);
        return true;
    case Qt::Key_PageUp:
        if (watched != m_search)
            break;
        moveSelection(-10);
        return true;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void PatientSearchPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PatientSearchPanel::retranslate() {
    m_search->setPlaceholderText(ContentDirection::interfaceSentence(
        m_preparing ? tr("Préparation de la recherche des patients… %1 %").arg(*m_preparing)
                    : tr("IPP, CNIE, téléphone, ou nom et date de naissance (ex. : Benali 1975)")));
    m_search->setAccessibleName(tr("Rechercher un patient"));
    if (m_search->text().trimmed().isEmpty())
        showCount(-1);
    else if (!m_model->isPending())
        showCount(m_model->rowCount());
    showRemoteState();
}

} // namespace sijil::ui
