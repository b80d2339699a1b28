#include "Commands.h"
#include "CtlContext.h"

#include <sijil/core/Paths.h>
#include <sijil/core/Sex.h>
#include <sijil/identity/DocumentReading.h>
#include <sijil/identity/MrzParser.h>
#include <sijil/identity/PcscReaderPlugin.h>
#include <sijil/identity/TrustStore.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sijil::app {

namespace {

using identity::MrzData;

QString formatName(MrzData::Format f) {
    switch (f) {
    case MrzData::Format::TD1:
        return QStringLiteral("TD1");
    case MrzData::Format::TD2:
        return QStringLiteral("TD2");
    case MrzData::Format::TD3:
        break;
    }
    return QStringLiteral("TD3");
}

QJsonObject mrzJson(const MrzData& d) {
    return QJsonObject{{QStringLiteral("format"), formatName(d.format)},
                       {QStringLiteral("documentCode"), d.documentCode},
                       {QStringLiteral("issuingState"), d.issuingState},
                       {QStringLiteral("documentNumber"), d.documentNumber},
                       {QStringLiteral("personalNumber"), d.personalNumber()},
                       {QStringLiteral("familyName"), d.familyName},
                       {QStringLiteral("givenNames"), d.givenNames},
                       {QStringLiteral("nationality"), d.nationality},
                       {QStringLiteral("birthDate"), d.birthDate.toIso()},
                       {QStringLiteral("sex"), core::sexCode(d.sex)},
                       {QStringLiteral("expiryDate"), d.expiryDate.toString(Qt::ISODate)},
                       {QStringLiteral("optionalData1"), d.optionalData1},
                       {QStringLiteral("optionalData2"), d.optionalData2}};
}

// The zone as given on the command line: one argument with line breaks, or one argument per line.
QString zoneText(const QStringList& lines) {
    return lines.join(u'\n');
}

int mrzCheck(const QStringList& args) {
    QStringList lines = args;
    const bool json = lines.removeAll(QStringLiteral("--json")) > 0;
    if (lines.isEmpty()) {
        CtlContext::printError(Commands::tr("usage : sijilctl mrz check \"LIGNES\" [--json]"));
        return Commands::Usage;
    }
    const auto parsed = identity::MrzParser::parse(zoneText(lines));
    QTextStream out(stdout);
    if (!parsed) {
        if (json)
            out << QJsonDocument(
                       QJsonObject{
                           {QStringLiteral("valid"), false},
                           {QStringLiteral("error"), QString::fromLatin1(parsed.error().code())},
                           {QStringLiteral("message"), parsed.error().userMessage()}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        out.flush();
        CtlContext::printError(parsed.error());
        return Commands::Failed;
    }
    const QJsonObject fields = mrzJson(*parsed);
    if (json) {
        QJsonObject o = fields;
        o.insert(QStringLiteral("valid"), true);
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return Commands::Ok;
    }
    out << Commands::tr("MRZ valide (%1).").arg(formatName(parsed->format)) << '\n';
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.key() != u"format" && !it.value().toString().isEmpty())
            out << "  " << it.key() << ": " << it.value().toString() << '\n';
    }
    return Commands::Ok;
}

// Starts the PC/SC plug-in; without pcscd, says so plainly.
bool startReaders(identity::PcscReaderPlugin& plugin) {
    if (auto started = plugin.start(); !started) {
        CtlContext::printError(started.error());
        return false;
    }
    return true;
}

int readers(const QStringList& args) {
    if (args.size() > 1 || (args.size() == 1 && args.first() != u"--json")) {
        CtlContext::printError(Commands::tr("usage : sijilctl card readers [--json]"));
        return Commands::Usage;
    }
    identity::PcscReaderPlugin plugin;
    if (!startReaders(plugin))
        return Commands::Failed;
    const auto list = plugin.readers();
    QTextStream out(stdout);
    if (!args.isEmpty()) {
        QJsonArray array;
        for (const identity::ReaderInfo& r : list)
            array.append(QJsonObject{{QStringLiteral("name"), r.name},
                                     {QStringLiteral("cardPresent"), r.cardPresent},
                                     {QStringLiteral("atr"), QString::fromLatin1(r.atr.toHex())}});
        out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return Commands::Ok;
    }
    if (list.isEmpty())
        out << Commands::tr("Aucun lecteur de cartes branché.") << '\n';
    for (const identity::ReaderInfo& r : list)
        out << r.name << "  "
            << (r.cardPresent ? Commands::tr("carte présente") : Commands::tr("pas de carte"))
            << '\n';
    return Commands::Ok;
}

QJsonObject verdictJson(const identity::DocumentReadResult& r) {
    QJsonObject o{{QStringLiteral("outcome"), r.verdictCode()},
                  {QStringLiteral("summary"), r.verdictText().toString()}};
    if (const auto& pa = r.passiveAuthentication) {
        QJsonArray verified;
        for (int g : pa->verifiedDataGroups)
            verified.append(g);
        QJsonArray failed;
        for (int g : pa->failedDataGroups)
            failed.append(g);
        o.insert(QStringLiteral("verifiedDataGroups"), verified);
        o.insert(QStringLiteral("failedDataGroups"), failed);
        o.insert(QStringLiteral("signatureValid"), pa->signatureValid);
        o.insert(QStringLiteral("hashAlgorithm"), pa->hashAlgorithm);
        o.insert(QStringLiteral("documentSigner"), pa->documentSignerSubject);
        o.insert(QStringLiteral("documentSignerExpired"), pa->documentSignerExpired);
        o.insert(QStringLiteral("csca"), pa->cscaSubject);
        o.insert(QStringLiteral("detail"), pa->detail);
    } else {
        o.insert(QStringLiteral("detail"), QStringLiteral("no EF.SOD on the chip"));
    }
    return o;
}

int read(CtlContext& ctx, const QStringList& args) {
    QString mrz;
    QString can;
    QString readerName;
    bool usage = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--mrz" && i + 1 < args.size())
            mrz = args.at(++i);
        else if (args.at(i) == u"--can" && i + 1 < args.size())
            can = args.at(++i);
        else if (args.at(i) == u"--reader" && i + 1 < args.size())
            readerName = args.at(++i);
        else
            usage = true;
    }
    if (usage || mrz.isEmpty() == can.isEmpty()) {
        CtlContext::printError(Commands::tr(
            "usage : sijilctl card read --can NUMÉRO | --mrz \"LIGNES\" [--reader NOM]"));
        return Commands::Usage;
    }
    identity::DocumentAccessKey access;
    access.can = can;
    if (!mrz.isEmpty()) {
        const auto zone = identity::MrzParser::parse(mrz);
        if (!zone) {
            CtlContext::printError(zone.error());
            return Commands::Usage;
        }
        const auto key = identity::BacKey::fromMrz(*zone);
        if (!key) {
            CtlContext::printError(key.error());
            return Commands::Usage;
        }
        access.mrz = *key;
    }

    identity::PcscReaderPlugin plugin;
    if (!startReaders(plugin))
        return Commands::Failed;
    if (readerName.isEmpty()) {
        // The first reader holding a card: the desk has one reader.
        for (const identity::ReaderInfo& r : plugin.readers()) {
            if (r.cardPresent) {
                readerName = r.name;
                break;
            }
        }
        if (readerName.isEmpty()) {
            CtlContext::printError(Commands::tr("Aucune carte dans les lecteurs."));
            return Commands::Failed;
        }
    }
    auto connection = plugin.connect(readerName);
    if (!connection) {
        CtlContext::printError(connection.error());
        return Commands::Failed;
    }
    const identity::TrustStore trust(ctx.paths().trustStoreDir());
    identity::DocumentReading::Options options;
    options.trustStore = &trust;
    const auto result = identity::DocumentReading::read(**connection, access, options);
    if (!result) {
        CtlContext::printError(result.error());
        return Commands::Failed;
    }
    QJsonArray groups;
    for (int g : result->data.dataGroups)
        groups.append(g);
    QJsonObject o{{QStringLiteral("reader"), readerName},
                  {QStringLiteral("ldsVersion"), result->data.ldsVersion},
                  {QStringLiteral("unicodeVersion"), result->data.unicodeVersion},
                  {QStringLiteral("dataGroups"), groups},
                  {QStringLiteral("mrzText"), result->data.mrzText},
                  {QStringLiteral("dg1"), mrzJson(result->data.mrz)},
                  {QStringLiteral("passiveAuthentication"), verdictJson(*result)}};
    const auto date = [](const std::optional<core::PartialDate>& d) {
        return d ? QJsonValue(d->toIso()) : QJsonValue();
    };
    if (const auto& d = result->data.additionalDetails)
        o.insert(
            QStringLiteral("dg11"),
            QJsonObject{{QStringLiteral("fullName"), d->fullName},
                        {QStringLiteral("familyName"), d->familyName},
                        {QStringLiteral("givenNames"), d->givenNames},
                        {QStringLiteral("otherNames"), QJsonArray::fromStringList(d->otherNames)},
                        {QStringLiteral("personalNumber"), d->personalNumber},
                        {QStringLiteral("birthDate"), date(d->birthDate)},
                        {QStringLiteral("placeOfBirth"), d->placeOfBirth},
                        {QStringLiteral("address"), d->address},
                        {QStringLiteral("telephone"), d->telephone},
                        {QStringLiteral("profession"), d->profession},
                        {QStringLiteral("title"), d->title}});
    if (const auto& d = result->data.documentDetails)
        o.insert(QStringLiteral("dg12"),
                 QJsonObject{
                     {QStringLiteral("issuingAuthority"), d->issuingAuthority},
                     {QStringLiteral("dateOfIssue"), date(d->dateOfIssue)},
                     {QStringLiteral("otherPersons"), QJsonArray::fromStringList(d->otherPersons)},
                     {QStringLiteral("endorsements"), d->endorsements},
                     {QStringLiteral("taxOrExitRequirements"), d->taxOrExitRequirements},
                     {QStringLiteral("personalizationTime"), d->personalizationTime},
                     {QStringLiteral("personalizationDevice"), d->personalizationDevice},
                     {QStringLiteral("hasFrontImage"), d->hasFrontImage},
                     {QStringLiteral("hasRearImage"), d->hasRearImage}});
    if (!result->photo.isEmpty())
        o.insert(QStringLiteral("photo"),
                 QJsonObject{{QStringLiteral("format"), result->photoFormat},
                             {QStringLiteral("bytes"), result->photo.size()}});
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Indented);
    // Data that cannot be authenticated must not be taken: the status says so to scripts.
    return result->acceptable() ? Commands::Ok : Commands::Failed;
}

} // namespace

int Commands::mrz(CtlContext& /*ctx*/, const QStringList& args) {
    if (args.value(0) == u"check")
        return mrzCheck(args.mid(1));
    CtlContext::printError(tr("usage : sijilctl mrz check \"LIGNES\" [--json]"));
    return Usage;
}

int Commands::card(CtlContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    if (sub == u"readers")
        return readers(args.mid(1));
    if (sub == u"read")
        return read(ctx, args.mid(1));
    CtlContext::printError(
        tr("usage : sijilctl card readers [--json] | card read --can NUMÉRO | --mrz "
           "\"LIGNES\" [--reader NOM]"));
    return Usage;
}

} // namespace sijil::app
