// The hints the desk's fields show while empty (their placeholders): whole, and on the side the
// interface reads from.
#include "AdmissionDesk.h"

#include <QStyleOptionFrame>

#include <registration/InsuredPicker.h>

using namespace sijil;
using namespace Qt::StringLiterals;

namespace {

// The width QLineEdit gives its placeholder before cutting it with an ellipsis: its contents
// rectangle, less its text margins and the 2 px it keeps on each side.
int placeholderRoom(QLineEdit* e) {
    QStyleOptionFrame option;
    option.initFrom(e);
    option.rect = e->contentsRect();
    option.lineWidth =
        e->hasFrame() ? e->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, e) : 0;
    option.state |= QStyle::State_Sunken;
    if (e->isReadOnly())
        option.state |= QStyle::State_ReadOnly;
    const QRect r = e->style()
                        ->subElementRect(QStyle::SE_LineEditContents, &option, e)
                        .marginsRemoved(e->textMargins());
    return r.width() - 4;
}

// The horizontal extent of what is drawn in a line edit other than its background and frame.
std::pair<int, int> inkColumns(QLineEdit* e) {
    const QImage shot = e->grab().toImage();
    const QColor ground = shot.pixelColor(shot.width() / 2, 4);
    const QRect inside = e->rect().adjusted(6, 6, -6, -6);
    int left = shot.width();
    int right = -1;
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QColor c = shot.pixelColor(x, y);
            if (std::abs(c.lightness() - ground.lightness()) > 40) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    return {left, right};
}

} // namespace

class AdmissionHintsTest : public test::AdmissionDesk {
    Q_OBJECT

private slots:
    void init() { openDesk(); }
    void cleanup() { closeDesk(); }

    // Every hint of the form is whole at the width the desk has beside the navigation on a
    // 1366 px screen, in every language and theme: the English "Space or F4 to search for the
    // insured person" was cut ("…insured per…").
    void theFormsHintsAreWhole_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("theme");
        for (const QString& theme : {u"light"_s, u"high-contrast"_s}) {
            for (const QString& language : {u"fr"_s, u"ar"_s, u"en"_s})
                QTest::newRow(qPrintable(language + u" "_s + theme)) << language << theme;
        }
    }
    void theFormsHintsAreWhole() {
        QFETCH(QString, language);
        QFETCH(QString, theme);
        QVERIFY(m_shell->themes->apply(theme));
        QVERIFY(m_shell->languages->setLanguage(language));
        m_page->resize(1070, 720);
        ctrl(Qt::Key_N);
        QVERIFY(m_page->isFormShown());
        QTest::qWait(50); // the new texts and style reach the form's layout
        int checked = 0;
        QStringList cut;
        for (QLineEdit* e : form()->findChildren<QLineEdit*>()) {
            if (!e->isVisibleTo(form()) || e->placeholderText().isEmpty())
                continue;
            ++checked;
            const int needed = e->fontMetrics().horizontalAdvance(e->placeholderText());
            if (needed > placeholderRoom(e))
                cut << u"«%1» needs %2 px, has %3"_s.arg(e->placeholderText())
                           .arg(needed)
                           .arg(placeholderRoom(e));
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
        QVERIFY(checked >= 5);
        // The insured person's search keys, too long for a hint in the field, are under it,
        // wrapped, whole.
        auto* insuredHint = form()->findChild<QLabel*>(u"insuredHint"_s);
        QVERIFY(insuredHint);
        QVERIFY(insuredHint->isVisibleTo(form()));
        QVERIFY(insuredHint->text().contains(u"F4"_s));
        QVERIFY(insuredHint->wordWrap());
        QVERIFY(insuredHint->height() >= insuredHint->heightForWidth(insuredHint->width()));
        QVERIFY(m_shell->themes->apply(u"light"_s));
        QVERIFY(m_shell->languages->setLanguage(u"fr"_s));
    }

    // Choosing the insured person hides the search keys under the field but keeps their room:
    // the form does not move under the clerk's eyes; the field no longer describes the keys.
    void choosingTheInsuredMovesNothingBelow() {
        ctrl(Qt::Key_N);
        auto* picker = form()->findChild<ui::InsuredPicker*>();
        QVERIFY(picker);
        auto* display = picker->findChild<QLineEdit*>();
        QVERIFY(display);
        QVERIFY(!display->accessibleDescription().isEmpty());
        QCoreApplication::sendPostedEvents();
        const int before = picker->sizeHint().height();
        registry::PatientRecord insured;
        insured.id = u"p-insured"_s;
        insured.ipp = u"1000K"_s;
        insured.name = core::PersonName(u"Tazi"_s, u"Omar"_s);
        picker->setInsured(insured);
        QCoreApplication::sendPostedEvents();
        QVERIFY(!form()->findChild<QLabel*>(u"insuredHint"_s)->isVisible());
        QCOMPARE(picker->sizeHint().height(), before);
        QVERIFY(display->accessibleDescription().isEmpty());
    }

    // In Arabic the phone fields' hints sit on the interface's leading side, the right, as the
    // other fields' do and as the number typed will: the emergency contact's phone showed its
    // hint on the left, under the contact's name shown on the right.
    void thePhoneHintsSitOnTheLeadingSide() {
        QVERIFY(m_shell->languages->setLanguage(u"ar"_s));
        QTRY_COMPARE(m_page->layoutDirection(), Qt::RightToLeft);
        QCoreApplication::sendPostedEvents(); // the change of language reaches every widget
        ctrl(Qt::Key_N);
        QVERIFY(m_page->isFormShown());
        for (const char* field : {"emergencyPhone", "phone"}) {
            auto* e = qobject_cast<QLineEdit*>(form()->inputFor(QString::fromLatin1(field)));
            QVERIFY(e->text().isEmpty());
            QVERIFY(!e->placeholderText().isEmpty());
            const auto [left, right] = inkColumns(e);
            QVERIFY2(right > 0, field);
            QVERIFY2(
                left > e->width() / 2 && right > e->width() - 30,
                qPrintable(u"%1: hint drawn from x=%2 to %3 in %4 px"_s.arg(QLatin1String(field))
                               .arg(left)
                               .arg(right)
                               .arg(e->width())));
            // A number typed there reads left to right, on the same side.
            e->setFocus();
            type(u"0612345678"_s);
            QCOMPARE(e->layoutDirection(), Qt::LeftToRight);
            QCOMPARE(e->alignment() & (Qt::AlignLeft | Qt::AlignRight | Qt::AlignAbsolute),
                     Qt::AlignRight | Qt::AlignAbsolute);
        }
        // In French, on the left.
        QVERIFY(m_shell->languages->setLanguage(u"fr"_s));
        QTRY_COMPARE(m_page->layoutDirection(), Qt::LeftToRight);
        QCoreApplication::sendPostedEvents();
        auto* e = qobject_cast<QLineEdit*>(form()->inputFor(u"emergencyPhone"_s));
        e->clear();
        const auto [left, right] = inkColumns(e);
        QVERIFY(right > 0 && right < e->width() / 2);
    }
};

QTEST_MAIN(AdmissionHintsTest)
#include "tst_AdmissionHints.moc"
