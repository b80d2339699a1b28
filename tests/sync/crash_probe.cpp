// The process the crash harness kills: on first run it registers `count` patients offline in the
// store at `db`, then it pushes the outbox to the server until it is empty. Run again after a
// SIGKILL, it carries on from wherever the previous run died.
//
// usage: sync_crash_probe <db> <hapi-url> <identifier-system> <count>
#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/SyncEngine.h>

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace sijil;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: sync_crash_probe <db> <hapi-url> <system> <count>\n");
        return 2;
    }
    auto db = storage::Database::open(args[1]);
    if (!db) {
        QTextStream(stderr) << "store: " << db.error().detail() << '\n';
        return 1;
    }
    storage::ResourceStore store(**db);
    storage::Outbox outbox(**db);
    const QString system = args[3];
    const int count = args[4].toInt();

    // Seed once, all or nothing: a kill during seeding leaves no patient behind. Ids carry the
    // run's tag so that reruns of the suite never collide on the server.
    const QString tag = system.section(u':', -1);
    auto idOf = [&](int i) {
        return QStringLiteral("%1-%2").arg(tag).arg(i);
    };
    if (!store.get(QStringLiteral("Patient"), idOf(0)).value().has_value()) {
        QList<storage::LocalChange> changes;
        for (int i = 0; i < count; ++i) {
            const QJsonObject p{
                {QStringLiteral("resourceType"), QStringLiteral("Patient")},
                {QStringLiteral("id"), idOf(i)},
                {QStringLiteral("identifier"),
                 QJsonArray{QJsonObject{{QStringLiteral("system"), system},
                                        {QStringLiteral("value"), QString::number(i)}}}},
                {QStringLiteral("name"),
                 QJsonArray{QJsonObject{{QStringLiteral("family"), QStringLiteral("Crash")}}}}};
            changes.append({storage::LocalChange::Operation::Create, QStringLiteral("Patient"),
                            idOf(i), idOf(i), QJsonDocument(p).toJson(QJsonDocument::Compact),
                            QStringLiteral("probe")});
        }
        if (auto s = store.writeLocal(changes); !s) {
            QTextStream(stderr) << "seed: " << s.error().detail() << '\n';
            return 1;
        }
    }

    fhir::FhirClient::Config config;
    config.baseUrl = QUrl(args[2]);
    fhir::FhirClient client(config);
    sync::SyncEngine engine(store, outbox, client);
    auto future = engine.push();
    QFutureWatcher<core::Result<sync::SyncReport>> watcher;
    QObject::connect(&watcher, &QFutureWatcher<core::Result<sync::SyncReport>>::finished, &app,
                     &QCoreApplication::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        app.exec();
    const auto report = future.result();
    if (!report) {
        QTextStream(stderr) << "push: " << report.error().detail() << '\n';
        return 1;
    }
    QTextStream(stdout) << "pushed " << report->pushed << " pending "
                        << outbox.pendingCount().valueOr(-1) << '\n';
    return 0;
}
