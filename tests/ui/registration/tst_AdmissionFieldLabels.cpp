// The form names the fields a message is about by their labels, as the clerk reads them: without
// the accelerator a translation gives a label ("&Nom"), and each name once (the Latin and the
// Arabic family name are both "Nom"). Both messages that list fields: a correction that takes
// changes made elsewhere, and an existing patient chosen whose blanks take what was typed.
#include "SafeguardsDesk.h"

#include <QTranslator>

using namespace sijil;
using namespace Qt::StringLiterals;
using sijil::test::whenModal;

namespace {

// A translation of the form that gives the name labels accelerators, as a translator may.
class AcceleratedNames : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "sijil::ui::RegistrationForm") != 0)
            return {};
        if (qstrcmp(source, "Nom") == 0)
            return u"&Nom"_s;
        if (qstrcmp(source, "Prénom") == 0)
            return u"P&rénom"_s;
        return {};
    }
};

} // namespace

class AdmissionFieldLabelsTest : public test::SafeguardsDesk {
    Q_OBJECT

private slots:
    void init() {
        openDesk();
        QVERIFY(QCoreApplication::installTranslator(&m_names));
        // The form reads its labels again on the LanguageChange posted to it.
        QTRY_COMPARE(form()->inputFor(u"givenArabic"_s)->accessibleName(), u"P&rénom"_s);
    }
    void cleanup() {
        QCoreApplication::removeTranslator(&m_names);
        closeDesk();
    }

    // Both names changed elsewhere since the correction was opened: "Nom" and "Prénom" once
    // each, as the labels read.
    void aCorrectionNamesTheFieldsChangedElsewhereOnce() {
        const PatientRecord karim =
            registered(u"Benali"_s, u"Karim"_s, core::PartialDate::year(1975), core::Sex::Male);
        QTest::keyClicks(searchBox(), karim.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        QTest::keyClick(searchBox(), Qt::Key_F2);
        QVERIFY(form()->isEditing());
        PatientRecord elsewhere = m_reg->registry->get(karim.id).value().value();
        elsewhere.name = core::PersonName(u"Benaly"_s, u"Karim"_s, u"بنعلي"_s, u"كريم"_s);
        QVERIFY(m_reg->registry->update(elsewhere, *m_shell->session->session()).ok());

        edit("address")->setText(u"12 rue Atlas"_s);
        QVERIFY(!form()->save());
        const QString said = form()->formMessage()->text();
        QVERIFY2(said.contains(u"reprises dans la saisie (Nom et Prénom)."_s), qPrintable(said));
        QVERIFY2(!said.contains(u'&'), qPrintable(said));
    }

    // "C'est ce patient" on an entry that adds the Arabic names and a phone number.
    void anExistingPatientChosenNamesItsCompletedFieldsWithoutAccelerators() {
        registered(u"Benali"_s, u"Karim"_s, core::PartialDate::fromDate(QDate(1975, 3, 12)),
                   core::Sex::Male);
        QTest::keyClicks(searchBox(), u"Benali Karim 12/03/1975"_s);
        ctrl(Qt::Key_N);
        choose("sex", u"male"_s);
        edit("familyArabic")->setText(u"بنعلي"_s);
        edit("givenArabic")->setText(u"كريم"_s);
        edit("phone")->setText(u"0661000000"_s);
        choose("accountingCategory", u"PAYANT"_s);
        choose("coverageRegime", u"NONE"_s);
        whenModal<ui::DuplicateDialog>([](ui::DuplicateDialog* d) { altC(d); });
        QVERIFY(!form()->save());
        QVERIFY(form()->isEditing());
        const QString said = form()->formMessage()->text();
        QVERIFY2(said.contains(u"reçu votre saisie : Nom, Prénom et Téléphone."_s),
                 qPrintable(said));
        QVERIFY2(!said.contains(u'&'), qPrintable(said));
    }

private:
    AcceleratedNames m_names;
};

QTEST_MAIN(AdmissionFieldLabelsTest)
#include "tst_AdmissionFieldLabels.moc"
