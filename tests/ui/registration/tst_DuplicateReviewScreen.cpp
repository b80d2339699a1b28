// The duplicate review queue at the admission desk, from the keyboard: F8 opens it on the
// strongest pair, shown side by side with the differences highlighted; Alt+F merges into the
// record chosen as kept, after which the duplicate's IPP opens the survivor with a notice; Alt+P
// sets a pair aside for good, even against a new scan; Alt+N undoes a merge; a clerk sees the
// queue but cannot decide. The queue is read in the background: while it is, the lists read
// before stay and no decision can be taken on them, and only the latest read is shown. What the
// page shows is audited: the pair compared, and the patients of the rows in sight.
#include "AdmissionDesk.h"

#include <sijil/registry/RegistryReader.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>

#include <cmath>
#include <registration/DuplicateReviewPage.h>

using namespace sijil;
using registry::PatientRecord;
using storage::DuplicateStatus;

class DuplicateReviewScreenTest : public test::AdmissionDesk {
    Q_OBJECT

    ui::DuplicateReviewPage* review() const { return m_page->review(); }
    static void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
        QTest::keyClick(focused(), k, m);
    }

    static PatientRecord person(const QString& family, const QString& given, const QDate& birth,
                                core::Sex sex) {
        PatientRecord r;
        r.name = core::PersonName(family, given);
        r.birthDate = core::PartialDate::fromDate(birth);
        r.sex = sex;
        r.nationality = QStringLiteral("MA");
        r.accountingCategory = QStringLiteral("PAYANT");
        r.coverageRegime = QStringLiteral("NONE");
        return r;
    }
    // Registered as the desk does after "Créer quand même": the pairs shown go to the queue.
    PatientRecord createAnyway(const PatientRecord& r) {
        const auto shown = m_reg->registry->possibleDuplicates(r).value();
        auto saved = m_reg->registry->registerPatient(r, *m_shell->session->session(), shown);
        if (!saved)
            qFatal("fixture patient refused: %s", saved.error().code().constData());
        return *saved;
    }
    PatientRecord fatima(const QString& given) {
        return createAnyway(
            person(QStringLiteral("El Idrissi"), given, QDate(1980, 5, 17), core::Sex::Female));
    }
    PatientRecord karim(const QString& phone) {
        PatientRecord r = person(QStringLiteral("Tazi"), QStringLiteral("Karim"),
                                 QDate(1975, 3, 12), core::Sex::Male);
        r.phone = phone;
        return createAnyway(r);
    }
    // What `dedup scan` does, record by record.
    void rescan() {
        const QStringList ids = m_reg->registry->patientIds({}, 100).value();
        for (const QString& id : ids) {
            const auto record = m_reg->registry->get(id).value();
            QVERIFY(
                m_reg->registry
                    ->queueDuplicates(*record, m_reg->registry->possibleDuplicates(*record).value())
                    .ok());
        }
    }
    QString comparisonRow(const QString& label, int column, bool* differs) const {
        const QTableWidget* t = review()->comparison();
        for (int row = 0; row < t->rowCount(); ++row) {
            if (t->verticalHeaderItem(row)->text() == label) {
                *differs = t->item(row, column)->data(ui::DuplicateDialog::DiffersRole).toBool();
                return t->item(row, column)->text();
            }
        }
        return QStringLiteral("<no row %1>").arg(label);
    }
    // The queue read after opening the page or a decision has come.
    void settle() const {
        QVERIFY(QTest::qWaitFor([this] { return !review()->isLoading(); }));
    }
    void openReview() {
        QVERIFY(m_page->isReviewShown() == false);
        key(Qt::Key_F8);
        QVERIFY(m_page->isReviewShown());
        QCOMPARE(focused(), review()->pairs());
        settle();
    }
    bool decisionsOff() const {
        return !review()->mergeButton()->isEnabled() &&
               !review()->notDuplicateButton()->isEnabled() &&
               !review()->unmergeButton()->isEnabled() && !review()->survivorChoice()->isEnabled();
    }

    // The trail's entries other than reads (which the page writes as it shows patients, off the
    // GUI thread): the decisions taken, by subtype.
    QStringList decisions() const {
        QStringList out;
        const auto all = m_reg->audit->entries(0, 10'000);
        for (const storage::AuditEntry& e : all.value()) {
            if (e.action != u"R")
                out << e.subtype;
        }
        return out;
    }
    // The R entries written by the page with `detail`: the patients, in the order written.
    QStringList readsFor(const QString& detail) const {
        QStringList out;
        const auto all = m_reg->audit->entries(0, 10'000);
        for (const storage::AuditEntry& e : all.value()) {
            if (e.action == u"R" && e.detail == detail)
                out << e.subtype + QLatin1Char(' ') + e.patientId;
        }
        return out;
    }
    QStringList compared() const { return readsFor(QStringLiteral("duplicate review")); }
    QStringList listed() const { return readsFor(QStringLiteral("duplicate review queue")); }
    static QStringList readOf(const registry::DuplicateReview& p) {
        return {QStringLiteral("read ") + p.first.record.id,
                QStringLiteral("read ") + p.second.record.id};
    }
    registry::DuplicateReview openPair(int row) const {
        return m_reg->registry->duplicateReviews(DuplicateStatus::Open, 0, 500)
            .value()
            .reviews.at(row);
    }

private slots:
    void cleanup() { closeDesk(); }

    // The differences read in either theme: in high contrast the cells kept the theme's white
    // text on their pale yellow tint, and what differs, what the page is for, could not be read.
    // A theme chosen while the page is shown recolours them.
    void theDifferencesReadInEitherTheme() {
        openDesk({access::Role::SiteAdministrator});
        karim(QStringLiteral("0661000000"));
        karim(QStringLiteral("0662000000"));
        openReview();
        const auto contrast = [](const QColor& a, const QColor& b) {
            const auto l = [](const QColor& c) {
                const auto ch = [](qreal v) {
                    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
                };
                return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
            };
            const qreal x = l(a) + 0.05;
            const qreal y = l(b) + 0.05;
            return std::max(x, y) / std::min(x, y);
        };
        const auto checkReadable = [&](const QString& theme) {
            const QTableWidget* t = review()->comparison();
            int differing = 0;
            for (int row = 0; row < t->rowCount(); ++row) {
                for (int column = 0; column < t->columnCount(); ++column) {
                    const QTableWidgetItem* item = t->item(row, column);
                    if (!item->data(ui::DuplicateDialog::DiffersRole).toBool())
                        continue;
                    ++differing;
                    const QColor text = item->foreground().style() == Qt::NoBrush
                                            ? t->palette().color(QPalette::Text)
                                            : item->foreground().color();
                    const QColor back = item->background().color();
                    QVERIFY2(contrast(text, back) >= 4.5,
                             qPrintable(QStringLiteral("%1: %2 on %3 in row %4")
                                            .arg(theme, text.name(), back.name())
                                            .arg(row)));
                }
            }
            QCOMPARE(differing, 2); // the phone, in both records
        };
        const auto check = [&](const QString& theme) {
            checkReadable(theme);
            return !QTest::currentTestFailed();
        };
        QVERIFY(check(QStringLiteral("light")));
        // A click on the comparison selects nothing: the selection colour would cover the tint
        // of what differs (the comparison is read, not chosen from).
        QTableWidget* shown = review()->comparison();
        const QPoint cell = shown->visualItemRect(shown->item(0, 1)).center();
        QTest::mouseClick(shown->viewport(), Qt::LeftButton, {}, cell);
        QVERIFY(shown->selectedItems().isEmpty());
        QVERIFY(m_shell->themes->apply(QStringLiteral("high-contrast")));
        QVERIFY(check(QStringLiteral("high-contrast")));
        key(Qt::Key_Escape); // shown again, in the theme it opens in
        openReview();
        QVERIFY(check(QStringLiteral("high-contrast")));
        QVERIFY(m_shell->themes->apply(QStringLiteral("light")));
        QVERIFY(check(QStringLiteral("light")));
    }

    // The pair compared is audited as read, each time another is shown; shown again after the
    // queue was read again, it is not said again; the page shown again, it is.
    void thePairComparedIsAuditedAsShown() {
        openDesk({access::Role::SiteAdministrator});
        fatima(QStringLiteral("Fatima"));
        fatima(QStringLiteral("Fatema"));
        karim(QStringLiteral("0661000000"));
        karim(QStringLiteral("0662000000"));
        QVERIFY(compared().isEmpty());
        openReview();
        QCOMPARE(review()->pairs()->rowCount(), 2);
        const auto first = openPair(0);
        const auto second = openPair(1);
        QTRY_COMPARE(compared(), readOf(first));
        key(Qt::Key_Down);
        QTRY_COMPARE(compared(), readOf(first) + readOf(second));
        review()->refresh();
        settle();
        key(Qt::Key_Up);
        QTRY_COMPARE(compared(), readOf(first) + readOf(second) + readOf(first));
        key(Qt::Key_Escape);
        openReview();
        const QStringList said = readOf(first) + readOf(second) + readOf(first) + readOf(first);
        QTRY_COMPARE(compared(), said);
        drainDeskAudit();
        QCOMPARE(compared(), said);
        QVERIFY(m_reg->audit->verify().value().ok());
    }

    // The lists audit the patients of their rows in sight, once per showing of the page, more as
    // they scroll: not the whole queue at once.
    void onlyTheRowsInSightAreAudited() {
        openDesk({access::Role::SiteAdministrator});
        for (const char* given : {"Fatima", "Fatema", "Fatim", "Fatma", "Fatiha", "Fattima"})
            fatima(QString::fromLatin1(given));
        // Room for a row and a half whatever the screen, fonts and platform: two pairs show
        // four of the six patients at most, the others are out of sight by construction.
        QTableWidget* list = review()->pairs();
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setFixedHeight(list->horizontalHeader()->sizeHint().height() +
                             list->verticalHeader()->defaultSectionSize() * 3 / 2 +
                             2 * list->frameWidth());
        openReview();
        const int rows = list->rowCount();
        const int lastInSight = list->rowAt(list->viewport()->height() - 1);
        QVERIFY2(
            rows > 4 && lastInSight > 0 && lastInSight < rows - 1,
            qPrintable(QStringLiteral("%1 rows, the last in sight %2").arg(rows).arg(lastInSight)));
        const auto inSight = [this](int from, int to) {
            QSet<QString> ids;
            for (int r = from; r <= to; ++r)
                ids << openPair(r).first.record.id << openPair(r).second.record.id;
            return ids;
        };
        const auto listedIds = [this] {
            QSet<QString> ids;
            for (const QString& e : listed()) // listed as search results
                ids << (e.startsWith(QStringLiteral("search ")) ? e.mid(7) : e);
            return ids;
        };
        QTRY_COMPARE(listedIds(), inSight(0, lastInSight));
        drainDeskAudit();
        QCOMPARE(listedIds(), inSight(0, lastInSight));
        QCOMPARE(listed().size(), listedIds().size()); // each patient once
        const QSet<QString> before = listedIds();
        QVERIFY(before != inSight(0, rows - 1));

        // Scrolled to the end: the patients come into sight are said, once.
        list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
        const int firstInSight = list->rowAt(0);
        QTRY_COMPARE(listedIds(), before + inSight(firstInSight, rows - 1));
        drainDeskAudit();
        QCOMPARE(listedIds(), before + inSight(firstInSight, rows - 1));
        QCOMPARE(listed().size(), listedIds().size());
    }

    void aMergeFromTheQueueMakesTheDuplicateOpenTheSurvivor() {
        openDesk({access::Role::SiteAdministrator});
        const PatientRecord kept = fatima(QStringLiteral("Fatima"));
        const PatientRecord gone = fatima(QStringLiteral("Fatema"));
        openReview();
        QCOMPARE(review()->pairs()->rowCount(), 1);
        // Side by side, the differences highlighted, the IPP never counted as one.
        bool differs = false;
        const QString left = comparisonRow(QStringLiteral("Nom (latin)"), 0, &differs);
        const QString right = comparisonRow(QStringLiteral("Nom (latin)"), 1, &differs);
        QVERIFY(differs);
        QCOMPARE(QSet<QString>({left, right}),
                 QSet<QString>({kept.name.display(core::PersonName::Script::Latin),
                                gone.name.display(core::PersonName::Script::Latin)}));
        comparisonRow(QStringLiteral("Date de naissance"), 1, &differs);
        QVERIFY(!differs);
        comparisonRow(QStringLiteral("IPP"), 1, &differs);
        QVERIFY(!differs);
        // The older record is offered as the one kept.
        QCOMPARE(review()->survivorChoice()->currentData().toString(), kept.id);
        // In the room the main window leaves the page at 1280 x 800, every row of the comparison
        // is in sight: none to scroll to (the address and coverage were below the fold).
        m_page->resize(1060, 700);
        QCoreApplication::processEvents();
        QCOMPARE(review()->comparison()->verticalScrollBar()->maximum(), 0);

        QList<int> countWhenChanged;
        connect(review(), &ui::DuplicateReviewPage::queueChanged, this,
                [&] { countWhenChanged << review()->openCount(); });
        key(Qt::Key_F, Qt::AltModifier);
        QCOMPARE(m_reg->registry->survivorOf(gone.id).value(), kept.id);
        settle();
        QCOMPARE(countWhenChanged, QList<int>{0}); // the desk's count, once the queue is read
        QCOMPARE(review()->pairs()->rowCount(), 0);
        QCOMPARE(review()->merges()->rowCount(), 1);
        QVERIFY(review()->message()->text().contains(gone.ipp));

        // Back at the search, the duplicate's IPP opens the survivor and says so.
        key(Qt::Key_Escape);
        QVERIFY(!m_page->isReviewShown());
        QCOMPARE(focused(), searchBox());
        QTest::keyClicks(searchBox(), gone.ipp);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->searchPanel()->model()->rowCount(), 1, 2000);
        key(Qt::Key_Return);
        QCOMPARE(m_shell->patient->current()->localId, kept.id);
        const QString notice = m_page->message()->text();
        QVERIFY2(notice.contains(QStringLiteral("a été fusionné")) && notice.contains(gone.ipp) &&
                     notice.contains(kept.ipp),
                 qPrintable(notice));
        // F2 corrects the survivor, not the merged record, and says so too.
        key(Qt::Key_F2);
        QVERIFY(m_page->isFormShown());
        QCOMPARE(m_page->form()->record().id, kept.id);
        QVERIFY(m_page->form()->formMessage()->text().contains(gone.ipp));
    }

    void notTheSamePersonLeavesTheQueueForGood() {
        openDesk({access::Role::SiteAdministrator});
        fatima(QStringLiteral("Fatima"));
        fatima(QStringLiteral("Fatema"));
        const PatientRecord k1 = karim(QStringLiteral("0661000000"));
        const PatientRecord k2 = karim(QStringLiteral("0662000000"));
        openReview();
        QCOMPARE(review()->pairs()->rowCount(), 2);
        // Down to the Tazi pair, whichever row it is on.
        const auto rowOf = [this](const QString& ipp) {
            for (int r = 0; r < review()->pairs()->rowCount(); ++r) {
                if (review()->pairs()->item(r, 2)->text().contains(ipp) ||
                    review()->pairs()->item(r, 3)->text().contains(ipp))
                    return r;
            }
            return -1;
        };
        const int taziRow = rowOf(k1.ipp);
        QVERIFY(taziRow >= 0);
        if (taziRow == 1)
            key(Qt::Key_Down);
        QCOMPARE(review()->pairs()->currentRow(), taziRow);
        // Tab goes on to the record kept, the pair staying the one chosen (walking the table's
        // cells had moved to the other pair, which Alt+P would then have set aside).
        for (int i = 0; i < 4; ++i) {
            key(Qt::Key_Tab);
            QCOMPARE(review()->pairs()->currentRow(), taziRow);
            if (i == 0)
                QCOMPARE(focused(), review()->survivorChoice());
        }
        const QStringList before = decisions();
        key(Qt::Key_P, Qt::AltModifier);
        settle();
        QCOMPARE(review()->pairs()->rowCount(), 1);
        QCOMPARE(rowOf(k1.ipp), -1);
        QCOMPARE(decisions(), before + QStringList{QStringLiteral("not-duplicate")});
        QCOMPARE(m_reg->registry->survivorOf(k2.id).value(), k2.id); // nothing merged

        // A new scan finds the Tazi pair again: it stays out of the queue.
        rescan();
        key(Qt::Key_Escape);
        openReview();
        QCOMPARE(review()->pairs()->rowCount(), 1);
        QCOMPARE(rowOf(k1.ipp), -1);
    }

    void aMergeIsUndoneFromTheListOfMerges() {
        openDesk({access::Role::SiteAdministrator});
        const PatientRecord kept = fatima(QStringLiteral("Fatima"));
        const PatientRecord gone = fatima(QStringLiteral("Fatema"));
        QVERIFY(m_reg->registry->merge(kept.id, gone.id, *m_shell->session->session()).ok());
        openReview();
        QCOMPARE(review()->pairs()->rowCount(), 0);
        QCOMPARE(review()->merges()->rowCount(), 1);
        QVERIFY(review()->merges()->item(0, 0)->text().contains(kept.ipp));
        QVERIFY(review()->merges()->item(0, 1)->text().contains(gone.ipp));
        key(Qt::Key_N, Qt::AltModifier);
        QCOMPARE(m_reg->registry->survivorOf(gone.id).value(), gone.id);
        settle();
        QCOMPARE(review()->merges()->rowCount(), 0);
        // The question is open again.
        QCOMPARE(review()->pairs()->rowCount(), 1);
        QCOMPARE(decisions().last(), QStringLiteral("unmerge"));
    }

    // Merged here one way and at another site the other way: the links loop. Alt+N undoes one
    // merge; the other stands, and the message says which record is kept.
    void aLoopOfMergesIsBrokenFromTheListOfMerges() {
        openDesk({access::Role::SiteAdministrator});
        const PatientRecord kept = fatima(QStringLiteral("Fatima"));
        const PatientRecord gone = fatima(QStringLiteral("Fatema"));
        QVERIFY(m_reg->registry->merge(kept.id, gone.id, *m_shell->session->session()).ok());
        // The other site's merge of `kept` into `gone`, as it arrives.
        QJsonObject json = QJsonDocument::fromJson(
                               m_reg->store->get(QStringLiteral("Patient"), kept.id).value()->json)
                               .object();
        QJsonArray links = json.value(QStringLiteral("link")).toArray();
        links.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("replaced-by")},
            {QStringLiteral("other"),
             QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/") + gone.id}}}});
        json.insert(QStringLiteral("link"), links);
        json.insert(QStringLiteral("active"), false);
        QVERIFY(
            m_reg->store
                ->writeLocal({{storage::LocalChange::Operation::Update, QStringLiteral("Patient"),
                               kept.id, kept.id, QJsonDocument(json).toJson(QJsonDocument::Compact),
                               QStringLiteral("sync")}})
                .ok());
        QVERIFY(!m_reg->registry->survivorOf(kept.id).ok());
        openReview();
        QCOMPARE(review()->merges()->rowCount(), 1);
        key(Qt::Key_N, Qt::AltModifier);
        const QString survivor = m_reg->registry->survivorOf(kept.id).value();
        QCOMPARE(m_reg->registry->survivorOf(gone.id).value(), survivor);
        const PatientRecord& standing = survivor == kept.id ? kept : gone;
        const PatientRecord& merged = survivor == kept.id ? gone : kept;
        QCOMPARE(review()->message()->text(),
                 QStringLiteral("Les deux dossiers étaient fusionnés l'un dans l'autre. La fusion "
                                "du dossier IPP %1 est annulée : le dossier IPP %2 reste fusionné "
                                "dans le dossier IPP %1, qui est conservé.")
                     .arg(standing.ipp, merged.ipp));
        settle();
        // The merge that stands is listed, and can be undone in turn.
        QCOMPARE(review()->merges()->rowCount(), 1);
        QCOMPARE(review()->pairs()->rowCount(), 0);
        QCOMPARE(decisions().last(), QStringLiteral("unmerge"));
    }

    void aClerkSeesTheQueueButCannotDecide() {
        openDesk({access::Role::AdmissionClerk});
        fatima(QStringLiteral("Fatima"));
        const PatientRecord gone = fatima(QStringLiteral("Fatema"));
        openReview();
        QCOMPARE(review()->pairs()->rowCount(), 1);
        QVERIFY(!review()->mergeButton()->isEnabled());
        QVERIFY(!review()->notDuplicateButton()->isEnabled());
        QVERIFY(review()->message()->text().contains(QStringLiteral("administrateur")));
        key(Qt::Key_F, Qt::AltModifier);
        key(Qt::Key_P, Qt::AltModifier);
        QCOMPARE(m_reg->registry->survivorOf(gone.id).value(), gone.id);
        QCOMPARE(review()->pairs()->rowCount(), 1);
    }

    // The desk's store is a file: the queue is read on a thread of the page's own, the page
    // saying so meanwhile, with the lists read before still in sight.
    void theQueueIsReadOffTheDesksThread() {
        openDesk({access::Role::SiteAdministrator});
        fatima(QStringLiteral("Fatima"));
        fatima(QStringLiteral("Fatema"));
        openReview();
        QCOMPARE(review()->pairs()->rowCount(), 1);
        QVERIFY(review()->loadingNotice()->isHidden());
        const auto* reader = review()->findChild<registry::RegistryReader*>();
        QVERIFY(reader && reader->readingThread());
        QVERIFY(reader->readingThread() != QThread::currentThread());

        karim(QStringLiteral("0661000000"));
        karim(QStringLiteral("0662000000"));
        review()->refresh();
        QVERIFY(review()->isLoading());
        QVERIFY(!review()->loadingNotice()->isHidden());
        QCOMPARE(review()->loadingNotice()->text(), QStringLiteral("Chargement de la file…"));
        QCOMPARE(review()->pairs()->rowCount(), 1); // the list read before, not a blank one
        QCOMPARE(review()->openCount(), 1);
        QTRY_COMPARE(review()->pairs()->rowCount(), 2);
        QVERIFY(!review()->isLoading());
        QVERIFY(review()->loadingNotice()->isHidden());
        QCOMPARE(review()->openCount(), 2);
    }

    // A row on screen while the queue is read may be gone from it: no decision is taken on it,
    // neither from the buttons nor from the keys.
    void noDecisionWhileTheQueueIsRead() {
        openDesk({access::Role::SiteAdministrator});
        const PatientRecord kept = fatima(QStringLiteral("Fatima"));
        const PatientRecord gone = fatima(QStringLiteral("Fatema"));
        const PatientRecord k1 = karim(QStringLiteral("0661000000"));
        const PatientRecord k2 = karim(QStringLiteral("0662000000"));
        QVERIFY(m_reg->registry->merge(k1.id, k2.id, *m_shell->session->session()).ok());
        openReview();
        QCOMPARE(review()->pairs()->rowCount(), 1);
        QCOMPARE(review()->merges()->rowCount(), 1);
        QVERIFY(review()->mergeButton()->isEnabled());
        QVERIFY(review()->unmergeButton()->isEnabled());

        const QStringList before = decisions();
        review()->refresh();
        QVERIFY(review()->isLoading());
        QVERIFY(decisionsOff());
        QCOMPARE(focused(), review()->pairs()); // the keys still reach the list
        key(Qt::Key_F, Qt::AltModifier);
        key(Qt::Key_P, Qt::AltModifier);
        key(Qt::Key_N, Qt::AltModifier);
        review()->mergeSelected();
        review()->markNotDuplicate();
        review()->unmergeSelected();
        QCOMPARE(decisions(), before);
        QCOMPARE(m_reg->registry->survivorOf(gone.id).value(), gone.id);
        QCOMPARE(m_reg->registry->survivorOf(k2.id).value(), k1.id);

        settle();
        QVERIFY(review()->mergeButton()->isEnabled());
        QVERIFY(review()->notDuplicateButton()->isEnabled());
        QVERIFY(review()->unmergeButton()->isEnabled());
        QCOMPARE(review()->survivorChoice()->currentData().toString(), kept.id);
    }

    // A refresh asked while another is reading supersedes it: only the latest read is shown.
    void onlyTheLatestReadIsShown() {
        openDesk({access::Role::SiteAdministrator});
        fatima(QStringLiteral("Fatima"));
        fatima(QStringLiteral("Fatema"));
        openReview();
        QList<int> shown;
        connect(review(), &ui::DuplicateReviewPage::loaded, this,
                [&] { shown << review()->pairs()->rowCount(); });
        review()->refresh();
        karim(QStringLiteral("0661000000"));
        karim(QStringLiteral("0662000000"));
        review()->refresh();
        settle();
        // The first read's result, interrupted or not, came back before the second's: dropped.
        QCOMPARE(shown, QList<int>{2});
        QCOMPARE(review()->openCount(), 2);
        QVERIFY(review()->message()->text().isEmpty());
    }
};

QTEST_MAIN(DuplicateReviewScreenTest)
#include "tst_DuplicateReviewScreen.moc"
