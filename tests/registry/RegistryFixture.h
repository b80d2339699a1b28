#pragma once

// A registry on a real local store in a temporary folder, with a block of IPPs for the site.
#include <sijil/access/User.h>
#include <sijil/registry/PatientIndexer.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/ReferenceData.h>
#include <sijil/registry/Systems.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/AuditWriter.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/DuplicateQueue.h>
#include <sijil/storage/IdentifierBlocks.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>

#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace sijil::registry::testing {

// The registry and what it stands on, over a database someone else opened (the UI tests use
// the shell's), with a block of IPPs for the site.
struct RegistryStack {
    std::unique_ptr<storage::ResourceStore> store;
    std::unique_ptr<storage::SearchIndex> index;
    std::unique_ptr<storage::IdentifierBlocks> identifiers;
    std::unique_ptr<storage::AuditTrail> audit;
    // The same trail, appended off the calling thread (the desk's search lists).
    std::unique_ptr<storage::AuditWriter> auditWriter;
    std::unique_ptr<storage::DuplicateQueue> duplicates;
    std::optional<ReferenceData> reference;
    std::unique_ptr<PatientRegistry> registry;

    RegistryStack(storage::Database& db, const QString& auditHead, qint64 firstIpp = 1000,
                  qint64 lastIpp = 1999, std::function<QDate()> today = {}) {
        store = std::make_unique<storage::ResourceStore>(db);
        store->setIndexer(std::make_shared<PatientIndexer>());
        index = std::make_unique<storage::SearchIndex>(db);
        identifiers = std::make_unique<storage::IdentifierBlocks>(db);
        // A setup that fails stops the test here rather than later with a puzzling message.
        if (lastIpp >= firstIpp && !identifiers->add(systems::kIpp, firstIpp, lastIpp).ok())
            qFatal("RegistryStack: the IPP block could not be added");
        audit = std::make_unique<storage::AuditTrail>(db, QByteArray(32, 'k'), auditHead);
        auditWriter = std::make_unique<storage::AuditWriter>(db, QByteArray(32, 'k'), auditHead);
        reference = ReferenceData::load({}).value();
        duplicates = std::make_unique<storage::DuplicateQueue>(db);
        registry = std::make_unique<PatientRegistry>(
            PatientRegistry::Services{*store, *index, *identifiers, *audit, *reference,
                                      duplicates.get()},
            std::move(today));
    }
    // The registry first, the store last: the reverse of their making.
    ~RegistryStack() {
        registry.reset();
        duplicates.reset();
        auditWriter.reset();
        audit.reset();
        identifiers.reset();
        index.reset();
        store.reset();
    }
};

// A registry on a store in memory, which no second connection can open.
struct InMemoryRegistry {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db =
        std::move(storage::Database::open(QStringLiteral(":memory:"))).value();
    RegistryStack stack{*db, dir.filePath(QStringLiteral("audit.head"))};
    access::SessionInfo session = [] {
        access::SessionInfo s;
        s.user.id = QStringLiteral("clerk");
        return s;
    }();
};

// A registry on a real local store in a temporary folder.
struct RegistryFixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<RegistryStack> stack;
    storage::ResourceStore* store = nullptr;
    storage::SearchIndex* index = nullptr;
    storage::IdentifierBlocks* identifiers = nullptr;
    storage::AuditTrail* audit = nullptr;
    storage::DuplicateQueue* duplicates = nullptr;
    const ReferenceData* reference = nullptr;
    PatientRegistry* registry = nullptr;
    access::SessionInfo session;

    explicit RegistryFixture(qint64 firstIpp = 1000, qint64 lastIpp = 1999) {
        db = std::move(storage::Database::open(dir.filePath(QStringLiteral("s.db")))).value();
        stack =
            std::make_unique<RegistryStack>(*db, dir.filePath(QStringLiteral("audit.head")),
                                            firstIpp, lastIpp, [] { return QDate(2026, 11, 30); });
        store = stack->store.get();
        index = stack->index.get();
        identifiers = stack->identifiers.get();
        audit = stack->audit.get();
        duplicates = stack->duplicates.get();
        reference = &*stack->reference;
        registry = stack->registry.get();
        session.user.id = QStringLiteral("clerk-1");
        session.user.displayName = QStringLiteral("Clerk One");
        session.user.roles = {access::Role::AdmissionClerk};
        session.facilityId = QStringLiteral("fac-1");
        session.workstation = QStringLiteral("desk-1");
    }
};

// The ids of a search's or a check's hits, in their order.
inline QStringList ids(const QList<PatientHit>& hits) {
    QStringList out;
    for (const PatientHit& h : hits)
        out << h.record.id;
    return out;
}

} // namespace sijil::registry::testing
