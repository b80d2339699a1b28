// The open patient's merges looping back (two sites merged the pair crosswise): the desk says so
// once for that patient, not again at each sync cycle or change of the review queue that asks
// whether the patient open was merged meanwhile.
#include "AdmissionDesk.h"
#include "SamplePatients.h"

#include <sijil/core/PatientContext.h>

#include <registration/DuplicateReviewPage.h>

using namespace sijil;
using namespace Qt::StringLiterals;

class AdmissionMergeLoopTest : public test::AdmissionDesk {
    Q_OBJECT

private slots:
    void init() { openDesk(); }
    void cleanup() { closeDesk(); }

    void aMergeLoopOfThePatientOpenIsSaidOncePerPatient() {
        using registry::testing::mergedServerPatient;
        const auto& session = *m_shell->session->session();
        QVERIFY(m_reg->registry->adopt(mergedServerPatient(u"srv-a"_s, u"srv-b"_s), session).ok());
        QVERIFY(m_reg->registry->adopt(mergedServerPatient(u"srv-b"_s, u"srv-a"_s), session).ok());
        // Open before the merges came (here as another area opens a patient: the desk's own
        // opening refuses a record whose merges loop).
        core::PatientSummary fatima;
        fatima.localId = u"srv-a"_s;
        m_shell->patient->open(fatima);

        m_page->followMergedPatient(); // a sync cycle ended
        const QString loop = m_page->message()->text();
        QVERIFY2(loop.startsWith(u"Les fusions de ce dossier forment une boucle"_s),
                 qPrintable(loop));
        QCOMPARE(m_page->message()->kind(), ui::FieldMessage::Kind::Error);
        QCOMPARE(m_shell->patient->current()->localId, u"srv-a"_s); // nothing else opened

        // The clerk goes on; the next cycles and a change of the review queue say nothing more.
        m_page->message()->clear();
        m_page->followMergedPatient();
        m_page->followMergedPatient();
        auto* review = m_page->findChild<ui::DuplicateReviewPage*>();
        QVERIFY(review);
        emit review->queueChanged();
        QCOMPARE(m_page->message()->text(), QString());
        QCOMPARE(m_shell->patient->current()->localId, u"srv-a"_s);

        // Another patient opened, then this one again: said again, once.
        const PatientRecord karim =
            registered(u"Tazi"_s, u"Karim"_s, core::PartialDate::year(1975), core::Sex::Male);
        QVERIFY(m_page->openPatient(karim.id));
        m_page->followMergedPatient();
        QCOMPARE(m_page->message()->text(), QString());
        m_shell->patient->open(fatima);
        m_page->followMergedPatient();
        QCOMPARE(m_page->message()->text(), loop);
        m_page->message()->clear();
        m_page->followMergedPatient();
        QCOMPARE(m_page->message()->text(), QString());
    }
};

QTEST_MAIN(AdmissionMergeLoopTest)
#include "tst_AdmissionMergeLoop.moc"
