// A person's choices for this workstation: defaults, persistence in the INI file, and refusal of
// values the UI cannot honour (including values hand-edited into the file).
#include <sijil/core/UserPreferences.h>

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace sijil::core;

class UserPreferencesTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniPath(const char* name) const {
        return m_dir.filePath(QString::fromLatin1(name) + QStringLiteral(".ini"));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaults() {
        const UserPreferences prefs(iniPath("defaults"));
        QCOMPARE(prefs.language(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(prefs.language(QStringLiteral("ar")), QStringLiteral("ar"));
        QCOMPARE(prefs.theme(), QStringLiteral("light"));
        QVERIFY(prefs.lastUsername().isEmpty());
    }

    void roundTripThroughTheFile() {
        const QString path = iniPath("roundtrip");
        {
            UserPreferences prefs(path);
            prefs.setLanguage(QStringLiteral("ar"));
            prefs.setTheme(QStringLiteral("high-contrast"));
            prefs.setLastUsername(QStringLiteral("f.benali"));
        } // written when the object goes away
        QVERIFY(QFile::exists(path));
        const UserPreferences again(path);
        QCOMPARE(again.language(QStringLiteral("fr")), QStringLiteral("ar"));
        QCOMPARE(again.theme(), QStringLiteral("high-contrast"));
        QCOMPARE(again.lastUsername(), QStringLiteral("f.benali"));

        // An ordinary INI file another tool (or an administrator) can read.
        const QSettings raw(path, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("ui/language")).toString(), QStringLiteral("ar"));
        QCOMPARE(raw.value(QStringLiteral("ui/theme")).toString(), QStringLiteral("high-contrast"));
    }

    void laterChoicesReplaceEarlierOnes() {
        const QString path = iniPath("replace");
        {
            UserPreferences prefs(path);
            prefs.setLanguage(QStringLiteral("ar"));
            prefs.setLanguage(QStringLiteral("en"));
            prefs.setTheme(QStringLiteral("high-contrast"));
            prefs.setTheme(QStringLiteral("light"));
            prefs.setLastUsername(QStringLiteral("k.alaoui"));
            prefs.setLastUsername(QString());
        }
        const UserPreferences again(path);
        QCOMPARE(again.language(QStringLiteral("fr")), QStringLiteral("en"));
        QCOMPARE(again.theme(), QStringLiteral("light"));
        QVERIFY(again.lastUsername().isEmpty());
    }

    void unsupportedValuesAreRejected() {
        const QString path = iniPath("unsupported");
        {
            UserPreferences prefs(path);
            prefs.setLanguage(QStringLiteral("ar"));
            prefs.setTheme(QStringLiteral("high-contrast"));
            prefs.setLanguage(QStringLiteral("de"));
            prefs.setLanguage(QStringLiteral("FR"));
            prefs.setLanguage(QString());
            prefs.setTheme(QStringLiteral("dark"));
            // Refused values leave the earlier choice in place.
            QCOMPARE(prefs.language(QStringLiteral("fr")), QStringLiteral("ar"));
            QCOMPARE(prefs.theme(), QStringLiteral("high-contrast"));
        }
        const UserPreferences again(path);
        QCOMPARE(again.language(QStringLiteral("fr")), QStringLiteral("ar"));
        QCOMPARE(again.theme(), QStringLiteral("high-contrast"));
    }

    void handEditedValuesFallBack() {
        const QString path = iniPath("edited");
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
            raw.setValue(QStringLiteral("ui/theme"), QStringLiteral("neon"));
        }
        const UserPreferences prefs(path);
        QCOMPARE(prefs.language(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(prefs.theme(), QStringLiteral("light"));
    }

    void supportedSets() {
        for (const char* code : {"fr", "ar", "en"})
            QVERIFY(UserPreferences::isSupportedLanguage(QString::fromLatin1(code)));
        for (const char* code : {"de", "es", "", "fr_FR", "Fr", "ara"})
            QVERIFY2(!UserPreferences::isSupportedLanguage(QString::fromLatin1(code)), code);
        QVERIFY(UserPreferences::isSupportedTheme(QStringLiteral("light")));
        QVERIFY(UserPreferences::isSupportedTheme(QStringLiteral("high-contrast")));
        QVERIFY(!UserPreferences::isSupportedTheme(QStringLiteral("dark")));
        QVERIFY(!UserPreferences::isSupportedTheme(QString()));
    }
};

QTEST_GUILESS_MAIN(UserPreferencesTest)
#include "tst_UserPreferences.moc"
