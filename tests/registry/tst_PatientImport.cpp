// Importing a register: the CSV reader a chunk at a time (what it knows of the file before the
// first chunk: its digest, its rows, a broken quote anywhere; chunks that stop reading the file
// where they end; a row repeated word for word found across chunks; a file changed between its
// readings), and the registry's bulk import on a real local store (batches written whole, IPPs
// drawn for every record first, records held already refused, stops reported with what was
// written).
#include "RegistryFixture.h"
#include "SamplePatients.h"

#include <sijil/registry/Ipp.h>
#include <sijil/registry/PatientImport.h>
#include <sijil/storage/Outbox.h>

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace sijil::registry;
using namespace sijil;
using core::PersonName;
using core::Sex;
using testing::fatima;
using testing::person;
using testing::RegistryFixture;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader = "family_latin;given_latin;sex;birth_date;ipp\n";

QByteArray row(int i) {
    return QStringLiteral("Famille%1;Prenom%1;%2;%3/01/1970;\n")
        .arg(i)
        .arg(i % 2 ? u"M"_s : u"F"_s)
        .arg(1 + i % 28, 2, 10, QChar(u'0'))
        .toUtf8();
}

} // namespace

class tst_PatientImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QByteArray& bytes) {
        const QString path = m_dir.filePath(QStringLiteral("register.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return path;
    }

private slots:
    void chunksReadTheFileAsTheyGo() {
        QByteArray bytes = kHeader;
        for (int i = 0; i < 2500; ++i)
            bytes += row(i);
        const QString path = write(bytes);
        auto opened = CsvImportReader::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail()));
        CsvImportReader& reader = **opened;
        QCOMPARE(reader.rows(), 2500);
        QCOMPARE(reader.rowsWithoutIpp(), 2500);
        QCOMPARE(reader.source(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        auto first = reader.next(1000);
        QVERIFY(first);
        QCOMPARE(first->records.size(), 1000);
        QCOMPARE(first->lines.first(), 2);
        QCOMPARE(first->lines.last(), 1001);
        QCOMPARE(first->source, reader.source());
        // The file is read as far as the chunk, not further.
        QVERIFY2(reader.bytesRead() < bytes.size() / 2,
                 qPrintable(QString::number(reader.bytesRead())));
        QVERIFY(!reader.atEnd());
        auto second = reader.next(1000);
        QVERIFY(second);
        QCOMPARE(second->records.size(), 1000);
        QCOMPARE(second->lines.first(), 1002);
        QCOMPARE(second->records.first().name.family(sijil::core::PersonName::Script::Latin),
                 u"Famille1000"_s);
        auto third = reader.next(1000);
        QVERIFY(third);
        QCOMPARE(third->records.size(), 500);
        QVERIFY(reader.atEnd());
        auto after = reader.next(1000);
        QVERIFY(after);
        QVERIFY(after->records.isEmpty() && after->refused.isEmpty());
    }

    // Line ends of a carriage return alone (classic Mac OS) are lines too: read a chunk at a
    // time as the others, never the whole file at once.
    void carriageReturnLineEndsAreReadAChunkAtATime() {
        QByteArray bytes = kHeader;
        for (int i = 0; i < 2500; ++i)
            bytes += row(i);
        bytes.replace('\n', '\r');
        bytes.insert(kHeader.size(), "\r\n"); // one "\r\n" among them: one line break
        auto opened = CsvImportReader::open(write(bytes));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail()));
        CsvImportReader& reader = **opened;
        QCOMPARE(reader.rows(), 2500);
        auto first = reader.next(1000);
        QVERIFY(first);
        QCOMPARE(first->records.size(), 1000);
        QCOMPARE(first->lines.first(), 3);
        QCOMPARE(first->lines.last(), 1002);
        QVERIFY2(reader.bytesRead() < bytes.size() / 2,
                 qPrintable(QString::number(reader.bytesRead())));
        int records = int(first->records.size());
        while (!reader.atEnd()) {
            auto chunk = reader.next(1000);
            QVERIFY(chunk);
            QVERIFY(chunk->refused.isEmpty());
            records += int(chunk->records.size());
        }
        QCOMPARE(records, 2500);
        QCOMPARE(reader.bytesRead(), qint64(bytes.size()));
    }

    // The second reading is checked against the first (the digest the journal knows the file
    // by): a chunk with a byte that differs is never given, so never written.
    void aFileChangedBeforeAChunkIsReadRefusesThatChunk_data() {
        QTest::addColumn<int>("changedRow");
        QTest::addColumn<QByteArray>("replacement"); // the changed row's new bytes
        QTest::newRow("first chunk, same size") << 10 << row(10).replace("Prenom", "Prenum");
        QTest::newRow("last chunk, same size") << 2400 << row(2400).replace("1970", "1971");
        QTest::newRow("last chunk, longer") << 2400 << row(2400).replace("Prenom", "Prenoms");
        QTest::newRow("cut short") << 2400 << QByteArray();
        QTest::newRow("rows added") << 2499 << row(2499) + row(2500);
    }

    void aFileChangedBeforeAChunkIsReadRefusesThatChunk() {
        QFETCH(int, changedRow);
        QFETCH(QByteArray, replacement);
        QByteArray bytes = kHeader;
        for (int i = 0; i < 2500; ++i)
            bytes += row(i);
        const QString path = write(bytes);
        auto opened = CsvImportReader::open(path);
        QVERIFY(opened);
        CsvImportReader& reader = **opened;
        const int changedLine = changedRow + 2;
        const qsizetype at = bytes.indexOf(row(changedRow));
        write(bytes.left(at) + replacement +
              (replacement.isEmpty() ? QByteArray() : bytes.mid(at + row(changedRow).size())));
        std::optional<sijil::core::Error> refused;
        int lastGiven = 0;
        while (!refused && !reader.atEnd()) {
            auto chunk = reader.next(1000);
            if (!chunk) {
                refused = chunk.error();
                break;
            }
            QVERIFY(chunk->refused.isEmpty());
            lastGiven = chunk->lines.isEmpty() ? lastGiven : chunk->lines.last();
        }
        QVERIFY(refused);
        QCOMPARE(refused->code(), QByteArray("registry/import-changed"));
        QVERIFY2(refused->userMessage().contains(path), qPrintable(refused->userMessage()));
        QVERIFY2(lastGiven < changedLine, qPrintable(QString::number(lastGiven)));
    }

    // Cut at any line, its stretch's end among them, or emptied: never read as a shorter file.
    void aFileCutShortAfterTheFirstReadingIsRefused() {
        QByteArray bytes = kHeader;
        QList<qsizetype> lineEnds{0, kHeader.size()};
        for (int i = 0; i < 300; ++i) {
            bytes += row(i);
            lineEnds << bytes.size();
        }
        lineEnds.removeLast(); // the whole file is not cut
        for (const qsizetype cut : lineEnds) {
            const QString path = write(bytes);
            auto opened = CsvImportReader::open(path);
            QVERIFY(opened);
            write(bytes.left(cut));
            std::optional<sijil::core::Error> refused;
            while (!(*opened)->atEnd()) {
                auto chunk = (*opened)->next(1000);
                if (!chunk) {
                    refused = chunk.error();
                    break;
                }
            }
            QVERIFY2(refused, qPrintable(QStringLiteral("cut at byte %1").arg(cut)));
            QCOMPARE(refused->code(), QByteArray("registry/import-changed"));
        }
    }

    void aRowRepeatedInALaterChunkIsRefusedNamingTheFirst() {
        QByteArray bytes = kHeader;
        for (int i = 0; i < 30; ++i)
            bytes += row(i);
        bytes += row(3); // line 32, the same bytes as line 5
        const QString path = write(bytes);
        auto opened = CsvImportReader::open(path);
        QVERIFY(opened);
        int records = 0;
        QList<QPair<int, sijil::core::Error>> refused;
        while (!(*opened)->atEnd()) {
            auto chunk = (*opened)->next(10);
            QVERIFY(chunk);
            records += int(chunk->records.size());
            refused << chunk->refused;
        }
        QCOMPARE(records, 30);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first, 32);
        QCOMPARE(refused.first().second.code(), QByteArray("registry/import-row-repeated"));
        QVERIFY(refused.first().second.userMessage().contains(u"ligne 5"_s));
    }

    void aQuoteNeverClosedAtTheEndRefusesTheFileBeforeAnyChunk() {
        QByteArray bytes = kHeader;
        for (int i = 0; i < 50; ++i)
            bytes += row(i);
        bytes += "\"Bennani;Ali;M;1970;\n";
        auto opened = CsvImportReader::open(write(bytes));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), QByteArray("registry/import-quote"));
        QVERIFY(opened.error().userMessage().contains(u"Ligne 52"_s));
    }

    void bytesNotInUtf8AtTheEndRefuseTheFileBeforeAnyChunk() {
        QByteArray bytes = kHeader;
        for (int i = 0; i < 50; ++i)
            bytes += row(i);
        bytes += "Benn\xe9ni;Ali;M;1970;\n"; // Latin-1
        auto opened = CsvImportReader::open(write(bytes));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), QByteArray("registry/import-encoding"));
    }

    void rowsBringingTheirIppAreCounted() {
        QByteArray bytes = kHeader + row(1) + "Tazi;Karim;M;1975;000000018\n" + row(2);
        auto opened = CsvImportReader::open(write(bytes));
        QVERIFY(opened);
        QCOMPARE((*opened)->rows(), 3);
        QCOMPARE((*opened)->rowsWithoutIpp(), 2);
    }

    void importSendsEachPatientWithItsCoverageTogether() {
        // As the desk does (registerPatient): the server takes a patient and his coverage in one
        // transaction, never one without the other; the patients of a batch go apart.
        RegistryFixture f;
        QList<PatientRecord> records{fatima(), person(u"Tazi"_s, u"Karim"_s, 1975)};
        records << fatima();
        records[2].name = PersonName(u"Bennani"_s, u"Sara"_s);
        records[2].documentNumber = u"BK654321"_s;
        records[2].phone = u"0661000001"_s;
        records[2].affiliationNumber = u"987654321"_s;
        const auto report = f.registry->importPatients(records, f.session, 10).value();
        QCOMPARE(report.imported, 3);
        const auto queued = storage::Outbox(*f.db).next(10).value();
        QCOMPARE(queued.size(), 5);
        QHash<QString, QList<storage::OutboxEntry>> byPatient;
        for (const auto& e : queued) {
            const QString patient =
                e.type == u"Patient"_s ? e.id : f.store->get(e.type, e.id).value()->patientId;
            byPatient[patient] << e;
        }
        QCOMPARE(byPatient.size(), 3);
        for (const auto& entries : std::as_const(byPatient)) {
            QCOMPARE(entries.first().type, u"Patient"_s);
            if (entries.size() == 1) { // no coverage: alone
                QCOMPARE(entries.first().group, 0);
                continue;
            }
            QCOMPARE(entries.size(), 2);
            QCOMPARE(entries[1].type, u"Coverage"_s);
            QCOMPARE(entries[0].group, entries[0].seq);
            QCOMPARE(entries[1].group, entries[0].seq);
        }
    }

    void importWritesValidRecordsInBatchesAndReportsTheRest() {
        RegistryFixture f;
        QList<PatientRecord> records;
        for (int i = 0; i < 25; ++i)
            records << person(QStringLiteral("Tazi"), QStringLiteral("Karim"), 1950 + i);
        records[3].phone = QStringLiteral("12");        // invalid
        records[7].ipp = *Ipp::fromNumber(5500);        // another site's, free
        records[8].ipp = *Ipp::fromNumber(5500);        // the same again
        records[9].nationality = QStringLiteral("MAR"); // as the MRZ writes it
        records[9].birthCountry = QStringLiteral("fra");
        const auto report = f.registry->importPatients(records, f.session, 10).value();
        QCOMPARE(report.imported, 23);
        QCOMPARE(report.rejected.size(), 2);
        QCOMPARE(report.rejected[0].first, 3);
        QCOMPARE(report.rejected[0].second.field(), QStringLiteral("phone"));
        QCOMPARE(report.rejected[1].first, 8);
        QCOMPARE(report.rejected[1].second.code(), QByteArray("registry/ipp-taken"));
        QCOMPARE(f.registry->search(QStringLiteral("tazi karim")).value().size(), 23);
        QCOMPARE(f.registry->ippsRemaining().value(), 1000 - 22);
        QCOMPARE(f.audit->count().value(), 3); // one per batch of ten, naming its patients
        const auto entries = f.audit->entries(0, 100);
        QSet<QString> audited;
        for (const auto& e : entries.value()) {
            const QString created = e.detail.section(u"created:"_s, 1);
            for (const QString& id : created.split(u',', Qt::SkipEmptyParts))
                audited << id;
        }
        const auto ids = f.registry->patientIds({}, 100);
        QSet<QString> written;
        for (const QString& id : ids.value())
            written << id;
        QCOMPARE(audited, written);
        QCOMPARE(f.registry->search(*Ipp::fromNumber(5500)).value().size(), 1);
        const auto alpha3 = f.registry->search(QStringLiteral("tazi karim 1959")).value();
        QCOMPARE(alpha3.size(), 1);
        QCOMPARE(alpha3[0].record.nationality, QStringLiteral("MA"));
        QCOMPARE(alpha3[0].record.birthCountry, QStringLiteral("FR"));
    }

    void importStoppedAfterTheFirstBatchKeepsThatBatchWhole() {
        RegistryFixture f;
        QList<PatientRecord> records;
        for (int i = 0; i < 25; ++i) {
            records << person(QStringLiteral("Bennani"), QStringLiteral("Omar"), 1950 + i);
            records.last().phone = QStringLiteral("06610000%1").arg(i, 2, 10, QChar(u'0'));
        }
        records[2].phone = QStringLiteral("12"); // invalid: 24 to write
        QList<QPair<int, int>> calls;
        const auto report = f.registry
                                ->importPatients(records, f.session, 10,
                                                 [&](int done, int total) {
                                                     calls << qMakePair(done, total);
                                                     return false; // stop after the first batch
                                                 })
                                .value();
        QVERIFY(report.cancelled);
        QCOMPARE(report.imported, 10);
        QCOMPARE(report.rejected.size(), 1);
        QCOMPARE(calls, (QList<QPair<int, int>>{{10, 24}}));
        // The store holds exactly the first batch, indexed, with its IPPs and one audit entry.
        QCOMPARE(f.registry->patientIds({}, 100).value().size(), 10);
        QCOMPARE(f.index->count(QStringLiteral("Patient")).value(), 10);
        QCOMPARE(f.registry->search(QStringLiteral("bennani omar")).value().size(), 10);
        QCOMPARE(f.registry->ippsRemaining().value(), 1000 - 10);
        QCOMPARE(f.audit->count().value(), 1);
        QVERIFY(f.db->integrityCheck().value().isEmpty());
        // The same file again, this time to the end: the first ten are surely the patients
        // written the first time, refused before anything is numbered; the 14 others are written.
        int lastDone = 0;
        const auto again = f.registry
                               ->importPatients(records, f.session, 10,
                                                [&](int done, int) {
                                                    lastDone = done;
                                                    return true;
                                                })
                               .value();
        QVERIFY(!again.cancelled);
        QCOMPARE(again.imported, 14);
        QCOMPARE(lastDone, 14);
        QCOMPARE(again.rejected.size(), 1 + 10);
        QList<int> held;
        for (const auto& [index, error] : again.rejected) {
            if (error.code() == "registry/already-registered")
                held << index;
        }
        QCOMPARE(held, (QList<int>{0, 1, 3, 4, 5, 6, 7, 8, 9, 10})); // in the file's order
        const auto first = f.registry->search(QStringLiteral("bennani omar 1950")).value();
        QCOMPARE(first.size(), 1);
        QCOMPARE(again.rejected[0].second.userMessage(),
                 QStringLiteral("Ce patient est déjà enregistré (BENNANI Omar, IPP %1) : il n'a "
                                "pas été créé une seconde fois.")
                     .arg(first[0].record.ipp));
        QCOMPARE(f.registry->patientIds({}, 100).value().size(), 24);
        QCOMPARE(f.registry->ippsRemaining().value(), 1000 - 24);
        QCOMPARE(f.audit->count().value(), 1 + 2);
    }

    void importNeedsEveryIppFirstAndRefusesRecordsHeldAlready() {
        RegistryFixture f;
        const qint64 ipps = f.registry->ippsRemaining().value();
        QList<PatientRecord> records;
        const QStringList given{u"Karim"_s,   u"Omar"_s,  u"Said"_s,   u"Hamza"_s,
                                u"Yassine"_s, u"Anas"_s,  u"Badr"_s,   u"Driss"_s,
                                u"Jalil"_s,   u"Nabil"_s, u"Zakaria"_s};
        for (int i = 0; i <= ipps; ++i) // other people: one given name per year
            records << person(QStringLiteral("Tazi"), given[i / 100 % 11], 1920 + i % 100);
        // One more record than the blocks can number: nothing written (it kept 500 of 600).
        const auto refused = f.registry->importPatients(records, f.session, 100);
        QCOMPARE(refused.error().code(), QByteArray("registry/ipp-short"));
        QVERIFY(refused.error().userMessage().contains(QString::number(ipps + 1)));
        QVERIFY(f.registry->patientIds({}, 10).value().isEmpty());
        QCOMPARE(f.registry->ippsRemaining().value(), ipps);
        QCOMPARE(f.audit->count().value(), 0);

        // A bundle's records carry their ids: imported again, they are refused, not doubled, and
        // draw no IPP.
        QList<PatientRecord> bundle = records.mid(0, 3);
        for (int i = 0; i < bundle.size(); ++i)
            bundle[i].id = QStringLiteral("bundle-%1").arg(i);
        QCOMPARE(f.registry->importPatients(bundle, f.session).value().imported, 3);
        const auto again = f.registry->importPatients(bundle, f.session).value();
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.rejected.size(), 3);
        QCOMPARE(again.rejected[0].second.code(), QByteArray("registry/already-imported"));
        QCOMPARE(f.registry->patientIds({}, 10).value().size(), 3);
        QCOMPARE(f.registry->ippsRemaining().value(), ipps - 3);
        QCOMPARE(f.audit->count().value(), 1);
    }

    // A phone written on every row (the desk's own, for patients without one) ties the whole
    // file together, and siblings born the same day share a family name too (twins): nobody is
    // taken for somebody else for it.
    void aPhoneSharedByTheWholeFileRefusesNobodyNotEvenTwins() {
        RegistryFixture f;
        const QStringList given{u"Karim"_s, u"Omar"_s, u"Said"_s,  u"Hamza"_s, u"Yassine"_s,
                                u"Anas"_s,  u"Badr"_s, u"Driss"_s, u"Jalil"_s, u"Nabil"_s};
        QList<PatientRecord> records;
        for (int i = 0; i < 900; ++i) {
            records << person(QStringLiteral("Tazi"), given[i % 10], 1920 + i / 10);
            records.last().phone = QStringLiteral("0522000000");
        }
        const auto report = f.registry->importPatients(records, f.session, 500).value();
        QVERIFY(report.rejected.isEmpty());
        QCOMPARE(report.imported, 900);
    }

    void importStoppedByAFailureReportsWhatWasWritten() {
        RegistryFixture f;
        QList<PatientRecord> records;
        for (int i = 0; i < 25; ++i)
            records << person(QStringLiteral("Chraibi"), QStringLiteral("Omar"), 1950 + i);
        records[4].id = QStringLiteral("given-twice"); // a bundle's entry repeated
        records[5].id = QStringLiteral("given-twice");
        // After the first batch, the desk on the same store takes every IPP left.
        const auto report =
            f.registry
                ->importPatients(records, f.session, 10,
                                 [&](int, int) {
                                     const qint64 left = f.registry->ippsRemaining().value();
                                     (void)f.identifiers->draw(registry::systems::kIpp, int(left));
                                     return true;
                                 })
                .value();
        QCOMPARE(report.rejected.size(), 1);
        QCOMPARE(report.rejected[0].first, 5);
        QCOMPARE(report.rejected[0].second.code(), QByteArray("registry/already-imported"));
        QVERIFY(report.stoppedBy);
        QCOMPARE(report.imported, 10);
        QCOMPARE(report.importedIndexes.size(), 10);
        QCOMPARE(report.importedIndexes.last(), 10); // record 5 refused: the tenth written is 10
        QCOMPARE(f.registry->patientIds({}, 100).value().size(), 10);
        QVERIFY(f.db->integrityCheck().value().isEmpty());
    }

    // Stopped while the records are compared with the register: nothing written, no IPP drawn.
    void importStoppedWhileCheckingWritesNothing() {
        RegistryFixture f;
        QList<PatientRecord> records;
        for (int i = 0; i < 250; ++i)
            records << person(QStringLiteral("Alaoui"), QStringLiteral("Sara"), 1900 + i % 120,
                              i < 120 ? Sex::Female : Sex::Male);
        QList<int> asked;
        PatientRegistry::ImportOptions options;
        options.checking = [&](int checked, int total) {
            asked << checked;
            return total == 250 && checked < 200;
        };
        const auto report = f.registry->importPatients(records, f.session, 10, {}, options).value();
        QVERIFY(report.cancelled);
        QCOMPARE(report.imported, 0);
        QCOMPARE(asked, (QList<int>{100, 200}));
        // A stop asked for during the last records is heard too.
        asked.clear();
        options.checking = [&](int checked, int) {
            asked << checked;
            return checked < 250;
        };
        const auto late = f.registry->importPatients(records, f.session, 10, {}, options).value();
        QVERIFY(late.cancelled);
        QCOMPARE(asked, (QList<int>{100, 200, 250}));
        QVERIFY(f.registry->patientIds({}, 10).value().isEmpty());
        QVERIFY(f.registry->patientIds({}, 10).value().isEmpty());
        QCOMPARE(f.registry->ippsRemaining().value(), 1000);
        QCOMPARE(f.audit->count().value(), 0);
    }

    void importStoppedOnTheLastBatchIsNotCancelled() {
        RegistryFixture f;
        QList<PatientRecord> records;
        for (int i = 0; i < 5; ++i)
            records << person(QStringLiteral("Alaoui"), QStringLiteral("Sara"), 1960 + i);
        const auto report =
            f.registry->importPatients(records, f.session, 10, [](int, int) { return false; })
                .value();
        QVERIFY(!report.cancelled); // nothing was left out
        QCOMPARE(report.imported, 5);
    }
};

QTEST_GUILESS_MAIN(tst_PatientImport)
#include "tst_PatientImport.moc"
