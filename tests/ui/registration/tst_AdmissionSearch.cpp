// The admission desk's search as a clerk uses it: results follow the typing and Enter opens the
// first, left to right and right to left; a refused change is said when its patient opens; a key
// pressed before the results come acts on what is typed; a search that finds nobody prints no
// label; the box waits while the index is prepared. Registering from the keyboard:
// tst_AdmissionScreens.
#include "AdmissionDesk.h"

#include <sijil/storage/Outbox.h>

#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>

using namespace sijil;
using sijil::test::whenModal;
using namespace Qt::StringLiterals;

class AdmissionSearchTest : public test::AdmissionDesk {
    Q_OBJECT

private slots:
    void init() { openDesk(); }
    void cleanup() { closeDesk(); }

    void resultsFollowTheTypingAndEnterOpensThePatient() {
        const PatientRecord karim = registered(QStringLiteral("Benali"), QStringLiteral("Karim"),
                                               core::PartialDate::year(1975), core::Sex::Male,
                                               QStringLiteral("0612345678"));
        registered(QStringLiteral("Alaoui"), QStringLiteral("Salma"),
                   core::PartialDate::fromDate(QDate(1990, 5, 4)), core::Sex::Female);
        // As at the desk: the store is a file, so the search as you type runs off this thread.
        QVERIFY(results()->searchesInBackground());
        QTest::keyClicks(searchBox(), QStringLiteral("benal"));
        // Not one query per keystroke: the search waits for the typing to pause.
        QVERIFY(results()->isPending());
        QCOMPARE(results()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        const auto cell = [&](int column) {
            return results()->index(0, column).data().toString();
        };
        QCOMPARE(cell(PatientSearchModel::Ipp), karim.ipp);
        QCOMPARE(cell(PatientSearchModel::NameLatin), karim.name.display(Script::Latin));
        QCOMPARE(cell(PatientSearchModel::Sex), QStringLiteral("Masculin"));
        QCOMPARE(cell(PatientSearchModel::BirthDate), QStringLiteral("1975")); // partial, as such
        QCOMPARE(cell(PatientSearchModel::Phone), QStringLiteral("+212612345678"));

        // The phone number as typed finds the same patient.
        searchBox()->clear();
        QCOMPARE(results()->rowCount(), 0);
        QTest::keyClicks(searchBox(), QStringLiteral("06 12 34 56 78"));
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);

        QTest::keyClick(searchBox(), Qt::Key_Return);
        QVERIFY(m_shell->patient->hasPatient());
        QCOMPARE(m_shell->patient->current()->localId, karim.id);
        QCOMPARE(m_shell->patient->current()->ipp.value(), karim.ipp);
    }

    // At an Arabic desk (right to left) too, the first result is the one Enter opens, and the
    // arrow keys move through the results.
    void enterOpensTheFirstResultRightToLeftToo() {
        QVERIFY(m_shell->languages->setLanguage(QStringLiteral("ar")));
        const auto french =
            qScopeGuard([this] { m_shell->languages->setLanguage(QStringLiteral("fr")); });
        QCOMPARE(m_page->layoutDirection(), Qt::RightToLeft);
        const PatientRecord karim = registered(QStringLiteral("Tazi"), QStringLiteral("Karim"),
                                               core::PartialDate::year(1975), core::Sex::Male);
        const PatientRecord kamal = registered(QStringLiteral("Tazi"), QStringLiteral("Kamal"),
                                               core::PartialDate::year(1980), core::Sex::Male);
        QTest::keyClicks(searchBox(), QStringLiteral("tazi"));
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 2, 2000);
        auto* view = m_page->findChild<QTableView*>(QStringLiteral("results"));
        QCOMPARE(view->currentIndex().row(), 0);
        QVERIFY(view->selectionModel()->isRowSelected(0, {}));
        const QString first = results()->hit(0).record.id;
        QTest::keyClick(searchBox(), Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 1);
        QTest::keyClick(searchBox(), Qt::Key_Up);
        QTest::keyClick(searchBox(), Qt::Key_Return);
        QVERIFY(m_shell->patient->hasPatient());
        QCOMPARE(m_shell->patient->current()->localId, first);
        QVERIFY(first == karim.id || first == kamal.id);
    }

    // A correction the central server refused waits on this workstation: opening the patient
    // says so, with the server's reason and what to do.
    void aPatientWithARefusedChangeSaysSoWhenOpened() {
        const PatientRecord karim = registered(QStringLiteral("Benali"), QStringLiteral("Karim"),
                                               core::PartialDate::year(1975), core::Sex::Male);
        storage::Outbox outbox(*m_shell->database);
        const auto waiting = outbox.next(10).value();
        QVERIFY(!waiting.isEmpty());
        QVERIFY(
            outbox.recordRefusal(waiting.first().seq, u"Patient.birthDate : date invalide"_s).ok());
        QTest::keyClicks(searchBox(), karim.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        QTest::keyClick(searchBox(), Qt::Key_Return);
        QCOMPARE(m_shell->patient->current()->localId, karim.id);
        const QString shown = m_page->message()->text();
        QVERIFY2(
            shown.startsWith(u"Le serveur central a refusé une modification de ce dossier"_s) &&
                shown.endsWith(u"Patient.birthDate : date invalide"_s),
            qPrintable(shown));

        // A merge refused: no correction of one record replaces it; the administrator gives
        // it up.
        const PatientRecord kamal = registered(QStringLiteral("Benali"), QStringLiteral("Kamal"),
                                               core::PartialDate::year(1975), core::Sex::Male);
        access::SessionInfo admin = *m_shell->session->session();
        admin.user.roles << access::Role::SiteAdministrator;
        const qint64 before = outbox.next(100).value().last().seq;
        QVERIFY(m_reg->registry->merge(kamal.id, karim.id, admin).ok());
        const auto merge = outbox.next(100, before).value();
        QVERIFY(merge.size() >= 2);
        for (const storage::OutboxEntry& e : merge)
            QVERIFY(outbox.recordRefusal(e.seq, u"HTTP 422"_s).ok());
        QVERIFY(outbox.recordFailure(waiting.first().seq, u"HTTP 503"_s).ok());
        searchBox()->clear();
        QTest::keyClicks(searchBox(), kamal.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        QTest::keyClick(searchBox(), Qt::Key_Return);
        QCOMPARE(m_shell->patient->current()->localId, kamal.id);
        QVERIFY2(m_page->message()->text().contains(
                     u"L'administrateur du site peut l'abandonner (Synchronisation, Changements "
                     u"refusés)"_s),
                 qPrintable(m_page->message()->text()));

        // Another patient, nothing refused: nothing said.
        const PatientRecord salma = registered(QStringLiteral("Alaoui"), QStringLiteral("Salma"),
                                               core::PartialDate::year(1990), core::Sex::Female);
        searchBox()->clear();
        QTest::keyClicks(searchBox(), salma.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        QTest::keyClick(searchBox(), Qt::Key_Return);
        QCOMPARE(m_shell->patient->current()->localId, salma.id);
        QVERIFY2(!m_page->message()->text().contains(u"refusé"_s),
                 qPrintable(m_page->message()->text()));
    }

    // A record put back, after a change given up, with content the server never had takes no
    // change before the server's copy is read again: the desk says so when it opens, and a
    // correction is refused with the reason, nothing saved.
    void aRecordWaitingToBeReadAgainSaysSoWhenOpened() {
        const PatientRecord karim = registered(QStringLiteral("Benali"), QStringLiteral("Karim"),
                                               core::PartialDate::year(1975), core::Sex::Male);
        // As a give-up leaves it (tst_GiveUpChanges makes it so through the store).
        QSqlQuery mark(QSqlDatabase::database(m_shell->database->connectionName()));
        QVERIFY(mark.exec(u"INSERT INTO stale_resources(type, id, query) VALUES "
                          u"('Patient', '%1', '_id=%1')"_s.arg(karim.id)));
        QTest::keyClicks(searchBox(), karim.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        QTest::keyClick(searchBox(), Qt::Key_Return);
        QCOMPARE(m_shell->patient->current()->localId, karim.id);
        QVERIFY2(m_page->message()->text().startsWith(
                     u"Un changement de ce dossier a été abandonné : le dossier attend d'être "
                     u"relu depuis le serveur central"_s),
                 qPrintable(m_page->message()->text()));

        PatientRecord corrected = karim;
        corrected.phone = QStringLiteral("+212612345670");
        const auto saved = m_reg->registry->update(corrected, *m_shell->session->session());
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code(), QByteArray("storage/record-read-again"));
        QVERIFY(mark.exec(u"DELETE FROM stale_resources"_s));
        QVERIFY(m_reg->registry->update(corrected, *m_shell->session->session()).ok());
    }

    void aKeyPressedBeforeTheResultsComeActsOnWhatIsTyped() {
        const PatientRecord karim = registered(QStringLiteral("Benali"), QStringLiteral("Karim"),
                                               core::PartialDate::year(1975), core::Sex::Male);
        const PatientRecord salma =
            registered(QStringLiteral("Alaoui"), QStringLiteral("Salma"),
                       core::PartialDate::fromDate(QDate(1990, 5, 4)), core::Sex::Female);
        QTest::keyClicks(searchBox(), QStringLiteral("benal"));
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        // The next patient's IPP typed over the last search (or scanned): Benali's row is still
        // in sight while the search waits.
        searchBox()->selectAll();
        QTest::keyClicks(searchBox(), salma.ipp);
        QVERIFY(results()->isPending());
        QCOMPARE(results()->hit(0).record.id, karim.id);
        // What Ctrl+P prints, and F2 opens for correction: the patient typed, never Benali.
        QCOMPARE(m_page->searchPanel()->selectedHit()->record.id, salma.id);
        searchBox()->selectAll();
        QTest::keyClicks(searchBox(), QStringLiteral("benal"));
        QTRY_COMPARE_WITH_TIMEOUT(results()->hit(0).record.id, karim.id, 2000);
        searchBox()->selectAll();
        QTest::keyClicks(searchBox(), salma.ipp);
        QVERIFY(results()->isPending());
        QTest::keyClick(searchBox(), Qt::Key_F2);
        QVERIFY(m_page->isFormShown());
        QCOMPARE(text("familyLatin"), QStringLiteral("Alaoui"));
        QCOMPARE(text("givenLatin"), QStringLiteral("Salma"));
        // A correction refused says the correction was not saved, not that the patient (who
        // is registered) was not.
        qobject_cast<QLineEdit*>(form()->inputFor(QStringLiteral("familyLatin")))->clear();
        ctrl(Qt::Key_S);
        QVERIFY(m_page->isFormShown());
        QVERIFY2(form()->formMessage()->text().startsWith(
                     QStringLiteral("La correction n'est pas enregistrée")),
                 qPrintable(form()->formMessage()->text()));
    }

    // A correction opened before a change pulled from another site: the save takes that change
    // into the form and stops for the clerk to check it; saved again, both changes are kept.
    void aCorrectionKeepsAChangeMadeElsewhereSinceItWasOpened() {
        const PatientRecord karim = registered(QStringLiteral("Benali"), QStringLiteral("Karim"),
                                               core::PartialDate::year(1975), core::Sex::Male,
                                               QStringLiteral("0612345678"));
        QTest::keyClicks(searchBox(), karim.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        QTest::keyClick(searchBox(), Qt::Key_F2);
        QVERIFY(m_page->isFormShown());
        PatientRecord elsewhere = m_reg->registry->get(karim.id).value().value();
        elsewhere.phone = QStringLiteral("0661000000");
        QVERIFY(m_reg->registry->update(elsewhere, *m_shell->session->session()).ok());
        const QString newPhone = m_reg->registry->get(karim.id).value()->phone;
        QVERIFY(newPhone != karim.phone);

        auto* address = qobject_cast<QLineEdit*>(form()->inputFor(QStringLiteral("address")));
        address->setText(QStringLiteral("12 rue Atlas"));
        ctrl(Qt::Key_S);
        QVERIFY(m_page->isFormShown());
        QVERIFY2(form()->formMessage()->text().startsWith(
                     QStringLiteral("Ce dossier a été modifié sur un autre poste depuis son "
                                    "ouverture : ses nouvelles valeurs sont reprises")),
                 qPrintable(form()->formMessage()->text()));
        QVERIFY(m_reg->registry->get(karim.id).value()->address.isEmpty()); // nothing written
        QCOMPARE(address->text(), QStringLiteral("12 rue Atlas"));          // nothing lost

        ctrl(Qt::Key_S);
        QVERIFY2(!m_page->isFormShown(), qPrintable(form()->formMessage()->text()));
        const PatientRecord saved = m_reg->registry->get(karim.id).value().value();
        QCOMPARE(saved.phone, newPhone);
        QCOMPARE(saved.address, QStringLiteral("12 rue Atlas"));
    }

    void aSearchThatFindsNobodyPrintsNoLabel() {
        const PatientRecord karim = registered(QStringLiteral("Benali"), QStringLiteral("Karim"),
                                               core::PartialDate::year(1975), core::Sex::Male);
        QTest::keyClicks(searchBox(), karim.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        QTest::keyClick(searchBox(), Qt::Key_Return);
        QCOMPARE(m_shell->patient->current()->localId, karim.id);
        // Benali is open; the clerk types someone the registry does not hold and asks for a
        // label: nobody's, not Benali's.
        searchBox()->selectAll();
        QTest::keyClicks(searchBox(), QStringLiteral("Zerhouni Amal 1988"));
        // One watcher for both presses: the first must leave it waiting, the second meets it.
        bool previewed = false;
        whenModal<QDialog>([&](QDialog* d) {
            previewed = d->inherits("QPrintPreviewDialog");
            d->reject();
        });
        ctrl(Qt::Key_P);
        QVERIFY(!previewed);
        QCOMPARE(m_page->message()->text(),
                 QStringLiteral("Choisissez d'abord le patient dont imprimer l'étiquette."));
        // With nothing searched, the label is the open patient's.
        searchBox()->clear();
        ctrl(Qt::Key_P);
        QVERIFY(previewed);
    }

    void theSearchBoxWaitsWhileTheIndexIsPrepared() {
        const PatientRecord karim = registered(QStringLiteral("Benali"), QStringLiteral("Karim"),
                                               core::PartialDate::year(1975), core::Sex::Male);
        // As the desktop program does at start-up when the index must be rebuilt (cleared,
        // then written again on a worker thread).
        auto* panel = m_page->searchPanel();
        auto* status = panel->findChild<QLabel*>(QStringLiteral("searchStatus"));
        QVERIFY(status);
        panel->setPreparing(0);
        QVERIFY(panel->isPreparing());
        QVERIFY(!searchBox()->isEnabled()); // a partial index would hide patients
        QCOMPARE(status->text(), QStringLiteral("Préparation de la recherche des patients… 0 %"));
        QCOMPARE(searchBox()->placeholderText(), status->text());

        storage::IndexRebuilder rebuilder(m_shell->database->path(),
                                          std::make_shared<registry::PatientIndexer>());
        QList<int> shown;
        connect(&rebuilder, &storage::IndexRebuilder::progressed, panel, [&](int percent) {
            panel->setPreparing(percent);
            shown << percent;
            QCOMPARE(status->text(),
                     QStringLiteral("Préparation de la recherche des patients… %1 %").arg(percent));
        });
        connect(&rebuilder, &storage::IndexRebuilder::finished, panel,
                [panel] { panel->setReady(); });
        rebuilder.start();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isPreparing(), 10000);
        QCOMPARE(shown.value(shown.size() - 1), 100);
        QVERIFY(searchBox()->isEnabled());
        QCOMPARE(focused(), searchBox());
        QVERIFY(status->text().startsWith(QStringLiteral("Tapez un IPP")));
        QTest::keyClicks(searchBox(), QStringLiteral("benal"));
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        QCOMPARE(results()->hit(0).record.id, karim.id);
    }
};

QTEST_MAIN(AdmissionSearchTest)
#include "tst_AdmissionSearch.moc"
