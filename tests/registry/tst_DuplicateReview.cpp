// The duplicate review queue as the registry keeps it: a patient created despite possible
// duplicates, an import and a re-check all queue the pairs; a merge settles its pair, an unmerge
// reopens it, "not the same person" is audited and holds against finding the pair again; only the
// site administrator decides; search says when it shows a survivor for a merged record.
#include "RegistryFixture.h"

#include <sijil/storage/DuplicateQueue.h>

#include <QtTest>

using namespace sijil::registry;
using namespace sijil;
using core::PartialDate;
using core::PersonName;
using core::Sex;
using storage::DuplicateStatus;
using testing::RegistryFixture;
using namespace Qt::StringLiterals;

namespace {

PatientRecord fatima(const QString& given = QStringLiteral("Fatima"), int year = 1980) {
    PatientRecord r;
    r.name = PersonName(QStringLiteral("El Idrissi"), given);
    r.sex = Sex::Female;
    r.birthDate = PartialDate::fromDate(QDate(year, 5, 17));
    r.nationality = QStringLiteral("MA");
    r.accountingCategory = QStringLiteral("PAYANT");
    r.coverageRegime = QStringLiteral("NONE");
    return r;
}

// `r` holding a CNIE.
PatientRecord carrying(PatientRecord r, const QString& cnie) {
    r.documentType = DocumentType::Cnie;
    r.documentNumber = cnie;
    return r;
}

PatientRecord omar() {
    PatientRecord r = fatima();
    r.name = PersonName(QStringLiteral("Bennani"), QStringLiteral("Omar"));
    r.sex = Sex::Male;
    r.birthDate = PartialDate::fromDate(QDate(1962, 2, 3));
    return r;
}

QStringList pairIds(const QList<DuplicateReview>& reviews) {
    QStringList out;
    for (const DuplicateReview& r : reviews) {
        const auto [a, b] =
            storage::DuplicateQueue::canonical(r.first.record.id, r.second.record.id);
        out << a + u'|' + b;
    }
    return out;
}

QString pairId(const QString& a, const QString& b) {
    const auto [x, y] = storage::DuplicateQueue::canonical(a, b);
    return x + u'|' + y;
}

} // namespace

class DuplicateReviewTest : public QObject {
    Q_OBJECT

    static QList<DuplicateReview> open(RegistryFixture& f) {
        auto page = f.registry->duplicateReviews(DuplicateStatus::Open, 0, 100);
        if (!page)
            qFatal("review page: %s", page.error().code().constData());
        return page->reviews;
    }

    // Registers `r` the way the desk does after "Créer quand même".
    static PatientRecord createAnyway(RegistryFixture& f, const PatientRecord& r) {
        const auto shown = f.registry->possibleDuplicates(r).value();
        return f.registry->registerPatient(r, f.session, shown).value();
    }

private slots:
    void creatingAnywayQueuesThePairsTheClerkWasShown() {
        RegistryFixture f;
        const auto first = f.registry->registerPatient(fatima(), f.session).value();
        QVERIFY(f.registry->registerPatient(omar(), f.session).ok());
        QVERIFY(open(f).isEmpty()); // nobody was shown anything
        const auto second = createAnyway(f, fatima(QStringLiteral("Fatema")));
        const auto reviews = open(f);
        QCOMPARE(pairIds(reviews), QStringList{pairId(first.id, second.id)});
        QVERIFY(reviews[0].weight > 0);
        QCOMPARE(reviews[0].status, DuplicateStatus::Open);
        // Both records as they are now, ready to compare.
        QCOMPARE(QSet<QString>({reviews[0].first.record.ipp, reviews[0].second.record.ipp}),
                 QSet<QString>({first.ipp, second.ipp}));
        const auto log = f.audit->entries(0, 10).value();
        QCOMPARE(log.last().detail, QStringLiteral("registration possible-duplicates:1"));
    }

    // A register migrated with its duplicates (KnownPatients::Queue) keeps them for review.
    void anImportKeepingDuplicatesQueuesPairsWithTheRegisterAndWithinItself() {
        RegistryFixture f;
        const auto held = f.registry->registerPatient(fatima(), f.session).value();
        // Two batches: the second Fatema meets the register, the two Tazi meet each other.
        PatientRecord tazi = omar();
        tazi.name = PersonName(QStringLiteral("Tazi"), QStringLiteral("Karim"));
        PatientRecord tazi2 = tazi;
        tazi2.name = PersonName(QStringLiteral("Tazi"), QStringLiteral("Karim"));
        tazi2.phone = QStringLiteral("0661000000");
        const auto report =
            f.registry
                ->importPatients({fatima(QStringLiteral("Fatema")), tazi, tazi2}, f.session, 2, {},
                                 PatientRegistry::KnownPatients::Queue)
                .value();
        QCOMPARE(report.imported, 3);
        QCOMPARE(report.possibleDuplicates, 2);
        const QStringList queued = pairIds(open(f));
        QCOMPARE(queued.size(), report.possibleDuplicates);
        QVERIFY(std::any_of(queued.begin(), queued.end(),
                            [&](const QString& p) { return p.contains(held.id); }));
        const auto taziIds = f.registry->search(QStringLiteral("tazi karim")).value();
        QCOMPARE(taziIds.size(), 2);
        QVERIFY(queued.contains(pairId(taziIds[0].record.id, taziIds[1].record.id)));
    }

    // By default an import creates no patient it surely holds already, nor the same patient
    // twice from one file; the possible duplicates are written and queued, with the register and
    // within the file, across batches.
    void anImportRefusesPatientsItSurelyHoldsAndQueuesThePossibleOnes() {
        RegistryFixture f;
        PatientRecord heldFatima = fatima();
        heldFatima.phone = QStringLiteral("0612345678");
        const auto held = f.registry->registerPatient(heldFatima, f.session).value();
        PatientRecord tazi = omar();
        tazi.name = PersonName(QStringLiteral("Tazi"), QStringLiteral("Karim"));
        tazi.phone = QStringLiteral("0661000000");
        PatientRecord tazi2 = tazi;    // the same person typed again further down
        PatientRecord namesake = tazi; // a name and a birth year only: maybe someone else
        namesake.birthDate = PartialDate::year(1962);
        namesake.phone.clear();
        PatientRecord fatimaYear = fatima();
        fatimaYear.birthDate = PartialDate::year(1980);
        PatientRecord fatema = heldFatima; // spelt otherwise: for a person to judge
        fatema.name = PersonName(QStringLiteral("El Idrissi"), QStringLiteral("Fatema"));
        const QList<PatientRecord> records{heldFatima, tazi, tazi2, namesake, fatimaYear, fatema};
        // One record per batch: a pair is queued once both of its records are written.
        const auto report = f.registry->importPatients(records, f.session, 1).value();
        QCOMPARE(report.imported, 4);
        QCOMPARE(report.importedIndexes, (QList<int>{1, 3, 4, 5}));
        QCOMPARE(report.rejected.size(), 2);
        QCOMPARE(report.rejected[0].first, 0);
        QCOMPARE(report.rejected[0].second.code(), QByteArray("registry/already-registered"));
        QVERIFY(report.rejected[0].second.userMessage().contains(held.ipp));
        QCOMPARE(report.rejected[0].second.detail(), held.id);
        QCOMPARE(report.rejected[1].first, 2);
        QCOMPARE(report.rejected[1].second.code(), QByteArray("registry/repeated-in-file"));
        QVERIFY(report.rejected[1].second.userMessage().contains(u"TAZI Karim"_s));
        QCOMPARE(report.repeats, (QHash<int, int>{{2, 1}})); // the third repeats the second
        QCOMPARE(f.registry->search(QStringLiteral("tazi karim")).value().size(), 2);
        QCOMPARE(f.registry->ippsRemaining().value(), 1000 - 1 - 4);
        // The namesake (fourth) meets the Tazi of the second batch; Fatima's year-only record and
        // Fatema meet the register (and each other).
        const auto tazis = f.registry->search(QStringLiteral("tazi karim")).value();
        const QStringList queued = pairIds(open(f));
        QVERIFY(queued.contains(pairId(tazis[0].record.id, tazis[1].record.id)));
        QCOMPARE(std::count_if(queued.begin(), queued.end(),
                               [&](const QString& p) { return p.contains(held.id); }),
                 2);
        QCOMPARE(report.possibleDuplicates, int(queued.size()));
    }

    // Left out only beyond doubt: twins whose given names are close (Hassan, Houssine; محمد,
    // محمود) sharing a birthday and the parents' phone are both written, for a person to look
    // at; a record
    // holding the CNIE of an earlier one is left out however many namesakes lie between them.
    void anImportLeavesOutOnlyWhatIsBeyondDoubt() {
        RegistryFixture f;
        PatientRecord hassan = omar();
        hassan.name = PersonName(QStringLiteral("Benali"), QStringLiteral("Hassan"));
        hassan.birthDate = PartialDate::fromDate(QDate(2019, 3, 12));
        hassan.phone = QStringLiteral("0612345678");
        PatientRecord houssine = hassan;
        houssine.name = PersonName(QStringLiteral("Benali"), QStringLiteral("Houssine"));
        PatientRecord cnie = omar();
        cnie.name = PersonName(QStringLiteral("Bennani"), QStringLiteral("Mohamed"));
        cnie.birthDate = PartialDate::fromDate(QDate(1985, 5, 5));
        cnie.documentType = DocumentType::Cnie;
        cnie.documentNumber = QStringLiteral("BK111111");
        PatientRecord mohamed = hassan; // Arabic names only: محمد and محمود share a key
        mohamed.name = PersonName({}, {}, QStringLiteral("بنعلي"), QStringLiteral("محمد"));
        mohamed.birthDate = PartialDate::fromDate(QDate(2020, 6, 9));
        PatientRecord mahmoud = mohamed;
        mahmoud.name = PersonName({}, {}, QStringLiteral("بنعلي"), QStringLiteral("محمود"));
        QList<PatientRecord> records{hassan, houssine, cnie, mohamed, mahmoud};
        for (int i = 0; i < 250; ++i) { // other Mohameds born in 1985, each on a day of his own
            PatientRecord other = cnie;
            other.documentType = DocumentType::None;
            other.documentNumber.clear();
            other.name = PersonName(QStringLiteral("Tazi"), QStringLiteral("Mohamed"));
            other.birthDate = PartialDate::fromDate(QDate(1985, 1, 2).addDays(i));
            records << other;
        }
        PatientRecord cnieAgain = cnie; // one letter off, the same card
        cnieAgain.name = PersonName(QStringLiteral("Bennari"), QStringLiteral("Mohamed"));
        records << cnieAgain;
        const auto report = f.registry->importPatients(records, f.session, 100).value();
        QStringList refused;
        for (const auto& [index, error] : report.rejected)
            refused << QStringLiteral("%1 %2").arg(index).arg(QString::fromLatin1(error.code()));
        QCOMPARE(refused, QStringList{QStringLiteral("255 registry/repeated-in-file")});
        QCOMPARE(report.repeats, (QHash<int, int>{{255, 2}})); // the card of the third record
        QCOMPARE(f.registry->search(QStringLiteral("بنعلي 2020")).value().size(), 2);
        const auto twins = f.registry->search(QStringLiteral("benali 2019")).value();
        QCOMPARE(twins.size(), 2);
        QVERIFY(pairIds(open(f)).contains(pairId(twins[0].record.id, twins[1].record.id)));
    }

    // A registration made while the index is being rebuilt is checked against part of the
    // register; once the index is whole, it is checked again and the pair it missed is queued.
    void registrationsDuringARebuildAreCheckedAgainOnceTheIndexIsWhole() {
        RegistryFixture f;
        QVERIFY(f.registry->registerPatient(omar(), f.session).ok());
        const auto held = f.registry->registerPatient(fatima(), f.session).value();
        // A rebuild stopped after its first resource: the index holds part of the register.
        const auto first = f.index->rebuild(
            PatientIndexer(), [](qint64, qint64) { return false; }, 1);
        QVERIFY(first.ok() && !first->complete);
        QVERIFY(f.index->needsRebuild(QStringLiteral("Patient")).value());

        const PatientRecord fatema = fatima(QStringLiteral("Fatema"));
        const auto shown = f.registry->possibleDuplicates(fatema).value();
        QVERIFY2(shown.isEmpty(), "the partial index does not hold the first Fatima yet");
        const auto second = f.registry->registerPatient(fatema, f.session, shown).value();
        PatientRecord changed = f.registry->get(held.id).value().value();
        changed.phone = QStringLiteral("0661000000");
        QVERIFY(f.registry->update(changed, f.session).ok());
        QCOMPARE(f.duplicates->toRecheck(10).value().size(), 2);

        // Not while the index is incomplete: the marks wait.
        QCOMPARE(f.registry->recheckDuplicates().value(), 0);
        QCOMPARE(f.duplicates->toRecheck(10).value().size(), 2);

        QVERIFY(f.index->rebuild(PatientIndexer()).value().complete);
        QCOMPARE(f.registry->recheckDuplicates().value(), 1);
        QCOMPARE(pairIds(open(f)), QStringList{pairId(held.id, second.id)});
        QVERIFY(f.duplicates->toRecheck(10).value().isEmpty());
        // Registrations with the index whole are checked at once and leave no mark.
        QVERIFY(
            f.registry->registerPatient(fatima(QStringLiteral("Fatiha"), 1990), f.session).ok());
        QVERIFY(f.duplicates->toRecheck(10).value().isEmpty());
    }

    void onlyTheSiteAdministratorDecides() {
        RegistryFixture f;
        const auto a = f.registry->registerPatient(fatima(), f.session).value();
        const auto b = createAnyway(f, fatima(QStringLiteral("Fatema")));
        QVERIFY(!PatientRegistry::mayMerge(f.session.user));
        for (const core::Status& s : {f.registry->merge(a.id, b.id, f.session),
                                      f.registry->markNotDuplicate(a.id, b.id, f.session),
                                      f.registry->unmerge(b.id, f.session)}) {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code(), QByteArray("registry/merge-forbidden"));
        }
        QCOMPARE(open(f).size(), 1);
        QCOMPARE(f.registry->survivorOf(b.id).value(), b.id);
    }

    void aMergeSettlesItsPairAndAnUnmergeReopensIt() {
        RegistryFixture f;
        const auto a = f.registry->registerPatient(fatima(), f.session).value();
        const auto b = createAnyway(f, fatima(QStringLiteral("Fatema")));
        const auto c = createAnyway(f, fatima(QStringLiteral("Fatma")));
        QCOMPARE(open(f).size(), 3); // a-b, a-c, b-c
        f.session.user.roles << access::Role::SiteAdministrator;
        QVERIFY(f.registry->merge(a.id, b.id, f.session).ok());
        // a-b is settled; b-c waits while b is merged away; a-c stays.
        QCOMPARE(pairIds(open(f)), QStringList{pairId(a.id, c.id)});
        const auto merged =
            f.registry->duplicateReviews(DuplicateStatus::Merged, 0, 10).value().reviews;
        QCOMPARE(pairIds(merged), QStringList{pairId(a.id, b.id)});
        QVERIFY(merged[0].decidedAtUtc.isValid());
        QVERIFY(merged[0].first.merged != merged[0].second.merged); // the one to unmerge

        QVERIFY(f.registry->unmerge(b.id, f.session).ok());
        QCOMPARE(open(f).size(), 3);
        QVERIFY(
            f.registry->duplicateReviews(DuplicateStatus::Merged, 0, 10).value().reviews.isEmpty());
    }

    void notTheSamePersonIsAuditedAndHoldsAgainstARecheck() {
        RegistryFixture f;
        const auto a = f.registry->registerPatient(fatima(), f.session).value();
        const auto b = createAnyway(f, fatima(QStringLiteral("Fatema")));
        f.session.user.roles << access::Role::SiteAdministrator;
        const qint64 before = f.audit->count().value();
        QVERIFY(f.registry->markNotDuplicate(b.id, a.id, f.session).ok());
        QCOMPARE(f.audit->count().value(), before + 1);
        const auto entry = f.audit->entries(before, 1).value().first();
        QCOMPARE(entry.subtype, QStringLiteral("not-duplicate"));
        QCOMPARE(entry.patientId, b.id);
        QCOMPARE(entry.detail, QStringLiteral("not-same-as:") + a.id);
        QVERIFY(open(f).isEmpty());

        // A scan finds the pair again: the decision holds.
        const auto again = f.registry->possibleDuplicates(a).value();
        QCOMPARE(again.size(), 1);
        QCOMPARE(f.registry->queueDuplicates(a, again).value(),
                 QList<DuplicateStatus>{DuplicateStatus::NotDuplicate});
        QVERIFY(open(f).isEmpty());
        QCOMPARE(
            f.registry->markNotDuplicate(a.id, QStringLiteral("nobody"), f.session).error().code(),
            QByteArray("registry/not-found"));
    }

    // The check before a registration or a correction: a record merged away that holds what was
    // typed (its document, its IPP) stands for its survivor, which is shown, holding it too; the
    // survivor being corrected is not its own duplicate.
    void theCheckBeforeSavingShowsTheSurvivorOfAMergedHolder() {
        RegistryFixture f;
        const PatientRecord carded = carrying(fatima(QStringLiteral("Fatema")), u"BK445566"_s);
        const auto kept = f.registry->registerPatient(fatima(), f.session).value();
        const auto merged = f.registry->registerPatient(carded, f.session).value();
        f.session.user.roles << access::Role::SiteAdministrator;
        QVERIFY(f.registry->merge(kept.id, merged.id, f.session).ok());

        // Another name and birth date (a relative's card typed by mistake), or the IPP alone.
        const PatientRecord withCard = carrying(omar(), carded.documentNumber);
        PatientRecord withIpp = omar();
        withIpp.ipp = merged.ipp;
        for (const PatientRecord& entry : {withCard, withIpp}) {
            const auto shown = f.registry->possibleDuplicates(entry).value();
            QCOMPARE(testing::ids(shown), QStringList{kept.id});
            QVERIFY(holdSameDocument(entry, shown[0]) || holdSameIpp(entry, shown[0]));
            QCOMPARE(foundThroughIpps(shown[0]), merged.ipp);
        }
        const PatientRecord correction = carrying(kept, carded.documentNumber);
        QVERIFY(f.registry->possibleDuplicates(correction).value().isEmpty());
    }

    void searchSaysWhenItShowsASurvivorForAMergedRecord() {
        RegistryFixture f;
        const PatientRecord carded = carrying(fatima(), u"BE123456"_s);
        const auto a = f.registry->registerPatient(fatima(), f.session).value();
        const auto b = f.registry->registerPatient(carded, f.session).value();
        f.session.user.roles << access::Role::SiteAdministrator;
        QVERIFY(f.registry->merge(a.id, b.id, f.session).ok());
        const auto byCard = f.registry->search(QStringLiteral("BE123456")).value();
        QCOMPARE(byCard.size(), 1);
        QCOMPARE(byCard[0].record.id, a.id);
        QCOMPARE(byCard[0].foundAs, b.id);
        const auto byIpp = f.registry->search(b.ipp).value();
        QCOMPARE(byIpp[0].foundAs, b.id);
        // Found by what both share: the survivor matched on its own.
        const auto byName = f.registry->search(QStringLiteral("fatima idrissi")).value();
        QCOMPARE(byName.size(), 1);
        QVERIFY(byName[0].foundAs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(DuplicateReviewTest)
#include "tst_DuplicateReview.moc"
