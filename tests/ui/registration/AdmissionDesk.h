// The admission desk on a real store and shell, signed in as a clerk, with what the clerk's
// fingers do: shared by the desk's search and screen tests (tst_AdmissionSearch,
// tst_AdmissionScreens), its keyboard, layout and right-to-left tests (tst_AdmissionLayout) and
// its duplicate review queue's (tst_DuplicateReviewScreen).
#pragma once

#include "IcaoCheckDigit.h"
#include "RegistryFixture.h"
#include "ShellFixture.h"
#include "WhenModal.h"

#include <sijil/registry/Ipp.h>
#include <sijil/registry/PatientIndexer.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/PatientSearchModel.h>
#include <sijil/registry/ReferenceData.h>
#include <sijil/registry/Systems.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/AuditWriter.h>
#include <sijil/storage/DuplicateQueue.h>
#include <sijil/storage/IdentifierBlocks.h>
#include <sijil/storage/IndexRebuilder.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPicture>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QtTest>

#include <functional>
#include <registration/AdmissionPage.h>
#include <registration/DuplicateDialog.h>
#include <registration/InsuredPicker.h>
#include <registration/LabelPrinter.h>
#include <registration/MrzDialog.h>
#include <registration/PatientSearchPanel.h>
#include <registration/RegistrationForm.h>
#include <shell/BidiItemDelegate.h>
#include <shell/FieldMessage.h>
#include <shell/Workspace.h>

namespace sijil::test {

inline const QString kPassword = QStringLiteral("motdepasse-long-1");

// A Moroccan CNIE zone (TD1): card number AA0012345, CNIE number BE654321 in the optional data,
// born 15/02/1990, female; `expiry` as YYMMDD.
inline QString cnieZone(const QString& names = QStringLiteral("EL<IDRISSI<<FATIMA<ZAHRA"),
                        const QString& expiry = QStringLiteral("310214")) {
    const QString number = QStringLiteral("AA0012345");
    const QString numberPart =
        number + icaoCheckDigit(number) + QStringLiteral("BE654321").leftJustified(15, u'<');
    const QString l1 = QStringLiteral("IDMAR") + numberPart;
    const QString birth = QStringLiteral("900215");
    const QString o2 = QString(11, u'<');
    const QString b = birth + icaoCheckDigit(birth);
    const QString e = expiry + icaoCheckDigit(expiry);
    const QString l2 =
        b + u'F' + e + QStringLiteral("MAR") + o2 + icaoCheckDigit(numberPart + b + e + o2);
    const QString l3 = names.leftJustified(30, u'<');
    return l1 + u'\n' + l2 + u'\n' + l3;
}

class AdmissionDesk : public QObject {
protected:
    using PatientRecord = registry::PatientRecord;
    using PatientSearchModel = registry::PatientSearchModel;
    using Script = core::PersonName::Script;

    std::unique_ptr<ShellFixture> m_shell;
    std::unique_ptr<registry::testing::RegistryStack> m_reg;
    std::unique_ptr<ui::AdmissionPage> m_page;
    // The writer the desk audits what it shows through: the stack's, unless a test sets another
    // before openDesk().
    storage::AuditWriter* m_deskAuditWriter = nullptr;
    // The central registry the desk searches after its store, if a test sets one (reachable).
    registry::RemotePatientSearch* m_remoteSearch = nullptr;
    bool m_serverReachable = true; // what the desk is told of the link, with m_remoteSearch

    ui::RegistrationForm* form() const { return m_page->form(); }
    QLineEdit* searchBox() const { return m_page->searchPanel()->searchBox(); }
    PatientSearchModel* results() const { return m_page->searchPanel()->model(); }
    static QWidget* focused() { return QApplication::focusWidget(); }
    QString text(const char* field) const {
        return qobject_cast<QLineEdit*>(form()->inputFor(QString::fromLatin1(field)))->text();
    }
    QString code(const char* field) const {
        return qobject_cast<QComboBox*>(form()->inputFor(QString::fromLatin1(field)))
            ->currentData()
            .toString();
    }

    // What the clerk's fingers do.
    static void type(const QString& s) {
        for (const QChar c : s)
            QTest::sendKeyEvent(QTest::Click, focused(), Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
    }
    static void tab(int times = 1) {
        for (int i = 0; i < times; ++i)
            QTest::keyClick(focused(), Qt::Key_Tab);
    }
    static void ctrl(Qt::Key key) { QTest::keyClick(focused(), key, Qt::ControlModifier); }
    // Alt+C on a dialog once its window is active and holds the focus, as a clerk's key reaches
    // it; a button's Alt key clicks it a moment later (animateClick): waits for it to close.
    static void altC(QDialog* d) {
        QVERIFY(QTest::qWaitForWindowActive(d));
        QTRY_VERIFY(d->isAncestorOf(focused()));
        QTest::keyClick(focused(), Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(!d->isVisible());
    }

    PatientRecord registered(const QString& family, const QString& given,
                             const core::PartialDate& birth, core::Sex sex,
                             const QString& phone = {}) {
        return registered(core::PersonName(family, given), birth, sex, phone);
    }
    PatientRecord registered(const core::PersonName& name, const core::PartialDate& birth,
                             core::Sex sex, const QString& phone = {}) {
        PatientRecord r;
        r.name = name;
        r.birthDate = birth;
        r.sex = sex;
        r.phone = phone;
        r.nationality = QStringLiteral("MA");
        r.accountingCategory = QStringLiteral("PAYANT");
        r.coverageRegime = QStringLiteral("NONE");
        auto saved = m_reg->registry->registerPatient(r, *m_shell->session->session());
        if (!saved)
            qFatal("fixture patient refused: %s", saved.error().code().constData());
        return *saved;
    }

    // A closed dialog hands the activation back to the page (a window manager does it here).
    void reactivate() {
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    qsizetype patientsMatching(const QString& query) const {
        return m_reg->registry->search(query).value().size();
    }

    // Waits until the desk's audit writer has written every entry given to it so far. A QTRY check
    // on an exact list of entries passes as soon as those awaited are there: checked again after
    // this, one more written behind them is caught. The writer appends in the order given, so a
    // marker given now is written last; it is an R entry of its own subtype and detail, which the
    // tests' lists leave out.
    void drainDeskAudit() {
        QCoreApplication::processEvents(); // audits the page has queued reach the writer first
        static int markers = 0;
        const QString marker = QStringLiteral("audit-drained-%1").arg(++markers);
        const QString detail = QStringLiteral("test marker");
        (m_deskAuditWriter ? *m_deskAuditWriter : *m_reg->auditWriter)
            .append(registry::PatientRegistry::readEntries(*m_shell->session->session(), "marker",
                                                           {marker}, detail));
        const auto written = [&] {
            const auto all = m_reg->audit->entries(0, 100'000);
            for (const storage::AuditEntry& e : all.value()) {
                if (e.patientId == marker && e.detail == detail)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(written());
    }

    // What a test class adds to the page before it is shown (a card reader).
    virtual void beforeShow() {}

    // Called by each test class's init() (or by a test, for other roles) and cleanup().
    void openDesk(QList<access::Role> roles = {access::Role::AdmissionClerk}) {
        m_shell = std::make_unique<ShellFixture>();
        m_reg = std::make_unique<registry::testing::RegistryStack>(
            *m_shell->database, m_shell->dir.filePath(QStringLiteral("h")));
        m_shell->addUser(QStringLiteral("clerk"), kPassword, std::move(roles));
        QVERIFY(m_shell->signIn(QStringLiteral("clerk"), kPassword));
        ui::RegistrationServices services{*m_reg->registry,
                                          *m_reg->reference,
                                          *m_shell->session,
                                          *m_shell->patient,
                                          m_deskAuditWriter ? *m_deskAuditWriter
                                                            : *m_reg->auditWriter,
                                          m_shell->site.facility.name};
        if (m_remoteSearch) {
            services.remoteSearch = m_remoteSearch;
            services.serverReachable = [this] {
                return m_serverReachable;
            };
        }
        m_page = std::make_unique<ui::AdmissionPage>(services);
        beforeShow();
        m_page->resize(1280, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QCOMPARE(focused(), searchBox());
    }
    void closeDesk() {
        m_page.reset();
        m_reg.reset();
        m_shell.reset();
    }
};

} // namespace sijil::test
