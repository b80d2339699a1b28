// The desk's search says in the audit trail who saw which patients: each list of results that
// settled on screen, or was acted on, once, as the clerk at this workstation; lists replaced as the
// clerk goes on typing are not said. So do the insured picker's lists; a patient opened is said
// as read, the possible duplicates compared as shown; an entry that could not be written is said
// to the clerk, who keeps what was typed.
#include "AdmissionDesk.h"

#include <QSignalSpy>

#include <registration/DuplicateReviewPage.h>

using sijil::test::whenModal;

using namespace sijil;
using namespace Qt::StringLiterals;

class AdmissionSearchAuditTest : public test::AdmissionDesk {
    Q_OBJECT

    // The patients the trail says a search showed, in the order written.
    QStringList searched() const {
        QStringList out;
        const auto all = m_reg->audit->entries(0, 1000);
        for (const storage::AuditEntry& e : all.value()) {
            if (e.action == u"R" && e.subtype == u"search")
                out << e.patientId;
        }
        return out;
    }
    // The R entries of `subtype`, as "patient id | detail", in the order written.
    QStringList reads(const char* subtype) const {
        QStringList out;
        const auto all = m_reg->audit->entries(0, 1000);
        for (const storage::AuditEntry& e : all.value()) {
            if (e.action == u"R" && e.subtype == QLatin1String(subtype))
                out << e.patientId + u" | "_s + e.detail;
        }
        return out;
    }
    // Two patients a search for "tazi" lists, and one it does not.
    struct Three {
        PatientRecord karim, amal, omar;
    };
    Three tazisAndBennani() {
        return {
            registered(u"Tazi"_s, u"Karim"_s, core::PartialDate::year(1975), core::Sex::Male),
            registered(u"Tazi"_s, u"Amal"_s, core::PartialDate::year(1980), core::Sex::Female),
            registered(u"Bennani"_s, u"Omar"_s, core::PartialDate::year(1962), core::Sex::Male)};
    }
    static QStringList sorted(QStringList ids) {
        ids.sort();
        return ids;
    }

    // A writer whose store is gone (a disk unmounted, the file removed): each append fails.
    std::unique_ptr<storage::AuditWriter> m_broken;
    void useBrokenWriter() {
        closeDesk();
        const QString path = m_brokenDir.filePath(u"gone.db"_s);
        {
            auto db = std::move(storage::Database::open(path)).value();
            m_broken = std::make_unique<storage::AuditWriter>(*db, QByteArray(32, 'k'),
                                                              m_brokenDir.filePath(u"h"_s));
        }
        for (const QString& f : QDir(m_brokenDir.path()).entryList({u"gone.db*"_s}))
            QVERIFY(QFile::remove(m_brokenDir.filePath(f)));
        m_deskAuditWriter = m_broken.get();
        openDesk();
    }
    QTemporaryDir m_brokenDir;

private slots:
    void init() { openDesk(); }
    void cleanup() {
        closeDesk();
        m_deskAuditWriter = nullptr;
        m_broken.reset();
    }

    void aListThatSettlesIsAuditedOncePerPatient() {
        const auto [karim, amal, omar] = tazisAndBennani();
        QVERIFY(searched().isEmpty());
        QVERIFY(results()->searchesInBackground()); // as at the desk
        QSignalSpy settled(results(), &PatientSearchModel::resultsSettled);

        type(u"tazi"_s);
        QTRY_COMPARE(sorted(searched()), sorted({karim.id, amal.id}));
        QCOMPARE(settled.size(), 1);
        const auto all = m_reg->audit->entries(0, 1000);
        const auto& session = *m_shell->session->session();
        for (const storage::AuditEntry& e : all.value()) {
            if (e.subtype != u"search")
                continue;
            QCOMPARE(e.actorId, session.user.id);
            QCOMPARE(e.workstation, session.workstation);
            QCOMPARE(e.facilityId, session.facilityId);
            QCOMPARE(e.entityType, u"Patient"_s);
            QCOMPARE(e.entityId, e.patientId);
        }
        QVERIFY(m_reg->audit->verify().value().ok());

        // The query grows, the list stays the same: nothing more is said, even when acted on.
        QSignalSpy finished(results(), &PatientSearchModel::searchFinished);
        type(u" "_s);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(results()->rowCount(), 2);
        results()->settle();
        QCOMPARE(settled.size(), 1);
        drainDeskAudit();
        QCOMPARE(sorted(searched()), sorted({karim.id, amal.id}));
    }

    void listsReplacedAsTheClerkTypesAreNotAudited() {
        const PatientRecord karim =
            registered(u"Tazi"_s, u"Karim"_s, core::PartialDate::year(1975), core::Sex::Male);
        registered(u"Tazi"_s, u"Amal"_s, core::PartialDate::year(1980), core::Sex::Female);
        registered(u"Talbi"_s, u"Driss"_s, core::PartialDate::year(1950), core::Sex::Male);

        // Each list shown at once, and replaced before it could settle.
        type(u"ta"_s);
        results()->searchNow();
        QCOMPARE(results()->rowCount(), 3);
        type(u"zi"_s);
        results()->searchNow();
        QCOMPARE(results()->rowCount(), 2);
        type(u" karim"_s);
        results()->searchNow();
        QCOMPARE(results()->rowCount(), 1);
        // The last one settles; the ones before would have been written first.
        QTRY_COMPARE(searched(), QStringList{karim.id});
        drainDeskAudit();
        QCOMPARE(searched(), QStringList{karim.id});
    }

    void aListActedOnIsAuditedAtOnce() {
        const PatientRecord omar =
            registered(u"Bennani"_s, u"Omar"_s, core::PartialDate::year(1962), core::Sex::Male);
        results()->setSettleInterval(3'600'000); // only acting on it can say it
        type(u"bennani"_s);
        QTRY_COMPARE(results()->rowCount(), 1);
        QTest::keyClick(searchBox(), Qt::Key_Return); // opens the patient
        QCOMPARE(m_shell->patient->current()->localId, omar.id);
        QTRY_COMPARE(searched(), QStringList{omar.id});
        drainDeskAudit();
        QCOMPARE(searched(), QStringList{omar.id});
    }

    // Opening a patient from the desk reads the whole record: one R/read entry for it, off the
    // GUI thread like the lists.
    void openingAPatientIsAuditedAsARead() {
        const PatientRecord omar =
            registered(u"Bennani"_s, u"Omar"_s, core::PartialDate::year(1962), core::Sex::Male);
        const PatientRecord amal =
            registered(u"Tazi"_s, u"Amal"_s, core::PartialDate::year(1980), core::Sex::Female);
        type(u"bennani"_s);
        QTRY_COMPARE(results()->rowCount(), 1);
        QTest::keyClick(searchBox(), Qt::Key_Return);
        QCOMPARE(m_shell->patient->current()->localId, omar.id);
        QTRY_COMPARE(reads("read"), QStringList{omar.id + u" | admission open"_s});
        // Every way in opens through the same door (after a registration, a duplicate chosen).
        QVERIFY(m_page->openPatient(amal.id));
        QTRY_COMPARE(reads("read"), (QStringList{omar.id + u" | admission open"_s,
                                                 amal.id + u" | admission open"_s}));
        drainDeskAudit();
        QCOMPARE(reads("read"),
                 (QStringList{omar.id + u" | admission open"_s, amal.id + u" | admission open"_s}));
        QVERIFY(m_reg->audit->verify().value().ok());
    }

    // A merged record's IPP opens its survivor: the record read is the survivor, and the one the
    // clerk asked for is named beside it.
    void openingAMergedRecordAuditsTheSurvivorShown() {
        closeDesk();
        openDesk({access::Role::SiteAdministrator});
        const PatientRecord kept =
            registered(u"Tazi"_s, u"Karim"_s, core::PartialDate::year(1975), core::Sex::Male);
        const PatientRecord gone =
            registered(u"Tazy"_s, u"Karim"_s, core::PartialDate::year(1975), core::Sex::Male);
        QVERIFY(m_reg->registry->merge(kept.id, gone.id, *m_shell->session->session()).ok());
        type(gone.ipp);
        QTRY_COMPARE(results()->rowCount(), 1);
        QCOMPARE(results()->hit(0).foundAs, gone.id);
        QTest::keyClick(searchBox(), Qt::Key_Return);
        QCOMPARE(m_shell->patient->current()->localId, kept.id);
        const QStringList survivorRead{kept.id + u" | admission open, found as "_s + gone.id};
        QTRY_COMPARE(reads("read"), survivorRead);
        drainDeskAudit();
        QCOMPARE(reads("read"), survivorRead);
    }

    // A record merged after it was listed and opened (the review queue here, another site by
    // sync): its label carries the surviving record's IPP, never the merged one's, and the
    // patient open moves to the survivor when the queue says it changed, the desk saying so.
    void aRecordMergedSinceItWasListedPrintsAndOpensItsSurvivor() {
        closeDesk();
        openDesk({access::Role::SiteAdministrator});
        const PatientRecord kept =
            registered(u"Tazi"_s, u"Karim"_s, core::PartialDate::year(1975), core::Sex::Male);
        const PatientRecord gone =
            registered(u"Tazy"_s, u"Karim"_s, core::PartialDate::year(1975), core::Sex::Male);
        type(gone.ipp);
        QTRY_COMPARE(results()->rowCount(), 1);
        QTest::keyClick(searchBox(), Qt::Key_Return);
        QCOMPARE(m_shell->patient->current()->localId, gone.id);
        QVERIFY(m_reg->registry->merge(kept.id, gone.id, *m_shell->session->session()).ok());
        QCOMPARE(results()->hit(0).record.id, gone.id); // listed before the merge

        QString previewed;
        whenModal<QDialog>([&previewed](QDialog* d) {
            previewed = d->windowTitle();
            d->reject();
        });
        ctrl(Qt::Key_P);
        QCOMPARE(previewed, u"Étiquette patient, IPP "_s + kept.ipp);

        auto* review = m_page->findChild<ui::DuplicateReviewPage*>();
        QVERIFY(review);
        emit review->queueChanged();
        QCOMPARE(m_shell->patient->current()->localId, kept.id);
        QVERIFY2(
            m_page->message()->text().contains(u"a été fusionné avec le dossier IPP "_s + kept.ipp),
            qPrintable(m_page->message()->text()));
    }

    // The patients the possible-duplicates comparison shows are audited each time it is shown,
    // whatever the clerk then chooses.
    void thePossibleDuplicatesShownAreAuditedPerShowing() {
        const PatientRecord existing =
            registered(u"Benali"_s, u"Karim"_s, core::PartialDate::fromDate(QDate(1975, 3, 12)),
                       core::Sex::Male, u"0612345678"_s);
        QTest::keyClicks(searchBox(), u"Benali Karim 12/03/1975"_s);
        ctrl(Qt::Key_N);
        tab(8);
        type(u"M"_s);
        form()->inputFor(u"phone"_s)->setFocus();
        QTest::keyClicks(focused(), u"0661000000"_s);
        tab(4);
        type(u"Payant"_s);
        tab();
        type(u"Aucune"_s);
        const QString shown = existing.id + u" | possible duplicates"_s;
        const auto duplicatesShown = [this] {
            return reads("search").filter(u"possible duplicates"_s);
        };
        int columns = 0;
        whenModal<ui::DuplicateDialog>([&](ui::DuplicateDialog* d) {
            columns = d->table()->columnCount();
            d->reject();
        });
        ctrl(Qt::Key_S);
        QCOMPARE(columns, 2);
        QVERIFY(m_page->isFormShown());
        QTRY_COMPARE(duplicatesShown(), QStringList{shown});
        reactivate();
        // Shown again: said again.
        whenModal<ui::DuplicateDialog>([](ui::DuplicateDialog* d) { d->reject(); });
        ctrl(Qt::Key_S);
        QTRY_COMPARE(duplicatesShown(), (QStringList{shown, shown}));
        drainDeskAudit();
        QCOMPARE(duplicatesShown(), (QStringList{shown, shown}));
    }

    // The insured picker's lists are audited as the desk's: those that settled or were acted on,
    // once each, not those replaced as the clerk types.
    void theInsuredPickersListsAreAuditedAsTheDesks() {
        const auto [karim, amal, omar] = tazisAndBennani();
        ctrl(Qt::Key_N);
        QVERIFY(m_page->isFormShown());
        const auto picked = [this] {
            return reads("search").filter(u"insured search"_s);
        };
        whenModal<ui::PatientPickerDialog>([&](ui::PatientPickerDialog* d) {
            auto* model = d->panel()->model();
            QTest::keyClicks(d->panel()->searchBox(), u"ben"_s);
            model->searchNow(); // shown, then replaced at once: not said
            QCOMPARE(model->rowCount(), 1);
            d->panel()->searchBox()->setText(u"tazi"_s);
            QTRY_COMPARE(sorted(picked()), sorted({karim.id + u" | insured search"_s,
                                                   amal.id + u" | insured search"_s}));
            QTest::keyClicks(d->panel()->searchBox(), u" karim"_s);
            QTest::keyClick(d->panel()->searchBox(), Qt::Key_Return); // acted on: said at once
        });
        QVERIFY(form()->findChild<ui::InsuredPicker*>()->choose());
        QCOMPARE(form()->findChild<ui::InsuredPicker*>()->insuredId(), karim.id);
        QTRY_COMPARE(picked().size(), 3);
        drainDeskAudit();
        QCOMPARE(picked().size(), 3);
        QCOMPARE(picked().last(), karim.id + u" | insured search"_s);
    }

    // A list that could not be audited is said on the desk, as a warning that leaves the search
    // typed and the focus where they were.
    void aListNotAuditedIsSaidWithoutLosingTheSearch() {
        useBrokenWriter();
        registered(u"Tazi"_s, u"Karim"_s, core::PartialDate::year(1975), core::Sex::Male);
        auto* message = m_page->message();
        QVERIFY(message->isHidden());
        type(u"tazi"_s);
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->kind(), ui::FieldMessage::Kind::Warning);
        QVERIFY(message->text().contains(u"journal d'audit"_s));
        QCOMPARE(searchBox()->text(), u"tazi"_s);
        QCOMPARE(focused(), searchBox());
        QCOMPARE(results()->rowCount(), 1);
        QVERIFY(searched().isEmpty());
    }

    // The insured picker's list that could not be audited is said on the form, which the picker
    // goes back to, with what was typed in it.
    void anInsuredListNotAuditedIsSaidOnTheForm() {
        useBrokenWriter();
        const PatientRecord karim =
            registered(u"Tazi"_s, u"Karim"_s, core::PartialDate::year(1975), core::Sex::Male);
        QTest::keyClicks(searchBox(), u"Chraibi Yasmine 2012"_s);
        ctrl(Qt::Key_N);
        QVERIFY(m_page->isFormShown());
        const QString family = text("familyLatin");
        QVERIFY(!family.isEmpty());
        whenModal<ui::PatientPickerDialog>([&](ui::PatientPickerDialog* d) {
            QTest::keyClicks(d->panel()->searchBox(), u"tazi"_s);
            QTRY_COMPARE(d->panel()->model()->rowCount(), 1);
            QTest::keyClick(d->panel()->searchBox(), Qt::Key_Return);
        });
        QVERIFY(form()->findChild<ui::InsuredPicker*>()->choose());
        QCOMPARE(form()->findChild<ui::InsuredPicker*>()->insuredId(), karim.id);
        auto* message = form()->formMessage();
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->kind(), ui::FieldMessage::Kind::Warning);
        QCOMPARE(text("familyLatin"), family);
    }

    // So is an opening that could not be audited; the patient is open all the same.
    void anOpeningNotAuditedIsSaid() {
        useBrokenWriter();
        const PatientRecord omar =
            registered(u"Bennani"_s, u"Omar"_s, core::PartialDate::year(1962), core::Sex::Male);
        auto* message = m_page->message();
        QVERIFY(m_page->openPatient(omar.id));
        QCOMPARE(m_shell->patient->current()->localId, omar.id);
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->kind(), ui::FieldMessage::Kind::Warning);
        QCOMPARE(focused(), searchBox());
    }
};

QTEST_MAIN(AdmissionSearchAuditTest)
#include "tst_AdmissionSearchAudit.moc"
