#include "ConflictsDialog.h"

#include <sijil/access/SessionManager.h>
#include <sijil/registry/PatientMapping.h>
#include <sijil/sync/ConflictResolver.h>

#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <registration/DuplicateDialog.h>
#include <shell/BidiItemDelegate.h>

namespace sijil::ui {

namespace {

enum Column { Element, Local, Server, TakeServer, ColumnCount };

// The leaves of a value, one per line ("city: Tinghir"), without JSON's braces and quotes.
void leaves(const QJsonValue& v, const QString& key, QStringList& out) {
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            leaves(item, key, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            leaves(it.value(), it.key(), out);
    } else if (!v.isUndefined() && !v.isNull()) {
        const QString text =
            v.isBool()
                ? (v.toBool() ? QCoreApplication::translate("sijil::ui::ConflictsDialog", "Oui")
                              : QCoreApplication::translate("sijil::ui::ConflictsDialog", "Non"))
            : v.isString() ? v.toString()
                           : v.toVariant().toString();
        out << (key.isEmpty() ? text : key + QStringLiteral(" : ") + text);
    }
}

QString displayed(const QJsonValue& v) {
    QStringList lines;
    leaves(v, {}, lines);
    return lines.isEmpty() ? QStringLiteral("—") : lines.join(u'\n');
}

// The rows of the admission desk that a Patient element fills, and whether the desk holds all of
// it: written back from what the desk reads, the element comes out the same. When it does not
// (a second phone, a province, a category the desk does not show), the desk's rows would hide
// part of a difference.
struct DeskRows {
    QList<DuplicateDialog::Row> rows;
    bool whole = false;
};

DeskRows deskRows(const QString& element, const QJsonValue& v,
                  const registry::ReferenceData& reference) {
    DeskRows out;
    if (v.isUndefined() || v.isNull()) {
        out.whole = true;
        return out;
    }
    const QJsonObject empty{{QStringLiteral("resourceType"), QStringLiteral("Patient")}};
    QJsonObject holding = empty;
    holding.insert(element, v);
    const registry::PatientRecord record = registry::PatientMapping::fromFhir(holding);
    out.whole = registry::PatientMapping::toPatient(record, {}).value(element) == v;
    // The rows this element fills: those that differ from a patient without it (a record
    // without coverage reads "Aucune couverture" whatever the element).
    const QList<DuplicateDialog::Row> none =
        DuplicateDialog::rowsOf(registry::PatientMapping::fromFhir(empty), reference);
    out.rows = DuplicateDialog::rowsOf(record, reference);
    for (qsizetype i = out.rows.size() - 1; i >= 0; --i) {
        if (out.rows[i].value.isEmpty() || out.rows[i].value == none.value(i).value)
            out.rows.removeAt(i);
    }
    return out;
}

QString text(const DeskRows& d, bool labelled) {
    if (d.rows.isEmpty())
        return QStringLiteral("—");
    QStringList lines;
    for (const DuplicateDialog::Row& r : d.rows)
        lines << (labelled ? r.label + QStringLiteral(" : ") + r.value : r.value);
    return lines.join(u'\n');
}

} // namespace

QPair<QString, QString> ConflictsDialog::valuesShown(const storage::Conflict& conflict,
                                                     const sync::FieldDifference& d,
                                                     const registry::ReferenceData* reference) {
    const QPair<QString, QString> raw{displayed(d.local), displayed(d.server)};
    // The elements whose every part the desk shows. An address also holds a province, an
    // extension a category, an identifier an expiry: shown as the desk does, their difference
    // could be hidden.
    static const QSet<QString> shownWhole{QStringLiteral("name"), QStringLiteral("gender"),
                                          QStringLiteral("birthDate"), QStringLiteral("telecom")};
    if (!reference || conflict.type != u"Patient" || !shownWhole.contains(d.element))
        return raw;
    const DeskRows local = deskRows(d.element, d.local, *reference);
    const DeskRows server = deskRows(d.element, d.server, *reference);
    // What the desk does not hold whole, or shows nothing of, or shows alike although the
    // versions differ, is shown as it is stored: a difference is never hidden.
    if (!local.whole || !server.whole || (local.rows.isEmpty() && server.rows.isEmpty()))
        return raw;
    // One label on both sides: the element's own says it; otherwise each line says its own.
    QSet<QString> labels;
    for (const DeskRows* side : {&local, &server}) {
        for (const DuplicateDialog::Row& r : side->rows)
            labels.insert(r.label);
    }
    const bool labelled = labels.size() > 1;
    const QPair<QString, QString> desk{text(local, labelled), text(server, labelled)};
    if (desk.first == desk.second)
        return raw;
    return desk;
}

ConflictsDialog::ConflictsDialog(sync::ConflictResolver& resolver, access::SessionManager& session,
                                 const registry::ReferenceData* reference, QWidget* parent)
    : QDialog(parent)
    , m_resolver(resolver)
    , m_session(session)
    , m_reference(reference) {
    setObjectName(QStringLiteral("conflictsDialog"));
    resize(1000, 600);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setItemDelegate(new BidiItemDelegate(m_list));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("differences"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setItemDelegate(new BidiItemDelegate(m_table));
    // Tab goes on to the choices, not from cell to cell.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(Local, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Server, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_together = new QLabel(this);
    m_together->setObjectName(QStringLiteral("togetherNote"));
    m_together->setWordWrap(true);
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
    // Enter closes: a choice that rewrites a record is never made by a stray Enter.
    for (QPushButton* b : {m_keepLocal, m_keepServer, m_merge})
        b->setAutoDefault(false);
    m_close->setDefault(true);

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
    layout->addWidget(m_together);
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

QString ConflictsDialog::patientTitle(const QByteArray& patientJson) {
    const registry::PatientRecord r =
        registry::PatientMapping::fromFhir(QJsonDocument::fromJson(patientJson).object());
    const QString latin = r.name.display(core::PersonName::Script::Latin);
    const QString name = latin.isEmpty() ? r.name.display(core::PersonName::Script::Arabic) : latin;
    if (name.isEmpty() && r.ipp.isEmpty())
        return {};
    return r.ipp.isEmpty() ? name : tr("IPP %1 — %2").arg(r.ipp, name);
}

QString ConflictsDialog::titleOf(const storage::Conflict& c) {
    if (c.type == u"Patient") {
        if (const QString title = patientTitle(c.localJson); !title.isEmpty())
            return title;
    }
    return tr("%1 %2").arg(c.type, c.id);
}

QString ConflictsDialog::elementLabel(const QString& element) {
    // The elements the workstation writes (Patient, RelatedPerson, Coverage, Observation).
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("identifier"),
         QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Identifiants")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Nom")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Sexe")},
        {QStringLiteral("birthDate"),
         QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Date de naissance")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Adresse")},
        {QStringLiteral("telecom"), QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Téléphone")},
        {QStringLiteral("contact"),
         QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Personne à prévenir")},
        {QStringLiteral("extension"),
         QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Lieu de naissance, nationalité")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Actif")},
        {QStringLiteral("deceasedBoolean"),
         QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Décédé")},
        {QStringLiteral("deceasedDateTime"),
         QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Date du décès")},
        {QStringLiteral("link"),
         QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Dossiers fusionnés")},
        {QStringLiteral("relationship"),
         QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Lien de parenté")},
        {QStringLiteral("patient"), QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Patient")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Patient")},
        {QStringLiteral("beneficiary"),
         QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Bénéficiaire")},
        {QStringLiteral("subscriber"), QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Assuré")},
        {QStringLiteral("subscriberId"),
         QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Numéro d'affiliation")},
        {QStringLiteral("payor"), QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Organisme")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Type")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Statut")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Code")},
        {QStringLiteral("valueQuantity"),
         QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Valeur")},
        {QStringLiteral("effectiveDateTime"),
         QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Date de la mesure")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("sijil::ui::ConflictsDialog", "Note")},
    };
    const char* label = labels.value(element);
    return label ? tr(label) : element;
}

int ConflictsDialog::reload() {
    return reload(Keep::Shown);
}

int ConflictsDialog::reload(Keep keep) {
    // What is on screen: the conflict, by type and id, with its versions, and the ticks.
    const int row = m_list->currentRow();
    const std::optional<storage::Conflict> shown =
        row >= 0 && row < m_conflicts.size() ? std::optional(m_conflicts[row]) : std::nullopt;
    QSet<QString> ticked;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        auto* take = qobject_cast<QCheckBox*>(m_table->cellWidget(i, TakeServer));
        if (take && take->isChecked())
            ticked.insert(m_table->item(i, Element)->data(Qt::UserRole).toString());
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    auto conflicts = m_resolver.conflicts();
    if (!conflicts) {
        m_conflicts.clear();
        showConflict(-1);
        m_message->setText(conflicts.error().userMessage());
        return 0;
    }
    m_conflicts = *conflicts;
    for (const storage::Conflict& c : m_conflicts) {
        auto* item = new QListWidgetItem(titleOf(c), m_list);
        item->setToolTip(
            tr("Détecté le %1")
                .arg(QLocale().toString(c.detectedAtUtc.toLocalTime(), QLocale::ShortFormat)));
    }
    int next = m_conflicts.isEmpty() ? -1 : 0;
    if (keep == Keep::Row && !m_conflicts.isEmpty())
        next = std::clamp(row, 0, int(m_conflicts.size()) - 1);
    const auto same = [&](const storage::Conflict& c) {
        return shown && c.type == shown->type && c.id == shown->id;
    };
    const auto found = std::find_if(m_conflicts.cbegin(), m_conflicts.cend(), same);
    if (keep == Keep::Shown && shown) // never another conflict in its place, unseen
        next = found == m_conflicts.cend() ? -1 : int(found - m_conflicts.cbegin());
    m_list->setCurrentRow(next);
    showConflict(next);
    if (keep != Keep::Shown || !shown)
        return int(m_conflicts.size());
    if (found == m_conflicts.cend()) {
        m_message->setText(tr("Le conflit affiché a été résolu entre-temps. Choisissez-en un "
                              "autre dans la liste."));
    } else if (found->sameVersions(*shown)) {
        for (int i = 0; i < m_table->rowCount(); ++i) { // the person's ticks, as they were
            auto* take = qobject_cast<QCheckBox*>(m_table->cellWidget(i, TakeServer));
            if (take && ticked.contains(m_table->item(i, Element)->data(Qt::UserRole).toString()))
                take->setChecked(true);
        }
    } else {
        m_message->setText(tr("Ce conflit a changé depuis son affichage (nouvelle version du "
                              "serveur ou de ce poste) : les versions ci-dessous sont les "
                              "nouvelles, comparez-les à nouveau."));
    }
    return int(m_conflicts.size());
}

bool ConflictsDialog::mayResolveSelected() const {
    const int row = m_list->currentRow();
    return row >= 0 && row < m_conflicts.size() && m_session.session() &&
           sync::ConflictResolver::mayResolve(m_session.session()->user, m_conflicts[row]);
}

void ConflictsDialog::showConflict(int row) {
    m_table->setRowCount(0);
    const bool valid = row >= 0 && row < m_conflicts.size();
    const bool allowed = mayResolveSelected();
    const bool deleted = valid && m_conflicts[row].localState == storage::LocalState::Deleted;
    const bool serverDeleted = valid && m_conflicts[row].serverDeleted();
    if (valid) {
        const auto diffs = sync::ConflictResolver::differences(m_conflicts[row]);
        m_table->setRowCount(int(diffs.size()));
        for (int i = 0; i < diffs.size(); ++i) {
            auto* element = new QTableWidgetItem(elementLabel(diffs[i].element));
            element->setData(Qt::UserRole, diffs[i].element);
            element->setToolTip(diffs[i].element);
            m_table->setItem(i, Element, element);
            const auto [local, server] = valuesShown(m_conflicts[row], diffs[i], m_reference);
            m_table->setItem(i, Local,
                             new QTableWidgetItem(deleted ? tr("(supprimé sur ce poste)") : local));
            m_table->setItem(i, Server,
                             new QTableWidgetItem(
                                 serverDeleted ? tr("(supprimé sur le serveur central)") : server));
            auto* take = new QCheckBox(m_table);
            take->setObjectName(QStringLiteral("take:") + diffs[i].element);
            // Nothing to tick for who may not choose, nor from a side that was deleted.
            take->setEnabled(allowed && !deleted && !serverDeleted);
            // A Patient's merge state is always the server's (ConflictResolver::merged): shown
            // taken, and why, rather than a tick that changes nothing.
            if (m_conflicts[row].type == u"Patient" && !serverDeleted &&
                (diffs[i].element == u"link" || diffs[i].element == u"active")) {
                take->setChecked(true);
                take->setEnabled(false);
                take->setToolTip(tr("Toujours la version du serveur central : choisir entre les "
                                    "deux versions ne fusionne pas de dossiers et n'annule pas "
                                    "de fusion."));
            }
            take->setAccessibleName(
                tr("Prendre « %1 » du serveur").arg(elementLabel(diffs[i].element)));
            m_table->setCellWidget(i, TakeServer, take);
        }
        m_table->resizeRowsToContents();
    }
    showNote();
    for (QPushButton* b : {m_keepLocal, m_keepServer, m_merge})
        b->setEnabled(allowed);
    m_merge->setEnabled(allowed && !deleted && !serverDeleted); // a deletion has no elements
    if (valid && allowed && serverDeleted)
        m_message->setText(tr("Modifié sur ce poste, supprimé sur le serveur central : « Garder "
                              "la version de ce poste » le recrée sur le serveur, « Garder la "
                              "version du serveur » le supprime aussi ici."));
    else if (valid && allowed && deleted)
        m_message->setText(tr("Supprimé sur ce poste, modifié sur le serveur central : « Garder la "
                              "version de ce poste » le supprime aussi sur le serveur, « Garder "
                              "la version du serveur » le rétablit ici."));
    else if (valid && !allowed) {
        // Why, as the resolver would refuse it (a merge's conflict is the administrator's).
        const auto why =
            m_session.session()
                ? sync::ConflictResolver::refusal(m_session.session()->user, m_conflicts[row])
                : std::nullopt;
        m_message->setText(why ? why->userMessage()
                               : tr("Votre rôle ne permet pas de résoudre ce conflit. Faites "
                                    "appel à un médecin ou à l'administrateur du site."));
    } else if (m_conflicts.isEmpty())
        m_message->setText(tr("Aucun conflit en attente."));
    else
        m_message->clear();
}

void ConflictsDialog::showNote() {
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_conflicts.size();
    const int together = valid ? m_conflicts[row].together : 0;
    QString note;
    if (together > 0) {
        note = tr("Ce changement a été fait avec %n autre(s) (une fusion de dossiers, un patient "
                  "et sa couverture…) : ils partiront ensemble au serveur central une fois ce "
                  "conflit résolu.",
                  nullptr, together);
        if (const int alsoWaiting = m_conflicts[row].togetherInConflict; alsoWaiting > 0)
            note += u' ' + tr("%n autre(s) conflit(s) du même ensemble à régler aussi.", nullptr,
                              alsoWaiting);
    }
    m_together->setText(note);
    m_together->setVisible(!note.isEmpty());
}

void ConflictsDialog::resolve(int choice) {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size() || !m_session.session() ||
        m_session.state() != access::SessionManager::State::Active)
        return;
    // A copy: a sync cycle may reload the list while the person answers the question below,
    // and the choice applies to the versions they saw (or is refused as changed).
    const storage::Conflict shown = m_conflicts[row];
    if (choice == int(sync::ConflictResolver::Choice::KeepServer) && !confirmApart(shown))
        return;
    QSet<QString> fromServer;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        auto* take = qobject_cast<QCheckBox*>(m_table->cellWidget(i, TakeServer));
        if (take && take->isChecked())
            fromServer.insert(m_table->item(i, Element)->data(Qt::UserRole).toString());
    }
    const auto status =
        m_resolver.resolve(shown, static_cast<sync::ConflictResolver::Choice>(choice), fromServer,
                           *m_session.session());
    if (!status) {
        // Versions that changed since they were shown: the new ones are shown, and why.
        if (status.error().code() == "storage/conflict-changed")
            reload();
        m_message->setText(status.error().userMessage());
        return;
    }
    emit conflictResolved();
    reload(Keep::Row); // the next one in its place, as the person goes down the list
}

bool ConflictsDialog::confirmApart(const storage::Conflict& conflict) {
    if (conflict.together == 0)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Garder la version du serveur"),
                    tr("Ce changement a été fait avec %n autre(s), à envoyer ensemble. En gardant "
                       "la version du serveur, tout l'ensemble est abandonné sur ce poste : les "
                       "autres éléments reprennent la version qu'ils avaient avant lui, et une "
                       "fusion de dossiers faite ici est à refaire.",
                       nullptr, conflict.together),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmApart"));
    box.setInformativeText(tr("Les modifications faites ensuite sur ce poste à ces mêmes éléments "
                              "sont abandonnées aussi. Pour garder l'ensemble, choisissez plutôt "
                              "« Fusionner » en cochant les éléments à prendre du serveur."));
    QPushButton* keep = box.addButton(tr("Abandonner l'ensemble"), QMessageBox::DestructiveRole);
    QPushButton* back = box.addButton(tr("Revenir au conflit"), QMessageBox::RejectRole);
    box.setDefaultButton(back); // Enter never gives up a merge
    box.exec();
    return box.clickedButton() == keep;
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
    showNote();
}

} // namespace sijil::ui
