// What the desk does so that a clerk's slip does not become a wrong record: an identity document
// another patient holds brings up the comparison, on a new patient as on a correction; a family
// name typed in the search box keeps its particle when a new patient is started from it; a
// half-typed patient is asked about before the clerk signs out, never before a lock; more
// namesakes than the list shows are said as such, not counted as if all were shown.
#include "SafeguardsDesk.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>

#include <shell/MainWindow.h>

using namespace sijil;
using sijil::test::whenModal;

class AdmissionSafeguardsTest : public test::SafeguardsDesk {
    Q_OBJECT

private slots:
    void init() { openDesk(); }
    void cleanup() { closeDesk(); }

    void moreNamesakesThanShownAreSaidNotCounted() {
        const int registered = registry::PatientSearchModel::kShown + 1;
        for (int i = 0; i < registered; ++i)
            withCnie(QStringLiteral("Tazi"), QStringLiteral("Karim"), QDate(1975, 3, 9),
                     core::Sex::Male, QStringLiteral("BE%1").arg(100000 + i));
        auto* status = m_page->searchPanel()->findChild<QLabel*>(QStringLiteral("searchStatus"));
        QVERIFY(status);
        searchBox()->setFocus();
        type(QStringLiteral("tazi karim 1975"));
        QTRY_VERIFY(!results()->isPending());
        QCOMPARE(results()->rowCount(), registry::PatientSearchModel::kShown);
        QVERIFY(results()->hasMore());
        // Not "50 patients found": the clerk not seeing the patient is told to refine first.
        QVERIFY2(status->text().startsWith(QStringLiteral("Plus de 50 patients correspondent")),
                 qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("Précisez la recherche")),
                 qPrintable(status->text()));

        searchBox()->clear();
        type(QStringLiteral("BE100007"));
        QTRY_VERIFY(!results()->isPending());
        QCOMPARE(results()->rowCount(), 1);
        QVERIFY(!results()->hasMore());
        QVERIFY2(status->text().startsWith(QStringLiteral("1 patient trouvé")),
                 qPrintable(status->text()));
    }

    // The wheel turned over the form scrolls it, whatever list is under the pointer: it changed
    // that list instead (the country of birth became another, unseen, and was saved as the
    // clerk's choice). A list the clerk is in still turns with the wheel.
    void theWheelOverTheFormScrollsItAndChangesNoList() {
        m_page->resize(1280, 480);
        ctrl(Qt::Key_N);
        QVERIFY(m_page->isFormShown());
        auto* scroll = form()->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        auto* country = qobject_cast<QComboBox*>(form()->inputFor(QStringLiteral("birthCountry")));
        QVERIFY(country && country != focused());
        const int before = country->currentIndex();
        const int top = scroll->verticalScrollBar()->value();
        const auto turn = [country] {
            const QPointF at = country->rect().center();
            QWheelEvent wheel(at, country->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(country, &wheel);
        };
        turn();
        QCOMPARE(country->currentIndex(), before);
        QVERIFY(country != focused());
        QVERIFY(!form()->isModified());
        QVERIFY(scroll->verticalScrollBar()->value() > top);

        // Chosen a moment ago, the pointer resting on it as the clerk scrolls on: unchanged
        // too (the arrow keys and the open list choose).
        country->setFocus();
        const int scrolled = scroll->verticalScrollBar()->value();
        turn();
        QCOMPARE(country->currentIndex(), before);
        QVERIFY(!form()->isModified());
        QVERIFY(scroll->verticalScrollBar()->value() > scrolled ||
                scroll->verticalScrollBar()->value() == scroll->verticalScrollBar()->maximum());
        QTest::keyClick(country, Qt::Key_Down);
        QVERIFY(country->currentIndex() != before);
    }

    void aNewPatientFromTheSearchKeepsTheFamilyNameWhole_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("familyArabic");
        QTest::addColumn<QString>("givenArabic");
        const auto row = [](const char* name, const char* typed, const char* family,
                            const char* given, const char* familyArabic = "",
                            const char* givenArabic = "") {
            QTest::newRow(name) << QString::fromUtf8(typed) << QString::fromUtf8(family)
                                << QString::fromUtf8(given) << QString::fromUtf8(familyArabic)
                                << QString::fromUtf8(givenArabic);
        };
        row("plain", "Benali Karim", "Benali", "Karim");
        row("el", "El Idrissi Fatima", "El Idrissi", "Fatima");
        row("al", "al fassi Omar", "al fassi", "Omar");
        row("ben", "Ben Ali Mohamed Amine 1975", "Ben Ali", "Mohamed Amine");
        row("ibn", "Ibn Battouta Youssef", "Ibn Battouta", "Youssef");
        row("bel", "Bel Haj Karim", "Bel Haj", "Karim");
        row("ait with diaeresis", "Aït Ali Omar", "Aït Ali", "Omar");
        row("ait", "Ait Baha Said", "Ait Baha", "Said");
        row("ou", "Ou Hammou Lahcen", "Ou Hammou", "Lahcen");
        row("ould", "Ould Ahmed Sidi", "Ould Ahmed", "Sidi");
        row("two particles", "Ould Ben Ali Salma", "Ould Ben Ali", "Salma");
        row("particle-like name", "Benali El Mehdi", "Benali", "El Mehdi");
        row("particle alone", "El", "El", "");
        // Arabic: the article is written joined, and a separate بن keeps its word.
        row("arabic article", "الإدريسي فاطمة", "", "", "الإدريسي", "فاطمة");
        row("arabic ben", "بن علي محمد", "", "", "بن علي", "محمد");
        row("both scripts", "El Idrissi Fatima الإدريسي فاطمة", "El Idrissi", "Fatima", "الإدريسي",
            "فاطمة");
    }
    void aNewPatientFromTheSearchKeepsTheFamilyNameWhole() {
        QFETCH(QString, typed);
        QFETCH(QString, family);
        QFETCH(QString, given);
        QFETCH(QString, familyArabic);
        QFETCH(QString, givenArabic);
        const PatientRecord r = ui::RegistrationForm::prefill(typed);
        QCOMPARE(r.name.family(Script::Latin), family);
        QCOMPARE(r.name.given(Script::Latin), given);
        QCOMPARE(r.name.family(Script::Arabic), familyArabic);
        QCOMPARE(r.name.given(Script::Arabic), givenArabic);
    }
    void theFormIsFilledWithTheWholeFamilyName() {
        QTest::keyClicks(searchBox(), QStringLiteral("El Idrissi Fatima"));
        ctrl(Qt::Key_N);
        QVERIFY(m_page->isFormShown());
        QCOMPARE(text("familyLatin"), QStringLiteral("El Idrissi"));
        QCOMPARE(text("givenLatin"), QStringLiteral("Fatima"));
    }

    void aDocumentAlreadyRegisteredBringsUpItsHolder() {
        const PatientRecord mother =
            withCnie(QStringLiteral("El Idrissi"), QStringLiteral("Fatima"), QDate(1980, 5, 17),
                     core::Sex::Female, QStringLiteral("BE123456"));
        // Her son, with her CNIE typed by mistake.
        QTest::keyClicks(searchBox(), QStringLiteral("Tazi Karim 15/01/2012"));
        ctrl(Qt::Key_N);
        QVERIFY(m_page->isFormShown());
        choose("documentType", QStringLiteral("cnie"));
        edit("documentNumber")->setText(QStringLiteral("BE 123456"));
        choose("sex", QStringLiteral("male"));
        choose("accountingCategory", QStringLiteral("PAYANT"));
        choose("coverageRegime", QStringLiteral("NONE"));
        QVERIFY(saveLookingAtTheComparison() ==
                holderShown(mother, QStringLiteral("Créer &quand même")));
        // Back to the form, nothing created, the entry kept for the clerk to correct.
        QVERIFY(m_page->isFormShown());
        QCOMPARE(patientsMatching(QStringLiteral("Tazi")), 0);
        QCOMPARE(edit("familyLatin")->text(), QStringLiteral("Tazi"));
    }

    void aCorrectionToAnotherPatientsDocumentBringsUpItsHolderAndIsQueuedIfSavedAnyway() {
        const PatientRecord mother =
            withCnie(QStringLiteral("El Idrissi"), QStringLiteral("Fatima"), QDate(1980, 5, 17),
                     core::Sex::Female, QStringLiteral("BE123456"));
        const PatientRecord son =
            withCnie(QStringLiteral("Tazi"), QStringLiteral("Karim"), QDate(1995, 1, 15),
                     core::Sex::Male, QStringLiteral("BK654321"));
        m_page->searchPanel()->searchFor(son.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        m_page->editSelected();
        QVERIFY(m_page->isFormShown());
        QVERIFY(form()->isEditing());

        // The mother's number typed over his: her record shown, his left as it was.
        edit("documentNumber")->setText(QStringLiteral("BE123456"));
        QVERIFY(saveLookingAtTheComparison() ==
                holderShown(mother, QStringLiteral("Enregistrer &quand même")));
        QVERIFY(m_page->isFormShown());
        const auto stored = m_reg->registry->get(son.id).value();
        QCOMPARE(stored->documentNumber, QStringLiteral("BK654321"));

        // Saved anyway: two holders of one document now, and the pair waits for the site's review.
        whenModal<ui::DuplicateDialog>([](ui::DuplicateDialog* d) { d->createButton()->click(); });
        (void)form()->save();
        QVERIFY2(!m_page->isFormShown(), qPrintable(form()->formMessage()->text()));
        QCOMPARE(m_reg->registry->get(son.id).value()->documentNumber, QStringLiteral("BE123456"));
        const auto queued = m_reg->registry->duplicateReviews(storage::DuplicateStatus::Open, 0, 10)
                                .value()
                                .reviews;
        QCOMPARE(queued.size(), 1);
        QCOMPARE(QSet<QString>({queued[0].first.record.id, queued[0].second.record.id}),
                 QSet<QString>({mother.id, son.id}));

        // A later correction that leaves the document as it is: saved with nothing to compare.
        m_page->editSelected();
        QVERIFY(form()->isEditing());
        edit("phone")->setText(QStringLiteral("0612345678"));
        QVERIFY(saveLookingAtTheComparison() == Shown{});
        QVERIFY(!m_page->isFormShown());
        QCOMPARE(m_reg->registry->get(son.id).value()->phone, QStringLiteral("+212612345678"));
    }

    // A temporary identity given a document at a correction: another holder of that document
    // comes up first, as for any patient.
    void aDocumentGivenToATemporaryIdentityBringsUpItsHolder() {
        const PatientRecord mother =
            withCnie(QStringLiteral("El Idrissi"), QStringLiteral("Fatima"), QDate(1980, 5, 17),
                     core::Sex::Female, QStringLiteral("BE123456"));
        PatientRecord unknown;
        unknown.unidentified = true;
        unknown.sex = core::Sex::Female;
        unknown.coverageRegime = QStringLiteral("NONE");
        unknown.accountingCategory = QStringLiteral("PAYANT");
        const auto registered =
            m_reg->registry->registerPatient(unknown, *m_shell->session->session());
        QVERIFY2(registered, registered ? "" : registered.error().code().constData());
        unknown = *registered;
        m_page->searchPanel()->searchFor(unknown.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        m_page->editSelected();
        QVERIFY(form()->isEditing());
        choose("documentType", QStringLiteral("cnie"));
        edit("documentNumber")->setText(QStringLiteral("BE123456"));
        QVERIFY(saveLookingAtTheComparison() ==
                holderShown(mother, QStringLiteral("Enregistrer &quand même")));
        QVERIFY(m_reg->registry->get(unknown.id).value()->documentNumber.isEmpty());
    }

    // "Patient non identifié" ticked on an entry that names the patient (a stray Alt+O, or a
    // name the companion gave): what it names is compared first, as for any new patient, with or
    // without a birth year. A temporary identity with nothing to compare is still registered at
    // once.
    void aTemporaryIdentityThatNamesSomeoneIsComparedFirst() {
        PatientRecord karim =
            withCnie(QStringLiteral("Tazi"), QStringLiteral("Karim"), QDate(1995, 1, 15),
                     core::Sex::Male, QStringLiteral("BK654321"));
        karim.phone = QStringLiteral("0612345678");
        QVERIFY(m_reg->registry->update(karim, *m_shell->session->session()).ok());
        ctrl(Qt::Key_N);
        edit("familyLatin")->setText(QStringLiteral("Tazi"));
        edit("givenLatin")->setText(QStringLiteral("Karim"));
        edit("birthDate")->setText(QStringLiteral("1995"));
        choose("sex", QStringLiteral("male"));
        form()->findChild<QCheckBox*>(QStringLiteral("unidentified"))->setChecked(true);
        const Shown shown = saveLookingAtTheComparison();
        QVERIFY(shown.shown);
        QCOMPARE(shown.firstId, karim.id);
        QVERIFY(m_page->isFormShown());
        QCOMPARE(patientsMatching(QStringLiteral("Tazi")), 1);
        QCOMPARE(edit("givenLatin")->text(), QStringLiteral("Karim"));

        // No birth year, the phone the companion gave: compared too.
        edit("birthDate")->clear();
        edit("phone")->setText(QStringLiteral("06 12 34 56 78"));
        const Shown noYear = saveLookingAtTheComparison();
        QVERIFY(noYear.shown);
        QCOMPARE(noYear.firstId, karim.id);
        QCOMPARE(patientsMatching(QStringLiteral("Tazi")), 1);

        // The name and the sex alone (an unconscious man someone named): too little to be a
        // possible match, registered at once, not held up by a question.
        edit("phone")->clear();
        QVERIFY(saveLookingAtTheComparison() == Shown{});
        QVERIFY2(!m_page->isFormShown(), qPrintable(form()->formMessage()->text()));
        QCOMPARE(patientsMatching(QStringLiteral("Tazi")), 2);
        m_page->newPatient();
        form()->findChild<QCheckBox*>(QStringLiteral("unidentified"))->setChecked(true);
        choose("sex", QStringLiteral("male"));

        // Nothing that names anyone: no comparison, registered at once.
        edit("familyLatin")->clear();
        edit("givenLatin")->clear();
        edit("phone")->clear();
        QVERIFY(saveLookingAtTheComparison() == Shown{});
        QVERIFY2(!m_page->isFormShown(), qPrintable(form()->formMessage()->text()));
    }

    // A temporary identity given its real one (F2, "non identifié" unticked): the person may be
    // registered already, so the comparison comes as for a new patient, whatever the document.
    // "C'est ce patient" opens the registered record and queues the two for merging, saving
    // nothing of the entry; "Enregistrer quand même" saves the identity and queues the pair.
    void identifyingATemporaryIdentityComparesItWithTheRegister() {
        const PatientRecord karim =
            registered(QStringLiteral("Tazi"), QStringLiteral("Karim"),
                       core::PartialDate::fromDate(QDate(1995, 1, 15)), core::Sex::Male);
        const auto unidentifiedMan = [this] {
            PatientRecord unknown;
            unknown.unidentified = true;
            unknown.sex = core::Sex::Male;
            unknown.coverageRegime = QStringLiteral("NONE");
            unknown.accountingCategory = QStringLiteral("PAYANT");
            return m_reg->registry->registerPatient(unknown, *m_shell->session->session()).value();
        };
        const auto identifyAsKarim = [this](const PatientRecord& temporary) {
            m_page->searchPanel()->searchFor(temporary.ipp);
            QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
            m_page->editSelected();
            QVERIFY(form()->isEditing());
            form()->findChild<QCheckBox*>(QStringLiteral("unidentified"))->setChecked(false);
            edit("familyLatin")->setText(QStringLiteral("Tazi"));
            edit("givenLatin")->setText(QStringLiteral("Karim"));
            edit("birthDate")->setText(QStringLiteral("15/01/1995"));
            choose("nationality", QStringLiteral("MA"));
        };
        const auto openPairs = [this] {
            QSet<QSet<QString>> pairs;
            const auto page =
                m_reg->registry->duplicateReviews(storage::DuplicateStatus::Open, 0, 10);
            for (const auto& r : page.value().reviews)
                pairs << QSet<QString>{r.first.record.id, r.second.record.id};
            return pairs;
        };

        const PatientRecord first = unidentifiedMan();
        identifyAsKarim(first);
        const Shown shown = saveLookingAtTheComparison();
        QVERIFY2(shown.shown, qPrintable(form()->formMessage()->text()));
        QCOMPARE(shown.firstId, karim.id);
        QCOMPARE(shown.saveAnyway, QStringLiteral("Enregistrer &quand même"));
        QVERIFY(m_page->isFormShown());
        QVERIFY(m_reg->registry->get(first.id).value()->unidentified);

        whenModal<ui::DuplicateDialog>([](ui::DuplicateDialog* d) { altC(d); });
        QVERIFY(form()->save());
        QVERIFY(!m_page->isFormShown());
        QCOMPARE(m_shell->patient->current()->localId, karim.id);
        QCOMPARE(m_page->message()->text(),
                 QStringLiteral("Le dossier provisoire IPP %1 est dans la file des doublons, pour "
                                "être fusionné avec ce dossier (IPP %2).")
                     .arg(first.ipp, karim.ipp));
        const auto kept = m_reg->registry->get(first.id).value();
        QVERIFY(kept->unidentified);
        QVERIFY(kept->name.display(Script::Latin).isEmpty());
        QCOMPARE(openPairs(), (QSet<QSet<QString>>{{first.id, karim.id}}));

        const PatientRecord second = unidentifiedMan();
        identifyAsKarim(second);
        whenModal<ui::DuplicateDialog>([](ui::DuplicateDialog* d) { d->createButton()->click(); });
        QVERIFY(form()->save());
        const auto identified = m_reg->registry->get(second.id).value();
        QVERIFY(!identified->unidentified);
        QCOMPARE(identified->name.display(Script::Latin), karim.name.display(Script::Latin));
        QVERIFY(openPairs().contains(QSet<QString>{second.id, karim.id}));
    }

    // The comparison shows each candidate's coverage as it is recorded, not blank.
    void theComparisonShowsTheCandidatesCoverage() {
        PatientRecord insured;
        insured.name = core::PersonName(QStringLiteral("Tazi"), QStringLiteral("Karim"));
        insured.birthDate = core::PartialDate::fromDate(QDate(1995, 1, 15));
        insured.sex = core::Sex::Male;
        insured.nationality = QStringLiteral("MA");
        insured.accountingCategory = QStringLiteral("PAYANT");
        insured.coverageRegime = QStringLiteral("AMO-CNSS");
        insured.affiliationNumber = QStringLiteral("123456789");
        insured = m_reg->registry->registerPatient(insured, *m_shell->session->session()).value();
        QTest::keyClicks(searchBox(), QStringLiteral("Tazi Karim 15/01/1995"));
        ctrl(Qt::Key_N);
        choose("sex", QStringLiteral("male"));
        choose("accountingCategory", QStringLiteral("PAYANT"));
        choose("coverageRegime", QStringLiteral("AMO-CNSS"));
        edit("affiliationNumber")->setText(QStringLiteral("123456789"));
        QString coverage;
        bool differs = true;
        saveLookingAt([&](ui::DuplicateDialog* d) {
            for (int row = 0; row < d->table()->rowCount(); ++row) {
                if (d->table()->verticalHeaderItem(row)->text() == u"Couverture") {
                    coverage = d->table()->item(row, 1)->text();
                    differs =
                        d->table()->item(row, 1)->data(ui::DuplicateDialog::DiffersRole).toBool();
                }
            }
        });
        QVERIFY2(coverage.contains(QStringLiteral("123456789")), qPrintable(coverage));
        QVERIFY(!differs);
        QCOMPARE(m_reg->registry->get(insured.id).value()->affiliationNumber,
                 QStringLiteral("123456789"));
    }

    // "C'est ce patient" on an entry holding what the record lacks: the record opens for
    // correction with the entry's values in its blank fields; nothing typed is lost.
    void theExistingPatientChosenTakesWhatWasTypedInItsBlanks() {
        const PatientRecord existing =
            registered(QStringLiteral("Benali"), QStringLiteral("Karim"),
                       core::PartialDate::fromDate(QDate(1975, 3, 12)), core::Sex::Male);
        QTest::keyClicks(searchBox(), QStringLiteral("Benali Karim 12/03/1975"));
        ctrl(Qt::Key_N);
        choose("sex", QStringLiteral("male"));
        edit("phone")->setText(QStringLiteral("0661000000"));
        edit("address")->setText(QStringLiteral("12 rue Oued Fès"));
        choose("accountingCategory", QStringLiteral("PAYANT"));
        choose("coverageRegime", QStringLiteral("NONE"));
        whenModal<ui::DuplicateDialog>([](ui::DuplicateDialog* d) { altC(d); });
        QVERIFY(!form()->save());
        QVERIFY(m_page->isFormShown());
        QVERIFY(form()->isEditing());
        QCOMPARE(edit("phone")->text(), QStringLiteral("+212661000000"));
        QCOMPARE(edit("address")->text(), QStringLiteral("12 rue Oued Fès"));
        const QString said = form()->formMessage()->text();
        QVERIFY2(said.contains(QStringLiteral("Téléphone")) &&
                     said.contains(QStringLiteral("Adresse")),
                 qPrintable(said));
        QVERIFY(form()->isModified()); // leaving asks first
        QVERIFY(form()->save());
        QCOMPARE(patientsMatching(QStringLiteral("Benali")), 1);
        const auto stored = m_reg->registry->get(existing.id).value();
        QCOMPARE(stored->phone, QStringLiteral("+212661000000"));
        QCOMPARE(stored->address, QStringLiteral("12 rue Oued Fès"));
    }

    // "C'est ce patient" on a temporary identity (registered with the name a companion gave):
    // it opens as it is, its provisional values not completed beside what was typed; the clerk
    // identifies it on purpose (F2).
    void aTemporaryIdentityChosenOpensAsItIs() {
        PatientRecord temporary;
        temporary.unidentified = true;
        temporary.name = core::PersonName(QStringLiteral("Benali"), QStringLiteral("Karim"));
        temporary.birthDate = core::PartialDate::year(1975);
        temporary.sex = core::Sex::Male;
        temporary.accountingCategory = QStringLiteral("URGENCE");
        temporary.coverageRegime = QStringLiteral("NONE");
        temporary =
            m_reg->registry->registerPatient(temporary, *m_shell->session->session()).value();
        QTest::keyClicks(searchBox(), QStringLiteral("Benali Karim 12/03/1975"));
        ctrl(Qt::Key_N);
        choose("sex", QStringLiteral("male"));
        edit("phone")->setText(QStringLiteral("0661000000"));
        choose("accountingCategory", QStringLiteral("PAYANT"));
        choose("coverageRegime", QStringLiteral("NONE"));
        QString offered;
        whenModal<ui::DuplicateDialog>([&offered](ui::DuplicateDialog* d) {
            offered = d->chosenId();
            altC(d);
        });
        QVERIFY(form()->save());
        QCOMPARE(offered, temporary.id);
        QVERIFY(!m_page->isFormShown());
        QCOMPARE(m_shell->patient->current()->localId, temporary.id);
        const auto stored = m_reg->registry->get(temporary.id).value();
        QVERIFY(stored->unidentified);
        QVERIFY(stored->phone.isEmpty());
        QCOMPARE(stored->birthDate, core::PartialDate::year(1975));
        QCOMPARE(patientsMatching(QStringLiteral("Benali")), 1);
    }

    // A warning the clerk has not seen (a correction loaded with an expired document) shows at
    // its field on Ctrl+S, which saves nothing; the next Ctrl+S saves.
    void aSaveShowsTheWarningsNotSeenYetAndTheNextOneSaves() {
        const PatientRecord karim =
            withCnie(QStringLiteral("Benali"), QStringLiteral("Karim"), QDate(1975, 3, 12),
                     core::Sex::Male, QStringLiteral("BK654321"), QDate(2020, 1, 31));
        m_page->searchPanel()->searchFor(karim.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        m_page->editSelected();
        QVERIFY(form()->isEditing());
        QCOMPARE(form()->messageFor(QStringLiteral("documentExpiry"))->text(), QString());
        edit("phone")->setText(QStringLiteral("0612345678"));

        QVERIFY(!form()->save());
        QVERIFY(m_page->isFormShown());
        ui::FieldMessage* expiry = form()->messageFor(QStringLiteral("documentExpiry"));
        QCOMPARE(expiry->kind(), ui::FieldMessage::Kind::Warning);
        QVERIFY2(expiry->text().startsWith(QStringLiteral("Cette pièce a expiré le")),
                 qPrintable(expiry->text()));
        QCOMPARE(form()->formMessage()->text(),
                 QStringLiteral("Lisez les avertissements signalés, puis enregistrez à nouveau "
                                "(Ctrl+S ou Entrée)."));
        QCOMPARE(m_reg->registry->get(karim.id).value()->phone, QString());

        QVERIFY(form()->save());
        QVERIFY(!m_page->isFormShown());
        QCOMPARE(m_reg->registry->get(karim.id).value()->phone, QStringLiteral("+212612345678"));
    }

    // A dependant of an insured person with no coverage: said at the insured, which the clerk
    // can change, not under the regime that follows the insured greyed out.
    void aDependantOfAnUncoveredInsuredIsToldAtTheInsured() {
        const PatientRecord father =
            registered(QStringLiteral("Tazi"), QStringLiteral("Omar"),
                       core::PartialDate::year(1970), core::Sex::Male); // regime "NONE"
        m_page->newPatient();
        edit("familyLatin")->setText(QStringLiteral("Tazi"));
        edit("givenLatin")->setText(QStringLiteral("Yassine"));
        choose("sex", QStringLiteral("male"));
        edit("birthDate")->setText(QStringLiteral("12/03/2010"));
        choose("accountingCategory", QStringLiteral("PAYANT"));
        choose("dependantRelation", QStringLiteral("child"));
        form()->findChild<ui::InsuredPicker*>()->setInsured(father);
        QVERIFY(!form()->inputFor(QStringLiteral("coverageRegime"))->isEnabled());

        QVERIFY(!form()->save());
        QVERIFY(m_page->isFormShown());
        QCOMPARE(form()->messageFor(QStringLiteral("insuredId"))->text(),
                 QStringLiteral("L'assuré choisi n'a pas de couverture sociale : un ayant droit "
                                "bénéficie de celle de son assuré. Choisissez un assuré couvert, "
                                "ou « Assuré principal » comme qualité."));
        QCOMPARE(form()->messageFor(QStringLiteral("coverageRegime"))->text(), QString());
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("insuredId")));
    }

    void aHalfTypedPatientIsAskedAboutBeforeSigningOutButNotBeforeALock() {
        // The desk in the main window, as the composition root installs it.
        auto& window = m_shell->window();
        window.workspace()->setAreaWidget(QStringLiteral("admission"), m_page.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.workspace()->showArea(QStringLiteral("admission"));
        QVERIFY(!m_page->hasPendingWork());
        m_page->newPatient();
        QVERIFY(!m_page->hasPendingWork()); // nothing typed yet
        edit("familyLatin")->setText(QStringLiteral("Tazi"));
        QVERIFY(m_page->hasPendingWork());
        auto* signOut = window.findChild<QAction*>(QStringLiteral("signOutAction"));
        const auto answer = [](const QString& button, QString* question) {
            whenModal<QMessageBox>([button, question](QMessageBox* box) {
                *question = box->text();
                for (QAbstractButton* b : box->buttons()) {
                    if (b->text() == button)
                        b->click();
                }
            });
        };

        // "Continuer la saisie": still signed in, the entry as typed.
        QString question;
        answer(QStringLiteral("Continuer la saisie"), &question);
        signOut->trigger();
        QCOMPARE(question,
                 QStringLiteral("Ce que vous avez saisi sera perdu. Abandonner la saisie ?"));
        QCOMPARE(m_shell->session->state(), access::SessionManager::State::Active);
        QVERIFY(m_page->isFormShown());
        QCOMPARE(edit("familyLatin")->text(), QStringLiteral("Tazi"));

        // A lock asks nothing and keeps the entry under it.
        question.clear();
        answer(QStringLiteral("Abandonner"), &question);
        window.findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
        QCOMPARE(m_shell->session->state(), access::SessionManager::State::Locked);
        QTest::qWait(300); // time for a question to come up, if one did
        QCOMPARE(question, QString());
        m_shell->session->unlock(test::kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_shell->session->state(), access::SessionManager::State::Active,
                                  10000);
        QCOMPARE(edit("familyLatin")->text(), QStringLiteral("Tazi"));

        // "Abandonner": signed out.
        answer(QStringLiteral("Abandonner"), &question);
        signOut->trigger();
        QCOMPARE(question,
                 QStringLiteral("Ce que vous avez saisi sera perdu. Abandonner la saisie ?"));
        QCOMPARE(m_shell->session->state(), access::SessionManager::State::SignedOut);
        QVERIFY(!m_page->hasPendingWork());
    }
};

QTEST_MAIN(AdmissionSafeguardsTest)
#include "tst_AdmissionSafeguards.moc"
