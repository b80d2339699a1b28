// The keyboard-wedge MRZ scanner: MrzBurstDetector on synthetic keys and time stamps, then
// MrzWedgeFilter on real widgets with an injected clock: the zone leaves the field it was typed
// into, its Enters never reach it, and a person typing is never taken for a scanner.
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <QtTest>

#include <registration/MrzBurstDetector.h>
#include <registration/MrzWedgeFilter.h>

using sijil::ui::MrzBurstDetector;
using sijil::ui::MrzWedgeFilter;
using Verdict = MrzBurstDetector::Verdict;

namespace {

const QStringList kTd3 = {QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                          QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10")};
const QStringList kTd1 = {QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<"),
                          QStringLiteral("7408122F1204159UTO<<<<<<<<<<<6"),
                          QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<")};

// Feeds `lines` at `gap` ms per key, Enter after each line unless `finalEnter` is false; returns
// the verdicts of the Enters.
QList<Verdict> feed(MrzBurstDetector& d, qint64& t, const QStringList& lines, int gap,
                    bool finalEnter = true) {
    QList<Verdict> enters;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        for (const QChar c : lines.at(i)) {
            t += gap;
            if (d.key(t, QString(c), false) != Verdict::Pass)
                enters << Verdict::Swallow; // a character is never held back
        }
        if (i + 1 < lines.size() || finalEnter) {
            t += gap;
            enters << d.key(t, {}, true);
        }
    }
    return enters;
}

} // namespace

class MrzWedgeTest : public QObject {
    Q_OBJECT

    qint64 m_now = 1000;

    // Types `text` into the focused widget, advancing the injected clock by `gap` per key.
    void type(const QString& text, int gap) {
        for (const QChar c : text) {
            m_now += gap;
            QTest::sendKeyEvent(QTest::Press, QApplication::focusWidget(), Qt::Key_unknown,
                                QString(c), Qt::NoModifier);
        }
    }
    void enter(int gap) {
        m_now += gap;
        QTest::sendKeyEvent(QTest::Press, QApplication::focusWidget(), Qt::Key_Return, QString(),
                            Qt::NoModifier);
    }

private slots:
    void detectorTakesScannerBursts() {
        MrzBurstDetector d(40);
        qint64 t = 0;
        QCOMPARE(feed(d, t, kTd3, 5), (QList<Verdict>{Verdict::Swallow, Verdict::Complete}));
        QCOMPARE(d.zone(), kTd3.join(u'\n'));
        t += 1000;
        QCOMPARE(feed(d, t, kTd1, 8),
                 (QList<Verdict>{Verdict::Swallow, Verdict::Swallow, Verdict::Complete}));
        QCOMPARE(d.zone(), kTd1.join(u'\n'));
    }

    void detectorLeavesPeopleAlone() {
        MrzBurstDetector d(40);
        qint64 t = 0;
        // A fast typist (120 ms a key) typing a whole zone is still a person.
        QCOMPARE(feed(d, t, kTd3, 120), (QList<Verdict>{Verdict::Pass, Verdict::Pass}));
        // A burst of the wrong length, or with characters outside the alphabet, is no line of a
        // zone; the next line alone starts a new burst, which a second line would complete.
        t += 1000;
        QCOMPARE(feed(d, t, {kTd3.at(0).left(43), kTd3.at(1)}, 5),
                 (QList<Verdict>{Verdict::Pass, Verdict::Swallow}));
        t += 1000;
        QCOMPARE(feed(d, t, {kTd3.at(0).toLower(), kTd3.at(1)}, 5),
                 (QList<Verdict>{Verdict::Pass, Verdict::Swallow}));
        // Lines of different lengths.
        t += 1000;
        QCOMPARE(feed(d, t, {kTd1.at(0), kTd3.at(1)}, 5),
                 (QList<Verdict>{Verdict::Swallow, Verdict::Pass}));
        // One slow key in the middle breaks the burst.
        t += 1000;
        QList<Verdict> enters = feed(d, t, {kTd3.at(0)}, 5);
        QCOMPARE(enters, QList<Verdict>{Verdict::Swallow});
        t += 500;
        QCOMPARE(feed(d, t, {kTd3.at(1)}, 5), QList<Verdict>{Verdict::Swallow});
        QVERIFY(d.zone().isEmpty()); // nothing completed
        // Enter alone, as a person validates a field.
        t += 1000;
        QCOMPARE(d.key(t, {}, true), Verdict::Pass);
    }

    void detectorEndsAZoneWithoutFinalEnterWhenIdle() {
        MrzBurstDetector d(40);
        qint64 t = 0;
        QCOMPARE(feed(d, t, kTd3, 5, false), QList<Verdict>{Verdict::Swallow});
        QCOMPARE(d.idle(t + 10), Verdict::Pass); // still within the burst's pace
        QCOMPARE(d.idle(t + 100), Verdict::Complete);
        QCOMPARE(d.zone(), kTd3.join(u'\n'));
        // Half a zone then silence: nothing.
        t += 1000;
        feed(d, t, {kTd3.at(0)}, 5, false);
        QCOMPARE(d.idle(t + 100), Verdict::Pass);
        QVERIFY(!d.inBurst());
    }

    void filterTakesTheZoneOutOfTheFocusedField() {
        QWidget window;
        auto* search = new QLineEdit(&window);
        auto* notes = new QPlainTextEdit(&window);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(search);
        layout->addWidget(notes);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        MrzWedgeFilter filter(
            nullptr, [this] { return m_now; }, 40);
        qApp->installEventFilter(&filter);
        QSignalSpy scanned(&filter, &MrzWedgeFilter::zoneScanned);
        QSignalSpy returns(search, &QLineEdit::returnPressed);

        search->setFocus();
        type(QStringLiteral("ben"), 150); // the clerk typed this first
        QCOMPARE(search->text(), QStringLiteral("ben"));
        m_now += 1000;
        for (const QString& line : kTd3) {
            type(line, 4);
            enter(4);
        }
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().first().toString(), kTd3.join(u'\n'));
        QCOMPARE(search->text(), QStringLiteral("ben")); // what was there before the burst
        QCOMPARE(returns.size(), 0);                     // the scanner's Enters were dropped

        // Into a multi-line field, a TD1 card whose last line comes without Enter.
        notes->setFocus();
        notes->setPlainText(QStringLiteral("allergie"));
        notes->moveCursor(QTextCursor::End);
        m_now += 1000;
        for (qsizetype i = 0; i < kTd1.size(); ++i) {
            type(kTd1.at(i), 4);
            if (i + 1 < kTd1.size())
                enter(4);
        }
        QCOMPARE(scanned.size(), 1);
        m_now += 200;
        filter.checkIdle();
        QCOMPARE(scanned.size(), 2);
        QCOMPARE(scanned.last().first().toString(), kTd1.join(u'\n'));
        QCOMPARE(notes->toPlainText(), QStringLiteral("allergie"));

        // A person typing quickly, then Enter: the field keeps it all and gets its Enter.
        search->setFocus();
        search->clear();
        m_now += 1000;
        type(kTd3.at(0), 90);
        enter(90);
        QCOMPARE(search->text(), kTd3.at(0));
        QCOMPARE(returns.size(), 1);
        QCOMPARE(scanned.size(), 2);

        // Inactive (admission page hidden): everything goes through.
        filter.setActive([] { return false; });
        search->clear();
        m_now += 1000;
        for (const QString& line : kTd3) {
            type(line, 4);
            enter(4);
        }
        QCOMPARE(scanned.size(), 2);
        QCOMPARE(returns.size(), 3);
        qApp->removeEventFilter(&filter);
    }

    void fieldsMeantForTheZoneKeepIt() {
        QWidget window;
        auto* editor = new QPlainTextEdit(&window);
        editor->setProperty("sijilMrzInput", true);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(editor);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        MrzWedgeFilter filter(
            nullptr, [this] { return m_now; }, 40);
        qApp->installEventFilter(&filter);
        QSignalSpy scanned(&filter, &MrzWedgeFilter::zoneScanned);
        editor->setFocus();
        for (const QString& line : kTd3) {
            type(line, 4);
            enter(4);
        }
        QCOMPARE(scanned.size(), 0);
        QCOMPARE(editor->toPlainText(), kTd3.join(u'\n') + u'\n');
        qApp->removeEventFilter(&filter);
    }
};

QTEST_MAIN(MrzWedgeTest)
#include "tst_MrzWedge.moc"
