#include "Commands.h"
#include "CtlContext.h"
#include "PatientImportCommand.h"
#include "PatientText.h"
#include "Terminal.h"

#include <sijil/access/User.h>
#include <sijil/registry/Ipp.h>
#include <sijil/registry/PatientImport.h>
#include <sijil/registry/PatientMapping.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/ReferenceData.h>
#include <sijil/registry/Systems.h>
#include <sijil/storage/DuplicateQueue.h>
#include <sijil/storage/IdentifierBlocks.h>
#include <sijil/storage/ImportJournal.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <optional>

namespace sijil::app {

namespace {

using registry::PatientRecord;

QJsonObject summary(const registry::PatientHit& h) {
    const PatientRecord& r = h.record;
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("ipp"), r.ipp},
                  {QStringLiteral("name"), nameOf(r)},
                  {QStringLiteral("sex"), core::sexCode(r.sex)},
                  {QStringLiteral("birthDate"), r.birthDate.toIso()},
                  {QStringLiteral("document"), r.documentNumber},
                  {QStringLiteral("phone"), r.phone}};
    if (h.match.weight != 0)
        o.insert(QStringLiteral("score"), h.match.weight);
    return o;
}

int search(const CtlContext& ctx, registry::PatientRegistry& reg, const QStringList& args) {
    QStringList words = args;
    const bool json = words.removeAll(QStringLiteral("--json")) > 0;
    // A mistyped option ("--jsn") is not searched for as text (it found nobody, exit 0).
    const bool unknownOption = std::any_of(words.cbegin(), words.cend(), [](const QString& w) {
        return w.startsWith(QStringLiteral("--"));
    });
    if (words.isEmpty() || unknownOption) {
        CtlContext::printError(Commands::tr("usage : sijilctl patient search TEXTE [--json]"));
        return Commands::Usage;
    }
    const auto hits = reg.search(words.join(u' '));
    if (!hits) {
        CtlContext::printError(hits.error());
        return Commands::Failed;
    }
    QStringList ids;
    for (const auto& h : *hits)
        ids << h.record.id;
    if (!audited(ctx, reg, "search", ids, QStringLiteral("sijilctl patient search")))
        return Commands::Failed;
    QTextStream out(stdout);
    if (json) {
        QJsonArray list;
        for (const auto& h : *hits)
            list.append(summary(h));
        out << QJsonDocument(list).toJson(QJsonDocument::Compact) << '\n';
        return Commands::Ok;
    }
    for (const auto& h : *hits)
        out << h.record.ipp << "  " << h.record.birthDate.toDisplayString() << "  "
            << nameOf(h.record) << '\n';
    out << Commands::tr("%n patient(s) trouvé(s).", nullptr, int(hits->size())) << '\n';
    return Commands::Ok;
}

// By store id or by IPP.
core::Result<std::optional<PatientRecord>> find(registry::PatientRegistry& reg,
                                                const QString& key) {
    if (registry::Ipp::isValid(key)) {
        auto hits = reg.search(key, 1);
        if (!hits)
            return hits.error();
        if (hits->isEmpty())
            return std::optional<PatientRecord>();
        if (hits->first().mergeCycle) // no record stands for it: why, rather than a merged one
            return reg.survivorOf(hits->first().record.id).error();
        return reg.get(hits->first().record.id);
    }
    auto survivor = reg.survivorOf(key);
    if (!survivor && survivor.error().code() == "registry/not-found")
        return std::optional<PatientRecord>();
    if (!survivor) // merged in a loop, or a survivor not held: said, never shown as unknown
        return survivor.error();
    return reg.get(*survivor);
}

int show(const CtlContext& ctx, registry::PatientRegistry& reg, const QStringList& args) {
    if (args.size() != 1) {
        CtlContext::printError(Commands::tr("usage : sijilctl patient show IPP|ID"));
        return Commands::Usage;
    }
    const auto found = find(reg, args[0]);
    if (!found) {
        CtlContext::printError(found.error());
        return Commands::Failed;
    }
    if (!*found) {
        CtlContext::printError(Commands::tr("aucun patient pour « %1 »").arg(args[0]));
        return Commands::Failed;
    }
    if (!audited(ctx, reg, "read", {(*found)->id}, QStringLiteral("sijilctl patient show")))
        return Commands::Failed;
    // The FHIR resources as they are sent to the central server.
    QJsonObject o{{QStringLiteral("patient"), registry::PatientMapping::toPatient(**found, {})}};
    const QJsonObject coverage = registry::PatientMapping::toCoverage(**found);
    if (!coverage.isEmpty())
        o.insert(QStringLiteral("coverage"), coverage);
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Indented);
    return Commands::Ok;
}

} // namespace

int Commands::patient(CtlContext& ctx, const QStringList& args) {
    if (args.isEmpty()) {
        CtlContext::printError(tr("usage : sijilctl patient search|show|import"));
        return Usage;
    }
    if (args[0] != u"search" && args[0] != u"show" && args[0] != u"import") {
        CtlContext::printError(tr("usage : sijilctl patient search|show|import"));
        return Usage;
    }
    // An import makes the store if needed; a search or a show needs one there already.
    ctx.setExistingOnly(args[0] != u"import");
    auto reg = ctx.registry();
    if (!reg) {
        CtlContext::printError(reg.error());
        return Failed;
    }
    const QStringList rest = args.mid(1);
    if (args[0] == u"search")
        return search(ctx, **reg, rest);
    if (args[0] == u"show")
        return show(ctx, **reg, rest);
    if (args[0] == u"import")
        return importRegister(ctx, **reg, rest);
    CtlContext::printError(tr("usage : sijilctl patient search|show|import"));
    return Usage;
}

int Commands::refdata(CtlContext& ctx, const QStringList& args) {
    if (args.size() != 3 || args[0] != u"import" || args[1] != u"communes") {
        CtlContext::printError(tr("usage : sijilctl refdata import communes FICHIER.csv"));
        return Usage;
    }
    const auto n = registry::ReferenceData::importCommunes(args[2], ctx.referenceDataDir());
    if (!n) {
        CtlContext::printError(n.error());
        return Failed;
    }
    QTextStream(stdout) << tr("%n commune(s) importée(s).", nullptr, *n) << '\n';
    return Ok;
}

int Commands::ipp(CtlContext& ctx, const QStringList& args) {
    auto blocks = ctx.identifierBlocks();
    if (!blocks) {
        CtlContext::printError(blocks.error());
        return Failed;
    }
    if (args.size() == 3 && args[0] == u"add-block") {
        bool okFirst = false;
        bool okLast = false;
        const qint64 first = args[1].toLongLong(&okFirst);
        const qint64 last = args[2].toLongLong(&okLast);
        if (!okFirst || !okLast) {
            CtlContext::printError(tr("usage : sijilctl ipp add-block PREMIER DERNIER"));
            return Usage;
        }
        if (last > registry::Ipp::kMaxNumber) {
            CtlContext::printError(
                tr("un IPP a neuf chiffres au plus : %1 est trop grand").arg(last));
            return Failed;
        }
        if (auto s = (*blocks)->add(registry::systems::kIpp, first, last); !s) {
            CtlContext::printError(s.error());
            return Failed;
        }
        QTextStream(stdout) << tr("Plage %1 à %2 enregistrée.")
                                   .arg(*registry::Ipp::fromNumber(first),
                                        *registry::Ipp::fromNumber(last))
                            << '\n';
        return Ok;
    }
    if (args.size() == 1 && args[0] == u"status") {
        // Numbers ahead of a block's next that patients already hold are not left to hand out.
        const auto list = (*blocks)->blocks(registry::systems::kIpp, [](qint64 n) {
            return registry::Ipp::fromNumber(n).value_or(QString());
        });
        if (!list) {
            CtlContext::printError(list.error());
            return Failed;
        }
        QTextStream out(stdout);
        qint64 left = 0;
        for (const auto& b : *list) {
            out << b.first << ".." << b.last << "  " << tr("restants : %1").arg(b.remaining())
                << '\n';
            left += b.remaining();
        }
        out << tr("IPP disponibles : %1").arg(left) << '\n';
        return Ok;
    }
    CtlContext::printError(tr("usage : sijilctl ipp add-block PREMIER DERNIER | ipp status"));
    return Usage;
}

} // namespace sijil::app
