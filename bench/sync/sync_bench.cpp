// The local-store and push halves of the sync benchmark (bench/sync/run_sync.py runs it and
// measures the peers it is compared with).
//
//   sync_bench --count N --prefix P --ndjson out.ndjson [--url http://127.0.0.1:port/fhir]
//
// 1. Bulk insert of N resources into a bare table without indexes (the physical limit of this
//    disk and SQLite with the same durability settings), then the same N resources written as
//    local changes through ResourceStore (indexes, outbox), in batches of 500.
// 2. With --url: the outbox pushed to that server by SyncEngine.
// Prints one JSON object with the timings and the request count.
#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/SyncEngine.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <limits>
#include <memory>

using namespace sijil;

namespace {

const QStringList kFamilies = {QStringLiteral("Alaoui"),     QStringLiteral("Bennani"),
                               QStringLiteral("El Idrissi"), QStringLiteral("Tazi"),
                               QStringLiteral("Berrada"),    QStringLiteral("Ait Ahmed"),
                               QStringLiteral("Amrani"),     QStringLiteral("Benjelloun"),
                               QStringLiteral("Chraibi"),    QStringLiteral("Ouazzani")};
const QStringList kGiven = {QStringLiteral("Mohammed"), QStringLiteral("Fatima"),
                            QStringLiteral("Youssef"),  QStringLiteral("Khadija"),
                            QStringLiteral("Ahmed"),    QStringLiteral("Salma"),
                            QStringLiteral("Omar"),     QStringLiteral("Imane")};
const QStringList kArabicFamilies = {QStringLiteral("العلوي"), QStringLiteral("بناني"),
                                     QStringLiteral("الإدريسي"), QStringLiteral("التازي")};
const QStringList kCities = {QStringLiteral("Rabat"),      QStringLiteral("Casablanca"),
                             QStringLiteral("Fès"),        QStringLiteral("Marrakech"),
                             QStringLiteral("Errachidia"), QStringLiteral("Ouarzazate")};

// A registration as the admission desk makes it: identifiers, names in both scripts, birth,
// address, phone, nationality.
QByteArray patient(QRandomGenerator& rng, const QString& id, int n) {
    const auto pick = [&rng](const QStringList& l) {
        return l[int(rng.bounded(l.size()))];
    };
    const QJsonObject p{
        {QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("id"), id},
        {QStringLiteral("identifier"),
         QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:oid:2.16.504.1.1")},
                                {QStringLiteral("value"), QString::number(100000000 + n)}},
                    QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:oid:2.16.504.1.2")},
                                {QStringLiteral("value"),
                                 QStringLiteral("BE%1").arg(rng.bounded(100000, 999999))}}}},
        {QStringLiteral("name"),
         QJsonArray{QJsonObject{{QStringLiteral("family"), pick(kFamilies)},
                                {QStringLiteral("given"), QJsonArray{pick(kGiven)}}},
                    QJsonObject{{QStringLiteral("family"), pick(kArabicFamilies)}}}},
        {QStringLiteral("gender"),
         rng.bounded(2) ? QStringLiteral("male") : QStringLiteral("female")},
        {QStringLiteral("birthDate"), QStringLiteral("%1-%2-%3")
                                          .arg(1940 + rng.bounded(80))
                                          .arg(1 + rng.bounded(12), 2, 10, QLatin1Char('0'))
                                          .arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0'))},
        {QStringLiteral("telecom"),
         QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                {QStringLiteral("value"),
                                 QStringLiteral("+2126%1").arg(rng.bounded(10000000, 99999999))}}}},
        {QStringLiteral("address"),
         QJsonArray{QJsonObject{
             {QStringLiteral("line"),
              QJsonArray{QStringLiteral("%1 rue %2").arg(rng.bounded(1, 200)).arg(pick(kGiven))}},
             {QStringLiteral("city"), pick(kCities)},
             {QStringLiteral("country"), QStringLiteral("MA")}}}}};
    return QJsonDocument(p).toJson(QJsonDocument::Compact);
}

// The same durability as the store: WAL, a sync of the log at each commit.
qint64 bulkInsertMs(const QString& path, const QList<QByteArray>& resources) {
    qint64 ms = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("bulk db: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(QStringLiteral("CREATE TABLE r(type TEXT, id TEXT, json BLOB)"));
        QElapsedTimer t;
        t.start();
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO r VALUES ('Patient', ?, ?)"));
        for (qsizetype i = 0; i < resources.size(); ++i) {
            q.addBindValue(QString::number(i));
            q.addBindValue(resources[i]);
            if (!q.exec())
                qFatal("bulk insert: %s", qPrintable(q.lastError().text()));
        }
        db.commit();
        ms = t.elapsed();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
    return ms;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("count"), QString(), QStringLiteral("n"),
                                   QStringLiteral("10000"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), QString(), QStringLiteral("p"),
                                    QStringLiteral("bench"));
    const QCommandLineOption ndjson(QStringLiteral("ndjson"), QString(), QStringLiteral("file"));
    const QCommandLineOption url(QStringLiteral("url"), QString(), QStringLiteral("url"));
    parser.addOptions({count, prefix, ndjson, url});
    parser.process(app);
    const int n = parser.value(count).toInt();

    QRandomGenerator rng(20261124);
    QList<QByteArray> resources;
    QList<storage::LocalChange> changes;
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("%1-%2").arg(parser.value(prefix)).arg(i);
        resources << patient(rng, id, i);
        changes.append({storage::LocalChange::Operation::Create, QStringLiteral("Patient"), id, id,
                        resources.last(), QStringLiteral("bench")});
    }
    if (parser.isSet(ndjson)) {
        QFile out(parser.value(ndjson));
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(out.fileName()));
        for (const QByteArray& r : resources)
            out.write(r + '\n');
    }

    QTemporaryDir dir;
    QJsonObject result{{QStringLiteral("count"), n}};
    // Each side's best of three runs on a fresh file, interleaved, so that another process
    // taking the CPU for a moment does not decide the ratio.
    constexpr int kRuns = 3;
    constexpr int kBatch = 500;
    qint64 bestBulk = std::numeric_limits<qint64>::max();
    qint64 bestLocal = std::numeric_limits<qint64>::max();
    std::unique_ptr<storage::Database> db;
    QElapsedTimer t;
    for (int run = 0; run < kRuns; ++run) {
        bestBulk = std::min(
            bestBulk, bulkInsertMs(dir.filePath(QStringLiteral("bulk%1.db").arg(run)), resources));
        auto opened = storage::Database::open(dir.filePath(QStringLiteral("store%1.db").arg(run)));
        if (!opened)
            qFatal("store: %s", qPrintable(opened.error().detail()));
        db = std::move(opened).value();
        storage::ResourceStore local(*db);
        t.start();
        for (qsizetype i = 0; i < changes.size(); i += kBatch) {
            if (auto s = local.writeLocal(changes.mid(i, kBatch)); !s)
                qFatal("writeLocal: %s", qPrintable(s.error().detail()));
        }
        bestLocal = std::min(bestLocal, t.elapsed());
    }
    result.insert(QStringLiteral("bulk_insert_ms"), bestBulk);
    result.insert(QStringLiteral("local_write_ms"), bestLocal);
    storage::ResourceStore store(*db);
    storage::Outbox outbox(*db);

    if (parser.isSet(url)) {
        fhir::FhirClient::Config config;
        config.baseUrl = QUrl(parser.value(url));
        config.timeout = std::chrono::minutes(5);
        fhir::FhirClient client(config);
        sync::SyncEngine engine(store, outbox, client);
        t.restart();
        auto future = engine.push();
        while (!future.isFinished())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        const auto report = future.result();
        if (!report)
            qFatal("push: %s", qPrintable(report.error().detail()));
        result.insert(QStringLiteral("push_ms"), t.elapsed());
        result.insert(QStringLiteral("pushed"), report->pushed);
        result.insert(QStringLiteral("requests"), client.requestCount());
    }
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
