// A new patient is compared with the central registry's patients too before it is created: one
// registered at another site (not in this store) would otherwise get a second IPP. The server is
// a scripted one here, for its failures and silences; the real exchange with HAPI is
// tst_AdmissionCentralSearch's.
#include "ServerCheckDesk.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTimer>
#include <QWindow>

using namespace sijil;
using namespace sijil::test;
using namespace std::chrono_literals;

class AdmissionServerCheckTest : public test::ServerCheckDesk {
    Q_OBJECT

private slots:
    void init() { openServerDesk(); }
    void cleanup() { closeServerDesk(); }

    // The server's patient is shown beside the entry, said to be the central registry's (its
    // merged record is not); chosen, it is kept in the store and its record opened, no second
    // patient created.
    void aPatientOnlyTheServerHasIsShownAndTakenNotCreatedAgain() {
        answerSalmaWith(bundleOf({theirPatient(QStringLiteral("srv-salma")),
                                  theirPatient(QStringLiteral("srv-merged"), false)}));
        typeSalma();
        QStringList headers;
        whenModal<ui::DuplicateDialog>([&headers](ui::DuplicateDialog* d) {
            for (int c = 1; c < d->table()->columnCount(); ++c)
                headers << d->table()->horizontalHeaderItem(c)->text();
            altC(d);
        });
        (void)saveThroughWarnings();
        QCOMPARE(headers,
                 QStringList{QStringLiteral("Très probablement le même (serveur central)")});
        const auto kept = m_reg->registry->get(QStringLiteral("srv-salma")).value();
        QVERIFY2(kept, qPrintable(form()->formMessage()->text()));
        QCOMPARE(kept->ipp, registry::Ipp::fromNumber(424242).value());
        QVERIFY(!m_reg->registry->get(QStringLiteral("srv-merged")).value());
        QCOMPARE(salmas(), 1);
        // The entry's additions (accounting category) wait in her record, for the clerk to check.
        QVERIFY(m_page->isFormShown());
        QVERIFY(form()->isEditing());
        QCOMPARE(form()->record().id, QStringLiteral("srv-salma"));
        // Asked by the first word of each name, born that day, then that year (a day mistyped
        // on either side still meets, among more namesakes), not before the server said what
        // it offers; by POST, nothing typed in the URL.
        // Then her coverage, for the comparison.
        QCOMPARE(m_server->requests().size(), 4);
        QVERIFY(m_server->requests()[0].target.endsWith("/metadata"));
        const QByteArray day = m_server->requests()[1].body;
        const QByteArray year = m_server->requests()[2].body;
        QVERIFY2(day.contains("name=Berrada") && day.contains("name=Salma") &&
                     day.contains("birthdate=1988-06-21"),
                 day.constData());
        QVERIFY2(year.contains("name=Berrada") && year.contains("birthdate=1988&") &&
                     year.contains("_count=50"),
                 year.constData());
        QVERIFY(m_server->requests()[2].target.endsWith("/Patient/_search"));
    }

    // Created anyway: the new patient is saved, and the pair the clerk overrode goes to the
    // review queue like this store's, the server's patient kept here for it to be reviewable.
    void aPatientCreatedDespiteTheServersOneIsQueuedForReview() {
        answerSalmaWith(bundleOf({theirPatient(QStringLiteral("srv-salma"))}));
        typeSalma();
        int columns = 0;
        whenModal<ui::DuplicateDialog>([&columns](ui::DuplicateDialog* d) {
            columns = d->table()->columnCount();
            d->createButton()->click();
        });
        QVERIFY(saveThroughWarnings());
        QCOMPARE(columns, 2); // the entry and the server's patient
        QVERIFY(!m_page->isFormShown());
        QCOMPARE(salmas(), 2);
        QVERIFY(m_reg->registry->get(QStringLiteral("srv-salma")).value());
        const auto queued = m_reg->registry->duplicateReviews(storage::DuplicateStatus::Open, 0, 10)
                                .value()
                                .reviews;
        QCOMPARE(queued.size(), 1);
        QVERIFY(queued[0].first.record.id == u"srv-salma" ||
                queued[0].second.record.id == u"srv-salma");
    }

    // A server record that cannot be kept (no version: not a server's copy) is not taken, said
    // on the entry, and nothing is created.
    void aServerCandidateThatCannotBeKeptIsSaidAndNothingCreated() {
        QJsonObject unversioned = theirPatient(QStringLiteral("srv-salma"));
        unversioned.remove(QStringLiteral("meta"));
        answerSalmaWith(bundleOf({unversioned}));
        typeSalma();
        whenModal<ui::DuplicateDialog>([](ui::DuplicateDialog* d) { altC(d); });
        QVERIFY(!saveThroughWarnings());
        QVERIFY(m_page->isFormShown());
        QVERIFY(!form()->isEditing());
        QVERIFY2(!form()->formMessage()->text().isEmpty(), "no reason given");
        QCOMPARE(salmas(), 0);
        QVERIFY(!m_reg->registry->get(QStringLiteral("srv-salma")).value());
    }

    // The server's copy of a patient this store holds and already shows is not shown twice.
    void aPatientHeldHereIsComparedOnceWhateverTheServerSays() {
        const PatientRecord salma =
            registered(QStringLiteral("Berrada"), QStringLiteral("Salma"),
                       core::PartialDate::fromDate(QDate(1988, 6, 21)), core::Sex::Female);
        QJsonObject copy = theirPatient(salma.id);
        answerSalmaWith(bundleOf({copy}));
        typeSalma();
        QStringList ids;
        whenModal<ui::DuplicateDialog>([&ids](ui::DuplicateDialog* d) {
            for (int c = 1; c < d->table()->columnCount(); ++c) {
                d->table()->setCurrentCell(0, c);
                ids << d->chosenId();
            }
            d->reject();
        });
        QVERIFY(!saveThroughWarnings());
        QCOMPARE(ids, QStringList{salma.id});
        QCOMPARE(m_server->requests().size(), 4); // it was asked (and the coverage read)
    }

    // A temporary identity given its real one, which another site registered: the server's
    // record is kept here and the two queued for merging, nothing of the entry saved on either.
    void aTemporaryIdentityRecognisedOnTheServerIsQueuedForMerging() {
        const PatientRecord temporary = recogniseTemporaryAsSalma();
        QVERIFY(!temporary.id.isEmpty());
        QVERIFY(form()->isEditing());
        whenModal<ui::DuplicateDialog>([](ui::DuplicateDialog* d) { altC(d); });
        QVERIFY2(saveThroughWarnings(), qPrintable(form()->formMessage()->text()));
        QVERIFY(m_reg->registry->get(QStringLiteral("srv-salma")).value());
        QVERIFY(m_reg->registry->get(temporary.id).value()->unidentified);
        const auto queued = m_reg->registry->duplicateReviews(storage::DuplicateStatus::Open, 0, 10)
                                .value()
                                .reviews;
        QCOMPARE(queued.size(), 1);
        QCOMPARE((QSet<QString>{queued[0].first.record.id, queued[0].second.record.id}),
                 (QSet<QString>{temporary.id, QStringLiteral("srv-salma")}));
    }

    // Where the server offers $match, the whole identity goes there.
    void aServerOfferingMatchIsGivenTheIdentityAndTheDocumentIsSearchedToo() {
        m_server->enqueue({200, kMatchServer, {}, false});
        m_server->enqueue({200, bundleOf({theirPatient(QStringLiteral("srv-salma"))}), {}, false});
        m_server->enqueue({200, bundleOf({}), {}, false}); // nobody else holds her CNIE
        typeSalma();
        choose("documentType", QStringLiteral("cnie"));
        edit("documentNumber")->setText(QStringLiteral("BK123456"));
        edit("address")->setText(QStringLiteral("12 rue de Fès"));
        bool shown = false;
        whenModal<ui::DuplicateDialog>([&shown](ui::DuplicateDialog* d) {
            shown = d->chosenId() == u"srv-salma";
            d->reject();
        });
        QVERIFY(!saveThroughWarnings());
        QVERIFY(shown);
        QCOMPARE(m_server->requests().size(), 4); // the last, her coverage
        const ScriptedServer::Request& match = m_server->requests()[1];
        QCOMPARE(match.method, QByteArray("POST"));
        QVERIFY2(match.target.endsWith("/Patient/$match"), match.target.constData());
        const QJsonObject parameters = QJsonDocument::fromJson(match.body).object();
        const QJsonObject patient = parameters.value(QStringLiteral("parameter"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("resource"))
                                        .toObject();
        QVERIFY2(patient.value(QStringLiteral("birthDate")).toString() == u"1988-06-21",
                 match.body.constData());
        QCOMPARE(patient.value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
        QVERIFY(match.body.contains("BK123456"));
        // Who she is, not where she lives: no address, no phone, not this store's id.
        QVERIFY(!patient.contains(QStringLiteral("id")));
        QVERIFY(!patient.contains(QStringLiteral("address")));
        QVERIFY(!patient.contains(QStringLiteral("telecom")));
        // The matcher answered with a namesake: the CNIE's holders are searched as well.
        QVERIFY2(m_server->requests()[2].body.contains("identifier=BK123456"),
                 m_server->requests()[2].body.constData());
        QVERIFY(m_page->isFormShown()); // back to the entry, as typed
        QCOMPARE(edit("givenLatin")->text(), QStringLiteral("Salma"));
        QCOMPARE(salmas(), 0);
    }

    // A patient back with the CNIE of a record merged on the server into another, which Sijil's
    // merge leaves on the merged record: the survivor (another spelling, found by no name) is
    // shown beside the entry as the document's holder, the merged record named; chosen, the
    // survivor is kept, not the merged record, and no third record is created.
    void theDocumentOfARecordMergedOnTheServerShowsItsSurvivor() {
        QJsonObject merged = theirPatient(QStringLiteral("srv-old"), false);
        merged.insert(QStringLiteral("identifier"),
                      plusSalmasCnie(merged.value(QStringLiteral("identifier")).toArray()));
        merged.insert(
            QStringLiteral("link"),
            QJsonArray{QJsonObject{
                {QStringLiteral("type"), QStringLiteral("replaced-by")},
                {QStringLiteral("other"), QJsonObject{{QStringLiteral("reference"),
                                                       QStringLiteral("Patient/srv-salma")}}}}});
        QJsonObject survivor = theirPatient(QStringLiteral("srv-salma"));
        survivor.insert(QStringLiteral("name"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("family"), QStringLiteral("Alaoui")},
                            {QStringLiteral("given"), QJsonArray{QStringLiteral("Selma")}}}});
        m_server->enqueue({200, kPlainServer, {}, false});
        m_server->enqueue({200, bundleOf({merged}), {}, false}); // the CNIE's holders
        m_server->enqueue({200, bundleOf({}), {}, false});       // namesakes born that day
        m_server->enqueue({200, bundleOf({}), {}, false});       // and that year
        m_server->enqueue({200, QJsonDocument(survivor).toJson(QJsonDocument::Compact), {}, false});
        m_server->enqueue({200, bundleOf({}), {}, false}); // no coverage
        typeSalma();
        choose("documentType", QStringLiteral("cnie"));
        edit("documentNumber")->setText(QStringLiteral("BK123456"));
        QStringList headers;
        QString ipp;
        QString chosen;
        comparingOnSave([&](ui::DuplicateDialog* d) {
            for (int c = 1; c < d->table()->columnCount(); ++c)
                headers << d->table()->horizontalHeaderItem(c)->text();
            ipp = d->table()->item(0, 1)->text();
            chosen = d->chosenId();
            altC(d);
        });
        QCOMPARE(headers, QStringList{QStringLiteral("Même pièce d'identité (serveur central)")});
        QCOMPARE(chosen, QStringLiteral("srv-salma"));
        const QString mergedIpp = registry::Ipp::fromNumber(434343).value();
        QVERIFY2(ipp.startsWith(registry::Ipp::fromNumber(424242).value()) &&
                     ipp.contains(QStringLiteral("Remplace le dossier IPP ") + mergedIpp),
                 qPrintable(ipp));
        QVERIFY(m_server->requests()[4].target.endsWith("/Patient/srv-salma"));
        QVERIFY2(m_reg->registry->get(QStringLiteral("srv-salma")).value(),
                 qPrintable(form()->formMessage()->text()));
        QVERIFY(!m_reg->registry->get(QStringLiteral("srv-old")).value());
        QCOMPARE(salmas(), 0);
        QCOMPARE(form()->record().id, QStringLiteral("srv-salma"));
    }

    // The server's candidate is compared with its coverage, read from the server, as this
    // store's are with theirs.
    void theServersCandidateIsComparedWithItsCoverage() {
        answerSalmaWith(bundleOf({theirPatient(QStringLiteral("srv-salma"))}));
        m_server->enqueue({200, bundleOf({theirCoverage(QStringLiteral("srv-salma"))}), {}, false});
        typeSalma();
        QString coverage;
        comparingOnSave([&coverage](ui::DuplicateDialog* d) {
            for (int r = 0; r < d->table()->rowCount(); ++r) {
                if (d->table()->verticalHeaderItem(r)->text() == u"Couverture")
                    coverage = d->table()->item(r, 1)->text();
            }
        });
        QVERIFY(m_page->isFormShown());
        QVERIFY2(coverage.startsWith(QStringLiteral("AMO – CNSS")) &&
                     coverage.endsWith(QStringLiteral(" — 123456789")),
                 qPrintable(coverage));
        const ScriptedServer::Request& asked = m_server->requests().last();
        QVERIFY2(asked.target.endsWith("/Coverage/_search"), asked.target.constData());
        QVERIFY2(ScriptedServer::formFields(asked.body)
                     .contains(std::pair(QStringLiteral("beneficiary"),
                                         QStringLiteral("Patient/srv-salma"))),
                 asked.body.constData());
    }
    // A server that fails: nothing is created unsaid; saved again as it is, the entry is compared
    // with this store only, without asking again.
    void aServerThatFailsIsSaidAndASecondSaveGoesOnWithoutIt() {
        m_server->enqueue({200, kPlainServer, {}, false});
        m_server->enqueue({500, {}, {}, false});
        typeSalma();
        QVERIFY(!saveThroughWarnings());
        QVERIFY(m_page->isFormShown());
        QVERIFY2(form()->formMessage()->text().contains(
                     QStringLiteral("le serveur central n'a pas pu être consulté")),
                 qPrintable(form()->formMessage()->text()));
        QCOMPARE(salmas(), 0);
        QCOMPARE(edit("givenLatin")->text(), QStringLiteral("Salma"));
        const qsizetype asked = m_server->requests().size();

        QVERIFY2(form()->save(), qPrintable(form()->formMessage()->text()));
        QCOMPARE(salmas(), 1);
        QCOMPARE(m_server->requests().size(), asked);
    }

    // A correction that gives no document asks nothing of the server (it compares nothing).
    void aCorrectionWithoutADocumentAsksNothing() {
        const PatientRecord karim = registered(QStringLiteral("Tazi"), QStringLiteral("Karim"),
                                               core::PartialDate::year(1990), core::Sex::Male);
        m_page->searchPanel()->searchFor(karim.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        const qsizetype before = m_server->requests().size(); // the search box's own asking
        m_page->editSelected();
        QVERIFY(form()->isEditing());
        edit("address")->setText(QStringLiteral("12 rue Fès"));
        QVERIFY(saveThroughWarnings());
        QCOMPARE(m_server->requests().size(), before);
    }

    // No link: the server is not asked.
    void anUnreachableServerIsNotAsked() {
        m_serverReachable = false;
        typeSalma();
        QVERIFY(saveThroughWarnings());
        QCOMPARE(salmas(), 1);
        QVERIFY(m_server->requests().isEmpty());
        QVERIFY2(m_page->message()->text().contains(
                     QStringLiteral("sans comparaison avec le serveur central")),
                 qPrintable(m_page->message()->text()));
    }

    // A correction giving a document while the server is out of reach: saved, and said not
    // compared with the server's holders of that document.
    void aCorrectionsNewDocumentSavedOfflineIsSaidNotCompared() {
        m_serverReachable = false;
        const PatientRecord karim = registered(QStringLiteral("Tazi"), QStringLiteral("Karim"),
                                               core::PartialDate::year(1990), core::Sex::Male);
        m_page->searchPanel()->searchFor(karim.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        m_page->editSelected();
        choose("documentType", QStringLiteral("cnie"));
        edit("documentNumber")->setText(QStringLiteral("BK654321"));
        QVERIFY(saveThroughWarnings());
        QCOMPARE(m_page->message()->text(),
                 QStringLiteral("Correction enregistrée. Sa pièce d'identité n'a pas été comparée "
                                "avec le serveur central."));
        QVERIFY(m_server->requests().isEmpty());
    }

    // Ctrl+N before the search box's server answer: the form says it will be asked at the save.
    void aNewPatientBeforeTheServersAnswerIsToldItWillBeAsked() {
        searchBox()->setFocus();
        type(QStringLiteral("berrada salma 1988"));
        QTRY_VERIFY(results()->remotePending());
        ctrl(Qt::Key_N);
        QVERIFY(m_page->isFormShown());
        QCOMPARE(form()->formMessage()->text(),
                 QStringLiteral("Le serveur central n'a pas encore répondu : ce patient y sera "
                                "recherché à l'enregistrement."));
    }
};

QTEST_MAIN(AdmissionServerCheckTest)
#include "tst_AdmissionServerCheck.moc"
