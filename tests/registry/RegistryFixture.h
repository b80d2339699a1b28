#pragma once

// A registry on a real local store in a temporary folder, with a block of IPPs for the site.
#include <sijil/access/User.h>
#include <sijil/registry/PatientIndexer.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/ReferenceData.h>
#include <sijil/registry/Systems.h>
#include <sijil/storage/AuditTrail.h>
#include <sijil/storage/Database.h>
#include <sijil/storage/DuplicateQueue.h>
#include <sijil/storage/IdentifierBlocks.h>
#include <sijil/storage/ResourceStore.h>
#include <sijil/storage/SearchIndex.h>

#include <QTemporaryDir>

#include <memory>

namespace sijil::registry::testing {

struct RegistryFixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<storage::ResourceStore> store;
    std::unique_ptr<storage::SearchIndex> index;
    std::unique_ptr<storage::IdentifierBlocks> identifiers;
    std::unique_ptr<storage::AuditTrail> audit;
    std::unique_ptr<storage::DuplicateQueue> duplicates;
    std::optional<ReferenceData> reference;
    std::unique_ptr<PatientRegistry> registry;
    access::SessionInfo session;

    explicit RegistryFixture(qint64 firstIpp = 1000, qint64 lastIpp = 1999) {
        db = std::move(storage::Database::open(dir.filePath(QStringLiteral("s.db")))).value();
        store = std::make_unique<storage::ResourceStore>(*db);
        store->setIndexer(std::make_shared<PatientIndexer>());
        index = std::make_unique<storage::SearchIndex>(*db);
        identifiers = std::make_unique<storage::IdentifierBlocks>(*db);
        if (lastIpp >= firstIpp)
            (void)identifiers->add(systems::kIpp, firstIpp, lastIpp);
        audit = std::make_unique<storage::AuditTrail>(*db, QByteArray(32, 'k'),
                                                      dir.filePath(QStringLiteral("audit.head")));
        reference = ReferenceData::load({}).value();
        duplicates = std::make_unique<storage::DuplicateQueue>(*db);
        registry = std::make_unique<PatientRegistry>(
            PatientRegistry::Services{*store, *index, *identifiers, *audit, *reference,
                                      duplicates.get()},
            [] { return QDate(2026, 11, 30); });
        session.user.id = QStringLiteral("clerk-1");
        session.user.displayName = QStringLiteral("Clerk One");
        session.user.roles = {access::Role::AdmissionClerk};
        session.facilityId = QStringLiteral("fac-1");
        session.workstation = QStringLiteral("desk-1");
    }
};

} // namespace sijil::registry::testing
