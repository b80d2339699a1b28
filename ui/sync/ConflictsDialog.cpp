#include "ConflictsDialog.h"

#include <sijil/access/SessionManager.h>
#include <sijil/sync/ConflictResolver.h>

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sijil::ui {

namespace {

enum Column { Element, Local, Server, TakeServer, ColumnCount };

QString displayed(const QJsonValue& v) {
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("—");
    if (v.isString())
        return v.toString();
    if (v.isBool() || v.isDouble())
        return v.toVariant().toString();
    const QJsonDocument doc =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

ConflictsDialog::ConflictsDialog(sync::ConflictResolver& resolver, access::SessionManager& session,
                                 QWidget* parent)
    : QDialog(parent)
    , m_resolver(resolver)
    , m_session(session) {
    setObjectName(QStringLiteral("conflictsDialog"));
    resize(1000, 600);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("differences"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(Local, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Server, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fieldMessage"));
    m_message->setWordWrap(true);
    m_keepLocal = new QPushButton(this);
    m_keepLocal->setObjectName(QStringLiteral("keepLocal"));
    m_keepServer = new QPushButton(this);
    m_keepServer->setObjectName(QStringLiteral("keepServer"));
    m_merge = new QPushButton(this);
    m_merge->setObjectName(QStringLiteral("merge"));
    m_close = new QPushButton(this);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 3);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_keepLocal);
    buttons->addWidget(m_keepServer);
    buttons->addWidget(m_merge);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsDialog::showConflict);
    connect(m_keepLocal, &QPushButton::clicked, this,
            [this] { resolve(int(sync::ConflictResolver::Choice::KeepLocal)); });
    connect(m_keepServer, &QPushButton::clicked, this,
            [this] { resolve(int(sync::ConflictResolver::Choice::KeepServer)); });
    connect(m_merge, &QPushButton::clicked, this,
            [this] { resolve(int(sync::ConflictResolver::Choice::Merge)); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslate();
    reload();
}

int ConflictsDialog::reload() {
    const int keep = m_list->currentRow();
    m_list->clear();
    auto conflicts = m_resolver.conflicts();
    if (!conflicts) {
        m_conflicts.clear();
        m_message->setText(conflicts.error().userMessage());
        showConflict(-1);
        return 0;
    }
    m_conflicts = *conflicts;
    for (const storage::Conflict& c : m_conflicts)
        m_list->addItem(
            tr("%1 %2 — détecté le %3")
                .arg(c.type, c.id,
                     QLocale().toString(c.detectedAtUtc.toLocalTime(), QLocale::ShortFormat)));
    m_list->setCurrentRow(m_conflicts.isEmpty() ? -1
                                                : std::clamp(keep, 0, int(m_conflicts.size()) - 1));
    if (m_conflicts.isEmpty())
        showConflict(-1);
    return int(m_conflicts.size());
}

bool ConflictsDialog::mayResolveSelected() const {
    const int row = m_list->currentRow();
    return row >= 0 && row < m_conflicts.size() && m_session.session() &&
           sync::ConflictResolver::mayResolve(m_session.session()->user, m_conflicts[row].type);
}

void ConflictsDialog::showConflict(int row) {
    m_table->setRowCount(0);
    const bool valid = row >= 0 && row < m_conflicts.size();
    if (valid) {
        const auto diffs = sync::ConflictResolver::differences(m_conflicts[row]);
        m_table->setRowCount(int(diffs.size()));
        for (int i = 0; i < diffs.size(); ++i) {
            m_table->setItem(i, Element, new QTableWidgetItem(diffs[i].element));
            m_table->setItem(i, Local, new QTableWidgetItem(displayed(diffs[i].local)));
            m_table->setItem(i, Server, new QTableWidgetItem(displayed(diffs[i].server)));
            auto* take = new QCheckBox(m_table);
            take->setObjectName(QStringLiteral("take:") + diffs[i].element);
            take->setAccessibleName(tr("Prendre « %1 » du serveur").arg(diffs[i].element));
            m_table->setCellWidget(i, TakeServer, take);
        }
        m_table->resizeRowsToContents();
    }
    const bool allowed = mayResolveSelected();
    for (QPushButton* b : {m_keepLocal, m_keepServer, m_merge})
        b->setEnabled(allowed);
    if (valid && !allowed)
        m_message->setText(tr("Votre rôle ne permet pas de résoudre ce conflit. Faites appel à "
                              "un médecin ou à l'administrateur du site."));
    else if (m_conflicts.isEmpty())
        m_message->setText(tr("Aucun conflit en attente."));
    else
        m_message->clear();
}

void ConflictsDialog::resolve(int choice) {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size() || !m_session.session())
        return;
    QSet<QString> fromServer;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        auto* take = qobject_cast<QCheckBox*>(m_table->cellWidget(i, TakeServer));
        if (take && take->isChecked())
            fromServer.insert(m_table->item(i, Element)->text());
    }
    const auto status =
        m_resolver.resolve(m_conflicts[row], static_cast<sync::ConflictResolver::Choice>(choice),
                           fromServer, *m_session.session());
    if (!status) {
        m_message->setText(status.error().userMessage());
        return;
    }
    emit conflictResolved();
    reload();
}

void ConflictsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConflictsDialog::retranslate() {
    setWindowTitle(tr("Conflits de synchronisation"));
    m_intro->setText(tr("Ces dossiers ont été modifiés sur ce poste et sur le serveur central "
                        "pendant que le poste était hors ligne. Comparez les deux versions, puis "
                        "gardez l'une d'elles ou fusionnez-les en cochant les éléments à prendre "
                        "du serveur. Votre choix est enregistré dans le journal d'audit."));
    m_table->setHorizontalHeaderLabels(
        {tr("Élément"), tr("Ce poste"), tr("Serveur central"), tr("Prendre du serveur")});
    m_keepLocal->setText(tr("Garder la version de ce poste"));
    m_keepServer->setText(tr("Garder la version du serveur"));
    m_merge->setText(tr("Fusionner"));
    m_close->setText(tr("Fermer"));
}

} // namespace sijil::ui
