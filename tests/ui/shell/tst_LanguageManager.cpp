// Switching language at run time: texts change without a restart, Arabic mirrors the whole
// layout, messages already on screen are re-translated, the choice is remembered.
#include "ShellFixture.h"

#include <QAbstractFileIconProvider>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include <shell/FieldMessage.h>
#include <shell/Workspace.h>

using namespace sijil;
using namespace Qt::StringLiterals;

namespace {

bool hasArabicLetters(const QString& s) {
    return std::any_of(s.begin(), s.end(),
                       [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF; });
}

// Where a child sits in the window, in window coordinates.
int leftEdgeInWindow(QWidget* child) {
    return child->mapTo(child->window(), QPoint(0, 0)).x();
}

} // namespace

class LanguageManagerTest : public QObject {
    Q_OBJECT

private slots:
    void arabicMirrorsTheWholeLayoutAndBack() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        QVERIFY(f.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42")));
        QListWidget* nav = w.workspace()->navigation();
        QTRY_VERIFY(nav->isVisible());
        QVERIFY(leftEdgeInWindow(nav) < w.width() / 2);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Admission"));

        w.findChild<QAction*>(QStringLiteral("language-ar"))->trigger();
        QCOMPARE(f.languages->language(), QStringLiteral("ar"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QTRY_VERIFY(w.isRightToLeft());
        // The navigation moves to the right edge once the layout has re-run.
        QTRY_VERIFY(leftEdgeInWindow(nav) > w.width() / 2);
        QVERIFY2(hasArabicLetters(nav->item(0)->text()), qPrintable(nav->item(0)->text()));
        QVERIFY(hasArabicLetters(w.menuBar()->actions().first()->text()));
        QVERIFY(hasArabicLetters(w.findChild<QAction*>(QStringLiteral("lockAction"))->text()));
        QCOMPARE(f.preferences->language(QStringLiteral("fr")), QStringLiteral("ar"));

        w.findChild<QAction*>(QStringLiteral("language-fr"))->trigger();
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QTRY_VERIFY(leftEdgeInWindow(nav) < w.width() / 2);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Admission"));
    }

    void englishReplacesTheFrenchTexts() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        auto* button = w.findChild<QPushButton*>(QStringLiteral("signInButton"));
        QCOMPARE(button->text(), QStringLiteral("Se connecter"));
        QVERIFY(f.languages->setLanguage(QStringLiteral("en")));
        QTRY_VERIFY(button->text() != QStringLiteral("Se connecter"));
        QVERIFY(!hasArabicLetters(button->text()));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QLocale().name(), QStringLiteral("en_GB"));
        f.languages->setLanguage(QStringLiteral("fr"));
        QTRY_COMPARE(button->text(), QStringLiteral("Se connecter"));
    }

    void messagesAlreadyShownAreRetranslated() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        auto* password = w.findChild<QLineEdit*>(QStringLiteral("password"));
        w.findChild<QLineEdit*>(QStringLiteral("username"))->setText(QStringLiteral("ahmed"));
        password->clear();
        QTest::keyClick(password, Qt::Key_Return);
        ui::FieldMessage* shown = nullptr;
        QTRY_VERIFY([&] {
            for (auto* m : w.findChildren<ui::FieldMessage*>()) {
                if (m->isVisible())
                    shown = m;
            }
            return shown != nullptr;
        }());
        QVERIFY(shown->text().contains(QStringLiteral("mot de passe")));
        f.languages->setLanguage(QStringLiteral("ar"));
        QTRY_VERIFY2(hasArabicLetters(shown->text()), qPrintable(shown->text()));
        QCOMPARE(shown->accessibleName(), shown->text());
        f.languages->setLanguage(QStringLiteral("fr"));
    }

    // An area is called by one name: in the navigation and as its page's title ("Admissions"
    // in the English navigation led to a page titled "Admission").
    void anAreaHasOneNameInEveryLanguage() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        QVERIFY(f.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42")));
        QListWidget* nav = w.workspace()->navigation();
        for (const QString& language : {u"en"_s, u"ar"_s, u"fr"_s}) {
            QVERIFY(f.languages->setLanguage(language));
            // Once the navigation has its new texts (the change reaches it through the loop).
            QTRY_COMPARE(nav->item(0)->text(),
                         QCoreApplication::translate("sijil::ui::Workspace", "Admission"));
            QCOMPARE(nav->item(0)->text(),
                     QCoreApplication::translate("sijil::ui::AdmissionPage", "Admission"));
        }
    }

    void signInPageOffersTheLanguageBeforeSignIn() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        auto* chooser = w.findChild<QComboBox*>(QStringLiteral("languageChooser"));
        QVERIFY(chooser->isVisible());
        QCOMPARE(chooser->count(), 3);
        const int ar = chooser->findData(QStringLiteral("ar"));
        // Native names, never translated, so that anyone can find their own language.
        QCOMPARE(chooser->itemText(ar), QStringLiteral("العربية"));
        chooser->setFocus();
        chooser->setCurrentIndex(ar);
        emit chooser->activated(ar);
        QCOMPARE(f.languages->language(), QStringLiteral("ar"));
        QCOMPARE(f.preferences->language(QStringLiteral("fr")), QStringLiteral("ar"));
        f.languages->setLanguage(QStringLiteral("fr"));
        QCOMPARE(chooser->currentData().toString(), QStringLiteral("fr"));
    }

    // Qt's own dialogs (a file dialog, a message box's buttons) speak as the program does: the
    // file dialog's "Folder" was left in English (Qt 6 moved it to a context Debian's Arabic and
    // French catalogues lack), and Cancel read "ألغِ" where the program says "إلغاء".
    void qtsOwnDialogsUseTheProgramsWords() {
        ui::LanguageManager languages;
        QTemporaryDir dir;
        const QFileInfo folder(dir.path());
        QAbstractFileIconProvider kinds;
        const auto cancelText = [] {
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            return box.button(QDialogButtonBox::Cancel)->text().remove(u'&');
        };

        QVERIFY(languages.setLanguage(u"ar"_s));
        QCOMPARE(kinds.type(folder), u"مجلد"_s);
        QCOMPARE(cancelText(), u"إلغاء"_s);
        QCOMPARE(QCoreApplication::translate("QProgressDialog", "Cancel"), u"إلغاء"_s);
        // What Qt's catalogue has and the program does not say otherwise is kept.
        QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), u"اعثر في:"_s);

        QVERIFY(languages.setLanguage(u"fr"_s));
        QCOMPARE(kinds.type(folder), u"Dossier"_s);
        QCOMPARE(cancelText(), u"Annuler"_s);

        QVERIFY(languages.setLanguage(u"en"_s));
        QCOMPARE(kinds.type(folder), u"Folder"_s);
        QCOMPARE(cancelText(), u"Cancel"_s);
        QVERIFY(languages.setLanguage(u"fr"_s));
    }

    void unknownLanguagesAreRefused() {
        ui::LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("fr")));
        QSignalSpy changed(&languages, &ui::LanguageManager::languageChanged);
        QVERIFY(!languages.setLanguage(QStringLiteral("de")));
        QVERIFY(!languages.setLanguage(QString()));
        QCOMPARE(languages.language(), QStringLiteral("fr"));
        QCOMPARE(changed.count(), 0);
    }
};

QTEST_MAIN(LanguageManagerTest)
#include "tst_LanguageManager.moc"
