// The banner names the open patient everywhere, in both scripts, and says so when none is open.
#include "ShellFixture.h"

#include <QLabel>
#include <QToolButton>
#include <QtTest>

#include <shell/PatientBanner.h>
#include <shell/Workspace.h>

using namespace sijil;

class PatientBannerTest : public QObject {
    Q_OBJECT

    ui::LanguageManager m_languages;

private:
    static QString label(QWidget& banner, const char* name) {
        return banner.findChild<QLabel*>(QString::fromLatin1(name))->text();
    }

private slots:
    // French with its translation file, as the application runs it (plural forms live there).
    void initTestCase() { QVERIFY(m_languages.setLanguage(QStringLiteral("fr"))); }

    void saysWhenNoPatientIsOpen() {
        core::PatientContext context;
        ui::PatientBanner banner(context);
        banner.show();
        QCOMPARE(label(banner, "bannerLatinName"), QStringLiteral("Aucun patient ouvert"));
        QVERIFY(label(banner, "bannerIpp").isEmpty());
        QVERIFY(!banner.findChild<QToolButton*>()->isVisible());
    }

    void showsTheOpenPatientInBothScripts() {
        core::PatientContext context;
        ui::PatientBanner banner(context);
        banner.show();
        const auto p = test::samplePatient();
        context.open(p);
        QCOMPARE(label(banner, "bannerLatinName"), QStringLiteral("EL AMRANI Fatima Zahra"));
        QCOMPARE(label(banner, "bannerArabicName"), QStringLiteral("العمراني فاطمة الزهراء"));
        QVERIFY(banner.findChild<QLabel*>(QStringLiteral("bannerArabicName"))->isRightToLeft());
        const int age = p.birthDate.ageOn(QDate::currentDate());
        const QString details = label(banner, "bannerDetails");
        QVERIFY2(details.contains(QStringLiteral("Femme")), qPrintable(details));
        QVERIFY2(details.contains(QLocale().toString(QDate(1984, 3, 12), QLocale::ShortFormat)),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("(%1 ans)").arg(age)), qPrintable(details));
        QCOMPARE(label(banner, "bannerIpp"), QStringLiteral("IPP : IPP0001234K"));
        QVERIFY(banner.accessibleName().contains(QStringLiteral("EL AMRANI")));
    }

    void partialBirthDatesStayVisiblyPartial() {
        core::PatientContext context;
        ui::PatientBanner banner(context);
        auto p = test::samplePatient();
        p.birthDate = core::PartialDate::year(1975);
        p.ipp = {};
        context.open(p);
        const QString details = label(banner, "bannerDetails");
        QVERIFY2(details.contains(QStringLiteral("né(e) en 1975")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("environ")), qPrintable(details));
        QCOMPARE(label(banner, "bannerIpp"), QStringLiteral("IPP : non attribué"));
    }

    void closingFromTheBannerClosesTheContext() {
        core::PatientContext context;
        ui::PatientBanner banner(context);
        banner.show();
        context.open(test::samplePatient());
        auto* close = banner.findChild<QToolButton*>();
        QVERIFY(close->isVisible());
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!context.hasPatient());
        QCOMPARE(label(banner, "bannerLatinName"), QStringLiteral("Aucun patient ouvert"));
    }

    void everyAreaSharesTheSameBannerState() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        QVERIFY(f.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42")));
        f.patient->open(test::samplePatient());
        auto* banner = w.findChild<ui::PatientBanner*>();
        for (const auto& area : ui::Workspace::areas()) {
            w.workspace()->showArea(area.id);
            QVERIFY(banner->isVisible());
            QCOMPARE(banner->findChild<QLabel*>(QStringLiteral("bannerLatinName"))->text(),
                     QStringLiteral("EL AMRANI Fatima Zahra"));
        }
    }
};

QTEST_MAIN(PatientBannerTest)
#include "tst_PatientBanner.moc"
