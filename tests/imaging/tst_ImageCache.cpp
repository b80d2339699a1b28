// The image cache's bounds: studies not retrieved for the maximum age go, then the least recently
// retrieved until the rest fits; studies on screen and anything not named as a study stay.
#include <sijil/imaging/ImageCache.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using sijil::imaging::ImageCache;

class tst_ImageCache : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    const QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);

    // A study folder of `bytes` bytes in two files, last written `daysAgo` days before m_now.
    bool study(const QString& root, const QString& name, qint64 bytes, int daysAgo) {
        const QString folder = root + u'/' + name;
        if (!QDir().mkpath(folder + QStringLiteral("/sub")))
            return false;
        const QDateTime when = m_now.addDays(-daysAgo);
        for (const auto& [file, size] :
             {std::pair{folder + QStringLiteral("/a.dcm"), bytes / 2},
              std::pair{folder + QStringLiteral("/sub/b.dcm"), bytes - bytes / 2}}) {
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(size, 'x')) != size)
                return false;
            f.close();
            if (!f.open(QIODevice::ReadWrite) ||
                !f.setFileTime(when, QFileDevice::FileModificationTime))
                return false;
        }
        return true;
    }

    static QStringList left(const QString& root) {
        return QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }

private slots:
    void oldStudiesGoThenTheLeastRecentlyUsed() {
        const QString root = m_tmp.filePath(QStringLiteral("cache1"));
        QVERIFY(study(root, QStringLiteral("1.2.1"), 1000, 45)); // too old
        QVERIFY(study(root, QStringLiteral("1.2.2"), 3000, 10));
        QVERIFY(study(root, QStringLiteral("1.2.3"), 3000, 5));
        QVERIFY(study(root, QStringLiteral("1.2.4"), 3000, 1));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/notes"))); // not a study: never touched
        QVERIFY(study(root, QStringLiteral("notes"), 9000, 400));

        const auto byAge = ImageCache(root).prune(m_now, 30, 1'000'000);
        QVERIFY(byAge);
        QCOMPARE(byAge->removed, 1);
        QCOMPARE(byAge->freedBytes, 1000);
        QCOMPARE(byAge->kept, 3);
        QCOMPARE(byAge->keptBytes, 9000);
        QCOMPARE(left(root), (QStringList{QStringLiteral("1.2.2"), QStringLiteral("1.2.3"),
                                          QStringLiteral("1.2.4"), QStringLiteral("notes")}));

        // 6000 bytes allowed: the least recently retrieved goes first.
        const auto bySize = ImageCache(root).prune(m_now, 30, 6000);
        QVERIFY(bySize);
        QCOMPARE(bySize->removed, 1);
        QCOMPARE(left(root), (QStringList{QStringLiteral("1.2.3"), QStringLiteral("1.2.4"),
                                          QStringLiteral("notes")}));
    }

    void studiesOnScreenStay() {
        const QString root = m_tmp.filePath(QStringLiteral("cache2"));
        QVERIFY(study(root, QStringLiteral("1.3.1"), 5000, 90));
        QVERIFY(study(root, QStringLiteral("1.3.2"), 5000, 2));
        const auto pruned = ImageCache(root).prune(m_now, 30, 4000, {QStringLiteral("1.3.1")});
        QVERIFY(pruned);
        // 1.3.1 is old but shown: kept; 1.3.2 goes for the size, though recent.
        QCOMPARE(left(root), QStringList{QStringLiteral("1.3.1")});
        QCOMPARE(pruned->keptBytes, 5000);
    }

    void aMissingCacheIsEmpty() {
        const auto pruned = ImageCache(m_tmp.filePath(QStringLiteral("none"))).prune(m_now, 30, 0);
        QVERIFY(pruned);
        QCOMPARE(pruned->removed, 0);
        QCOMPARE(pruned->kept, 0);
    }
};

QTEST_MAIN(tst_ImageCache)
#include "tst_ImageCache.moc"
