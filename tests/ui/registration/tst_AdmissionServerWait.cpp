// The save waits for the central registry's answer behind a window: what reaches it, what the
// clerk may do meanwhile, and what is said of it. The server is a scripted one, for its silences.
#include "ServerCheckDesk.h"

#include <sijil/storage/Outbox.h>

#include <QAbstractButton>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QWindow>

using namespace sijil;
using namespace sijil::test;
using namespace std::chrono_literals;

class AdmissionServerWaitTest : public test::ServerCheckDesk {
    Q_OBJECT

private slots:
    void init() { openServerDesk(); }
    void cleanup() { closeServerDesk(); }

    // A server that does not answer: the clerk waits behind a window that says so, and may save
    // without it, on purpose (Alt+S); the desk then says the patient was not compared with it.
    void aClerkMaySaveWithoutASilentServerOnPurpose() {
        m_server->enqueue({200, kPlainServer, {}, false});
        m_server->enqueue({200, {}, {}, true});
        typeSalma();
        QString said;
        QTimer::singleShot(0, this, [&said] {
            QTRY_VERIFY(waitWindow());
            said = waitWindow()->findChild<QLabel*>(QStringLiteral("serverWaitText"))->text();
            QVERIFY(QTest::qWaitForWindowActive(waitWindow()));
            QTest::keyClick(waitWindow(), Qt::Key_S, Qt::AltModifier);
        });
        QVERIFY(saveThroughWarnings());
        QCOMPARE(said, QStringLiteral("Recherche de ce patient au serveur central…"));
        QCOMPARE(salmas(), 1);
        QVERIFY2(m_page->message()->text().contains(
                     QStringLiteral("sans comparaison avec le serveur central")),
                 qPrintable(m_page->message()->text()));
        // Alt+S is the window's own key, not something typed for the entry.
        QVERIFY2(!m_page->message()->text().contains(QStringLiteral("pris en compte")),
                 qPrintable(m_page->message()->text()));
    }

    // Enter or Échap on the wait, as a key pressed twice or a scanned zone's Enter would: back to
    // the entry as typed, nothing saved, the late answer changing nothing.
    void enterOrEscapeOnTheWaitGoBackToTheEntry() {
        for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Escape}) {
            if (key == Qt::Key_Return) // read once, then known
                m_server->enqueue({200, kPlainServer, {}, false});
            m_server->enqueue({200, {}, {}, true});
            typeSalma();
            QTimer::singleShot(0, this, [key] {
                QTRY_VERIFY(waitWindow());
                QVERIFY(QTest::qWaitForWindowActive(waitWindow()));
                QTest::keyClick(QApplication::focusWidget(), key);
            });
            QVERIFY(!saveThroughWarnings());
            QVERIFY(m_server->requests().last().target.endsWith("/Patient/_search"));
            QVERIFY(m_page->isFormShown());
            QCOMPARE(edit("givenLatin")->text(), QStringLiteral("Salma"));
            QCOMPARE(salmas(), 0);
        }
    }

    // Keys pressed in the first moment of the wait, before its window shows, reach nothing: the
    // entry compared and saved is the one the clerk saved.
    void keysInTheFirstMomentOfTheWaitDoNotReachTheForm() {
        answerSalmaWith(bundleOf({theirPatient(QStringLiteral("srv-salma"))}));
        m_server->delayReplies(600);
        typeSalma();
        bool early = false;
        QTimer::singleShot(50, this, [this, &early] {
            early = !waitWindow();
            QTest::keyClick(edit("givenLatin"), Qt::Key_X);
        });
        bool compared = false;
        whenModal<ui::DuplicateDialog>([&compared](ui::DuplicateDialog* d) {
            compared = true;
            d->reject();
        });
        QVERIFY(!saveThroughWarnings());
        QVERIFY(early);
        QVERIFY2(compared, qPrintable(form()->formMessage()->text()));
        QCOMPARE(edit("givenLatin")->text(), QStringLiteral("Salma"));
    }

    // Keys and clicks from the platform reach a window before its widgets: the wait window's own
    // keys and buttons answer a real keyboard and mouse, not only events sent to a widget.
    void theWaitWindowAnswersARealKeyboardAndMouse() {
        m_server->enqueue({200, kPlainServer, {}, false});
        for (const bool click : {false, true}) {
            m_server->enqueue({200, {}, {}, true});
            typeSalma();
            QTimer::singleShot(0, this, [click] {
                QTRY_VERIFY(waitWindow());
                QVERIFY(QTest::qWaitForWindowActive(waitWindow()));
                QWindow* window = waitWindow()->windowHandle();
                if (!click) {
                    QTest::keyClick(window, Qt::Key_Escape);
                    return;
                }
                auto* without =
                    waitWindow()->findChild<QAbstractButton*>(QStringLiteral("serverWaitWithout"));
                QTest::mouseClick(window, Qt::LeftButton, {},
                                  without->mapTo(waitWindow(), without->rect().center()));
            });
            QElapsedTimer waited;
            waited.start();
            if (!click) {
                QVERIFY(!saveThroughWarnings());
                QVERIFY(m_page->isFormShown());
                QCOMPARE(salmas(), 0);
            } else {
                QVERIFY2(saveThroughWarnings(), qPrintable(form()->formMessage()->text()));
                QCOMPARE(salmas(), 1);
            }
            // Ended by the key or the click, not by the client giving up on a silent server.
            QVERIFY2(waited.elapsed() < 5000, qPrintable(QString::number(waited.elapsed())));
        }
    }

    // What the clerk types while the save waits reaches nothing (the next patient's name, a
    // scanned zone); the desk says so where the save ends, so that it is typed again.
    void whatIsTypedDuringTheWaitIsSaidNotTaken() {
        answerSalmaWith(bundleOf({}));
        m_server->delayReplies(600);
        typeSalma();
        QTimer::singleShot(50, this, [this] {
            QTest::keyClick(m_page->windowHandle(), Qt::Key_B);
            QTest::keyClick(m_page->windowHandle(), Qt::Key_Return);
        });
        QVERIFY2(saveThroughWarnings(), qPrintable(form()->formMessage()->text()));
        QCOMPARE(salmas(), 1);
        const QString said = m_page->message()->text();
        QVERIFY2(said.startsWith(QStringLiteral("Patient enregistré")) &&
                     said.endsWith(QStringLiteral("Ce qui a été tapé ou lu pendant la recherche au "
                                                  "serveur central n'a pas été pris en compte : "
                                                  "saisissez-le ou lisez-le à nouveau.")),
                 qPrintable(said));

        // Typed into the wait window itself, then Enter: back to the entry, which says it.
        m_server->delayReplies(0);
        m_server->enqueue({200, {}, {}, true});
        typeSalma();
        edit("givenLatin")->setText(QStringLiteral("Salima"));
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(waitWindow());
            QVERIFY(QTest::qWaitForWindowActive(waitWindow()));
            QTest::keyClick(waitWindow()->windowHandle(), Qt::Key_K);
            QTest::keyClick(waitWindow()->windowHandle(), Qt::Key_Return);
        });
        QVERIFY(!saveThroughWarnings());
        QVERIFY2(
            form()->formMessage()->text().contains(QStringLiteral("n'a pas été pris en compte")),
            qPrintable(form()->formMessage()->text()));
        QCOMPARE(edit("givenLatin")->text(), QStringLiteral("Salima"));

        // Nothing typed: nothing said.
        m_server->enqueue({200, {}, {}, true});
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(waitWindow());
            QVERIFY(QTest::qWaitForWindowActive(waitWindow()));
            QTest::keyClick(waitWindow()->windowHandle(), Qt::Key_Escape);
        });
        QVERIFY(!form()->save());
        QVERIFY2(form()->formMessage()->text().isEmpty(),
                 qPrintable(form()->formMessage()->text()));
    }

    // Keys typed during the wait of a save that ends elsewhere than on a new patient are said
    // there too: after a correction, alone or after what it says of the server; after the
    // patient chosen as the one typed, alone or after what opening that patient said.
    void whatIsTypedDuringTheWaitIsSaidAfterACorrectionOrAChosenPatient() {
        const QString note = QStringLiteral("Ce qui a été tapé ou lu pendant la recherche au "
                                            "serveur central n'a pas été pris en compte : "
                                            "saisissez-le ou lisez-le à nouveau.");
        const auto typeDuringTheWait = [this] {
            QTimer::singleShot(50, this,
                               [this] { QTest::keyClick(m_page->windowHandle(), Qt::Key_B); });
        };
        // A correction given a document: its other holders are asked for (none).
        const PatientRecord karim = registered(QStringLiteral("Tazi"), QStringLiteral("Karim"),
                                               core::PartialDate::year(1990), core::Sex::Male);
        const auto correct = [&](const QString& document) {
            m_page->searchPanel()->searchFor(karim.ipp);
            QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
            m_page->editSelected();
            choose("documentType", QStringLiteral("cnie"));
            edit("documentNumber")->setText(document);
        };
        correct(QStringLiteral("BK654321"));
        m_server->enqueue({200, bundleOf({}), {}, false});
        m_server->delayReplies(600);
        typeDuringTheWait();
        QVERIFY2(saveThroughWarnings(), qPrintable(form()->formMessage()->text()));
        QCOMPARE(m_reg->registry->get(karim.id).value()->documentNumber,
                 QStringLiteral("BK654321"));
        QCOMPARE(m_page->message()->text(), note);
        QCOMPARE(m_page->message()->kind(), ui::FieldMessage::Kind::Info);

        // Another record of his refused by the server: said on opening him, the note after it.
        QVERIFY(m_reg->store
                    ->writeLocal({{storage::LocalChange::Operation::Create,
                                   QStringLiteral("Observation"), QStringLiteral("obs-1"), karim.id,
                                   QByteArrayLiteral(R"({"resourceType":"Observation","id":)"
                                                     R"("obs-1","status":"final"})"),
                                   QStringLiteral("user-1")}})
                    .ok());
        storage::Outbox refusing(*m_shell->database);
        const auto observation = refusing.next(100).value().last();
        QCOMPARE(observation.id, QStringLiteral("obs-1"));
        QVERIFY(refusing.recordRefusal(observation.seq, QStringLiteral("Observation.code")).ok());
        correct(QStringLiteral("BK654320"));
        m_server->enqueue({200, bundleOf({}), {}, false});
        m_server->delayReplies(600);
        typeDuringTheWait();
        QVERIFY2(saveThroughWarnings(), qPrintable(form()->formMessage()->text()));
        const QString afterRefusal = m_page->message()->text();
        QVERIFY2(afterRefusal.startsWith(QStringLiteral("Le serveur central a refusé")) &&
                     afterRefusal.endsWith(QStringLiteral("Observation.code ") + note),
                 qPrintable(afterRefusal));
        QCOMPARE(m_page->message()->kind(), ui::FieldMessage::Kind::Warning);
        QVERIFY(refusing.recordFailure(observation.seq, QStringLiteral("HTTP 503")).ok());

        // Saved without the server (Alt+S), a key typed into the wait window first.
        m_server->delayReplies(0);
        correct(QStringLiteral("BK654322"));
        m_server->enqueue({200, {}, {}, true});
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(waitWindow());
            QVERIFY(QTest::qWaitForWindowActive(waitWindow()));
            QTest::keyClick(waitWindow()->windowHandle(), Qt::Key_K);
            QTest::keyClick(waitWindow()->windowHandle(), Qt::Key_S, Qt::AltModifier);
        });
        QVERIFY2(saveThroughWarnings(), qPrintable(form()->formMessage()->text()));
        QCOMPARE(m_page->message()->text(),
                 QStringLiteral("Correction enregistrée. Sa pièce d'identité n'a pas été "
                                "comparée avec le serveur central. ") +
                     note);

        // Salma registered here, chosen as the patient typed, her record lacking nothing typed.
        const PatientRecord salma =
            registered(QStringLiteral("Berrada"), QStringLiteral("Salma"),
                       core::PartialDate::fromDate(QDate(1988, 6, 21)), core::Sex::Female);
        const auto chooseSalma = [&](bool offersKnown) {
            if (offersKnown) { // what the server offers is read once
                m_server->enqueue({200, bundleOf({}), {}, false});
                m_server->enqueue({200, bundleOf({}), {}, false});
            } else {
                answerSalmaWith(bundleOf({}));
            }
            m_server->delayReplies(600);
            typeSalma();
            typeDuringTheWait();
            QString chosen;
            comparingOnSave([&chosen](ui::DuplicateDialog* d) {
                chosen = d->chosenId();
                altC(d);
            });
            QCOMPARE(chosen, salma.id);
            QVERIFY(!m_page->isFormShown());
            QCOMPARE(m_shell->patient->current()->localId, salma.id);
        };
        chooseSalma(false);
        QCOMPARE(m_page->message()->text(), note);
        QCOMPARE(m_page->message()->kind(), ui::FieldMessage::Kind::Info);
        // Her record holding a change the server refused: said on opening, the note after it.
        storage::Outbox outbox(*m_shell->database);
        const auto waiting = outbox.next(10).value();
        QVERIFY(!waiting.isEmpty());
        for (const storage::OutboxEntry& e : waiting)
            QVERIFY(outbox.recordRefusal(e.seq, QStringLiteral("Patient.birthDate")).ok());
        chooseSalma(true);
        const QString said = m_page->message()->text();
        QVERIFY2(said.startsWith(QStringLiteral("Le serveur central a refusé une modification")) &&
                     said.endsWith(QStringLiteral("Patient.birthDate ") + note),
                 qPrintable(said));
        QCOMPARE(m_page->message()->kind(), ui::FieldMessage::Kind::Warning);
    }

    // A temporary identity recognised on the server, keys typed during the wait: the note
    // follows what the desk says of the two records queued for merging.
    void whatIsTypedDuringTheWaitIsSaidAfterATemporaryIdentityRecognised() {
        const PatientRecord temporary = recogniseTemporaryAsSalma();
        QVERIFY(!temporary.id.isEmpty());
        m_server->delayReplies(600);
        QTimer::singleShot(50, this,
                           [this] { QTest::keyClick(m_page->windowHandle(), Qt::Key_B); });
        whenModal<ui::DuplicateDialog>([](ui::DuplicateDialog* d) { altC(d); });
        QVERIFY2(saveThroughWarnings(), qPrintable(form()->formMessage()->text()));
        QCOMPARE(m_shell->patient->current()->localId, QStringLiteral("srv-salma"));
        const QString said = m_page->message()->text();
        QVERIFY2(said.startsWith(QStringLiteral("Le dossier provisoire IPP %1 est dans la file "
                                                "des doublons")
                                     .arg(temporary.ipp)) &&
                     said.endsWith(QStringLiteral("Ce qui a été tapé ou lu pendant la recherche "
                                                  "au serveur central n'a pas été pris en "
                                                  "compte : saisissez-le ou lisez-le à nouveau.")),
                 qPrintable(said));
    }

    // Keys that only move about (Tab, arrows, Home, End, the page keys) or modifiers alone, in
    // the first moment of the wait before its window shows, carry nothing the clerk would type
    // again: nothing is said of them. A digit among them is said.
    void keysThatOnlyMoveAboutDuringTheWaitAreNotSaidAsTyped() {
        const auto pressDuringTheWait = [this](bool digit) {
            QTimer::singleShot(50, this, [this, digit] {
                QWindow* window = m_page->windowHandle();
                for (const Qt::Key key :
                     {Qt::Key_Tab, Qt::Key_Backtab, Qt::Key_Left, Qt::Key_Right, Qt::Key_Up,
                      Qt::Key_Down, Qt::Key_Home, Qt::Key_End, Qt::Key_PageUp, Qt::Key_PageDown,
                      Qt::Key_Shift, Qt::Key_Control, Qt::Key_Alt})
                    QTest::keyClick(window, key);
                QTest::keyClick(window, Qt::Key_Tab, Qt::ShiftModifier);
                QTest::keyClick(window, Qt::Key_Down, Qt::ShiftModifier);
                if (digit)
                    QTest::keyClick(window, Qt::Key_7);
            });
        };
        answerSalmaWith(bundleOf({}));
        m_server->delayReplies(600);
        typeSalma();
        pressDuringTheWait(false);
        QVERIFY2(saveThroughWarnings(), qPrintable(form()->formMessage()->text()));
        QCOMPARE(salmas(), 1);
        QVERIFY2(m_page->message()->text().startsWith(QStringLiteral("Patient enregistré")) &&
                     !m_page->message()->text().contains(QStringLiteral("pris en compte")),
                 qPrintable(m_page->message()->text()));

        // Her CNIE added (its other holders asked for), the same keys and a digit.
        m_page->editSelected();
        QVERIFY(form()->isEditing());
        choose("documentType", QStringLiteral("cnie"));
        edit("documentNumber")->setText(QStringLiteral("BK123456"));
        m_server->enqueue({200, bundleOf({}), {}, false});
        pressDuringTheWait(true);
        QVERIFY2(saveThroughWarnings(), qPrintable(form()->formMessage()->text()));
        QVERIFY2(m_page->message()->text().contains(QStringLiteral("n'a pas été pris en compte")),
                 qPrintable(m_page->message()->text()));
    }

    // A zone from a serial reader while the save waits (the next patient's card): not taken (its
    // questions would open behind the wait and hold it), and said with what was typed meanwhile.
    void aZoneScannedDuringTheWaitIsSaidNotTaken() {
        m_server->enqueue({200, kPlainServer, {}, false});
        m_server->enqueue({200, {}, {}, true});
        typeSalma();
        bool boxShown = false;
        QTimer::singleShot(0, this, [this, &boxShown] {
            QTRY_VERIFY(waitWindow());
            m_page->applyScannedZone(cnieZone());
            boxShown = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr;
            QVERIFY(QTest::qWaitForWindowActive(waitWindow()));
            QTest::keyClick(waitWindow()->windowHandle(), Qt::Key_Escape);
        });
        QVERIFY(!saveThroughWarnings());
        QVERIFY(!boxShown);
        QCOMPARE(edit("familyLatin")->text(), QStringLiteral("Berrada"));
        QVERIFY2(
            form()->formMessage()->text().contains(QStringLiteral("n'a pas été pris en compte")),
            qPrintable(form()->formMessage()->text()));
    }

    // A correction whose record a pull changes while its save waits for the server: the change is
    // taken into the form and the save stops, never written over (read again before the write).
    void aCorrectionChangedElsewhereDuringTheWaitIsNotWrittenOver() {
        const PatientRecord karim = registered(QStringLiteral("Tazi"), QStringLiteral("Karim"),
                                               core::PartialDate::year(1990), core::Sex::Male,
                                               QStringLiteral("0612345678"));
        m_page->searchPanel()->searchFor(karim.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        m_page->editSelected();
        choose("documentType", QStringLiteral("cnie"));
        edit("documentNumber")->setText(QStringLiteral("BK654321"));
        m_server->enqueue({200, {}, {}, true}); // a plain search for the document's holders
        QString newPhone;
        QTimer::singleShot(0, this, [this, &karim, &newPhone] {
            QTRY_VERIFY(waitWindow());
            PatientRecord elsewhere = m_reg->registry->get(karim.id).value().value();
            elsewhere.phone = QStringLiteral("0661000000");
            QVERIFY(m_reg->registry->update(elsewhere, *m_shell->session->session()).ok());
            newPhone = m_reg->registry->get(karim.id).value()->phone;
            QVERIFY(QTest::qWaitForWindowActive(waitWindow()));
            QTest::keyClick(waitWindow()->windowHandle(), Qt::Key_S, Qt::AltModifier);
        });
        QVERIFY(!saveThroughWarnings());
        QVERIFY(m_page->isFormShown());
        QVERIFY2(form()->formMessage()->text().startsWith(
                     QStringLiteral("Ce dossier a été modifié sur un autre poste")),
                 qPrintable(form()->formMessage()->text()));
        const PatientRecord stored = m_reg->registry->get(karim.id).value().value();
        QCOMPARE(stored.phone, newPhone);
        QVERIFY(stored.documentNumber.isEmpty());
        QCOMPARE(edit("documentNumber")->text(), QStringLiteral("BK654321"));
    }

    // The session locked while the save waits: nothing is compared or saved over the lock; the
    // entry stays, said interrupted, for when the clerk is back.
    void aLockDuringTheWaitSavesNothing() {
        m_server->enqueue({200, kPlainServer, {}, false});
        m_server->enqueue({200, bundleOf({theirPatient(QStringLiteral("srv-salma"))}), {}, false});
        m_server->delayReplies(1500);
        typeSalma();
        QTimer::singleShot(0, this, [this] {
            QTRY_VERIFY(waitWindow());
            m_shell->session->lock();
        });
        bool compared = false;
        whenModal<ui::DuplicateDialog>([&compared](ui::DuplicateDialog*) { compared = true; });
        QVERIFY(!saveThroughWarnings());
        QVERIFY(!compared);
        QCOMPARE(salmas(), 0);
        QVERIFY(!m_reg->registry->get(QStringLiteral("srv-salma")).value());
        QCOMPARE(edit("givenLatin")->text(), QStringLiteral("Salma"));
        QVERIFY2(
            form()->formMessage()->text().startsWith(QStringLiteral("Enregistrement interrompu")),
            qPrintable(form()->formMessage()->text()));
    }
};

QTEST_MAIN(AdmissionServerWaitTest)
#include "tst_AdmissionServerWait.moc"
