// The registration form's own fields, on their own.
#include <QAbstractItemView>
#include <QApplication>
#include <QLocale>
#include <QScreen>
#include <QToolTip>
#include <QtTest>

#include <registration/FormFields.h>
#include <shell/ThemeManager.h>

using namespace sijil;
using namespace Qt::StringLiterals;

namespace {

// The longest coverage regime name of the reference list, in Arabic.
const QString kLong =
    u"التأمين الإجباري الأساسي عن المرض – الصندوق الوطني لمنظمات الاحتياط الاجتماعي"_s;

// A coverage list 260 px wide, as in the form's column, holding that name; `form` shown.
ui::CodeCombo* coverageList(QWidget& form) {
    auto* combo = new ui::CodeCombo(true, &form);
    combo->setItems({{u"AMO-CNOPS"_s, kLong}, {u"NONE"_s, u"بدون تغطية"_s}}, true);
    combo->setGeometry(20, 20, 260, combo->sizeHint().height());
    form.resize(300, 200);
    form.show();
    return combo;
}

} // namespace

class FormFieldsTest : public QObject {
    Q_OBJECT

private slots:
    // A coded list narrower than its longest name (a coverage regime at the form's width) shows
    // every name whole in its open list: they were cut at the width of the closed box.
    void theOpenListShowsLongNamesWhole_data() {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<bool>("rightToLeft");
        QTest::newRow("light") << u"light"_s << false;
        QTest::newRow("light, right to left") << u"light"_s << true;
        QTest::newRow("high-contrast") << u"high-contrast"_s << false;
    }
    void theOpenListShowsLongNamesWhole() {
        QFETCH(QString, theme);
        QFETCH(bool, rightToLeft);
        ui::ThemeManager themes;
        QVERIFY(themes.apply(theme));
        QWidget form;
        form.setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        auto* combo = coverageList(form);
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        combo->showPopup();
        QAbstractItemView* view = combo->view();
        QTRY_VERIFY(view->isVisible());
        const int longRow = combo->findData(u"AMO-CNOPS"_s);
        const int needed = view->sizeHintForIndex(view->model()->index(longRow, 0)).width();
        QVERIFY2(needed <= view->viewport()->width(),
                 qPrintable(u"the name needs %1 px, the list shows %2"_s.arg(needed).arg(
                     view->viewport()->width())));
        // Still within the screen.
        const QRect screen = form.screen()->availableGeometry();
        QVERIFY(screen.contains(view->window()->frameGeometry()));
        combo->hidePopup();
        QVERIFY(themes.apply(u"light"_s));
    }

    // Closed, a name that does not fit is whole in the tooltip; one that fits has none.
    void aNameCutInTheClosedBoxIsWholeInItsTooltip() {
        QWidget form;
        auto* combo = coverageList(form);
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const auto tipShown = [combo] {
            QToolTip::hideText(); // it fades out: wait until it is gone
            if (!QTest::qWaitFor([] { return !QToolTip::isVisible(); }))
                return u"(the last tooltip never hid)"_s;
            const QPoint at = combo->rect().center();
            QHelpEvent help(QEvent::ToolTip, at, combo->mapToGlobal(at));
            QCoreApplication::sendEvent(combo, &help);
            return QToolTip::isVisible() ? QToolTip::text() : QString();
        };
        combo->setCode(u"AMO-CNOPS"_s);
        QCOMPARE(tipShown(), kLong);
        // The box's own tooltip (where a value was read from) is kept, after the name.
        combo->setToolTip(u"Lu sur la pièce d'identité (MRZ)"_s);
        QCOMPARE(tipShown(), kLong + u"\n"_s + combo->toolTip());
        combo->setToolTip({});
        combo->setCode(u"NONE"_s);
        QCOMPARE(tipShown(), QString());
        // Widened until the long name fits, it has no tooltip either.
        combo->setCode(u"AMO-CNOPS"_s);
        form.resize(combo->fontMetrics().horizontalAdvance(kLong) + 200, 200);
        combo->resize(combo->fontMetrics().horizontalAdvance(kLong) + 120, combo->height());
        QCOMPARE(tipShown(), QString());
        QToolTip::hideText();
    }

    // Labels as a message names them: without their accelerators (the Arabic "(&X)" form
    // whole), "&&" as the '&' the label shows, each name once however its accelerator is placed.
    void fieldLabelsAreNamedOnceWithoutAccelerators() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Morocco));
        QCOMPARE(ui::fieldLabelList({u"&Nom"_s, u"P&rénom"_s, u"Nom"_s, u"Pr&énom"_s}),
                 u"Nom et Prénom"_s);
        QCOMPARE(ui::fieldLabelList({u"Tél. && &fax"_s, u"&Tél. && fax"_s, u"&Sexe"_s}),
                 u"Tél. & fax et Sexe"_s);
        QCOMPARE(ui::fieldLabelList({u"الاسم (&N)"_s, u"الاسم"_s, u"&&"_s}), u"الاسم et &"_s);
        QCOMPARE(ui::fieldLabelList({u"Ville&"_s}), u"Ville"_s);
        QLocale::setDefault(before);
    }
};

QTEST_MAIN(FormFieldsTest)
#include "tst_FormFields.moc"
