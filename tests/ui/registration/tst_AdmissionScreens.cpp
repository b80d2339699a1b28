// The admission desk as a clerk uses it, from the keyboard: Ctrl+N, Tab and typing register a
// patient; a refused field says why beside it and nothing typed is lost; a near-identical patient
// brings up the side-by-side comparison; the MRZ fills the form. The search and opening a
// patient: tst_AdmissionSearch. Keyboard walks, layout, right to left and the label:
// tst_AdmissionLayout.
#include "AdmissionDesk.h"

using namespace sijil;
using sijil::test::cnieZone;
using sijil::test::kPassword;
using sijil::test::whenModal;
using namespace Qt::StringLiterals;

namespace {

QPushButton* buttonWithText(QWidget* parent, const QString& text) {
    for (auto* b : parent->findChildren<QPushButton*>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

class AdmissionScreensTest : public test::AdmissionDesk {
    Q_OBJECT

private slots:
    void init() { openDesk(); }
    void cleanup() { closeDesk(); }

    void aPatientIsRegisteredFromTheKeyboardAlone() {
        QTest::keyClicks(searchBox(), QStringLiteral("Benali Karim 12/03/1975"));
        ctrl(Qt::Key_N);
        QVERIFY(m_page->isFormShown());
        // What was searched is not typed again.
        QCOMPARE(text("familyLatin"), QStringLiteral("Benali"));
        QCOMPARE(text("givenLatin"), QStringLiteral("Karim"));
        QCOMPARE(text("birthDate"), QStringLiteral("12/03/1975"));
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("documentType")));

        type(QStringLiteral("C")); // CNIE
        tab();
        QTest::keyClicks(focused(), QStringLiteral("BE123456"));
        tab(3); // expiry, issuing country
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("familyLatin")));
        tab(2);
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("familyArabic")));
        type(QStringLiteral("بنعلي"));
        tab();
        type(QStringLiteral("كريم"));
        tab();
        type(QStringLiteral("M"));
        tab(3); // birth date (prefilled), "year only"
        QTest::keyClicks(focused(), QStringLiteral("Fes"));
        tab();
        type(QStringLiteral("Maroc"));
        tab(2); // nationality: Morocco already
        QTest::keyClicks(focused(), QStringLiteral("12 rue Atlas"));
        tab();
        QTest::keyClicks(focused(), QStringLiteral("Fes"));
        tab(3); // province, commune
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("phone")));
        QTest::keyClicks(focused(), QStringLiteral("06 61 23 45 67"));
        tab(4); // emergency contact: none
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("accountingCategory")));
        type(QStringLiteral("Payant"));
        tab();
        type(QStringLiteral("Aucune"));
        tab(); // the affiliation number is skipped: no coverage
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("dependantRelation")));
        QTest::keyClick(focused(), Qt::Key_Return); // Enter saves

        QVERIFY2(!m_page->isFormShown(), qPrintable(form()->formMessage()->text()));
        QVERIFY(m_shell->patient->hasPatient());
        const auto stored = m_reg->registry->get(m_shell->patient->current()->localId).value();
        QVERIFY(stored);
        QVERIFY(registry::Ipp::isValid(stored->ipp));
        QCOMPARE(stored->documentType, registry::DocumentType::Cnie);
        QCOMPARE(stored->documentNumber, QStringLiteral("BE123456"));
        QCOMPARE(stored->name, core::PersonName(QStringLiteral("Benali"), QStringLiteral("Karim"),
                                                QStringLiteral("بنعلي"), QStringLiteral("كريم")));
        QCOMPARE(stored->sex, core::Sex::Male);
        QCOMPARE(stored->birthDate, core::PartialDate::fromDate(QDate(1975, 3, 12)));
        QCOMPARE(stored->birthCity, QStringLiteral("Fes"));
        QCOMPARE(stored->birthCountry, QStringLiteral("MA"));
        QCOMPARE(stored->nationality, QStringLiteral("MA"));
        QCOMPARE(stored->address, QStringLiteral("12 rue Atlas"));
        QCOMPARE(stored->phone, QStringLiteral("+212661234567"));
        QCOMPARE(stored->accountingCategory, QStringLiteral("PAYANT"));
        QCOMPARE(stored->coverageRegime, QStringLiteral("NONE"));
        // Back on the search, the new patient shown and selected.
        QCOMPARE(results()->rowCount(), 1);
        QCOMPARE(m_page->searchPanel()->selectedHit()->record.id, stored->id);
    }

    void aRefusedPhoneSaysWhyBesideItAndKeepsTheTyping() {
        QTest::keyClicks(searchBox(), QStringLiteral("Alaoui Salma 1990"));
        ctrl(Qt::Key_N);
        tab(8);
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("sex")));
        type(QStringLiteral("F"));
        form()->inputFor(QStringLiteral("phone"))->setFocus();
        QTest::keyClicks(focused(), QStringLiteral("12345"));
        tab(4);
        type(QStringLiteral("Payant"));
        tab();
        type(QStringLiteral("Aucune"));
        ctrl(Qt::Key_S);

        QVERIFY(m_page->isFormShown());
        ui::FieldMessage* message = form()->messageFor(QStringLiteral("phone"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->kind(), ui::FieldMessage::Kind::Error);
        QCOMPARE(message->text(),
                 QStringLiteral("Numéro de téléphone invalide : saisissez un numéro marocain "
                                "(ex. : 06 12 34 56 78) ou international commençant par + ou "
                                "00."));
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("phone")));
        // Everything typed is still there.
        QCOMPARE(text("phone"), QStringLiteral("12345"));
        QCOMPARE(text("familyLatin"), QStringLiteral("Alaoui"));
        QCOMPARE(text("givenLatin"), QStringLiteral("Salma"));
        QCOMPARE(text("birthDate"), QStringLiteral("1990"));
        QVERIFY(qobject_cast<QCheckBox*>(form()
                                             ->inputFor(QStringLiteral("birthDate"))
                                             ->parentWidget()
                                             ->findChild<QCheckBox*>())
                    ->isChecked());
        QCOMPARE(code("sex"), QStringLiteral("female"));
        QCOMPARE(code("accountingCategory"), QStringLiteral("PAYANT"));
        QVERIFY(!form()->messageFor(QStringLiteral("familyLatin"))->isVisible());
        QCOMPARE(patientsMatching(QStringLiteral("Alaoui")), 0);

        // The commune is free text, with a warning that does not block.
        form()->inputFor(QStringLiteral("commune"))->setFocus();
        QTest::keyClicks(focused(), QStringLiteral("Douar Inconnu"));
        QCOMPARE(form()->messageFor(QStringLiteral("commune"))->kind(),
                 ui::FieldMessage::Kind::Warning);

        // Corrected, it saves; the message goes as soon as the number is right.
        form()->inputFor(QStringLiteral("phone"))->setFocus();
        QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused(), QStringLiteral("0537 12 34 56"));
        QVERIFY(!message->isVisible());
        ctrl(Qt::Key_S);
        QVERIFY(!m_page->isFormShown());
        QCOMPARE(patientsMatching(QStringLiteral("Alaoui")), 1);
    }

    void aDateThatCannotBeReadSaysWhyBesideIt_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("yearOnly");
        QTest::addColumn<QString>("message");
        const QString impossible =
            QStringLiteral("Cette date n'existe pas : vérifiez le jour et le mois (jj/mm/aaaa).");
        const QString birth =
            QStringLiteral("Date illisible : saisissez jj/mm/aaaa, mm/aaaa ou l'année seule.");
        QTest::newRow("31 February") << "birthDate"
                                     << "31/02/1988" << false << impossible;
        QTest::newRow("packed, day 32") << "birthDate"
                                        << "32011988" << false << impossible;
        QTest::newRow("month 13") << "birthDate"
                                  << "13/1975" << false << impossible;
        QTest::newRow("no year") << "birthDate"
                                 << "12/03" << false << birth;
        QTest::newRow("letters") << "birthDate"
                                 << "douze mars" << false << birth;
        QTest::newRow("year only, not a year")
            << "birthDate"
            << "31/02/1988" << true << "Année illisible : saisissez quatre chiffres (ex. : 1975).";
        QTest::newRow("expiry 30 February") << "documentExpiry"
                                            << "30/02/2030" << false << impossible;
        QTest::newRow("expiry, year alone")
            << "documentExpiry"
            << "2030" << false << "Date illisible : saisissez jj/mm/aaaa.";
    }
    void aDateThatCannotBeReadSaysWhyBesideIt() {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(bool, yearOnly);
        QFETCH(QString, message);
        QTest::keyClicks(searchBox(), QStringLiteral("Alaoui Salma"));
        ctrl(Qt::Key_N);
        auto* input = qobject_cast<QLineEdit*>(form()->inputFor(field));
        QVERIFY(input);
        if (yearOnly)
            form()
                ->inputFor(QStringLiteral("birthDate"))
                ->parentWidget()
                ->findChild<QCheckBox*>()
                ->setChecked(true);
        input->setFocus();
        QTest::keyClicks(input, typed);
        ctrl(Qt::Key_S);
        QVERIFY(m_page->isFormShown());
        QCOMPARE(form()->messageFor(field)->text(), message);
        QCOMPARE(form()->messageFor(field)->kind(), ui::FieldMessage::Kind::Error);
        QCOMPARE(input->text(), typed); // as typed, for the clerk to correct
        QCOMPARE(patientsMatching(QStringLiteral("Alaoui")), 0);
    }

    void aNearIdenticalPatientBringsUpTheComparison() {
        const PatientRecord existing = registered(QStringLiteral("Benali"), QStringLiteral("Karim"),
                                                  core::PartialDate::fromDate(QDate(1975, 3, 12)),
                                                  core::Sex::Male, QStringLiteral("0612345678"));
        auto enter = [this] {
            searchBox()->clear();
            QTest::keyClicks(searchBox(), QStringLiteral("Benali Karim 12/03/1975"));
            ctrl(Qt::Key_N);
            tab(8);
            type(QStringLiteral("M"));
            form()->inputFor(QStringLiteral("phone"))->setFocus();
            QTest::keyClicks(focused(), QStringLiteral("0661000000"));
            tab(4);
            type(QStringLiteral("Payant"));
            tab();
            type(QStringLiteral("Aucune"));
        };

        // Enter, pressed again before the comparison is read, goes back to the entry: nothing
        // created, nothing typed dropped.
        enter();
        QString defaultButton;
        whenModal<ui::DuplicateDialog>([&](ui::DuplicateDialog* d) {
            for (auto* b : d->findChildren<QPushButton*>()) {
                if (b->isDefault())
                    defaultButton = b->text();
            }
            QTest::keyClick(d, Qt::Key_Return);
        });
        ctrl(Qt::Key_S);
        QCOMPARE(defaultButton, QStringLiteral("&Retour à la saisie"));
        QVERIFY(m_page->isFormShown());
        QCOMPARE(qobject_cast<QLineEdit*>(form()->inputFor(QStringLiteral("phone")))->text(),
                 QStringLiteral("0661000000"));
        QCOMPARE(patientsMatching(QStringLiteral("Benali")), 1);
        reactivate();

        // "C'est ce patient" (Alt+C): the existing record opens, nothing is created. (The entry
        // adds nothing the record lacks: its other phone does not replace the one held.)
        int columns = 0;
        bool phoneDiffers = false;
        bool nameDiffers = true;
        whenModal<ui::DuplicateDialog>([&](ui::DuplicateDialog* d) {
            columns = d->table()->columnCount();
            for (int row = 0; row < d->table()->rowCount(); ++row) {
                const QString label = d->table()->verticalHeaderItem(row)->text();
                const bool differs =
                    d->table()->item(row, 1)->data(ui::DuplicateDialog::DiffersRole).toBool();
                if (label == QStringLiteral("Téléphone"))
                    phoneDiffers = differs;
                if (label == QStringLiteral("Nom (latin)"))
                    nameDiffers = differs;
            }
            altC(d);
        });
        ctrl(Qt::Key_S);
        QCOMPARE(columns, 2);
        QVERIFY(phoneDiffers);
        QVERIFY(!nameDiffers);
        QVERIFY2(!m_page->isFormShown(), qPrintable(form()->formMessage()->text()));
        QCOMPARE(m_shell->patient->current()->localId, existing.id);
        QCOMPARE(patientsMatching(QStringLiteral("Benali")), 1);
        QCOMPARE(m_reg->registry->get(existing.id).value()->phone, QStringLiteral("+212612345678"));
        reactivate();
        QCOMPARE(focused(), searchBox());

        // "Créer quand même": a second record. (Letters typed into a list within the keyboard
        // interval add up to one search, "MM": let the first round's run out.)
        QTest::qWait(QApplication::keyboardInputInterval() + 100);
        enter();
        whenModal<ui::DuplicateDialog>([](ui::DuplicateDialog* d) { d->createButton()->click(); });
        ctrl(Qt::Key_S);
        QVERIFY2(!m_page->isFormShown(), qPrintable(form()->formMessage()->text()));
        QVERIFY(m_shell->patient->current()->localId != existing.id);
        QCOMPARE(patientsMatching(QStringLiteral("Benali")), 2);
        // The pair the clerk overrode waits in the review queue.
        const auto queued = m_reg->registry->duplicateReviews(storage::DuplicateStatus::Open, 0, 10)
                                .value()
                                .reviews;
        QCOMPARE(queued.size(), 1);
        QCOMPARE(QSet<QString>({queued[0].first.record.id, queued[0].second.record.id}),
                 QSet<QString>({existing.id, m_shell->patient->current()->localId}));
    }

    void theMrzFillsTheFormMarkedAsReadOnTheDocument() {
        ctrl(Qt::Key_N);
        QString refusal;
        whenModal<ui::MrzDialog>([&](ui::MrzDialog* d) {
            // A misread digit: refused, with the text kept for correction.
            QString bad = cnieZone();
            bad[bad.indexOf(QStringLiteral("900215"))] = u'8';
            if (!QTest::qWaitForWindowActive(d))
                return; // Ctrl+Enter below needs the dialog active
            d->editor()->setPlainText(bad);
            d->readButton()->click();
            refusal = d->findChild<ui::FieldMessage*>()->text();
            if (d->isVisible() && d->editor()->toPlainText() == bad) {
                d->editor()->setPlainText(cnieZone());
                // Ctrl+Enter reads the zone too. A synthetic key reached the window shortcut
                // only about half the time on a loaded machine (offscreen platform), so the
                // test checks the binding and reads with the button.
                bool bound = false;
                for (const auto* shortcut : d->findChildren<QShortcut*>())
                    bound = bound || (shortcut->key() == QKeySequence(Qt::CTRL | Qt::Key_Return) &&
                                      shortcut->isEnabled());
                if (bound)
                    d->readButton()->click();
            }
        });
        ctrl(Qt::Key_M);
        reactivate();
        QVERIFY(!refusal.isEmpty());
        QCOMPARE(code("documentType"), QStringLiteral("cnie"));
        QCOMPARE(text("documentNumber"), QStringLiteral("BE654321"));
        QCOMPARE(text("documentExpiry"), QStringLiteral("14/02/2031"));
        QCOMPARE(text("familyLatin"), QStringLiteral("El Idrissi"));
        QCOMPARE(text("givenLatin"), QStringLiteral("Fatima Zahra"));
        QCOMPARE(code("sex"), QStringLiteral("female"));
        QCOMPARE(text("birthDate"), QStringLiteral("15/02/1990"));
        QCOMPARE(code("nationality"), QStringLiteral("MA"));
        for (const char* field : {"documentType", "documentNumber", "familyLatin", "givenLatin",
                                  "sex", "birthDate", "nationality"}) {
            QVERIFY2(form()->isFromDocument(QString::fromLatin1(field)), field);
            QVERIFY(
                form()->inputFor(QString::fromLatin1(field))->property("fromDocument").toBool());
        }
        QVERIFY(!form()->isFromDocument(QStringLiteral("phone")));
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("familyArabic")));
        // The clerk's own correction is no longer what the document said.
        form()->inputFor(QStringLiteral("givenLatin"))->setFocus();
        QTest::keyClick(focused(), Qt::Key_Backspace);
        QVERIFY(!form()->isFromDocument(QStringLiteral("givenLatin")));
        QVERIFY(form()->isFromDocument(QStringLiteral("familyLatin")));
    }

    void escapeAsksBeforeDroppingWhatWasTyped() {
        ctrl(Qt::Key_N);
        QTest::keyClick(focused(), Qt::Key_Escape); // nothing typed: leaves at once
        QVERIFY(!m_page->isFormShown());
        ctrl(Qt::Key_N);
        form()->inputFor(QStringLiteral("familyLatin"))->setFocus();
        QTest::keyClicks(focused(), QStringLiteral("Tazi"));
        whenModal<QMessageBox>([](QMessageBox* box) {
            buttonWithText(box, QStringLiteral("Continuer la saisie"))->click();
        });
        QTest::keyClick(focused(), Qt::Key_Escape);
        QVERIFY(m_page->isFormShown());
        QCOMPARE(text("familyLatin"), QStringLiteral("Tazi"));
        reactivate();
        whenModal<QMessageBox>(
            [](QMessageBox* box) { buttonWithText(box, QStringLiteral("Abandonner"))->click(); });
        QTest::keyClick(focused(), Qt::Key_Escape);
        QVERIFY(!m_page->isFormShown());
        reactivate();
        QCOMPARE(focused(), searchBox());
    }

    void anUnidentifiedPatientIsRegisteredAtOnce() {
        ctrl(Qt::Key_N);
        QCheckBox* unidentified = form()->findChild<QCheckBox*>(QStringLiteral("unidentified"));
        unidentified->setFocus();
        QTest::keyClick(focused(), Qt::Key_Space);
        QVERIFY(unidentified->isChecked());
        ctrl(Qt::Key_S);
        QVERIFY2(!m_page->isFormShown(), qPrintable(form()->formMessage()->text()));
        const auto stored = m_reg->registry->get(m_shell->patient->current()->localId).value();
        QVERIFY(stored->unidentified);
        QVERIFY(registry::Ipp::isValid(stored->ipp));
        QVERIFY(stored->name.isEmpty());
        QCOMPARE(stored->coverageRegime, QStringLiteral("NONE"));
    }

    void aDependantIsAttachedToTheInsuredFoundBySearch() {
        PatientRecord insured;
        insured.name = core::PersonName(QStringLiteral("Chraibi"), QStringLiteral("Omar"));
        insured.birthDate = core::PartialDate::fromDate(QDate(1970, 1, 20));
        insured.sex = core::Sex::Male;
        insured.nationality = QStringLiteral("MA");
        insured.accountingCategory = QStringLiteral("TIERS-PAYANT");
        insured.coverageRegime = QStringLiteral("AMO-CNSS");
        insured.affiliationNumber = QStringLiteral("123456789");
        insured = m_reg->registry->registerPatient(insured, *m_shell->session->session()).value();

        QTest::keyClicks(searchBox(), QStringLiteral("Chraibi Yasmine 2012"));
        ctrl(Qt::Key_N);
        tab(8);
        type(QStringLiteral("F"));
        form()->inputFor(QStringLiteral("accountingCategory"))->setFocus();
        type(QStringLiteral("AMO"));
        form()->inputFor(QStringLiteral("dependantRelation"))->setFocus();
        type(QStringLiteral("Enfant"));
        tab();
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("insuredId")));
        whenModal<ui::PatientPickerDialog>([](ui::PatientPickerDialog* d) {
            QTest::keyClicks(d->panel()->searchBox(), QStringLiteral("Chraibi Omar"));
            QTest::keyClick(d->panel()->searchBox(), Qt::Key_Return);
        });
        QTest::keyClick(focused(), Qt::Key_Space);
        reactivate();
        // The insured is named from the start of the field, whole on hover: where the field is
        // narrow (the high-contrast theme's larger font) it showed the end, the IPP, not the name.
        auto* shown = qobject_cast<QLineEdit*>(form()->inputFor(QStringLiteral("insuredId")));
        QVERIFY(shown);
        QVERIFY2(shown->text().startsWith(QStringLiteral("CHRAIBI Omar")),
                 qPrintable(shown->text()));
        QCOMPARE(shown->cursorPosition(), 0);
        QCOMPARE(shown->toolTip(), shown->text());
        // The insured's regime and number are shown, not typed again.
        QCOMPARE(code("coverageRegime"), QStringLiteral("AMO-CNSS"));
        QCOMPARE(text("affiliationNumber"), QStringLiteral("123456789"));
        QVERIFY(!form()->inputFor(QStringLiteral("coverageRegime"))->isEnabled());
        ctrl(Qt::Key_S);
        QVERIFY2(!m_page->isFormShown(), qPrintable(form()->formMessage()->text()));
        const auto stored = m_reg->registry->get(m_shell->patient->current()->localId).value();
        QCOMPARE(stored->insuredId, insured.id);
        QCOMPARE(stored->dependantRelation, registry::DependantRelation::Child);
        QCOMPARE(stored->coverageRegime, QStringLiteral("AMO-CNSS"));
    }

    void theFormFollowsTheInterfaceLanguage() {
        ctrl(Qt::Key_N);
        const auto morocco = m_reg->reference->country(QStringLiteral("MA")).value();
        auto* nationality =
            qobject_cast<QComboBox*>(form()->inputFor(QStringLiteral("nationality")));
        QCOMPARE(nationality->currentText(), morocco.name.fr);
        QVERIFY(m_shell->languages->setLanguage(QStringLiteral("ar")));
        // Country names in the language shown, the same country still chosen (the change of
        // language reaches widgets through the event loop).
        QTRY_COMPARE(nationality->currentText(), morocco.name.ar);
        QCOMPARE(code("nationality"), QStringLiteral("MA"));
        QCOMPARE(form()->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(form()->inputFor(QStringLiteral("familyArabic"))->layoutDirection(),
                 Qt::RightToLeft);
        QCOMPARE(form()->inputFor(QStringLiteral("familyLatin"))->layoutDirection(),
                 Qt::LeftToRight);
        // The date's mask, in Arabic letters, reads in the order of the date typed under it.
        const QString mask = qobject_cast<QLineEdit*>(form()->inputFor(QStringLiteral("birthDate")))
                                 ->placeholderText();
        QVERIFY2(mask.contains(QStringLiteral("سسسس")), qPrintable(mask));
        QVERIFY(!mask.isRightToLeft());
        QVERIFY(m_shell->languages->setLanguage(QStringLiteral("fr")));
        QTRY_COMPARE(nationality->currentText(), morocco.name.fr);
        QCOMPARE(form()->inputFor(QStringLiteral("familyArabic"))->layoutDirection(),
                 Qt::RightToLeft);
    }

    void signingOutClearsTheDesk() {
        ctrl(Qt::Key_N);
        form()->inputFor(QStringLiteral("familyLatin"))->setFocus();
        QTest::keyClicks(focused(), QStringLiteral("Tazi"));
        m_shell->session->signOut();
        QVERIFY(!m_page->isFormShown());
        QVERIFY(searchBox()->text().isEmpty());
        QVERIFY(text("familyLatin").isEmpty());
    }
};

QTEST_MAIN(AdmissionScreensTest)
#include "tst_AdmissionScreens.moc"
