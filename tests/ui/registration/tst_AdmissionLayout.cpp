// The admission desk from the keyboard and on screen, in the three languages: Tab walks the whole
// form and leaves the lists without changing what is chosen; no desk key clashes with the main
// window's; long names leave every column in sight; numbers and Latin text keep their order in
// Arabic lists; the label reads the same in the preview and on paper, says when only the birth
// year is known and when the identity is provisional, and a failed print is said on the page.
#include "AdmissionDesk.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPicture>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextLayout>
#include <QToolBar>

#include <registration/LabelPrinter.h>
#include <registration/MrzDialog.h>
#include <shell/BidiItemDelegate.h>
#include <shell/Workspace.h>

using namespace sijil;
using sijil::test::kPassword;
using sijil::test::whenModal;

class AdmissionLayoutTest : public test::AdmissionDesk {
    Q_OBJECT

private slots:
    void init() { openDesk(); }
    void cleanup() { closeDesk(); }

    void tabWalksTheWholeFormBothWaysAndComesBack() {
        ctrl(Qt::Key_N);
        QWidget* first = focused();
        QCOMPARE(first, form()->inputFor(QStringLiteral("documentType")));
        QList<QWidget*> forward;
        for (int i = 0; i < 60 && (forward.isEmpty() || focused() != first); ++i) {
            tab();
            forward << focused();
        }
        QCOMPARE(forward.last(), first); // round the form, back where it began
        forward.removeLast();
        QVERIFY(!forward.contains(first));
        // Each stop once: Tab had looped over the birth and address fields for ever.
        QCOMPARE(QSet<QWidget*>(forward.begin(), forward.end()).size(), forward.size());
        const auto stop = [&](const char* name) {
            return std::find_if(
                       forward.begin(), forward.end(),
                       [name](QWidget* w) { return w->objectName() == QLatin1String(name); }) -
                   forward.begin();
        };
        // In the order a clerk asks, then the form's actions.
        QList<qsizetype> order;
        for (const char* name : {"documentNumber", "familyLatin", "givenArabic", "sex", "birthCity",
                                 "address", "phone", "accountingCategory", "dependantRelation",
                                 "unidentified", "enterMrz", "save", "cancel"})
            order << stop(name);
        QVERIFY2(!order.contains(forward.size()), "a field or button is never reached");
        QVERIFY(std::is_sorted(order.begin(), order.end()));
        for (QWidget* w : std::as_const(forward))
            QVERIFY2(w->isVisible() && w->isEnabled(), qPrintable(w->objectName()));

        // Shift+Tab: the same stops, the other way.
        QList<QWidget*> backward;
        for (qsizetype i = 0; i < forward.size(); ++i) {
            QTest::keyClick(focused(), Qt::Key_Backtab, Qt::ShiftModifier);
            backward.prepend(focused());
        }
        QCOMPARE(backward, forward);
        QTest::keyClick(focused(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(focused(), first);
    }

    // On a laptop's screen the form scrolls, and the field the keyboard is in is in sight with
    // its message: Tab went below the fold unseen (the form walks its own order, which the
    // scroll area did not follow), a refused save put the field to correct and its message out
    // of sight, and a new form opened where the last one had been scrolled to.
    void theFieldInFocusIsAlwaysInSight() {
        m_page->resize(1280, 480);
        auto* scroll = form()->findChild<QScrollArea*>();
        QVERIFY(scroll);
        const auto inSight = [scroll](const QWidget* w) {
            const QRect r(w->mapTo(scroll->viewport(), QPoint(0, 0)), w->size());
            return scroll->viewport()->rect().contains(r);
        };
        QTest::keyClicks(searchBox(), QStringLiteral("Benali Karim"));
        ctrl(Qt::Key_N);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        QWidget* first = focused();
        for (int i = 0; i < 60 && (i == 0 || focused() != first); ++i) {
            if (scroll->widget()->isAncestorOf(focused()))
                QVERIFY2(inSight(focused()), qPrintable(focused()->objectName()));
            tab();
        }
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QTest::keyClick(focused(), Qt::Key_Escape);
        QVERIFY(!m_page->isFormShown());

        // Names and birth typed, the coverage at the bottom forgotten.
        ctrl(Qt::Key_N);
        QCOMPARE(scroll->verticalScrollBar()->value(), 0); // a new form, from its top
        form()->inputFor(QStringLiteral("birthDate"))->setFocus();
        type(QStringLiteral("12031975"));
        auto* sex = qobject_cast<QComboBox*>(form()->inputFor(QStringLiteral("sex")));
        sex->setCurrentIndex(sex->findData(QStringLiteral("male")));
        scroll->verticalScrollBar()->setValue(0);
        QVERIFY(!form()->save());
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("accountingCategory")));
        ui::FieldMessage* message = form()->messageFor(QStringLiteral("accountingCategory"));
        QVERIFY(!message->text().isEmpty());
        QTRY_VERIFY(inSight(focused()));
        QVERIFY(inSight(message));
    }

    // The MRZ box shows a zone whole, its lines and the instructions above it, in either theme:
    // in high contrast the theme's larger font left two lines in sight under a horizontal scroll
    // bar, the third line of a CNIE's zone hidden as it was typed, and the instructions cut.
    void theMrzBoxShowsTheWholeZoneInEitherTheme() {
        const QString passport = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                                "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
        for (const QString& theme : {QStringLiteral("light"), QStringLiteral("high-contrast")}) {
            QVERIFY(m_shell->themes->apply(theme));
            ui::MrzDialog dialog(m_page.get(), QDate(2026, 1, 1));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QPlainTextEdit* editor = dialog.editor();
            // In high contrast the box itself is seen before anything is typed in it: its frame
            // was dark grey on black.
            const QImage empty =
                editor->grab().toImage().convertToFormat(QImage::Format_Grayscale8);
            const QRgb background = empty.pixel(empty.width() / 2, empty.height() / 2);
            int frame = 0;
            for (int x = 0; x < empty.width(); ++x)
                frame += std::abs(qGray(empty.pixel(x, 0)) - qGray(background)) > 100 ? 1 : 0;
            if (theme == u"high-contrast")
                QVERIFY2(frame > empty.width() / 2, qPrintable(theme));
            for (const QString& zone : {test::cnieZone(), passport}) {
                editor->setPlainText(zone);
                editor->moveCursor(QTextCursor::End);
                QCoreApplication::processEvents();
                QVERIFY2(!editor->horizontalScrollBar()->isVisible(), qPrintable(theme));
                QVERIFY2(!editor->verticalScrollBar()->isVisible(), qPrintable(theme));
                QCOMPARE(editor->verticalScrollBar()->value(), 0); // the first line in sight too
            }
            for (const QLabel* label : dialog.findChildren<QLabel*>()) {
                if (label->wordWrap() && label->isVisible())
                    QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                             qPrintable(theme + u' ' + label->text()));
            }
        }
        QVERIFY(m_shell->themes->apply(QStringLiteral("light")));
    }

    void tabLeavesTheResultsWithoutChangingThePatientChosen() {
        registered(QStringLiteral("Benali"), QStringLiteral("Karim"), core::PartialDate::year(1975),
                   core::Sex::Male);
        registered(QStringLiteral("Benani"), QStringLiteral("Salma"), core::PartialDate::year(1990),
                   core::Sex::Female);
        QTest::keyClicks(searchBox(), QStringLiteral("ben"));
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 2, 2000);
        auto* view = m_page->searchPanel()->findChild<QTableView*>(QStringLiteral("results"));
        QVERIFY(view);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        const QString chosen = m_page->searchPanel()->selectedHit()->record.id;
        QCOMPARE(chosen, results()->hit(1).record.id);
        for (int i = 0; i < 3; ++i) { // more Tabs than the row has columns left, once
            QTest::keyClick(focused(), Qt::Key_Tab);
            QCOMPARE(m_page->searchPanel()->selectedHit()->record.id, chosen);
        }
        QVERIFY(focused() != view);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(m_shell->patient->current()->localId, chosen);
    }

    void theDeskKeysDoNotClashWithTheMainWindow() {
        // The desk inside the main window, as the composition root puts it.
        auto& window = m_shell->window();
        auto* page = new ui::AdmissionPage(ui::RegistrationServices{
            *m_reg->registry, *m_reg->reference, *m_shell->session, *m_shell->patient,
            *m_reg->auditWriter, m_shell->site.facility.name});
        window.workspace()->setAreaWidget(QStringLiteral("admission"), page);
        window.workspace()->showArea(QStringLiteral("admission"));
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // The window's keys: its menus' mnemonics and its actions' shortcuts.
        const auto windowKeys = [&window] {
            QList<QKeySequence> keys;
            for (QAction* menu : window.menuBar()->actions())
                keys << QKeySequence::mnemonic(menu->text());
            for (QAction* a : window.findChildren<QAction*>())
                keys << a->shortcuts();
            keys.removeAll(QKeySequence());
            return keys;
        };
        for (const char* language : {"fr", "ar", "en"}) {
            QVERIFY(m_shell->languages->setLanguage(QString::fromLatin1(language)));
            QCoreApplication::processEvents();
            const QList<QKeySequence> taken = windowKeys();
            QVERIFY(taken.contains(QKeySequence(Qt::CTRL | Qt::Key_L))); // locks the desk
            QList<QKeySequence> deskKeys;
            for (QShortcut* s : page->findChildren<QShortcut*>())
                deskKeys << s->key();
            // The form's Alt keys: its sections and its buttons, each once.
            QList<QKeySequence> formMnemonics;
            for (QGroupBox* g : page->form()->findChildren<QGroupBox*>())
                formMnemonics << QKeySequence::mnemonic(g->title());
            for (QAbstractButton* b : page->form()->findChildren<QAbstractButton*>())
                formMnemonics << QKeySequence::mnemonic(b->text());
            formMnemonics.removeAll(QKeySequence());
            QVERIFY2(formMnemonics.size() >= 7, language);
            for (const QKeySequence& key : std::as_const(formMnemonics)) {
                QVERIFY2(formMnemonics.count(key) == 1,
                         qPrintable(QStringLiteral("%1: %2 twice in the form")
                                        .arg(QLatin1String(language),
                                             key.toString(QKeySequence::PortableText))));
            }
            for (const QKeySequence& key : deskKeys + formMnemonics)
                QVERIFY2(!taken.contains(key),
                         qPrintable(QStringLiteral("%1: %2 is also the window's")
                                        .arg(QLatin1String(language),
                                             key.toString(QKeySequence::PortableText))));
        }
        QVERIFY(m_shell->languages->setLanguage(QStringLiteral("fr")));

        // Ctrl+L locks the workstation from the search page and from the form.
        for (const bool inForm : {false, true}) {
            if (inForm)
                page->newPatient();
            (inForm ? page->form()->inputFor(QStringLiteral("familyLatin"))
                    : static_cast<QWidget*>(page->searchPanel()->searchBox()))
                ->setFocus();
            QTest::keyClick(focused(), Qt::Key_L, Qt::ControlModifier);
            QCOMPARE(m_shell->session->state(), access::SessionManager::State::Locked);
            m_shell->session->unlock(kPassword);
            QTRY_COMPARE_WITH_TIMEOUT(m_shell->session->state(),
                                      access::SessionManager::State::Active, 10000);
        }
        delete page; // before the registry it searches goes, at cleanup
    }

    // In the main window, the desk gets the keyboard at its search after switching to it, and
    // the field the clerk was typing in back after another area or a lock.
    void theDeskTakesTheKeyboardBackWhereTheClerkWas() {
        auto& window = m_shell->window();
        auto* page = new ui::AdmissionPage(ui::RegistrationServices{
            *m_reg->registry, *m_reg->reference, *m_shell->session, *m_shell->patient,
            *m_reg->auditWriter, m_shell->site.facility.name});
        window.workspace()->setAreaWidget(QStringLiteral("admission"), page);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto go = [&window](Qt::Key key) {
            QTest::keyClick(&window, key, Qt::ControlModifier);
        };
        go(Qt::Key_2);
        go(Qt::Key_1);
        QCOMPARE(QApplication::focusWidget(), page->searchPanel()->searchBox());

        page->newPatient();
        QWidget* family = page->form()->inputFor(QStringLiteral("familyLatin"));
        family->setFocus();
        QTest::keyClicks(family, QStringLiteral("Bennani"));
        go(Qt::Key_3);
        go(Qt::Key_1);
        QCOMPARE(QApplication::focusWidget(), family);
        go(Qt::Key_L);
        QCOMPARE(m_shell->session->state(), access::SessionManager::State::Locked);
        m_shell->session->unlock(kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_shell->session->state(), access::SessionManager::State::Active,
                                  10000);
        QCOMPARE(QApplication::focusWidget(), family);
        QTest::keyClicks(family, QStringLiteral(" Idrissi"));
        QCOMPARE(qobject_cast<QLineEdit*>(family)->text(), QStringLiteral("Bennani Idrissi"));

        // The form closed, the desk starts again at its search.
        whenModal<QMessageBox>([](QMessageBox* box) {
            for (QAbstractButton* b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click(); // "Abandonner"
            }
        });
        QVERIFY(page->form()->cancel());
        QVERIFY(page->searchPanel()->isVisible());
        window.activateWindow(); // offscreen, the closed question leaves no window active
        QVERIFY(QTest::qWaitForWindowActive(&window));
        go(Qt::Key_2);
        go(Qt::Key_1);
        QCOMPARE(QApplication::focusWidget(), page->searchPanel()->searchBox());

        // Signed out: what is typed next goes to the sign-in page, not to the hidden search
        // (a password typed there would show in clear to the next person).
        QTest::keyClicks(page->searchPanel()->searchBox(), QStringLiteral("Alaoui"));
        m_shell->session->signOut();
        QWidget* focus = QApplication::focusWidget();
        QVERIFY2(focus && focus->isVisible(),
                 focus ? qPrintable(focus->objectName() + QString::number(focus->isVisible()))
                       : "null");
        QTest::keyClicks(focus, QStringLiteral("secret"));
        QCOMPARE(page->searchPanel()->searchBox()->text(), QString());
        QVERIFY(m_shell->signIn(QStringLiteral("clerk"), kPassword));
        QTRY_COMPARE(QApplication::focusWidget(), page->searchPanel()->searchBox());
        QCOMPARE(page->searchPanel()->searchBox()->text(), QString());
        delete page; // before the registry it searches goes, at cleanup
    }

    // Alt+letter: a section's first field, and the unidentified box ~28 Tab presses in.
    void altKeysReachTheSectionsAndTheUnidentifiedBox() {
        ctrl(Qt::Key_N);
        QVERIFY(m_page->isFormShown());
        const auto alt = [](Qt::Key key) {
            QTest::keyClick(focused(), key, Qt::AltModifier);
        };
        alt(Qt::Key_T);
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("phone")));
        alt(Qt::Key_C);
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("accountingCategory")));
        alt(Qt::Key_I);
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("familyLatin")));
        alt(Qt::Key_P);
        QCOMPARE(focused(), form()->inputFor(QStringLiteral("documentType")));
        auto* unidentified = form()->findChild<QCheckBox*>(QStringLiteral("unidentified"));
        QVERIFY(unidentified && !unidentified->isChecked());
        alt(Qt::Key_O);
        QTRY_VERIFY(unidentified->isChecked());
    }

    void aLongNameLeavesEveryColumnInSight() {
        registered(core::PersonName(QStringLiteral("Benabdelouahed El Khattabi Ouazzani Chahdi"),
                                    QStringLiteral("Mohammed Amine Abderrahmane Youssef"),
                                    QStringLiteral("بن عبد الواحد الخطابي الوزاني الشهدي"),
                                    QStringLiteral("محمد أمين عبد الرحمن يوسف")),
                   core::PartialDate::fromDate(QDate(2001, 11, 30)), core::Sex::Male,
                   QStringLiteral("+33612345678"));
        m_page->resize(1024, 700);
        QTest::keyClicks(searchBox(), QStringLiteral("benabdelouahed"));
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        auto* view = m_page->searchPanel()->findChild<QTableView*>(QStringLiteral("results"));
        QCoreApplication::processEvents();
        const QHeaderView* header = view->horizontalHeader();
        const int room = view->viewport()->width();
        for (int column = 0; column < PatientSearchModel::ColumnCount; ++column) {
            const int end = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(
                header->sectionViewportPosition(column) >= 0 && end <= room,
                qPrintable(
                    QStringLiteral("column %1 ends at %2 of %3").arg(column).arg(end).arg(room)));
        }
        // The phone whole; the long name, cut short, whole on hover.
        const QString phone = results()->index(0, PatientSearchModel::Phone).data().toString();
        QVERIFY(header->sectionSize(PatientSearchModel::Phone) >
                view->fontMetrics().horizontalAdvance(phone));
        const QModelIndex name = results()->index(0, PatientSearchModel::NameLatin);
        QCOMPARE(name.data(Qt::ToolTipRole), name.data());
    }

    void numbersAndLatinTextKeepTheirOrderInArabicLists() {
        const PatientRecord karim = registered(QStringLiteral("Benali"), QStringLiteral("Karim"),
                                               core::PartialDate::year(1975), core::Sex::Male,
                                               QStringLiteral("0612345678"));
        QVERIFY(m_shell->languages->setLanguage(QStringLiteral("ar")));
        QTRY_COMPARE(m_page->layoutDirection(), Qt::RightToLeft);
        QTest::keyClicks(searchBox(), QStringLiteral("benali"));
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        auto* view = m_page->searchPanel()->findChild<QTableView*>(QStringLiteral("results"));
        auto* delegate = qobject_cast<ui::BidiItemDelegate*>(view->itemDelegate());
        QVERIFY(delegate);
        QStyleOptionViewItem viewOption;
        viewOption.initFrom(view);
        QCOMPARE(viewOption.direction, Qt::RightToLeft);
        const auto drawn = [&](int column) {
            return delegate->optionFor(viewOption, results()->index(0, column));
        };
        // "+212612345678" left to right (it was drawn "212612345678+"), on the right like the
        // rest of the column.
        for (const int column :
             {PatientSearchModel::Phone, PatientSearchModel::Ipp, PatientSearchModel::NameLatin}) {
            const QStyleOptionViewItem o = drawn(column);
            QVERIFY2(!o.text.isEmpty(), qPrintable(QString::number(column)));
            QCOMPARE(o.direction, Qt::LeftToRight);
            QCOMPARE(o.displayAlignment & (Qt::AlignRight | Qt::AlignAbsolute),
                     Qt::AlignRight | Qt::AlignAbsolute);
        }
        QCOMPARE(drawn(PatientSearchModel::Phone).text, QStringLiteral("+212612345678"));
        // Arabic text stays right to left.
        const QStyleOptionViewItem sex = drawn(PatientSearchModel::Sex);
        QVERIFY(sex.text.isRightToLeft());
        QCOMPARE(sex.direction, Qt::RightToLeft);
        QCOMPARE(results()->hit(0).record.id, karim.id);
        QVERIFY(m_shell->languages->setLanguage(QStringLiteral("fr")));
    }

    // In Arabic, the search box and the form's free text read in the direction of what they
    // hold: a phone or a Latin address left to right ("06 12 34 56 78" was shown
    // "78 56 34 12 06"), Arabic right to left, on the interface's leading side either way.
    void freeTextReadsInItsOwnDirection() {
        QVERIFY(m_shell->languages->setLanguage(QStringLiteral("ar")));
        QTRY_COMPARE(m_page->layoutDirection(), Qt::RightToLeft);
        const auto check = [](QLineEdit* e, const QString& typed, Qt::LayoutDirection direction,
                              Qt::AlignmentFlag side) {
            e->clear();
            e->setFocus();
            type(typed);
            QCOMPARE(e->text(), typed);
            QCOMPARE(e->layoutDirection(), direction);
            QCOMPARE(e->alignment() & (Qt::AlignLeft | Qt::AlignRight | Qt::AlignAbsolute),
                     side | Qt::AlignAbsolute);
        };
        QLineEdit* box = searchBox();
        QCOMPARE(box->layoutDirection(), Qt::RightToLeft); // empty: the interface's
        check(box, QStringLiteral("06 12 34 56 78"), Qt::LeftToRight, Qt::AlignRight);
        check(box, QStringLiteral("بنعلي كريم"), Qt::RightToLeft, Qt::AlignRight);
        check(box, QStringLiteral("Benali"), Qt::LeftToRight, Qt::AlignRight);
        box->clear();
        QCOMPARE(box->layoutDirection(), Qt::RightToLeft);

        ctrl(Qt::Key_N);
        QVERIFY(m_page->isFormShown());
        for (const char* field : {"address", "city", "emergencyName"}) {
            auto* e = qobject_cast<QLineEdit*>(form()->inputFor(QString::fromLatin1(field)));
            check(e, QStringLiteral("12 rue Atlas"), Qt::LeftToRight, Qt::AlignRight);
            check(e, QStringLiteral("12 شارع الأطلس"), Qt::RightToLeft, Qt::AlignRight);
        }

        // Back in French: Latin text on the left, Arabic text still right to left.
        QVERIFY(m_shell->languages->setLanguage(QStringLiteral("fr")));
        QTRY_COMPARE(m_page->layoutDirection(), Qt::LeftToRight);
        auto* address = qobject_cast<QLineEdit*>(form()->inputFor(QStringLiteral("address")));
        QTRY_COMPARE(address->alignment() & (Qt::AlignLeft | Qt::AlignAbsolute),
                     Qt::AlignLeft | Qt::AlignAbsolute);
        QCOMPARE(address->layoutDirection(), Qt::RightToLeft);
        check(address, QStringLiteral("12 rue Atlas"), Qt::LeftToRight, Qt::AlignLeft);
    }

    // The search box's hint is an Arabic sentence in Arabic: Qt lays a placeholder out in the
    // direction of its first strong character, and "IPP أو CNIE…" read left to right, its words
    // in reverse order. In French it reads left to right.
    void theSearchHintReadsInTheInterfacesDirection() {
        QVERIFY(m_shell->languages->setLanguage(QStringLiteral("ar")));
        QTRY_COMPARE(m_page->layoutDirection(), Qt::RightToLeft);
        QTRY_VERIFY(searchBox()->placeholderText().contains(QStringLiteral("الميلاد")));
        QVERIFY2(searchBox()->placeholderText().isRightToLeft(),
                 qPrintable(searchBox()->placeholderText()));
        // The first word read is the first word written: "IPP" at the right end.
        const QString hint = searchBox()->placeholderText();
        QTextLayout layout(hint, searchBox()->font());
        QTextOption option;
        option.setTextDirection(hint.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        layout.endLayout();
        const qsizetype ipp = hint.indexOf(QStringLiteral("IPP"));
        const qsizetype cnie = hint.indexOf(QStringLiteral("CNIE"));
        QVERIFY(ipp >= 0 && cnie > ipp);
        QVERIFY2(line.cursorToX(int(ipp)) > line.cursorToX(int(cnie)), qPrintable(hint));

        QVERIFY(m_shell->languages->setLanguage(QStringLiteral("fr")));
        QTRY_COMPARE(m_page->layoutDirection(), Qt::LeftToRight);
        QTRY_VERIFY(searchBox()->placeholderText().startsWith(QStringLiteral("IPP")));
        QVERIFY(!searchBox()->placeholderText().isRightToLeft());
    }

    void theLabelCarriesTheIppAsABarcode() {
        const PatientRecord karim = registered(QStringLiteral("Benali"), QStringLiteral("Karim"),
                                               core::PartialDate::year(1975), core::Sex::Male);
        const auto barcode = ui::LabelPrinter::code128(karim.ipp);
        QVERIFY(barcode.ok());
        QVERIFY(barcode->bars.size() > 10);
        QVERIFY(!ui::LabelPrinter::code128(QString()).ok());

        // Printed to a PDF file.
        const QString pdf = m_shell->dir.filePath(QStringLiteral("label.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        QVERIFY(ui::LabelPrinter::print(printer, karim, m_shell->site.facility.name).ok());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.size() > 2000);

        // Drawn: the lower part holds alternating bars and spaces.
        QImage image(700, 350, QImage::Format_RGB32);
        QPainter painter(&image);
        QVERIFY(ui::LabelPrinter::paint(painter, QRectF(image.rect()), karim,
                                        m_shell->site.facility.name)
                    .ok());
        painter.end();
        int best = 0;
        for (int y = image.height() / 2; y < image.height() * 9 / 10; ++y) {
            int transitions = 0;
            bool dark = false;
            for (int x = 0; x < image.width(); ++x) {
                const bool d = qGray(image.pixel(x, y)) < 128;
                transitions += d != dark;
                dark = d;
            }
            best = std::max(best, transitions);
        }
        QVERIFY2(best >= 2 * barcode->bars.size() - 1, qPrintable(QString::number(best)));

        // Each line is laid out in its own text's direction, whatever direction the painter
        // starts with (a printer's starts left to right, even in Arabic).
        PatientRecord arabic = karim;
        arabic.name = core::PersonName(QStringLiteral("Benali"), QStringLiteral("Karim"),
                                       QStringLiteral("بنعلي"), QStringLiteral("كريم"));
        arabic.birthDate = core::PartialDate::fromDate(QDate(1975, 3, 12));
        for (const char* language : {"ar", "fr"}) {
            QVERIFY(m_shell->languages->setLanguage(QString::fromLatin1(language)));
            QList<QImage> drawn;
            for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
                QImage label(700, 350, QImage::Format_RGB32);
                QPainter p(&label);
                p.setLayoutDirection(direction);
                QVERIFY(ui::LabelPrinter::paint(p, QRectF(label.rect()), arabic,
                                                m_shell->site.facility.name)
                            .ok());
                p.end();
                drawn << label;
            }
            QVERIFY2(drawn[0] == drawn[1], language);
            // The print preview records the label and plays it back: the same label (it replayed
            // mixed Arabic and digits as a scramble).
            QPicture recorded;
            QPainter recorder(&recorded);
            QVERIFY(ui::LabelPrinter::paint(recorder, QRectF(drawn[0].rect()), arabic,
                                            m_shell->site.facility.name)
                        .ok());
            recorder.end();
            QImage replayed(drawn[0].size(), QImage::Format_RGB32);
            QPainter player(&replayed);
            player.setLayoutDirection(Qt::RightToLeft); // the preview's, in Arabic
            player.drawPicture(0, 0, recorded);
            player.end();
            qsizetype differing = 0;
            for (int y = 0; y < replayed.height(); ++y) {
                for (int x = 0; x < replayed.width(); ++x)
                    differing +=
                        qAbs(qGray(replayed.pixel(x, y)) - qGray(drawn[0].pixel(x, y))) > 96;
            }
            QVERIFY2(differing < replayed.width() * replayed.height() / 500,
                     qPrintable(QStringLiteral("%1: %2 pixels differ")
                                    .arg(QLatin1String(language))
                                    .arg(differing)));
        }
        QVERIFY(m_shell->languages->setLanguage(QStringLiteral("fr")));

        // From the admission page: the label of the selected patient, in a print preview.
        QTest::keyClicks(searchBox(), karim.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        bool previewed = false;
        QStringList hidden;
        whenModal<QDialog>([&](QDialog* d) {
            previewed = d->inherits("QPrintPreviewDialog");
            QCoreApplication::processEvents();
            // Every tool of the preview in sight, Print among them (none behind the overflow).
            for (auto* bar : d->findChildren<QToolBar*>()) {
                for (QAction* a : bar->actions()) {
                    if (!a->isSeparator() && a->isVisible() &&
                        !(bar->widgetForAction(a) && bar->widgetForAction(a)->isVisible()))
                        hidden << a->text();
                }
            }
            d->reject();
        });
        ctrl(Qt::Key_P);
        QVERIFY(previewed);
        QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(u',')));
    }

    void theLabelSaysWhatIsKnownOfTheBirthAndIdentity_data() {
        QTest::addColumn<core::PartialDate>("birth");
        QTest::addColumn<bool>("unidentified");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("born");
        const QString none;
        QTest::newRow("full date") << core::PartialDate::fromDate(QDate(1975, 3, 12)) << false
                                   << none << QStringLiteral("Né(e) le 12/03/1975 — Masculin");
        QTest::newRow("year only") << core::PartialDate::year(1975) << false << none
                                   << QStringLiteral("Né(e) en 1975 — Masculin");
        QTest::newRow("unidentified, no name, no date")
            << core::PartialDate() << true << QStringLiteral("Patient non identifié")
            << QStringLiteral("Masculin");
    }
    void theLabelSaysWhatIsKnownOfTheBirthAndIdentity() {
        QFETCH(core::PartialDate, birth);
        QFETCH(bool, unidentified);
        QFETCH(QString, marker);
        QFETCH(QString, born);
        PatientRecord r;
        r.ipp = QStringLiteral("0216942331");
        r.sex = core::Sex::Male;
        r.birthDate = birth;
        r.unidentified = unidentified;
        if (!unidentified)
            r.name = core::PersonName(QStringLiteral("Benali"), QStringLiteral("Karim"));
        const auto lines = ui::LabelPrinter::lines(r, QStringLiteral("CHU Rabat"));
        QCOMPARE(lines.unidentified, marker);
        QCOMPARE(lines.born, born);
        QCOMPARE(lines.ipp, QStringLiteral("IPP 0216942331"));
        // The marker is drawn: the label of the same record without it differs.
        const auto draw = [](const PatientRecord& record) {
            QImage image(700, 350, QImage::Format_RGB32);
            QPainter painter(&image);
            const bool painted =
                ui::LabelPrinter::paint(painter, QRectF(image.rect()), record, {}).ok();
            painter.end();
            return painted ? image : QImage();
        };
        PatientRecord unmarked = r;
        unmarked.unidentified = false;
        const QImage drawn = draw(r);
        QVERIFY(!drawn.isNull());
        QCOMPARE(drawn != draw(unmarked), unidentified);
    }

    void aLabelThatCouldNotBePrintedIsSaidOnThePage() {
        const PatientRecord karim = registered(QStringLiteral("Benali"), QStringLiteral("Karim"),
                                               core::PartialDate::year(1975), core::Sex::Male);
        QTest::keyClicks(searchBox(), karim.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(results()->rowCount(), 1, 2000);
        // What the preview's Print button asks for, on a printer that cannot be opened.
        QPrinter unreachable(QPrinter::HighResolution);
        unreachable.setOutputFormat(QPrinter::PdfFormat);
        unreachable.setOutputFileName(m_shell->dir.filePath(QStringLiteral("none/label.pdf")));
        bool previewed = false;
        whenModal<QDialog>([&](QDialog* d) {
            auto* preview = qobject_cast<QPrintPreviewDialog*>(d);
            previewed = preview != nullptr;
            if (preview)
                emit preview->paintRequested(&unreachable);
            d->reject();
        });
        ctrl(Qt::Key_P);
        QVERIFY(previewed);
        QCOMPARE(m_page->message()->text(),
                 QStringLiteral("L'imprimante n'a pas pu être ouverte."));
        QCOMPARE(m_page->message()->kind(), ui::FieldMessage::Kind::Error);
    }
};

QTEST_MAIN(AdmissionLayoutTest)
#include "tst_AdmissionLayout.moc"
