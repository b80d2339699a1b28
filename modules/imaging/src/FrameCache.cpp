#include <sijil/imaging/FrameCache.h>

namespace sijil::imaging {

namespace {

qint64 sizeOf(const FrameCache::Entry& entry) {
    return entry.pixels.data.size();
}

} // namespace

FrameCache::FrameCache(qint64 maxBytes)
    : m_maxBytes(maxBytes) {}

std::shared_ptr<const FrameCache::Entry> FrameCache::find(const QString& path, int frame) {
    const auto found = m_index.constFind(Key{path, frame});
    if (found == m_index.cend())
        return nullptr;
    m_order.splice(m_order.begin(), m_order, found.value());
    return m_order.front().entry;
}

void FrameCache::insert(const QString& path, int frame, Entry entry) {
    Key key{path, frame};
    if (const auto found = m_index.constFind(key); found != m_index.cend())
        erase(found.value());
    const qint64 size = sizeOf(entry);
    if (size > m_maxBytes)
        return;
    m_order.push_front(Node{key, std::make_shared<const Entry>(std::move(entry))});
    m_index.insert(std::move(key), m_order.begin());
    m_bytes += size;
    while (m_bytes > m_maxBytes)
        erase(std::prev(m_order.end()));
}

void FrameCache::erase(std::list<Node>::iterator it) {
    m_bytes -= sizeOf(*it->entry);
    m_index.remove(it->key);
    m_order.erase(it);
}

} // namespace sijil::imaging
