#include "RefDataCommunes.h"

#include "CsvLine.h"

#include <QHash>
#include <QStringDecoder>

#include <optional>

namespace sijil::registry::refdata {

using csv::detectSeparator;
using csv::splitFields;

namespace {

constexpr const char* kCtx = "sijil::registry::ReferenceData";

// The message's %1 is the line number; further arguments follow it.
core::UserText lineText(const char* source, int line) {
    return core::UserText(kCtx, source).arg(QString::number(line));
}

core::Error lineError(const char* code, const core::UserText& text, int line) {
    return core::Error(
        code, text, QStringLiteral("communes CSV, line %1: %2").arg(line).arg(QLatin1String(code)));
}

// "MA-CAS", "ma-cas" and "CAS" all name the prefecture of Casablanca.
QString provinceCode(const QString& text) {
    const QString upper = text.trimmed().toUpper();
    return upper.startsWith(QLatin1String("MA-")) ? upper : QStringLiteral("MA-") + upper;
}

} // namespace

core::Result<QList<Commune>> parseCommunesCsv(const QByteArray& bytes,
                                              const QSet<QString>& provinceCodes) {
    const QList<QByteArray> lines = bytes.split('\n');
    QList<Commune> communes;
    QHash<QString, int> lineOfCode;
    std::optional<QChar> separator;
    bool firstRecord = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = static_cast<int>(i + 1);
        QByteArray raw = lines.at(i);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (i == 0 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = decoder(raw);
        if (decoder.hasError())
            return lineError("registry/communes-encoding",
                             lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                                        "Ligne %1 : le texte n'est pas en UTF-8 ; "
                                                        "enregistrez le fichier en CSV UTF-8."),
                                      number),
                             number);
        if (line.trimmed().isEmpty())
            continue;
        if (!separator)
            separator = detectSeparator(line);
        const auto fields = splitFields(line, *separator);
        if (!fields)
            return lineError("registry/communes-quote",
                             lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                                        "Ligne %1 : guillemet non fermé."),
                                      number),
                             number);
        if (std::exchange(firstRecord, false) &&
            fields->first().compare(QLatin1String("code"), Qt::CaseInsensitive) == 0)
            continue; // header line
        if (fields->size() != 4) {
            return lineError(
                "registry/communes-columns",
                lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                           "Ligne %1 : %2 colonne(s) au lieu de 4 (code, nom en "
                                           "français, nom en arabe, code ISO de la province)."),
                         number)
                    .arg(QString::number(fields->size())),
                number);
        }
        const QString& code = fields->at(0);
        if (code.isEmpty())
            return lineError("registry/communes-missing-code",
                             lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                                        "Ligne %1 : le code de la commune manque."),
                                      number),
                             number);
        if (fields->at(1).isEmpty())
            return lineError(
                "registry/communes-missing-name",
                lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                           "Ligne %1 : le nom de la commune en français manque."),
                         number),
                number);
        if (fields->at(2).isEmpty())
            return lineError(
                "registry/communes-missing-name",
                lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                           "Ligne %1 : le nom de la commune en arabe manque."),
                         number),
                number);
        const QString province = provinceCode(fields->at(3));
        if (!provinceCodes.contains(province)) {
            return lineError(
                "registry/communes-unknown-province",
                lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                           "Ligne %1 : la préfecture ou province « %2 » est "
                                           "inconnue (code ISO attendu, par exemple MA-CAS)."),
                         number)
                    .arg(fields->at(3)),
                number);
        }
        if (const auto seen = lineOfCode.constFind(code); seen != lineOfCode.constEnd()) {
            return lineError(
                "registry/communes-duplicate-code",
                lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                           "Ligne %1 : le code « %2 » figure déjà à la ligne %3."),
                         number)
                    .arg(code)
                    .arg(QString::number(*seen)),
                number);
        }
        lineOfCode.insert(code, number);
        communes.append({code, Labels{fields->at(1), fields->at(2), {}}, province});
    }
    if (communes.isEmpty())
        return core::Error(
            "registry/communes-empty",
            core::UserText(kCtx, QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                                   "Le fichier ne contient aucune commune.")),
            QStringLiteral("communes CSV without records"));
    return communes;
}

} // namespace sijil::registry::refdata
