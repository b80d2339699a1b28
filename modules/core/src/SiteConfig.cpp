#include <sijil/core/Log.h>
#include <sijil/core/SiteConfig.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace sijil::core {

using namespace Qt::StringLiterals;

namespace {

constexpr const char* kCtx = "sijil::core::SiteConfig";

Error invalid(const QString& path, const UserText& reason, const QString& detail) {
    return Error("core/site-config-invalid",
                 UserText(kCtx, QT_TRANSLATE_NOOP("sijil::core::SiteConfig",
                                                  "Le fichier de configuration du site « %1 » est "
                                                  "invalide : %2"))
                     .arg(path)
                     .arg(reason),
                 detail);
}

UserText fieldMustBe(const QString& field, const char* what) {
    return UserText(kCtx,
                    QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "le champ « %1 » doit être %2"))
        .arg(field)
        .arg(UserText(kCtx, what));
}

// Reads the JSON objects field by field; the first problem found wins.
class Reader {
public:
    Reader(QString path, SiteConfig& out)
        : m_path(std::move(path))
        , m_out(out) {}

    std::optional<Error> error;

    void unknownKeys(const QJsonObject& obj, const QString& prefix, const QSet<QString>& known) {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!known.contains(it.key()))
                m_out.warnings.push_back(
                    UserText(kCtx, QT_TRANSLATE_NOOP("sijil::core::SiteConfig",
                                                     "Champ inconnu ignoré : « %1 »"))
                        .arg(prefix + it.key()));
        }
    }

    QJsonObject object(const QJsonObject& parent, const QString& key, const QString& field) {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(field, QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "un objet JSON"));
        return v.toObject();
    }

    QString string(const QJsonObject& parent, const QString& key, const QString& field,
                   const QString& fallback = {}) {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString()) {
            fail(field, QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "une chaîne de caractères"));
            return fallback;
        }
        return v.toString().trimmed();
    }

    int integer(const QJsonObject& parent, const QString& key, const QString& field, int fallback,
                int min, int max, const char* what) {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1e300);
        // Range first: converting an out-of-range double to int is undefined behaviour.
        if (!v.isDouble() || d < min || d > max || d != static_cast<int>(d)) {
            fail(field, what);
            return fallback;
        }
        return static_cast<int>(d);
    }

    QUrl url(const QJsonObject& parent, const QString& key, const QString& field,
             const QStringList& schemes, const char* what) {
        const QString s = string(parent, key, field);
        if (s.isEmpty())
            return {};
        const QUrl u(s, QUrl::StrictMode);
        // Plain http is tolerated for a server on this machine's loopback only (a local relay,
        // tests); anything that crosses a network is encrypted.
        const bool loopbackHttp =
            u.scheme() == u"http" && schemes.contains(QStringLiteral("https")) &&
            (u.host() == u"localhost" || u.host() == u"127.0.0.1" || u.host() == u"::1");
        if (!u.isValid() || u.host().isEmpty() || !(schemes.contains(u.scheme()) || loopbackHttp)) {
            fail(field, what);
            return {};
        }
        return u;
    }

    void fail(const QString& field, const char* what) {
        if (!error)
            error = invalid(m_path, fieldMustBe(field, what),
                            QStringLiteral("field %1 has the wrong type or value").arg(field));
    }

private:
    QString m_path;
    SiteConfig& m_out;
};

QString lineColumn(const QByteArray& json, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(json.at(i)) & 0xC0) != 0x80) {
            ++column; // characters, as an editor counts them: UTF-8 continuation bytes are not
        }
    }
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

SiteConfig::Pacs readPacs(Reader& r, const QJsonObject& pacs, const QString& prefix) {
    SiteConfig::Pacs node;
    r.unknownKeys(pacs, prefix,
                  {QStringLiteral("name"), QStringLiteral("aeTitle"), QStringLiteral("host"),
                   QStringLiteral("port"), QStringLiteral("localAeTitle"),
                   QStringLiteral("dicomWebUrl"), QStringLiteral("username")});
    node.name = r.string(pacs, QStringLiteral("name"), prefix + u"name"_s);
    node.aeTitle = r.string(pacs, QStringLiteral("aeTitle"), prefix + u"aeTitle"_s);
    node.localAeTitle = r.string(pacs, QStringLiteral("localAeTitle"), prefix + u"localAeTitle"_s,
                                 node.localAeTitle);
    for (const auto& [title, field] : {std::pair{node.aeTitle, prefix + u"aeTitle"_s},
                                       std::pair{node.localAeTitle, prefix + u"localAeTitle"_s}}) {
        // DICOM AE titles: 1 to 16 characters of the default repertoire, no backslash.
        if (!title.isEmpty() && (title.size() > 16 || title.contains(u'\\')))
            r.fail(field, QT_TRANSLATE_NOOP("sijil::core::SiteConfig",
                                            "un titre AE DICOM de 16 caractères au plus"));
    }
    node.host = r.string(pacs, QStringLiteral("host"), prefix + u"host"_s);
    node.port = r.integer(
        pacs, QStringLiteral("port"), prefix + u"port"_s, node.port, 1, 65535,
        QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "un numéro de port entre 1 et 65535"));
    node.dicomWebUrl = r.url(
        pacs, QStringLiteral("dicomWebUrl"), prefix + u"dicomWebUrl"_s,
        {QStringLiteral("https"), QStringLiteral("http")},
        QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "une adresse http:// ou https:// valide"));
    node.username = r.string(pacs, QStringLiteral("username"), prefix + u"username"_s);
    return node;
}

} // namespace

SiteConfig SiteConfig::defaults() {
    SiteConfig c;
    c.facility.id = QStringLiteral("local");
    return c;
}

Result<SiteConfig> SiteConfig::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error("core/site-config-unreadable",
                     UserText(kCtx, QT_TRANSLATE_NOOP("sijil::core::SiteConfig",
                                                      "Impossible de lire le fichier de "
                                                      "configuration du site « %1 » : %2"))
                         .arg(path)
                         .arg(file.errorString()),
                     file.errorString());
    }
    // A site file is a few hundred bytes; refuse anything absurd rather than parse it.
    if (file.size() > 1024 * 1024)
        return invalid(
            path,
            UserText(kCtx, QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "le fichier dépasse 1 Mo")),
            QStringLiteral("file too large"));
    return fromJson(file.readAll(), path);
}

Result<SiteConfig> SiteConfig::fromJson(const QByteArray& json, const QString& sourcePath) {
    const QString shownPath = sourcePath.isEmpty() ? QStringLiteral("-") : sourcePath;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString where = lineColumn(json, parseError.offset);
        return invalid(shownPath,
                       UserText(kCtx, QT_TRANSLATE_NOOP("sijil::core::SiteConfig",
                                                        "JSON mal formé à la ligne:colonne %1"))
                           .arg(where),
                       QStringLiteral("%1 at %2").arg(parseError.errorString(), where));
    }
    if (!doc.isObject())
        return invalid(shownPath,
                       UserText(kCtx, QT_TRANSLATE_NOOP("sijil::core::SiteConfig",
                                                        "le document doit être un objet JSON")),
                       QStringLiteral("top level is not an object"));

    SiteConfig c = defaults();
    c.sourcePath = sourcePath;
    Reader r(shownPath, c);
    const QJsonObject root = doc.object();
    r.unknownKeys(root, {},
                  {QStringLiteral("facility"), QStringLiteral("centralServer"),
                   QStringLiteral("pacs"), QStringLiteral("imageCache"), QStringLiteral("video"),
                   QStringLiteral("session"), QStringLiteral("mrzReader"),
                   QStringLiteral("defaultLanguage"), QStringLiteral("$comment")});

    const QJsonObject facility =
        r.object(root, QStringLiteral("facility"), QStringLiteral("facility"));
    r.unknownKeys(facility, QStringLiteral("facility."),
                  {QStringLiteral("id"), QStringLiteral("name")});
    c.facility.id =
        r.string(facility, QStringLiteral("id"), QStringLiteral("facility.id"), c.facility.id);
    c.facility.name = r.string(facility, QStringLiteral("name"), QStringLiteral("facility.name"),
                               c.facility.name);

    const QJsonObject central =
        r.object(root, QStringLiteral("centralServer"), QStringLiteral("centralServer"));
    r.unknownKeys(central, QStringLiteral("centralServer."),
                  {QStringLiteral("url"), QStringLiteral("caCertificates"),
                   QStringLiteral("clientCertificate"), QStringLiteral("clientKey")});
    c.centralServer.url =
        r.url(central, QStringLiteral("url"), QStringLiteral("centralServer.url"),
              {QStringLiteral("https")},
              QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "une adresse https:// valide"));
    c.centralServer.caCertificates = r.string(central, QStringLiteral("caCertificates"),
                                              QStringLiteral("centralServer.caCertificates"));
    c.centralServer.clientCertificate = r.string(central, QStringLiteral("clientCertificate"),
                                                 QStringLiteral("centralServer.clientCertificate"));
    c.centralServer.clientKey =
        r.string(central, QStringLiteral("clientKey"), QStringLiteral("centralServer.clientKey"));

    // "pacs": one object (a site with one PACS, as files before several were allowed) or an
    // array; every node named distinctly.
    const QJsonValue pacsValue = root.value(QStringLiteral("pacs"));
    if (pacsValue.isArray()) {
        const QJsonArray nodes = pacsValue.toArray();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            const QString field = QStringLiteral("pacs[%1]").arg(i);
            if (!nodes.at(i).isObject()) {
                r.fail(field, QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "un objet JSON"));
                break;
            }
            c.pacs.append(readPacs(r, nodes.at(i).toObject(), field + u'.'));
        }
    } else {
        const QJsonObject pacs = r.object(root, QStringLiteral("pacs"), QStringLiteral("pacs"));
        if (!pacs.isEmpty())
            c.pacs.append(readPacs(r, pacs, QStringLiteral("pacs.")));
    }
    QSet<QString> pacsNames;
    for (qsizetype i = 0; i < c.pacs.size(); ++i) {
        const QString name = c.pacs.at(i).name.toCaseFolded();
        if (!name.isEmpty() && pacsNames.contains(name))
            r.fail(QStringLiteral("pacs[%1].name").arg(i),
                   QT_TRANSLATE_NOOP("sijil::core::SiteConfig",
                                     "un nom que ne porte aucun autre PACS du site"));
        pacsNames.insert(name);
    }

    const QJsonObject cache =
        r.object(root, QStringLiteral("imageCache"), QStringLiteral("imageCache"));
    r.unknownKeys(cache, QStringLiteral("imageCache."),
                  {QStringLiteral("maxAgeDays"), QStringLiteral("maxSizeGB")});
    c.imageCache.maxAgeDays = r.integer(
        cache, QStringLiteral("maxAgeDays"), QStringLiteral("imageCache.maxAgeDays"),
        c.imageCache.maxAgeDays, 1, 3650,
        QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "un nombre de jours entre 1 et 3650"));
    c.imageCache.maxSizeGB = r.integer(
        cache, QStringLiteral("maxSizeGB"), QStringLiteral("imageCache.maxSizeGB"),
        c.imageCache.maxSizeGB, 1, 100000,
        QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "une taille en Go entre 1 et 100000"));

    const QJsonObject video = r.object(root, QStringLiteral("video"), QStringLiteral("video"));
    r.unknownKeys(video, QStringLiteral("video."), {QStringLiteral("url")});
    c.video.url =
        r.url(video, QStringLiteral("url"), QStringLiteral("video.url"), {QStringLiteral("wss")},
              QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "une adresse wss:// valide"));

    const QJsonObject session =
        r.object(root, QStringLiteral("session"), QStringLiteral("session"));
    r.unknownKeys(session, QStringLiteral("session."), {QStringLiteral("idleLockMinutes")});
    c.idleLockMinutes = r.integer(
        session, QStringLiteral("idleLockMinutes"), QStringLiteral("session.idleLockMinutes"),
        c.idleLockMinutes, kMinIdleLockMinutes, kMaxIdleLockMinutes,
        QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "un nombre entier de minutes entre 1 et 240"));

    const QJsonObject mrz =
        r.object(root, QStringLiteral("mrzReader"), QStringLiteral("mrzReader"));
    r.unknownKeys(mrz, QStringLiteral("mrzReader."),
                  {QStringLiteral("serialPort"), QStringLiteral("baudRate"),
                   QStringLiteral("dataBits"), QStringLiteral("parity"),
                   QStringLiteral("stopBits")});
    c.mrzReader.serialPort =
        r.string(mrz, QStringLiteral("serialPort"), QStringLiteral("mrzReader.serialPort"));
    c.mrzReader.baudRate = r.integer(
        mrz, QStringLiteral("baudRate"), QStringLiteral("mrzReader.baudRate"), c.mrzReader.baudRate,
        300, 921600,
        QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "un débit entre 300 et 921600 bauds"));
    c.mrzReader.dataBits = r.integer(
        mrz, QStringLiteral("dataBits"), QStringLiteral("mrzReader.dataBits"), c.mrzReader.dataBits,
        5, 8,
        QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "un nombre de bits de données entre 5 et 8"));
    c.mrzReader.stopBits = r.integer(
        mrz, QStringLiteral("stopBits"), QStringLiteral("mrzReader.stopBits"), c.mrzReader.stopBits,
        1, 2, QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "1 ou 2 bits d'arrêt"));
    c.mrzReader.parity = r.string(mrz, QStringLiteral("parity"), QStringLiteral("mrzReader.parity"),
                                  c.mrzReader.parity);
    if (!QStringList{QStringLiteral("none"), QStringLiteral("even"), QStringLiteral("odd"),
                     QStringLiteral("mark"), QStringLiteral("space")}
             .contains(c.mrzReader.parity))
        r.fail(QStringLiteral("mrzReader.parity"),
               QT_TRANSLATE_NOOP("sijil::core::SiteConfig",
                                 "« none », « even », « odd », « mark » ou « space »"));

    c.defaultLanguage = r.string(root, QStringLiteral("defaultLanguage"),
                                 QStringLiteral("defaultLanguage"), c.defaultLanguage);
    if (!QStringList{QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")}.contains(
            c.defaultLanguage))
        r.fail(QStringLiteral("defaultLanguage"),
               QT_TRANSLATE_NOOP("sijil::core::SiteConfig", "« fr », « ar » ou « en »"));

    if (r.error)
        return *r.error;
    for (const UserText& w : c.warnings)
        qCWarning(lcCore) << "site configuration:" << w.toString();
    return c;
}

QJsonObject SiteConfig::toJson() const {
    QJsonArray pacsJson;
    for (const Pacs& node : pacs)
        pacsJson.append(QJsonObject{{QStringLiteral("name"), node.name},
                                    {QStringLiteral("aeTitle"), node.aeTitle},
                                    {QStringLiteral("host"), node.host},
                                    {QStringLiteral("port"), node.port},
                                    {QStringLiteral("localAeTitle"), node.localAeTitle},
                                    {QStringLiteral("dicomWebUrl"), node.dicomWebUrl.toString()},
                                    {QStringLiteral("username"), node.username}});
    return QJsonObject{
        {QStringLiteral("source"),
         sourcePath.isEmpty() ? QStringLiteral("(embedded default)") : sourcePath},
        {QStringLiteral("facility"),
         QJsonObject{{QStringLiteral("id"), facility.id}, {QStringLiteral("name"), facility.name}}},
        {QStringLiteral("centralServer"),
         QJsonObject{{QStringLiteral("url"), centralServer.url.toString()},
                     {QStringLiteral("caCertificates"), centralServer.caCertificates},
                     {QStringLiteral("clientCertificate"), centralServer.clientCertificate},
                     {QStringLiteral("clientKey"), centralServer.clientKey}}},
        {QStringLiteral("pacs"), pacsJson},
        {QStringLiteral("imageCache"),
         QJsonObject{{QStringLiteral("maxAgeDays"), imageCache.maxAgeDays},
                     {QStringLiteral("maxSizeGB"), imageCache.maxSizeGB}}},
        {QStringLiteral("video"), QJsonObject{{QStringLiteral("url"), video.url.toString()}}},
        {QStringLiteral("session"),
         QJsonObject{{QStringLiteral("idleLockMinutes"), idleLockMinutes}}},
        {QStringLiteral("mrzReader"),
         QJsonObject{{QStringLiteral("serialPort"), mrzReader.serialPort},
                     {QStringLiteral("baudRate"), mrzReader.baudRate},
                     {QStringLiteral("dataBits"), mrzReader.dataBits},
                     {QStringLiteral("parity"), mrzReader.parity},
                     {QStringLiteral("stopBits"), mrzReader.stopBits}}},
        {QStringLiteral("defaultLanguage"), defaultLanguage},
    };
}

} // namespace sijil::core
