// The process the crash harness kills. Its store at `db` goes through one round of offline work,
// each step written all or nothing and done once whatever the kills:
//   1. registers `count` patients, a third of them with a Coverage sent together (creates);
//   2. with --early, from its second run on: edits a quarter of the patients, whose registration
//      may still be on its way (attempted before the kill, not acknowledged);
//   3. once the outbox is empty: successive edits of synced patients (interleaved, so that they
//      travel in transactions, and back to back, so that they travel one by one), updates of
//      coverages and deletions of others (as the registry does when a patient loses a coverage);
// pushing the outbox until it is empty after each step, then pulling the round's patients (which
// the harness also changes on the server). Run again after a SIGKILL, it carries on from wherever
// the previous run died. Each step is announced on stdout ("phase ...") for the harness to aim.
//
// usage: sync_crash_probe <db> <hapi-url> <identifier-system> <count> [--early]
//        sync_crash_probe --plan <identifier-system> <count>   (what the round writes, as JSON)
#include <sijil/fhir/FhirClient.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/Outbox.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/sync/SyncEngine.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUrlQuery>

#include <cstdio>

using namespace sijil;
using namespace Qt::StringLiterals;
using Op = storage::LocalChange::Operation;

namespace {

const QString kPatient = QStringLiteral("Patient");
const QString kCoverage = QStringLiteral("Coverage");
const QString kActor = QStringLiteral("probe");

// The round's local writes, in the order they are made, step by step.
class Plan {
public:
    Plan(const QString& system, int count)
        : m_system(system)
        , m_tag(system.section(u':', -1)) {
        for (int i = 0; i < count; ++i) {
            m_seed << change(Op::Create, kPatient, i, patient(i, {}, {}));
            if (covered(i))
                m_seed << change(Op::Create, kCoverage, i, coverage(i, 1));
            if (i % 4 == 3)
                m_early << change(Op::Update, kPatient, i,
                                  patient(i, QStringLiteral("07%1").arg(i), u"early"_s));
        }
        for (int k = 1; k <= 3; ++k) {
            for (int i = 1; i < count; i += 4) // interleaved: they travel in transactions
                m_edits << edit(i, k);
            if (k == 1) {
                for (int i = 0; i < count; i += 3) {
                    if (i % 6 == 3 || i % 12 == 0) // updated, then kept or deleted
                        m_edits << change(Op::Update, kCoverage, i, coverage(i, 2));
                }
                for (int i = 2; i < count && i < 24; i += 4) { // back to back: one by one
                    for (int j = 1; j <= 3; ++j)
                        m_edits << edit(i, j);
                }
            }
            if (k == 2) {
                for (int i = 0; i < count; i += 6)
                    m_edits << change(Op::Delete, kCoverage, i, {});
            }
            if (k == 3) {
                for (int i = 3; i < count; i += 6)
                    m_edits << change(Op::Update, kCoverage, i, coverage(i, 3));
            }
        }
    }

    QString patientId(int i) const { return QStringLiteral("%1-%2").arg(m_tag).arg(i); }
    const QList<storage::LocalChange>& seed() const { return m_seed; }
    const QList<storage::LocalChange>& early() const { return m_early; }
    const QList<storage::LocalChange>& edits() const { return m_edits; }

    // Every resource the round touches: its local contents in order (null for a deletion).
    QJsonObject toJson() const {
        QJsonObject out;
        for (const auto* step : {&m_seed, &m_early, &m_edits}) {
            for (const storage::LocalChange& c : *step) {
                const QString key = c.type + u'/' + c.id;
                QJsonArray contents = out.value(key).toArray();
                contents.append(c.operation == Op::Delete
                                    ? QJsonValue()
                                    : QJsonValue(QJsonDocument::fromJson(c.json).object()));
                out.insert(key, contents);
            }
        }
        return out;
    }

private:
    static bool covered(int i) { return i % 3 == 0; }

    storage::LocalChange change(Op op, const QString& type, int i, const QJsonObject& json) const {
        const QString id = type == kPatient ? patientId(i) : QStringLiteral("cov-") + patientId(i);
        return {op,
                type,
                id,
                patientId(i),
                op == Op::Delete ? QByteArray()
                                 : QJsonDocument(json).toJson(QJsonDocument::Compact),
                kActor};
    }

    storage::LocalChange edit(int i, int k) const {
        return change(Op::Update, kPatient, i,
                      patient(i, QStringLiteral("06%1%2").arg(i, 3, 10, QChar(u'0')).arg(k),
                              QStringLiteral("%1 rue des essais").arg(k)));
    }

    QJsonObject patient(int i, const QString& phone, const QString& line) const {
        QJsonObject p{
            {u"resourceType"_s, kPatient},
            {u"id"_s, patientId(i)},
            {u"identifier"_s,
             QJsonArray{QJsonObject{{u"system"_s, m_system}, {u"value"_s, QString::number(i)}}}},
            {u"name"_s, QJsonArray{QJsonObject{{u"family"_s, u"Crash"_s},
                                               {u"given"_s, QJsonArray{QString::number(i)}}}}}};
        if (!phone.isEmpty())
            p.insert(u"telecom"_s,
                     QJsonArray{QJsonObject{{u"system"_s, u"phone"_s}, {u"value"_s, phone}}});
        if (!line.isEmpty())
            p.insert(u"address"_s, QJsonArray{QJsonObject{{u"line"_s, QJsonArray{line}},
                                                          {u"city"_s, u"Rabat"_s}}});
        return p;
    }

    QJsonObject coverage(int i, int version) const {
        const QJsonObject self{{u"reference"_s, u"Patient/"_s + patientId(i)}};
        return {{u"resourceType"_s, kCoverage},
                {u"id"_s, QStringLiteral("cov-") + patientId(i)},
                {u"identifier"_s,
                 QJsonArray{QJsonObject{{u"system"_s, m_system},
                                        {u"value"_s, QStringLiteral("cov-%1").arg(i)}}}},
                {u"status"_s, u"active"_s},
                {u"subscriberId"_s, QStringLiteral("A%1-%2").arg(i).arg(version)},
                {u"beneficiary"_s, self},
                {u"subscriber"_s, self},
                {u"payor"_s,
                 QJsonArray{QJsonObject{{u"identifier"_s, QJsonObject{{u"system"_s, m_system},
                                                                      {u"value"_s, u"AMO"_s}}}}}}};
    }

    QString m_system;
    QString m_tag;
    QList<storage::LocalChange> m_seed;
    QList<storage::LocalChange> m_early;
    QList<storage::LocalChange> m_edits;
};

void say(const QString& line) {
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout); // the harness reads it before it kills
}

// Whether a step was written: it is all or nothing, so its last update tells (no later step
// writes the same resource).
bool written(storage::ResourceStore& store, const QList<storage::LocalChange>& step) {
    for (auto it = step.crbegin(); it != step.crend(); ++it) {
        if (it->operation == Op::Update) {
            const auto r = store.get(it->type, it->id);
            return r && r->has_value() && (*r)->json == it->json;
        }
    }
    return false;
}

core::Result<sync::SyncReport> await(const QFuture<core::Result<sync::SyncReport>>& future) {
    QEventLoop loop;
    QFutureWatcher<core::Result<sync::SyncReport>> watcher;
    QObject::connect(&watcher, &QFutureWatcher<core::Result<sync::SyncReport>>::finished, &loop,
                     &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

// What the outbox holds, by operation, for the harness to tell which push it killed.
QString pending(storage::Outbox& outbox) {
    int counts[3] = {0, 0, 0};
    for (const storage::OutboxEntry& e : outbox.next(100000).valueOr({}))
        ++counts[static_cast<int>(e.operation)];
    return QStringLiteral("create %1 update %2 delete %3")
        .arg(counts[0])
        .arg(counts[1])
        .arg(counts[2]);
}

int fail(const char* what, const core::Error& e) {
    QTextStream(stderr) << what << ": " << e.detail() << '\n';
    return 1;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == u"--plan") {
        const Plan plan(args[2], args[3].toInt());
        std::fputs(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact).constData(), stdout);
        return 0;
    }
    const bool early = args.removeAll(u"--early"_s) > 0;
    if (args.size() != 5 || args[4].toInt() < 4) {
        std::fprintf(stderr, "usage: sync_crash_probe <db> <hapi-url> <system> <count> [--early]\n"
                             "       sync_crash_probe --plan <system> <count>\n");
        return 2;
    }
    auto db = storage::Database::open(args[1]);
    if (!db)
        return fail("store", db.error());
    storage::ResourceStore store(**db);
    storage::Outbox outbox(**db);
    const QString system = args[3];
    const Plan plan(system, args[4].toInt());

    if (!store.get(kPatient, plan.patientId(0)).value().has_value()) {
        say(u"phase seed"_s);
        // As the registry writes them: a patient and its coverage sent together, all or none.
        if (auto s =
                store.writeLocal(plan.seed(), storage::ResourceStore::Sending::EachPatientTogether);
            !s)
            return fail("seed", s.error());
    }
    // Edits made after a restart, whatever became of the registrations' push before it.
    if (early && !written(store, plan.early())) {
        say(u"phase early"_s);
        if (auto s = store.writeLocal(plan.early()); !s)
            return fail("early edits", s.error());
    }

    fhir::FhirClient::Config config;
    config.baseUrl = QUrl(args[2]);
    fhir::FhirClient client(config);
    sync::SyncEngine engine(store, outbox, client);
    int pushed = 0;
    int conflicts = 0;
    for (;;) {
        say(u"phase push "_s + pending(outbox));
        const auto report = await(engine.push());
        if (!report)
            return fail("push", report.error());
        pushed += report->pushed;
        conflicts += report->conflicts;
        if (report->refused > 0)
            return fail("push refused", *report->refusal);
        // Offline edits of synced resources, made once the registrations are all on the server.
        if (outbox.pendingCount().valueOr(-1) != 0 || written(store, plan.edits()))
            break;
        say(u"phase edit"_s);
        if (auto s = store.writeLocal(plan.edits()); !s)
            return fail("edits", s.error());
    }

    say(u"phase pull"_s);
    const auto pulled = await(engine.pull(kPatient, QUrlQuery{{u"identifier"_s, system + u'|'}}));
    if (!pulled)
        return fail("pull", pulled.error());
    conflicts += pulled->conflicts;
    QTextStream(stdout) << "pushed " << pushed << " pulled " << pulled->pulled << " conflicts "
                        << conflicts << " pending " << outbox.pendingCount().valueOr(-1) << '\n';
    return 0;
}
