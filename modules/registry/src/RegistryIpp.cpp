#include "RegistryJson.h"
#include "RegistryWrite.h"

#include <sijil/registry/Ipp.h>
#include <sijil/registry/Systems.h>
#include <sijil/storage/IdentifierBlocks.h>

namespace sijil::registry::detail {

QString ippOf(qint64 number) {
    return Ipp::fromNumber(number).value_or(QString());
}

core::Error ippTaken(const QString& ipp) {
    return core::Error("registry/ipp-taken",
                       core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                              "Cet IPP appartient déjà à un autre "
                                                              "patient.")),
                       ipp)
        .withField(QStringLiteral("ipp"));
}

core::Result<std::optional<core::Error>> ippRefused(const storage::IdentifierBlocks& identifiers,
                                                    const PatientRecord& r) {
    if (r.ipp.isEmpty())
        return std::optional<core::Error>();
    // The store's own table, written with each patient: complete even while the search index
    // is rebuilt.
    auto holder = identifiers.holder(systems::kIpp, r.ipp);
    if (!holder)
        return holder.error();
    if (!holder->isEmpty() && *holder != r.id)
        return std::optional(ippTaken(r.ipp));
    // A number of this site's own blocks that it has not handed out yet belongs to nobody: typed
    // in, it is a slip (or a number made up); kept, this site would hand it out again, or the
    // block would lose it unnoticed. Refused: the clerk checks the card, the import's author
    // the file.
    const qint64 number = r.ipp.left(9).toLongLong();
    auto blocks = identifiers.blocks(systems::kIpp);
    if (!blocks)
        return blocks.error();
    for (const storage::IdentifierBlock& b : *blocks) {
        if (number >= b.next && number <= b.last && number >= b.first)
            return std::optional(
                core::Error("registry/ipp-not-issued",
                            core::UserText(
                                kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                        "Cet IPP fait partie des numéros réservés "
                                                        "à ce site mais n'a encore été attribué à "
                                                        "personne : vérifiez sa saisie. Laissez "
                                                        "le champ vide pour qu'un IPP soit "
                                                        "attribué.")),
                            QStringLiteral("%1 in %2..%3, next %4")
                                .arg(r.ipp)
                                .arg(b.first)
                                .arg(b.last)
                                .arg(b.next))
                    .withField(QStringLiteral("ipp")));
    }
    return std::optional<core::Error>();
}

core::Result<QList<QString>> drawIpps(storage::IdentifierBlocks& identifiers, int count) {
    auto numbers = identifiers.draw(systems::kIpp, count, ippOf);
    if (!numbers)
        return numbers.error();
    QList<QString> out;
    for (const qint64 n : *numbers) {
        out << ippOf(n);
        // A block written past nine digits (by hand in the store: sijilctl refuses one).
        if (out.last().isEmpty())
            return core::Error(
                "registry/ipp-out-of-range",
                core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::PatientRegistry",
                                                       "La plage d'IPP réservée à ce site va "
                                                       "au-delà de neuf chiffres : "
                                                       "l'administrateur du site doit la "
                                                       "corriger.")),
                QString::number(n));
    }
    return out;
}

} // namespace sijil::registry::detail
