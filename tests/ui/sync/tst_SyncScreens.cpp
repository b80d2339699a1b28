// The synchronisation screens as a person uses them: the conflicts screen shows both versions
// and applies a merge; a role that may not choose sees why; the sync log reads in words; the
// menu follows the session and its roles.
#include "ShellFixture.h"
#include "WhenModal.h"

#include <sijil/registry/PatientMapping.h>
#include <sijil/registry/ReferenceData.h>
#include <sijil/registry/Systems.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SyncJournal.h>
#include <sijil/sync/ConflictResolver.h>
#include <sijil/sync/RefusedChanges.h>
#include <sijil/sync/SyncLogModel.h>

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

#include <sync/ConflictsDialog.h>
#include <sync/SyncLogDialog.h>
#include <sync/SyncMenu.h>

using namespace sijil;
using namespace Qt::StringLiterals;

namespace {

// The same person on both sides (IPP and name), two elements changed and one added on each.
QByteArray patient(const QByteArray& elements) {
    return "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"identifier\":[{\"system\":\"" +
           registry::systems::kIpp.toUtf8() +
           "\",\"value\":\"0000010007\"}],\"name\":[{\"family\":\"Tazi\",\"given\":"
           "[\"Amina\"]}]," +
           elements + "}";
}
// Amina Tazi as the workstation writes her (through the registry's mapping).
registry::PatientRecord amina(const QString& id = QStringLiteral("p1")) {
    registry::PatientRecord r;
    r.id = id;
    r.ipp = QStringLiteral("0000010007");
    r.name = core::PersonName(QStringLiteral("Tazi"), QStringLiteral("Amina"));
    r.sex = core::Sex::Female;
    return r;
}
QByteArray written(const registry::PatientRecord& r, const QJsonObject& more = {}) {
    QJsonObject o = registry::PatientMapping::toPatient(r, {});
    for (auto it = more.begin(); it != more.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
const QByteArray kLocal = [] {
    registry::PatientRecord r = amina();
    r.birthDate = core::PartialDate::fromDate(QDate(1980, 2, 3));
    r.phone = QStringLiteral("+212611111111");
    return written(r);
}();
const QByteArray kServer = [] {
    registry::PatientRecord r = amina();
    r.birthDate = core::PartialDate::fromDate(QDate(1980, 3, 2));
    r.city = QStringLiteral("Tinghir");
    return written(r, {{QStringLiteral("meta"),
                        QJsonObject{{QStringLiteral("versionId"), QStringLiteral("5")}}}});
}();

} // namespace

class SyncScreensTest : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ShellFixture> m_shell;
    std::unique_ptr<storage::ResourceStore> m_store;
    std::unique_ptr<storage::Outbox> m_outbox;
    std::unique_ptr<storage::AuditTrail> m_audit;
    std::unique_ptr<sync::ConflictResolver> m_resolver;
    std::unique_ptr<sync::RefusedChanges> m_refused;
    std::optional<registry::ReferenceData> m_reference;

    void addConflict(const QString& type, const QString& id, const QByteArray& local,
                     const QByteArray& server) {
        QVERIFY(m_store
                    ->writeLocal({{storage::LocalChange::Operation::Create, type, id, id, local,
                                   QStringLiteral("u-0")}})
                    .ok());
        const auto queued = m_outbox->next(100).value();
        QVERIFY(m_outbox->recordConflict(queued.last().seq, server, QStringLiteral("5")).ok());
    }

    // p1 as the central server has it after another site recorded the death (version 6).
    static storage::StoredResource deceasedOnTheServer() {
        storage::StoredResource r;
        r.type = QStringLiteral("Patient");
        r.id = QStringLiteral("p1");
        r.versionId = QStringLiteral("6");
        r.lastUpdatedUtc = QDateTime::currentDateTimeUtc();
        r.patientId = QStringLiteral("p1");
        r.json = patient("\"birthDate\":\"1980-03-02\",\"deceasedBoolean\":true");
        return r;
    }

    void signInClerk() {
        m_shell->addUser(QStringLiteral("clerk"), QStringLiteral("motdepasse-long-1"),
                         {access::Role::AdmissionClerk});
        QVERIFY(m_shell->signIn(QStringLiteral("clerk"), QStringLiteral("motdepasse-long-1")));
    }
    // p1 as pulled here (version 4), before anything was changed on either side.
    static storage::StoredResource heldHere() {
        storage::StoredResource held = deceasedOnTheServer();
        held.versionId = QStringLiteral("4");
        held.json = kLocal;
        return held;
    }

private slots:
    void init() {
        m_shell = std::make_unique<test::ShellFixture>();
        m_store = std::make_unique<storage::ResourceStore>(*m_shell->database);
        m_outbox = std::make_unique<storage::Outbox>(*m_shell->database);
        m_audit = std::make_unique<storage::AuditTrail>(*m_shell->database, QByteArray(32, 'k'),
                                                        m_shell->dir.filePath(QStringLiteral("h")));
        m_resolver = std::make_unique<sync::ConflictResolver>(*m_store, *m_audit);
        m_refused =
            std::make_unique<sync::RefusedChanges>(*m_store, *m_audit, m_shell->database->path());
        m_reference.emplace(registry::ReferenceData::load({}).value());
    }
    void cleanup() {
        m_refused.reset();
        m_resolver.reset();
        m_audit.reset();
        m_outbox.reset();
        m_store.reset();
        m_shell.reset();
    }

    void theConflictsScreenShowsBothVersionsAndMerges() {
        addConflict(QStringLiteral("Patient"), QStringLiteral("p1"), kLocal, kServer);
        signInClerk();
        ui::ConflictsDialog dialog(*m_resolver, *m_shell->session, &*m_reference);
        dialog.show();
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("conflictList"));
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("differences"));
        QCOMPARE(list->count(), 1);
        // The patient by IPP and name, not by the record's internal id.
        QCOMPARE(list->item(0)->text(), QStringLiteral("IPP 0000010007 — TAZI Amina"));
        QCOMPARE(table->rowCount(), 3); // address, birthDate, telecom
        // Elements in words, values as the admission desk shows them.
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Date de naissance"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("03/02/1980"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("02/03/1980"));
        QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Téléphone"));
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("+212611111111"));
        QCOMPARE(table->item(2, 2)->text(), QStringLiteral("—"));
        // An address holds a province the desk does not show: as stored.
        QCOMPARE(table->item(0, 2)->text(),
                 QStringLiteral("city : Tinghir\ncountry : MA\nuse : home"));

        dialog.findChild<QCheckBox*>(QStringLiteral("take:address"))->setChecked(true);
        QSignalSpy resolved(&dialog, &ui::ConflictsDialog::conflictResolved);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("merge")), Qt::LeftButton);
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(list->count(), 0);
        const auto stored = m_store->get(QStringLiteral("Patient"), QStringLiteral("p1")).value();
        QVERIFY(stored->json.contains("Tinghir"));
        QVERIFY(stored->json.contains("1980-02-03"));
        QCOMPARE(m_audit->count().value(), 1);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("fieldMessage"))
                    ->text()
                    .contains(QStringLiteral("Aucun conflit")));
    }

    void aDeletionInConflictIsShownAsOneAndKeptAsOne() {
        const storage::StoredResource held = heldHere();
        QVERIFY(m_store->applyFromServer({held}).ok());
        QVERIFY(m_store
                    ->writeLocal({{storage::LocalChange::Operation::Delete,
                                   held.type,
                                   held.id,
                                   held.id,
                                   {},
                                   QStringLiteral("u-0")}})
                    .ok());
        QVERIFY(m_outbox->recordConflict(m_outbox->next(1)->first().seq, kServer, u"5"_s).ok());
        signInClerk();
        ui::ConflictsDialog dialog(*m_resolver, *m_shell->session, &*m_reference);
        dialog.show();
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("differences"));
        QVERIFY(table->rowCount() > 0);
        for (int row = 0; row < table->rowCount(); ++row) // never as if the old content stood
            QCOMPARE(table->item(row, 1)->text(), QStringLiteral("(supprimé sur ce poste)"));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("merge"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("fieldMessage"))
                    ->text()
                    .startsWith(QStringLiteral("Supprimé sur ce poste, modifié sur le serveur")));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("keepLocal")),
                          Qt::LeftButton);
        const auto queued = m_outbox->next(10).value();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued[0].operation, storage::LocalChange::Operation::Delete);
        QCOMPARE(queued[0].baseVersionId, QStringLiteral("5"));
    }

    void aDeletionOnTheServerInConflictIsShownAsOneAndMayBeAccepted() {
        const storage::StoredResource held = heldHere();
        QVERIFY(m_store->applyFromServer({held}).ok());
        QVERIFY(m_store
                    ->writeLocal({{storage::LocalChange::Operation::Update, held.type, held.id,
                                   held.id, kLocal, QStringLiteral("u-0")}})
                    .ok());
        QCOMPARE(m_store->applyDeletionsFromServer({{held.type, held.id, u"5"_s}})->conflicts, 1);
        signInClerk();
        ui::ConflictsDialog dialog(*m_resolver, *m_shell->session, &*m_reference);
        dialog.show();
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("differences"));
        QVERIFY(table->rowCount() > 0);
        for (int row = 0; row < table->rowCount(); ++row) // never as if values were taken away
            QCOMPARE(table->item(row, 2)->text(),
                     QStringLiteral("(supprimé sur le serveur central)"));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("merge"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("fieldMessage"))
                    ->text()
                    .startsWith(QStringLiteral("Modifié sur ce poste, supprimé sur le serveur")));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("keepServer")),
                          Qt::LeftButton);
        QVERIFY(!m_store->get(held.type, held.id).value());
        QCOMPARE(m_outbox->pendingCount().value(), 0);
    }

    // A merge written here (two records changed together); the server changed both meanwhile.
    // Each conflict says it is part of the change and that another waits too. Settling it
    // decides whether one record stands for the other: an admission clerk sees why not. The
    // administrator keeping the server's version of one is asked first, as the whole change is
    // then given up, never sent in part.
    void aConflictOfAChangeSentTogetherSaysSoAndGivingItUpIsAsked() {
        storage::StoredResource other = heldHere();
        other.id = QStringLiteral("p2");
        other.patientId = other.id;
        other.json = written(amina(other.id));
        QVERIFY(m_store->applyFromServer({heldHere(), other}).ok());
        QVERIFY(m_store
                    ->writeLocal(
                        {{storage::LocalChange::Operation::Update, u"Patient"_s, u"p1"_s, u"p1"_s,
                          kLocal, u"u-0"_s},
                         {storage::LocalChange::Operation::Update, u"Patient"_s, u"p2"_s, u"p2"_s,
                          written(amina(u"p2"_s), {{u"gender"_s, u"male"_s}}), u"u-0"_s}},
                        storage::ResourceStore::Sending::Together)
                    .ok());
        const auto queued = m_outbox->next(10).value();
        QCOMPARE(queued.size(), 2);
        QVERIFY(m_outbox->recordConflict(queued[0].seq, kServer, u"5"_s).ok());
        QVERIFY(m_outbox->recordConflict(queued[1].seq, written(amina(u"p2"_s)), u"5"_s).ok());
        signInClerk();
        {
            ui::ConflictsDialog dialog(*m_resolver, *m_shell->session, &*m_reference);
            dialog.show();
            for (const char* name : {"keepLocal", "keepServer", "merge"})
                QVERIFY(!dialog.findChild<QPushButton*>(QString::fromLatin1(name))->isEnabled());
            QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("fieldMessage"))
                        ->text()
                        .contains(u"seul l'administrateur du site peut le résoudre"_s));
        }
        m_shell->session->signOut();
        m_shell->addUser(u"admin"_s, u"motdepasse-long-1"_s, {access::Role::SiteAdministrator});
        QVERIFY(m_shell->signIn(u"admin"_s, u"motdepasse-long-1"_s));
        ui::ConflictsDialog dialog(*m_resolver, *m_shell->session, &*m_reference);
        dialog.show();
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("conflictList"));
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("togetherNote"));
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(0);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith(u"Ce changement a été fait avec 1 autre"_s),
                 qPrintable(note->text()));
        QVERIFY2(note->text().contains(u"1 autre conflit du même ensemble à régler aussi."_s),
                 qPrintable(note->text()));
        // In the language chosen, as the rest of the screen.
        QVERIFY(m_shell->languages->setLanguage(u"en"_s));
        QTRY_VERIFY2(note->text().startsWith(u"This change was made with 1 other"_s),
                     qPrintable(note->text()));
        QVERIFY(m_shell->languages->setLanguage(u"fr"_s));
        QTRY_VERIFY(note->text().startsWith(u"Ce changement"_s));

        // Asked, and the person goes back: nothing is chosen, nothing audited.
        QString asked;
        test::whenModal<QMessageBox>([&asked](QMessageBox* box) {
            asked = box->text();
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::RejectRole)
                    b->click();
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("keepServer")),
                          Qt::LeftButton);
        QVERIFY2(asked.contains(u"tout l'ensemble est abandonné sur ce poste"_s),
                 qPrintable(asked));
        QCOMPARE(list->count(), 2);
        const qint64 audited = m_audit->count().value();

        // Asked, and confirmed: the server's version is kept, and the whole change given up:
        // the other record is back as the server has it, nothing is left to send.
        test::whenModal<QMessageBox>([](QMessageBox* box) {
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("keepServer")),
                          Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QCOMPARE(m_audit->count().value(), audited + 1);
        const auto last = m_audit->entries(audited, 1).value().first();
        QVERIFY2(last.detail.endsWith(u"together:1"_s), qPrintable(last.detail));
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        QCOMPARE(m_store->get(u"Patient"_s, u"p2"_s).value()->json, written(amina(u"p2"_s)));
        QCOMPARE(m_store->get(u"Patient"_s, u"p1"_s).value()->state, storage::LocalState::Synced);
    }

    // Corrected here, merged into another record on the server meanwhile: the correction is
    // not kept on the merged record (it would come back into use), and the clerk is told where
    // to make it again.
    void anEditOnARecordMergedOnTheServerIsToBeMadeAgainOnTheSurvivor() {
        const QByteArray mergedThere = written(
            amina(),
            {{u"active"_s, false},
             {u"link"_s, QJsonArray{QJsonObject{
                             {u"type"_s, u"replaced-by"_s},
                             {u"other"_s, QJsonObject{{u"reference"_s, u"Patient/p9"_s}}}}}}});
        addConflict(u"Patient"_s, u"p1"_s, kLocal, mergedThere);
        signInClerk();
        ui::ConflictsDialog dialog(*m_resolver, *m_shell->session, &*m_reference);
        dialog.show();
        // The merge state is the server's whatever is ticked: shown so, not offered.
        for (const QString& element : {u"link"_s, u"active"_s}) {
            auto* take = dialog.findChild<QCheckBox*>(u"take:"_s + element);
            QVERIFY2(take && take->isChecked() && !take->isEnabled(), qPrintable(element));
        }
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"keepLocal"_s), Qt::LeftButton);
        QVERIFY(dialog.findChild<QLabel*>(u"fieldMessage"_s)
                    ->text()
                    .contains(u"refaites la modification sur le dossier conservé"_s));
        QCOMPARE(dialog.findChild<QListWidget*>(u"conflictList"_s)->count(), 1);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"keepServer"_s), Qt::LeftButton);
        QCOMPARE(dialog.findChild<QListWidget*>(u"conflictList"_s)->count(), 0);
        QVERIFY(m_store->get(u"Patient"_s, u"p1"_s).value()->json.contains("replaced-by"));
    }

    void aChoiceIsMadeOnTheVersionsShownAndNeverByAStrayKey() {
        addConflict(QStringLiteral("Patient"), QStringLiteral("p1"), kLocal, kServer);
        m_shell->addUser(QStringLiteral("admin"), QStringLiteral("motdepasse-long-1"),
                         {access::Role::SiteAdministrator});
        QVERIFY(m_shell->signIn(QStringLiteral("admin"), QStringLiteral("motdepasse-long-1")));
        {
            // Enter closes the screen; it does not settle the conflict.
            ui::ConflictsDialog dialog(*m_resolver, *m_shell->session, &*m_reference);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto* list = dialog.findChild<QListWidget*>(QStringLiteral("conflictList"));
            list->setFocus();
            QTest::keyClick(list, Qt::Key_Return);
            QVERIFY(!dialog.isVisible());
            QCOMPARE(m_store->conflicts()->size(), 1);
            QCOMPARE(m_audit->count().value(), 0);
        }
        ui::ConflictsDialog dialog(*m_resolver, *m_shell->session, &*m_reference);
        dialog.show();
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("differences"));
        // The server moves on while the screen is open (a sync in the background): keeping "the
        // server's version" shown would put version 5's content on top of version 6.
        const storage::StoredResource newer = deceasedOnTheServer();
        QCOMPARE(m_store->applyFromServer({newer})->conflicts, 1);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("keepServer")),
                          Qt::LeftButton);
        QCOMPARE(m_store->get(QStringLiteral("Patient"), QStringLiteral("p1"))->value().json,
                 kLocal);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("fieldMessage"))
                    ->text()
                    .contains(QStringLiteral("a changé")));
        // The versions now waiting are the ones shown.
        bool deceased = false;
        for (int row = 0; row < table->rowCount(); ++row)
            deceased |= table->item(row, 0)->text() == QStringLiteral("Décédé") &&
                        table->item(row, 2)->text() == QStringLiteral("Oui");
        QVERIFY(deceased);

        // Locked, the screen goes (the main window dismisses every dialog): no record left over
        // the lock, no choice to make.
        (void)m_shell->window();
        m_shell->session->lock();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(m_store->conflicts()->size(), 1);
    }

    // Names read as on the desk, each line labelled when a side has two; an element the desk
    // does not hold whole (a second phone) or shows only in part (a category beside the birth
    // place) reads as stored, so that no part of a difference is hidden.
    void valuesReadAsTheDeskShowsThemAndNoDifferenceIsHidden() {
        registry::PatientRecord local = amina(QStringLiteral("p2"));
        local.phone = QStringLiteral("+212611111111");
        local.birthCity = QStringLiteral("Casablanca");
        local.accountingCategory = QStringLiteral("PAYANT");
        registry::PatientRecord server = local;
        server.name = core::PersonName(QStringLiteral("Tazi"), QStringLiteral("Amina"),
                                       QStringLiteral("التازي"), QStringLiteral("أمينة"));
        server.accountingCategory = QStringLiteral("TIERS-PAYANT");
        server.birthCity = QStringLiteral("Rabat");
        server.phone = QStringLiteral("+212622222222");
        QJsonObject serverJson = registry::PatientMapping::toPatient(server, {});
        QJsonArray phones = serverJson.value(QStringLiteral("telecom")).toArray();
        QJsonObject second = phones.first().toObject();
        second.insert(QStringLiteral("value"), QStringLiteral("+212633333333"));
        phones.append(second);
        serverJson.insert(QStringLiteral("telecom"), phones);
        addConflict(QStringLiteral("Patient"), QStringLiteral("p2"), written(local),
                    QJsonDocument(serverJson).toJson(QJsonDocument::Compact));
        signInClerk();
        ui::ConflictsDialog dialog(*m_resolver, *m_shell->session, &*m_reference);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("differences"));
        QHash<QString, QPair<QString, QString>> shown;
        for (int row = 0; row < table->rowCount(); ++row)
            shown.insert(table->item(row, 0)->data(Qt::UserRole).toString(),
                         {table->item(row, 1)->text(), table->item(row, 2)->text()});
        QCOMPARE(shown.keys().size(), 3);
        QCOMPARE(shown.value(QStringLiteral("name")),
                 qMakePair(QStringLiteral("Nom (latin) : TAZI Amina"),
                           QStringLiteral("Nom (latin) : TAZI Amina\nNom (arabe) : التازي أمينة")));
        QVERIFY(shown.value(QStringLiteral("telecom")).second.contains(u"+212633333333"_s));
        QVERIFY(shown.value(QStringLiteral("telecom")).first.contains(u"+212611111111"_s));
        QVERIFY(shown.value(QStringLiteral("extension")).first.contains(u"PAYANT"_s));
        QVERIFY(shown.value(QStringLiteral("extension")).second.contains(u"TIERS-PAYANT"_s));
        QVERIFY(shown.value(QStringLiteral("extension")).second.contains(u"Rabat"_s));
        // Without reference lists, everything as stored.
        ui::ConflictsDialog bare(*m_resolver, *m_shell->session, nullptr);
        auto* bareTable = bare.findChild<QTableWidget*>(QStringLiteral("differences"));
        for (int row = 0; row < bareTable->rowCount(); ++row) {
            if (bareTable->item(row, 0)->data(Qt::UserRole).toString() == u"name")
                QVERIFY(bareTable->item(row, 2)->text().contains(QStringLiteral("family : ")));
        }
    }

    void aSyncCycleNeverPutsAnotherConflictInPlaceOfTheOneShown() {
        addConflict(QStringLiteral("Patient"), QStringLiteral("p1"), kLocal, kServer);
        QByteArray other = kLocal;
        other.replace("\"p1\"", "\"p2\"").replace("0000010007", "0000010015");
        addConflict(QStringLiteral("Patient"), QStringLiteral("p2"), other, kServer);
        m_shell->addUser(QStringLiteral("admin"), QStringLiteral("motdepasse-long-1"),
                         {access::Role::SiteAdministrator});
        QVERIFY(m_shell->signIn(QStringLiteral("admin"), QStringLiteral("motdepasse-long-1")));
        ui::ConflictsDialog dialog(*m_resolver, *m_shell->session, &*m_reference);
        dialog.show();
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("conflictList"));
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("fieldMessage"));
        QCOMPARE(list->count(), 2);
        QVERIFY(list->currentItem()->text().contains(QStringLiteral("0000010007")));
        dialog.findChild<QCheckBox*>(QStringLiteral("take:address"))->setChecked(true);

        // A cycle that changed nothing: the same conflict, the tick kept.
        QCOMPARE(dialog.reload(), 2);
        QVERIFY(list->currentItem()->text().contains(QStringLiteral("0000010007")));
        QVERIFY(dialog.findChild<QCheckBox*>(QStringLiteral("take:address"))->isChecked());

        // A cycle that brought a newer server version of it (and moved it down the list): still
        // this conflict, its new versions, and the person told.
        const storage::StoredResource newer = deceasedOnTheServer();
        QTest::qWait(5); // a later detection time
        QCOMPARE(m_store->applyFromServer({newer})->conflicts, 1);
        QCOMPARE(dialog.reload(), 2);
        QCOMPARE(list->currentRow(), 1);
        QVERIFY(list->currentItem()->text().contains(QStringLiteral("0000010007")));
        QVERIFY(message->text().contains(QStringLiteral("a changé")));

        // Settled elsewhere meanwhile: none shown in its place, nothing to press.
        QVERIFY(m_resolver
                    ->resolve(m_store->conflicts()->last(),
                              sync::ConflictResolver::Choice::KeepLocal, {},
                              *m_shell->session->session())
                    .ok());
        QCOMPARE(dialog.reload(), 1);
        QCOMPARE(list->currentRow(), -1);
        QVERIFY(message->text().contains(QStringLiteral("résolu entre-temps")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("keepServer"))->isEnabled());
    }

    void aRoleThatMayNotChooseSeesWhy() {
        addConflict(QStringLiteral("Observation"), QStringLiteral("o1"),
                    "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\"}",
                    "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"amended\"}");
        signInClerk();
        ui::ConflictsDialog dialog(*m_resolver, *m_shell->session, &*m_reference);
        dialog.show();
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("keepLocal"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("merge"))->isEnabled());
        QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("take:status"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("fieldMessage"))
                    ->text()
                    .contains(QStringLiteral("rôle")));
    }

    void theSyncLogReadsInWords() {
        storage::SyncJournal journal(*m_shell->database);
        storage::SyncRun ok;
        ok.startedAtUtc = QDateTime::currentDateTimeUtc().addSecs(-60);
        ok.finishedAtUtc = ok.startedAtUtc.addMSecs(1500);
        ok.succeeded = true;
        ok.pushed = 12;
        QVERIFY(journal.append(ok).ok());
        storage::SyncRun failed = ok;
        failed.succeeded = false;
        failed.errorCode = QStringLiteral("fhir/network");
        failed.errorDetail = QStringLiteral("Connection refused");
        failed.pending = 3;
        QVERIFY(journal.append(failed).ok());
        sync::SyncLogModel model(journal);
        ui::SyncLogDialog dialog(model);
        dialog.show();
        auto* view = dialog.findChild<QTableView*>(QStringLiteral("syncLog"));
        QCOMPARE(view->model()->rowCount(), 2);
        const QModelIndex reason = model.index(0, sync::SyncLogModel::Reason);
        QVERIFY(reason.data().toString().contains(QStringLiteral("injoignable")));
        QCOMPARE(reason.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Détail technique : Connection refused"));
        // Every failure a cycle can end on reads in words, never as its code (the codes the FHIR
        // client and the sync engine raise).
        for (const char* code :
             {"fhir/bad-request", "fhir/busy", "fhir/config", "fhir/conflict", "fhir/forbidden",
              "fhir/http-error", "fhir/malformed", "fhir/network", "fhir/not-found",
              "fhir/server-error", "fhir/tls", "fhir/tls-refused", "fhir/tls-closed",
              "fhir/unauthorized", "fhir/unprocessable", "sync/bad-answer", "storage/sql"}) {
            const QString text = sync::SyncLogModel::reasonText(QString::fromLatin1(code));
            QVERIFY2(!text.isEmpty() && !text.contains(QLatin1String(code)) &&
                         !text.startsWith(QStringLiteral("Échec")),
                     code);
        }
        QCOMPARE(model.index(0, sync::SyncLogModel::Pending).data().toInt(), 3);
        QCOMPARE(model.index(1, sync::SyncLogModel::Outcome).data().toString(),
                 QStringLiteral("Réussie"));
        QCOMPARE(model.index(1, sync::SyncLogModel::Duration).data().toString(),
                 QStringLiteral("1,5 s"));
        // A long cycle (a first pull): no group separator, which Moroccan French writes as a dot.
        storage::SyncRun slow = ok;
        slow.finishedAtUtc = slow.startedAtUtc.addMSecs(1234500);
        QVERIFY(journal.append(slow).ok());
        QVERIFY(model.reload());
        QStringList durations;
        for (int row = 0; row < model.rowCount(); ++row)
            durations << model.index(row, sync::SyncLogModel::Duration).data().toString();
        QVERIFY2(durations.contains(QStringLiteral("1234,5 s")), qPrintable(durations.join(u'|')));
    }

    void theMenuFollowsTheSessionAndItsRoles() {
        storage::SyncJournal journal(*m_shell->database);
        sync::SyncLogModel model(journal);
        ui::SyncMenu menu(nullptr, *m_resolver, *m_refused, model, *m_shell->session,
                          &*m_reference);
        QVERIFY(!menu.conflictsAction()->isEnabled()); // nobody signed in
        m_shell->addUser(QStringLiteral("doc"), QStringLiteral("motdepasse-long-1"),
                         {access::Role::Physician});
        m_shell->addUser(QStringLiteral("admin"), QStringLiteral("motdepasse-long-2"),
                         {access::Role::SiteAdministrator});
        QVERIFY(m_shell->signIn(QStringLiteral("doc"), QStringLiteral("motdepasse-long-1")));
        QVERIFY(menu.conflictsAction()->isEnabled());
        QVERIFY(!menu.logAction()->isEnabled());
        QVERIFY(!menu.refusedAction()->isEnabled());
        QVERIFY(!menu.syncNowAction()->isEnabled()); // no central server on this site
        m_shell->session->signOut();
        QVERIFY(m_shell->signIn(QStringLiteral("admin"), QStringLiteral("motdepasse-long-2")));
        QVERIFY(menu.logAction()->isEnabled());
        QVERIFY(menu.refusedAction()->isEnabled());
    }

    void everyMenuAndItemHasAKeyOfItsOwn() {
        // The menu bar as the composition root makes it: the window's menus and this one.
        storage::SyncJournal journal(*m_shell->database);
        sync::SyncLogModel model(journal);
        auto& window = m_shell->window();
        auto* menu = new ui::SyncMenu(nullptr, *m_resolver, *m_refused, model, *m_shell->session,
                                      &*m_reference, &window);
        window.menuBar()->insertMenu(window.menuBar()->actions().last(), menu);
        const auto distinct = [](const QList<QAction*>& actions, const QString& where) {
            QHash<QKeySequence, QString> seen;
            for (QAction* a : actions) {
                const QKeySequence key = QKeySequence::mnemonic(a->text());
                if (a->isSeparator() || key.isEmpty())
                    continue;
                QVERIFY2(!seen.contains(key),
                         qPrintable(QStringLiteral("%1: \"%2\" and \"%3\" share %4")
                                        .arg(where, seen.value(key), a->text(),
                                             key.toString(QKeySequence::NativeText))));
                seen.insert(key, a->text());
            }
        };
        for (const char* language : {"fr", "ar", "en"}) {
            QVERIFY(m_shell->languages->setLanguage(QString::fromLatin1(language)));
            QCoreApplication::processEvents();
            distinct(window.menuBar()->actions(), QString::fromLatin1(language));
            distinct(menu->actions(), QString::fromLatin1(language));
        }
        QVERIFY(m_shell->languages->setLanguage(QStringLiteral("fr")));
    }
};

QTEST_MAIN(SyncScreensTest)
#include "tst_SyncScreens.moc"
