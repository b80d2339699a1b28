// The hints the desk's fields show while empty (their placeholders): whole.
#include "AdmissionDesk.h"

#include <QStyleOptionFrame>

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
};

QTEST_MAIN(AdmissionHintsTest)
#include "tst_AdmissionHints.moc"
