// Light and high-contrast themes, chosen from the menu and remembered.
#include "ShellFixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QListWidget>
#include <QScrollBar>
#include <QtTest>

#include <shell/Workspace.h>

using namespace sijil;
using namespace Qt::StringLiterals;

class ThemeManagerTest : public QObject {
    Q_OBJECT

private slots:
    void highContrastIsWhiteOnBlackWithYellowFocus() {
        ui::ThemeManager themes;
        QVERIFY(themes.apply(QStringLiteral("high-contrast")));
        const QPalette p = QApplication::palette();
        QCOMPARE(p.color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(p.color(QPalette::WindowText), QColor(Qt::white));
        QCOMPARE(p.color(QPalette::Highlight), QColor(Qt::yellow));
        QVERIFY(qApp->styleSheet().contains(QStringLiteral(":focus")));
        QVERIFY(qApp->styleSheet().contains(QStringLiteral("yellow")));

        QVERIFY(themes.apply(QStringLiteral("light")));
        QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::white));
        QVERIFY(!qApp->styleSheet().contains(QStringLiteral("yellow")));
    }

    // In high contrast a check box shows its box, and its state otherwise than by colour: the
    // style drew the box black on black, so the form's "year only" and "unidentified patient"
    // showed no box at all, checked or not.
    void highContrastCheckBoxesShowTheirBoxAndState() {
        ui::ThemeManager themes;
        QVERIFY(themes.apply(QStringLiteral("high-contrast")));
        QCheckBox box; // no text: the box alone
        box.resize(box.sizeHint());
        const auto grey = [&box](bool checked) {
            box.setChecked(checked);
            return box.grab().toImage().convertToFormat(QImage::Format_Grayscale8);
        };
        const QImage unchecked = grey(false);
        int light = 0;
        for (int y = 0; y < unchecked.height(); ++y) {
            for (int x = 0; x < unchecked.width(); ++x)
                light += qGray(unchecked.pixel(x, y)) > 128 ? 1 : 0;
        }
        QVERIFY2(light > 8, "the unchecked box cannot be seen on the black window");
        QVERIFY2(grey(true) != unchecked, "checked and unchecked look the same in grey");
        QVERIFY(themes.apply(QStringLiteral("light")));
    }

    // The area names fit the navigation in every theme and language: the high-contrast theme's
    // larger font gave it a scroll bar at 1366x800, and a clipped name.
    void theAreaNamesFitTheNavigationWithoutScrolling() {
        test::ShellFixture f;
        f.addUser(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42"));
        auto& w = f.window();
        w.resize(1366, 800);
        QVERIFY(f.signIn(QStringLiteral("ahmed"), QStringLiteral("tres-secret-42")));
        QListWidget* nav = w.workspace()->navigation();
        for (const QString& theme : {u"high-contrast"_s, u"light"_s}) {
            QVERIFY(f.themes->apply(theme));
            for (const QString& language : {u"fr"_s, u"ar"_s, u"en"_s}) {
                QVERIFY(f.languages->setLanguage(language));
                QTest::qWait(50); // the style and the new texts reach the list's layout
                const QString where = theme + u" "_s + language;
                QTRY_VERIFY2(!nav->horizontalScrollBar()->isVisible(), qPrintable(where));
                QVERIFY2(!nav->verticalScrollBar()->isVisible(), qPrintable(where));
                for (int i = 0; i < nav->count(); ++i) {
                    const QRect item = nav->visualItemRect(nav->item(i));
                    QVERIFY2(nav->viewport()->rect().contains(item),
                             qPrintable(where + u" "_s + nav->item(i)->text()));
                    QVERIFY2(nav->sizeHintForIndex(nav->model()->index(i, 0)).width() <=
                                 nav->viewport()->width(),
                             qPrintable(where + u" "_s + nav->item(i)->text()));
                }
            }
        }
        QVERIFY(f.themes->apply(u"light"_s));
        QVERIFY(f.languages->setLanguage(u"fr"_s));
    }

    void unknownThemesChangeNothing() {
        ui::ThemeManager themes;
        QVERIFY(themes.apply(QStringLiteral("light")));
        QSignalSpy changed(&themes, &ui::ThemeManager::themeChanged);
        QVERIFY(!themes.apply(QStringLiteral("dark-purple")));
        QCOMPARE(themes.theme(), QStringLiteral("light"));
        QCOMPARE(changed.count(), 0);
    }

    void theMenuAppliesAndRemembersTheTheme() {
        test::ShellFixture f;
        auto& w = f.window();
        auto* action = w.findChild<QAction*>(QStringLiteral("highContrastAction"));
        QVERIFY(!action->isChecked());
        action->trigger();
        QCOMPARE(f.themes->theme(), QStringLiteral("high-contrast"));
        QCOMPARE(f.preferences->theme(), QStringLiteral("high-contrast"));
        QVERIFY(action->isChecked());
        QCOMPARE(w.palette().color(QPalette::Window), QColor(Qt::black));
    }
};

QTEST_MAIN(ThemeManagerTest)
#include "tst_ThemeManager.moc"
