// A document read at the desk (a card, a scanned zone) while a patient is typed or corrected:
// another person's card never silently replaces the patient, the patient's own fills only what is
// empty and brings a later expiry, and what the document warns of is said at once.
#include "SafeguardsDesk.h"

#include <QTextLayout>

using namespace sijil;

class AdmissionCardSafeguardsTest : public test::SafeguardsDesk {
    Q_OBJECT

private slots:
    void init() { openDesk(); }
    void cleanup() { closeDesk(); }

    // A card scanned while a patient is open for correction (F2): another person's card replaces
    // nothing unless the clerk says so, the question naming what would change.
    void aCardOfAnotherPersonDoesNotSilentlyReplaceThePatientBeingCorrected() {
        const PatientRecord karim =
            withCnie(QStringLiteral("Benali"), QStringLiteral("Karim"), QDate(1975, 3, 12),
                     core::Sex::Male, QStringLiteral("BK654321"));
        m_page->searchPanel()->searchFor(karim.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        m_page->editSelected();
        QVERIFY(form()->isEditing());

        // "Ne rien changer", the default: the patient as registered.
        Asked asked = scanAnswering(test::cnieZone(), QStringLiteral("Ne rien changer"));
        QCOMPARE(asked.question,
                 QStringLiteral("La pièce lue ne correspond pas au patient IPP %1 ouvert pour "
                                "correction. Remplacer son identité par celle de la pièce ?")
                     .arg(karim.ipp));
        QCOMPARE(asked.changes, QStringLiteral("Numéro : BK654321 → BE654321\n"
                                               "Nom : Benali → El Idrissi\n"
                                               "Prénom : Karim → Fatima Zahra\n"
                                               "Date de naissance : 12/03/1975 → 15/02/1990"));
        QCOMPARE(asked.defaultButton, QStringLiteral("Ne rien changer"));
        QCOMPARE(edit("familyLatin")->text(), QStringLiteral("Benali"));
        QCOMPARE(edit("documentNumber")->text(), QStringLiteral("BK654321"));
        QCOMPARE(code("sex"), QStringLiteral("male"));
        QVERIFY(!form()->isFromDocument(QStringLiteral("familyLatin")));
        QVERIFY(!form()->isModified());

        // "Remplacer": the card's identity, marked as read on it.
        asked = scanAnswering(test::cnieZone(), QStringLiteral("Remplacer"));
        QVERIFY(!asked.question.isEmpty());
        QCOMPARE(edit("familyLatin")->text(), QStringLiteral("El Idrissi"));
        QCOMPARE(edit("documentNumber")->text(), QStringLiteral("BE654321"));
        QCOMPARE(code("sex"), QStringLiteral("female"));
        QVERIFY(form()->isFromDocument(QStringLiteral("familyLatin")));
    }

    // On a new form, a card of someone other than the person typed asks too; a form nothing was
    // typed in is simply filled.
    void aCardOfAnotherPersonAsksBeforeReplacingWhatWasTyped() {
        m_page->newPatient();
        edit("familyLatin")->setText(QStringLiteral("Benali"));
        Asked asked = scanAnswering(test::cnieZone(), QStringLiteral("Ne rien changer"));
        QCOMPARE(asked.question, QStringLiteral("La pièce lue ne correspond pas à ce qui est "
                                                "saisi. Remplacer par ce qu'elle porte ?"));
        QCOMPARE(asked.changes, QStringLiteral("Nom : Benali → El Idrissi"));
        QCOMPARE(edit("familyLatin")->text(), QStringLiteral("Benali"));
        QCOMPARE(edit("documentNumber")->text(), QString());

        m_page->newPatient();
        asked = scanAnswering(test::cnieZone(), QStringLiteral("Ne rien changer"));
        QCOMPARE(asked.question, QString());
        QCOMPARE(edit("familyLatin")->text(), QStringLiteral("El Idrissi"));
    }

    // In Arabic the change reads as in French, the arrow from what was typed to what the
    // document says: "Benali → El Idrissi" made one left-to-right run there, its mirrored
    // arrow pointing from the document's name to the typed one.
    void theChangesAskedAboutReadFromTypedToReadInArabic() {
        QVERIFY(m_shell->languages->setLanguage(QStringLiteral("ar")));
        QTRY_COMPARE(m_page->layoutDirection(), Qt::RightToLeft);
        m_page->newPatient();
        edit("familyLatin")->setText(QStringLiteral("Benali"));
        const Asked asked = scanAnswering(test::cnieZone(), QString());
        QVERIFY(!asked.question.isEmpty());
        const QString line = asked.changesShown;
        QVERIFY2(!line.contains(u'\n'), qPrintable(line));
        // Laid out as the question's label lays it out: right to left, the interface's.
        QTextLayout layout(line, m_page->font());
        QTextOption option;
        option.setTextDirection(Qt::RightToLeft);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine text = layout.createLine();
        layout.endLayout();
        // Where a word is drawn: a cursor inside it (at its first letter's end), not at its
        // start, which where the direction changes is the other run's edge.
        const auto x = [&](const QString& word) {
            const qsizetype at = line.indexOf(word);
            return at < 0 ? -1.0 : text.cursorToX(int(at) + 1);
        };
        const qreal label = text.cursorToX(0); // the field's name, first
        const qreal typed = x(QStringLiteral("Benali"));
        const qreal read = x(QStringLiteral("El Idrissi"));
        QVERIFY2(label > typed && typed > read && read >= 0, qPrintable(line));
        QVERIFY(m_shell->languages->setLanguage(QStringLiteral("fr")));
    }

    // The patient's own card (same document) fills what the record lacks and changes nothing
    // else, without a question.
    void thePatientsOwnCardFillsOnlyTheEmptyFields() {
        const PatientRecord fatima =
            withCnie(QStringLiteral("El Idrissi"), QStringLiteral("Fatima"), QDate(1990, 2, 15),
                     core::Sex::Female, QStringLiteral("BE654321"));
        m_page->searchPanel()->searchFor(fatima.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        m_page->editSelected();
        QVERIFY(form()->isEditing());
        QCOMPARE(edit("documentExpiry")->text(), QString());

        const Asked asked = scanAnswering(test::cnieZone(), QStringLiteral("Remplacer"));
        QCOMPARE(asked.question, QString());
        QCOMPARE(edit("givenLatin")->text(), QStringLiteral("Fatima")); // as registered
        QVERIFY(!form()->isFromDocument(QStringLiteral("givenLatin")));
        QCOMPARE(edit("documentExpiry")->text(), QStringLiteral("14/02/2031"));
        QVERIFY(form()->isFromDocument(QStringLiteral("documentExpiry")));
    }

    // A renewed CNIE keeps its number: read at a correction, it brings its later expiry, and
    // the expired date (with its warning) goes.
    void aRenewedCardOfThePatientBringsItsLaterExpiry() {
        const PatientRecord fatima =
            withCnie(QStringLiteral("El Idrissi"), QStringLiteral("Fatima"), QDate(1990, 2, 15),
                     core::Sex::Female, QStringLiteral("BE654321"), QDate(2020, 2, 14));
        m_page->searchPanel()->searchFor(fatima.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        m_page->editSelected();
        QCOMPARE(edit("documentExpiry")->text(), QStringLiteral("14/02/2020"));
        const Asked asked = scanAnswering(test::cnieZone(), QStringLiteral("Remplacer"));
        QCOMPARE(asked.question, QString()); // the patient's own card
        QCOMPARE(edit("documentExpiry")->text(), QStringLiteral("14/02/2031"));
        QVERIFY(!form()
                     ->messageFor(QStringLiteral("documentExpiry"))
                     ->text()
                     .startsWith(QStringLiteral("Cette pièce a expiré")));
    }

    // An expired card scanned: its warning shows at once, before any save, and being seen it
    // does not hold the save back ("an expired document is warned, not blocked").
    void aDocumentReadShowsItsWarningsAtOnce() {
        const Asked asked = scanAnswering(
            test::cnieZone(QStringLiteral("EL<IDRISSI<<FATIMA"), QStringLiteral("200214")),
            QStringLiteral("Ne rien changer"));
        QCOMPARE(asked.question, QString()); // a new form: nothing to replace
        QVERIFY(m_page->isFormShown());
        ui::FieldMessage* expiry = form()->messageFor(QStringLiteral("documentExpiry"));
        QCOMPARE(expiry->kind(), ui::FieldMessage::Kind::Warning);
        QVERIFY2(expiry->text().startsWith(QStringLiteral("Cette pièce a expiré le")),
                 qPrintable(expiry->text()));

        choose("accountingCategory", QStringLiteral("PAYANT"));
        choose("coverageRegime", QStringLiteral("NONE"));
        QVERIFY(saveLookingAtTheComparison() == Shown{});
        QVERIFY(!m_page->isFormShown());
        QCOMPARE(patientsMatching(QStringLiteral("BE654321")), 1);
    }
};

QTEST_MAIN(AdmissionCardSafeguardsTest)
#include "tst_AdmissionCardSafeguards.moc"
