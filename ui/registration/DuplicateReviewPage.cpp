#include "DuplicateReviewPage.h"

#include "DeskAudit.h"
#include "DuplicateDialog.h"

#include <sijil/access/SessionManager.h>
#include <sijil/registry/RegistryReader.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <shell/BidiItemDelegate.h>
#include <shell/FieldMessage.h>
#include <utility>

namespace sijil::ui {

namespace {

constexpr const char* kCtx = "sijil::ui::DuplicateReviewPage";
using Script = core::PersonName::Script;
using storage::DuplicateStatus;

QString nameOf(const registry::PatientRecord& r) {
    const QString latin = r.name.display(Script::Latin);
    const QString arabic = r.name.display(Script::Arabic);
    if (latin.isEmpty())
        return arabic;
    return arabic.isEmpty() ? latin : latin + QStringLiteral(" / ") + arabic;
}

QString labelOf(const registry::PatientRecord& r) {
    return r.ipp + QStringLiteral(" — ") + nameOf(r);
}

// Compared as a clerk reads them: case and spacing aside.
QString comparable(const QString& s) {
    return s.simplified().toCaseFolded();
}

QTableWidget* table(QWidget* parent, const char* name) {
    auto* t = new QTableWidget(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab goes on to the decision: walking the cells would change the pair that Alt+F merges.
    t->setTabKeyNavigation(false);
    t->setItemDelegate(new BidiItemDelegate(t));
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

DuplicateReviewPage::DuplicateReviewPage(RegistrationServices services, QWidget* parent)
    : QWidget(parent)
    , m_s(std::move(services))
    , m_reader(new registry::RegistryReader(m_s.registry, QStringLiteral("sijil-duplicate-review"),
                                            this)) {
    setObjectName(QStringLiteral("duplicateReviewPage"));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_message = new FieldMessage(this);
    m_message->setObjectName(QStringLiteral("message:review"));
    m_loadingNotice = new QLabel(this);
    m_loadingNotice->setObjectName(QStringLiteral("loading"));
    m_loadingNotice->hide();
    m_pairs = table(this, "pairs");
    m_pairs->setColumnCount(4);
    m_comparison = new QTableWidget(this);
    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->setFocusPolicy(Qt::NoFocus); // read, not walked through
    // Nor chosen from: a selection's colour would cover the tint of the fields that differ.
    m_comparison->setSelectionMode(QAbstractItemView::NoSelection);
    m_comparison->setItemDelegate(new BidiItemDelegate(m_comparison));
    m_comparison->setColumnCount(2);
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_survivorLabel = new QLabel(this);
    m_survivor = new QComboBox(this);
    m_survivor->setObjectName(QStringLiteral("survivor"));
    m_merge = new QPushButton(this);
    m_merge->setObjectName(QStringLiteral("merge"));
    m_notDuplicate = new QPushButton(this);
    m_notDuplicate->setObjectName(QStringLiteral("notDuplicate"));
    m_mergesTitle = new QLabel(this);
    m_merges = table(this, "merges");
    m_merges->setColumnCount(3);
    m_unmerge = new QPushButton(this);
    m_unmerge->setObjectName(QStringLiteral("unmerge"));

    auto* decide = new QHBoxLayout;
    decide->addWidget(m_survivorLabel);
    decide->addWidget(m_survivor, 1);
    decide->addWidget(m_merge);
    decide->addWidget(m_notDuplicate);
    auto* undo = new QHBoxLayout;
    undo->addStretch();
    undo->addWidget(m_unmerge);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_help);
    layout->addWidget(m_message);
    layout->addWidget(m_loadingNotice);
    // The comparison first: every row of it in sight, so that no difference is merged unseen
    // below the fold (the pairs and the merges scroll instead).
    layout->addWidget(m_pairs, 1);
    layout->addWidget(m_comparison, 5);
    layout->addLayout(decide);
    layout->addWidget(m_mergesTitle);
    layout->addWidget(m_merges, 1);
    layout->addLayout(undo);

    connect(m_pairs, &QTableWidget::currentCellChanged, this, [this] { showPair(); });
    connect(m_merges, &QTableWidget::currentCellChanged, this, [this] { updateActions(); });
    connect(m_merge, &QPushButton::clicked, this, &DuplicateReviewPage::mergeSelected);
    connect(m_notDuplicate, &QPushButton::clicked, this, &DuplicateReviewPage::markNotDuplicate);
    connect(m_unmerge, &QPushButton::clicked, this, &DuplicateReviewPage::unmergeSelected);
    for (QTableWidget* list : {m_pairs, m_merges})
        connect(list->verticalScrollBar(), &QScrollBar::valueChanged, this,
                &DuplicateReviewPage::auditRowsInSight);
    connect(&m_s.session, &access::SessionManager::sessionStarted, this, [this] {
        if (isVisible()) // the rights may differ: buttons and notice follow the new person
            refresh();
    });
    connect(&m_s.session, &access::SessionManager::sessionEnded, this, [this] {
        // Patient names are not left on screen for the next person, nor put back by a read
        // still running.
        m_reader->cancel();
        setLoading(false);
        m_open.clear();
        m_done.clear();
        m_pairs->setRowCount(0);
        m_merges->setRowCount(0);
        m_message->clear();
        showPair();
        forgetAudited();
        // A decision's read dropped: the change is said all the same.
        if (std::exchange(m_changed, false))
            emit queueChanged();
    });
    // Explicit shortcuts rather than mnemonics: mnemonics are off on some platforms, and a
    // mnemonic and a shortcut on the same keys would cancel each other out.
    const auto shortcut = [this](Qt::Key key, auto slot) {
        auto* s = new QShortcut(QKeySequence(Qt::ALT | key), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(Qt::Key_F, [this] {
        if (m_merge->isEnabled())
            mergeSelected();
    });
    shortcut(Qt::Key_P, [this] {
        if (m_notDuplicate->isEnabled())
            markNotDuplicate();
    });
    shortcut(Qt::Key_N, [this] {
        if (m_unmerge->isEnabled())
            unmergeSelected();
    });
    shortcut(Qt::Key_C, [this] {
        if (m_survivor->isEnabled())
            m_survivor->setFocus(Qt::ShortcutFocusReason);
    });
    setFocusProxy(m_pairs);
    retranslate();
}

bool DuplicateReviewPage::mayDecide() const {
    const auto& session = m_s.session.session();
    return session && registry::PatientRegistry::mayMerge(session->user);
}

void DuplicateReviewPage::refresh() {
    setLoading(true); // first: with a store in memory, the read is shown before read() returns
    m_reader->read(
        [](const registry::PatientRegistry& registry) -> core::Result<Queue> {
            auto open = registry.duplicateReviews(DuplicateStatus::Open, 0, 500);
            if (!open)
                return open.error();
            auto done = registry.duplicateReviews(DuplicateStatus::Merged, 0, 100);
            if (!done)
                return done.error();
            return Queue{open->reviews, done->reviews};
        },
        [this](const core::Result<Queue>& queue) { showQueue(queue); });
}

void DuplicateReviewPage::setLoading(bool loading) {
    m_loading = loading;
    m_loadingNotice->setVisible(loading);
    // The lists keep the focus and the keys (Escape, arrows); what is compared is greyed.
    m_comparison->setEnabled(!loading);
    if (loading)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateActions();
}

void DuplicateReviewPage::decided() {
    m_changed = true;
    refresh();
}

void DuplicateReviewPage::showQueue(const core::Result<Queue>& queue) {
    setLoading(false);
    if (!queue) {
        // The lists read before stay, as the decisions on them.
        m_message->show(queue.error().message(), FieldMessage::Kind::Error);
        finishLoad();
        return;
    }
    const int row = std::max(0, m_pairs->currentRow());
    m_open = queue->open;
    m_done = queue->done;
    const QSignalBlocker blockPairs(m_pairs);
    m_pairs->setRowCount(int(m_open.size()));
    for (int r = 0; r < m_open.size(); ++r) {
        const registry::DuplicateReview& p = m_open[r];
        const QStringList cells = {
            p.cls == registry::MatchClass::Match ? tr("Très probablement le même")
                                                 : tr("Peut-être le même"),
            QString::number(p.weight, 'f', 1), labelOf(p.first.record), labelOf(p.second.record)};
        for (int c = 0; c < cells.size(); ++c)
            m_pairs->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_pairs->resizeColumnsToContents();
    if (!m_open.isEmpty())
        m_pairs->setCurrentCell(std::min(row, int(m_open.size()) - 1), 0);
    const QSignalBlocker blockMerges(m_merges);
    m_merges->setRowCount(int(m_done.size()));
    for (int r = 0; r < m_done.size(); ++r) {
        const registry::DuplicateReview& p = m_done[r];
        const bool firstKept = !p.first.merged;
        const QStringList cells = {
            labelOf(firstKept ? p.first.record : p.second.record),
            labelOf(firstKept ? p.second.record : p.first.record),
            QLocale().toString(p.decidedAtUtc.toLocalTime(), QLocale::ShortFormat)};
        for (int c = 0; c < cells.size(); ++c)
            m_merges->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_merges->resizeColumnsToContents();
    if (!m_done.isEmpty())
        m_merges->setCurrentCell(0, 0);
    if (!mayDecide())
        m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::DuplicateReviewPage",
                                                               "Seul l'administrateur du site "
                                                               "peut fusionner des dossiers ou "
                                                               "les déclarer distincts.")),
                        FieldMessage::Kind::Info);
    showPair();
    auditRowsInSight();
    finishLoad();
}

void DuplicateReviewPage::finishLoad() {
    if (std::exchange(m_changed, false))
        emit queueChanged();
    emit loaded();
}

std::optional<registry::DuplicateReview> DuplicateReviewPage::selectedPair() const {
    const int row = m_pairs->currentRow();
    if (row < 0 || row >= m_open.size())
        return std::nullopt;
    return m_open[row];
}

void DuplicateReviewPage::showPair() {
    const auto pair = selectedPair();
    m_comparison->clearContents();
    m_survivor->clear();
    if (!pair) {
        m_comparison->setRowCount(0);
        updateActions();
        return;
    }
    const auto first = DuplicateDialog::rowsOf(pair->first.record, m_s.reference);
    const auto second = DuplicateDialog::rowsOf(pair->second.record, m_s.reference);
    m_comparison->setRowCount(int(first.size()));
    QStringList labels;
    for (int r = 0; r < first.size(); ++r) {
        labels << first[r].label;
        // Each record has its own IPP: not a difference to look at.
        const bool differs = r > 0 && comparable(first[r].value) != comparable(second[r].value);
        for (int c = 0; c < 2; ++c) {
            auto* item = new QTableWidgetItem(c == 0 ? first[r].value : second[r].value);
            item->setData(DuplicateDialog::DiffersRole, differs);
            if (differs)
                DuplicateDialog::markDifference(item, palette());
            m_comparison->setItem(r, c, item);
        }
    }
    m_comparison->setVerticalHeaderLabels(labels);
    m_comparison->resizeRowsToContents();
    // The older record (the lower IPP) is offered as the one kept: its number is the one on the
    // patient's earlier papers.
    const bool firstOlder = pair->first.record.ipp <= pair->second.record.ipp;
    const auto& kept = firstOlder ? pair->first.record : pair->second.record;
    const auto& other = firstOlder ? pair->second.record : pair->first.record;
    m_survivor->addItem(labelOf(kept), kept.id);
    m_survivor->addItem(labelOf(other), other.id);
    updateActions();
    auditComparison();
}

void DuplicateReviewPage::auditComparison() {
    const auto pair = selectedPair();
    if (!isVisible() || !pair)
        return;
    const QStringList ids{pair->first.record.id, pair->second.record.id};
    if (ids == m_compared) // the same pair, shown again once the queue was read again
        return;
    m_compared = ids;
    auditShown(m_s, "read", ids, QStringLiteral("duplicate review"), m_message);
}

void DuplicateReviewPage::auditRowsInSight() {
    if (!isVisible())
        return;
    QStringList ids;
    const auto inSight = [&](const QTableWidget* list,
                             const QList<registry::DuplicateReview>& reviews) {
        const int rows = std::min(list->rowCount(), int(reviews.size()));
        const int first = list->rowAt(0);
        if (rows == 0 || first < 0)
            return;
        int last = list->rowAt(list->viewport()->height() - 1);
        if (last < 0 || last >= rows) // the list ends above the bottom of its view
            last = rows - 1;
        for (int r = first; r <= last; ++r) {
            for (const QString& id : {reviews[r].first.record.id, reviews[r].second.record.id}) {
                if (!m_listed.contains(id)) {
                    m_listed.insert(id);
                    ids << id;
                }
            }
        }
    };
    inSight(m_pairs, m_open);
    inSight(m_merges, m_done);
    auditShown(m_s, "search", ids, QStringLiteral("duplicate review queue"), m_message);
}

void DuplicateReviewPage::forgetAudited() {
    m_compared.clear();
    m_listed.clear();
}

void DuplicateReviewPage::updateActions() {
    const bool allowed = mayDecide() && !m_loading;
    const bool pair = selectedPair().has_value();
    m_survivor->setEnabled(allowed && pair);
    m_merge->setEnabled(allowed && pair);
    m_notDuplicate->setEnabled(allowed && pair);
    const int done = m_merges->currentRow();
    m_unmerge->setEnabled(allowed && done >= 0 && done < m_done.size());
}

void DuplicateReviewPage::mergeSelected() {
    if (m_loading) // the pair shown may be gone already
        return;
    const auto pair = selectedPair();
    const auto& session = m_s.session.session();
    if (!pair || !session)
        return;
    const QString survivorId = m_survivor->currentData().toString();
    const bool firstKept = survivorId == pair->first.record.id;
    const auto& kept = firstKept ? pair->first.record : pair->second.record;
    const auto& gone = firstKept ? pair->second.record : pair->first.record;
    if (auto s = m_s.registry.merge(kept.id, gone.id, *session); !s) {
        m_message->show(s.error().message(), FieldMessage::Kind::Error);
        return;
    }
    decided();
    m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::DuplicateReviewPage",
                                                           "Le dossier IPP %1 est fusionné avec "
                                                           "le dossier IPP %2, qui le remplace."))
                        .arg(gone.ipp)
                        .arg(kept.ipp),
                    FieldMessage::Kind::Info);
    m_pairs->setFocus();
}

void DuplicateReviewPage::markNotDuplicate() {
    if (m_loading) // the pair shown may be gone already
        return;
    const auto pair = selectedPair();
    const auto& session = m_s.session.session();
    if (!pair || !session)
        return;
    if (auto s =
            m_s.registry.markNotDuplicate(pair->first.record.id, pair->second.record.id, *session);
        !s) {
        m_message->show(s.error().message(), FieldMessage::Kind::Error);
        return;
    }
    decided();
    m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::DuplicateReviewPage",
                                                           "Les dossiers IPP %1 et IPP %2 sont "
                                                           "notés comme deux personnes "
                                                           "distinctes."))
                        .arg(pair->first.record.ipp)
                        .arg(pair->second.record.ipp),
                    FieldMessage::Kind::Info);
    m_pairs->setFocus();
}

void DuplicateReviewPage::unmergeSelected() {
    if (m_loading)
        return;
    const int row = m_merges->currentRow();
    const auto& session = m_s.session.session();
    if (row < 0 || row >= m_done.size() || !session)
        return;
    const registry::DuplicateReview pair = m_done[row];
    const auto& gone = pair.first.merged ? pair.first.record : pair.second.record;
    const auto& other = pair.first.merged ? pair.second.record : pair.first.record;
    if (auto s = m_s.registry.unmerge(gone.id, *session); !s) {
        m_message->show(s.error().message(), FieldMessage::Kind::Error);
        return;
    }
    decided();
    // Merged into each other (crosswise, at two sites): one link is undone, the other stays.
    if (const auto survivor = m_s.registry.survivorOf(other.id);
        survivor && *survivor == gone.id && other.id != gone.id) {
        m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::DuplicateReviewPage",
                                                               "Les deux dossiers étaient "
                                                               "fusionnés l'un dans l'autre. La "
                                                               "fusion du dossier IPP %1 est "
                                                               "annulée : le dossier IPP %2 "
                                                               "reste fusionné dans le dossier "
                                                               "IPP %1, qui est conservé."))
                            .arg(gone.ipp)
                            .arg(other.ipp),
                        FieldMessage::Kind::Info);
        m_pairs->setFocus();
        return;
    }
    m_message->show(core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::ui::DuplicateReviewPage",
                                                           "La fusion est annulée : le dossier "
                                                           "IPP %1 est de nouveau séparé ; la "
                                                           "paire revient dans la file."))
                        .arg(gone.ipp),
                    FieldMessage::Kind::Info);
    m_pairs->setFocus();
}

void DuplicateReviewPage::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        emit closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DuplicateReviewPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!event->spontaneous()) // not a window restored: the same showing
        auditInSightLater();
}

void DuplicateReviewPage::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    if (!event->spontaneous()) // shown again, what is on it is seen again
        forgetAudited();
}

void DuplicateReviewPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    auditInSightLater(); // a taller page shows more rows
}

void DuplicateReviewPage::auditInSightLater() {
    // Once laid out: which rows are in sight depends on the height the lists are given.
    QMetaObject::invokeMethod(
        this,
        [this] {
            auditComparison();
            auditRowsInSight();
        },
        Qt::QueuedConnection);
}

void DuplicateReviewPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) { // another theme: the differences in its tint
        for (int r = 0; r < m_comparison->rowCount(); ++r) {
            for (int c = 0; c < m_comparison->columnCount(); ++c) {
                QTableWidgetItem* item = m_comparison->item(r, c);
                if (item && item->data(DuplicateDialog::DiffersRole).toBool())
                    DuplicateDialog::markDifference(item, palette());
            }
        }
    }
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_open.isEmpty() || !m_done.isEmpty())
            refresh();
    }
    QWidget::changeEvent(event);
}

void DuplicateReviewPage::retranslate() {
    m_title->setText(tr("Doublons à examiner"));
    m_help->setText(tr("Flèches : choisir une paire (les différences sont surlignées) — Alt+C : "
                       "dossier conservé — Alt+F : fusionner — Alt+P : pas la même personne — "
                       "Alt+N : annuler la fusion choisie — Échap : retour à la recherche."));
    m_pairs->setHorizontalHeaderLabels(
        {tr("Évaluation"), tr("Score"), tr("Dossier 1"), tr("Dossier 2")});
    m_comparison->setHorizontalHeaderLabels({tr("Dossier 1"), tr("Dossier 2")});
    m_survivorLabel->setText(tr("Dossier conservé (Alt+C) :"));
    m_merge->setText(tr("Fusionner (Alt+F)"));
    m_notDuplicate->setText(tr("Pas la même personne (Alt+P)"));
    m_mergesTitle->setText(tr("Fusions effectuées"));
    m_merges->setHorizontalHeaderLabels(
        {tr("Dossier conservé"), tr("Dossier fusionné"), tr("Fusionné le")});
    m_unmerge->setText(tr("Annuler la fusion (Alt+N)"));
    m_loadingNotice->setText(tr("Chargement de la file…"));
}

} // namespace sijil::ui
