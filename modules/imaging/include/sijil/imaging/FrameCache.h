#pragma once

#include <sijil/imaging/DicomImage.h>
#include <sijil/imaging/FramePixels.h>

#include <QHash>
#include <QString>

#include <list>
#include <memory>
#include <utility>

namespace sijil::imaging {

// Decoded frames kept so that redrawing one (another window, scrolling back) costs a table
// look-up instead of a decode: bounded by the bytes of their pixels, the least recently used
// dropped first. Not thread-safe: one worker owns it.
class FrameCache {
public:
    static constexpr qint64 kDefaultMaxBytes = qint64(512) << 20;

    struct Entry {
        DicomTags tags;
        FramePixels pixels;
    };

    explicit FrameCache(qint64 maxBytes = kDefaultMaxBytes);

    // The frame, now the most recently used; null when not kept.
    [[nodiscard]] std::shared_ptr<const Entry> find(const QString& path, int frame);
    // Keeps the frame (replacing one under the same key), then drops the least recently used
    // until the bound holds again; a frame larger than the bound is not kept.
    void insert(const QString& path, int frame, Entry entry);

    [[nodiscard]] qint64 bytes() const { return m_bytes; }
    [[nodiscard]] qint64 maxBytes() const { return m_maxBytes; }
    [[nodiscard]] qsizetype count() const { return m_index.size(); }

private:
    using Key = std::pair<QString, int>;
    struct Node {
        Key key;
        std::shared_ptr<const Entry> entry;
    };

    void erase(std::list<Node>::iterator it);

    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    std::list<Node> m_order; // most recently used first
    QHash<Key, std::list<Node>::iterator> m_index;
};

} // namespace sijil::imaging
