// Light and high-contrast themes, chosen from the menu and remembered.
#include "ShellFixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QtTest>

using namespace sijil;

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
