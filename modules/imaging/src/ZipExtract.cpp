#include "ZipExtract.h"

#include "ImagingErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <memory>
#include <sys/stat.h>
#include <zip.h>

namespace sijil::imaging {

namespace {

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;
using ZipFile = std::unique_ptr<zip_file_t, ZipFileCloser>;

// The entry's path under the extraction folder, or nothing when it would leave it. Archives
// made on Windows may use backslashes.
std::optional<QString> safeRelativePath(const QString& name) {
    const QString normal = QString(name).replace(u'\\', u'/');
    if (normal.startsWith(u'/') || normal.contains(u':'))
        return std::nullopt;
    QStringList kept;
    for (const QString& part : normal.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u"..")
            return std::nullopt;
        if (part != u".")
            kept << part;
    }
    if (kept.isEmpty())
        return std::nullopt;
    return kept.join(u'/');
}

bool isLink(zip_t* zip, zip_uint64_t index) {
    zip_uint8_t system = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(zip, index, 0, &system, &attributes) != 0)
        return false;
    return system == ZIP_OPSYS_UNIX && S_ISLNK(attributes >> 16);
}

} // namespace

bool looksLikeZip(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(4);
    return head == QByteArrayLiteral("PK\x03\x04") || head == QByteArrayLiteral("PK\x05\x06");
}

core::Result<QList<SkippedFile>> extractZip(const QString& zipPath, const QString& folder,
                                            const ScanProgress& progress) {
    const QDir root(folder);
    if (folder.isEmpty() || !root.exists())
        return errors::archiveUnreadable(zipPath, QStringLiteral("no folder to unpack into"));
    int error = 0;
    const QByteArray native = QFile::encodeName(zipPath);
    Zip zip(zip_open(native.constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, error);
        const QString detail = QString::fromUtf8(zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return errors::archiveUnreadable(zipPath, detail);
    }
    const zip_int64_t entries = zip_get_num_entries(zip.get(), 0);
    if (entries > MediaScanner::kMaxFiles)
        return errors::tooManyFiles(zipPath);

    // First the declared sizes: refuse an archive that could not fit before writing anything.
    QList<SkippedFile> skipped;
    struct Entry {
        zip_uint64_t index;
        QString relative;
        zip_uint64_t size;
    };
    QList<Entry> files;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t st;
        if (zip_stat_index(zip.get(), zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            return errors::archiveUnreadable(zipPath, QStringLiteral("entry %1 unreadable").arg(i));
        const QString name = QString::fromUtf8(st.name);
        if (name.endsWith(u'/') || name.endsWith(u'\\'))
            continue; // a folder: made as its files need it
        const auto relative = safeRelativePath(name);
        QString refusal;
        if (!relative)
            refusal = QStringLiteral("path leaves the archive");
        else if (isLink(zip.get(), zip_uint64_t(i)))
            refusal = QStringLiteral("symbolic link");
        else if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            refusal = QStringLiteral("encrypted");
        else if (st.size > (1 << 20) && st.comp_size > 0 &&
                 st.size / st.comp_size > zip_uint64_t(MediaScanner::kMaxCompressionRatio))
            refusal = QStringLiteral("compression ratio %1").arg(st.size / st.comp_size);
        if (!refusal.isEmpty()) {
            skipped.append({name, errors::archiveEntryRefused(name, refusal)});
            continue;
        }
        total += qint64(st.size);
        files.append({zip_uint64_t(i), *relative, st.size});
    }
    const qint64 available = QStorageInfo(folder).bytesAvailable();
    if (total > MediaScanner::kMaxArchiveBytes || (available >= 0 && total > available))
        return errors::archiveTooLarge(zipPath, total);

    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (qsizetype n = 0; n < files.size(); ++n) {
        if (progress && !progress(int(n), int(files.size())))
            return errors::cancelled();
        const Entry& entry = files.at(n);
        const QString target = root.filePath(entry.relative);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return errors::archiveUnreadable(zipPath, QStringLiteral("cannot create folders"));
        ZipFile in(zip_fopen_index(zip.get(), entry.index, 0));
        if (!in) {
            skipped.append(
                {entry.relative, errors::archiveEntryRefused(
                                     entry.relative, QString::fromUtf8(zip_strerror(zip.get())))});
            continue;
        }
        // Written whole or not at all: a damaged entry leaves no half file behind.
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            return errors::archiveUnreadable(zipPath, out.errorString());
        zip_uint64_t written = 0;
        bool ok = true;
        for (;;) {
            const zip_int64_t got = zip_fread(in.get(), buffer.data(), zip_uint64_t(buffer.size()));
            if (got < 0) {
                ok = false;
                break;
            }
            if (got == 0)
                break;
            written += zip_uint64_t(got);
            if (written > entry.size) { // more than declared: not what was checked above
                ok = false;
                break;
            }
            out.write(buffer.constData(), got);
        }
        if (!ok || written != entry.size) {
            out.cancelWriting();
            skipped.append(
                {entry.relative,
                 errors::archiveEntryRefused(
                     entry.relative,
                     QStringLiteral("%1 bytes read, %2 declared").arg(written).arg(entry.size))});
            continue;
        }
        if (!out.commit())
            return errors::archiveUnreadable(zipPath, out.errorString());
    }
    if (progress && !progress(int(files.size()), int(files.size())))
        return errors::cancelled();
    return skipped;
}

} // namespace sijil::imaging
