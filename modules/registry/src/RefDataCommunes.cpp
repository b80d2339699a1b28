#include "RefDataCommunes.h"

#include "CsvLine.h"

#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace sijil::registry::refdata {

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

// The line of the first byte that is not UTF-8, lines counted as RecordSplitter counts them
// ("\r\n", "\n" or "\r" alone end one); nothing when the whole text is UTF-8.
std::optional<int> lineNotUtf8(QByteArrayView bytes) {
    int line = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        const bool end = i == bytes.size() || bytes[i] == '\n' || bytes[i] == '\r';
        if (!end)
            continue;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(bytes.sliced(start, i - start)); // decodes when converted
        if (decoder.hasError())
            return line;
        if (i + 1 < bytes.size() && bytes[i] == '\r' && bytes[i + 1] == '\n')
            ++i;
        ++line;
        start = i + 1;
    }
    return std::nullopt;
}

bool hasDigit(const QString& text) {
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

core::Result<QList<Commune>> parseCommunesCsv(const QByteArray& bytes,
                                              const QSet<QString>& provinceCodes) {
    QByteArrayView content(bytes);
    if (content.startsWith("\xEF\xBB\xBF"))
        content = content.sliced(3);
    if (const auto bad = lineNotUtf8(content))
        return lineError("registry/communes-encoding",
                         lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                                    "Ligne %1 : le texte n'est pas en UTF-8 ; "
                                                    "enregistrez le fichier en CSV UTF-8."),
                                  *bad),
                         *bad);
    const QString text = QString::fromUtf8(content);
    // The same reading as a patient register's: any line ends, quoted cells spanning lines.
    const csv::Records read = csv::splitRecords(text, csv::detectSeparator(text.trimmed()));
    if (read.unclosedAt)
        return lineError("registry/communes-quote",
                         lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                                    "Ligne %1 : guillemet non fermé."),
                                  *read.unclosedAt),
                         *read.unclosedAt);
    QList<Commune> communes;
    QHash<QString, int> lineOfCode;
    for (qsizetype i = 0; i < read.records.size(); ++i) {
        const int number = read.records[i].line;
        QStringList fields = read.records[i].fields;
        for (QString& f : fields) // a cell's lines read as one name, as the patient import does
            f = csv::joinCellLines(f, QStringLiteral(" "));
        // The header is optional and, when there, starts with "code" (as "code_commune" or
        // "Code commune" do too).
        if (i == 0 && fields.first().startsWith(QLatin1String("code"), Qt::CaseInsensitive))
            continue;
        // A first line of column titles that do not start so (commune codes hold digits,
        // titles none; the last title is no province) is said to be a header, not taken for a
        // commune with an unknown province.
        if (i == 0 && fields.size() == 4 && !hasDigit(fields.first()) &&
            !provinceCodes.contains(provinceCode(fields.last())))
            return lineError(
                "registry/communes-header",
                lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                           "Ligne %1 : en-tête « %2 » non reconnu : la première "
                                           "colonne de l'en-tête doit commencer par « code » "
                                           "(code, nom en français, nom en arabe, code ISO de la "
                                           "province) ; sans en-tête, la première ligne est une "
                                           "commune."),
                         number)
                    .arg(fields.first()),
                number);
        if (fields.size() != 4) {
            return lineError(
                "registry/communes-columns",
                lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                           "Ligne %1 : %2 colonne(s) au lieu de 4 (code, nom en "
                                           "français, nom en arabe, code ISO de la province)."),
                         number)
                    .arg(QString::number(fields.size())),
                number);
        }
        const QString& code = fields.at(0);
        if (code.isEmpty())
            return lineError("registry/communes-missing-code",
                             lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                                        "Ligne %1 : le code de la commune manque."),
                                      number),
                             number);
        if (fields.at(1).isEmpty())
            return lineError(
                "registry/communes-missing-name",
                lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                           "Ligne %1 : le nom de la commune en français manque."),
                         number),
                number);
        if (fields.at(2).isEmpty())
            return lineError(
                "registry/communes-missing-name",
                lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                           "Ligne %1 : le nom de la commune en arabe manque."),
                         number),
                number);
        const QString province = provinceCode(fields.at(3));
        if (!provinceCodes.contains(province)) {
            return lineError(
                "registry/communes-unknown-province",
                lineText(QT_TRANSLATE_NOOP("sijil::registry::ReferenceData",
                                           "Ligne %1 : la préfecture ou province « %2 » est "
                                           "inconnue (code ISO attendu, par exemple MA-CAS)."),
                         number)
                    .arg(fields.at(3)),
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
        communes.append({code, Labels{fields.at(1), fields.at(2), {}}, province});
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
