#include <sijil/identity/SerialMrzFramer.h>

namespace sijil::identity {

namespace {
constexpr char kStx = 0x02;
constexpr char kEtx = 0x03;
} // namespace

std::vector<SerialMrzFramer::Event> SerialMrzFramer::feed(const QByteArray& bytes) {
    std::vector<Event> events;
    for (const char b : bytes) {
        switch (b) {
        case kStx:
            // A new frame: whatever was under way was cut short.
            if (!m_line.isEmpty() || m_lineOverflow || !m_lines.isEmpty())
                garbage(events);
            m_line.clear();
            m_lineOverflow = false;
            break;
        case kEtx:
            endFrame(events);
            break;
        case '\r':
        case '\n':
            endLine(events);
            break;
        default:
            if (m_line.size() >= kMaxLineLength)
                m_lineOverflow = true; // keep nothing more: the line is garbage already
            else
                m_line.append(b);
        }
    }
    return events;
}

void SerialMrzFramer::reset() {
    m_line.clear();
    m_lines.clear();
    m_lineOverflow = false;
}

bool SerialMrzFramer::isMrzLine(const QString& line) {
    if (line.size() != 30 && line.size() != 36 && line.size() != 44)
        return false;
    for (const QChar c : line) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'<'))
            return false;
    }
    return true;
}

void SerialMrzFramer::endLine(std::vector<Event>& events) {
    const QString line = QString::fromLatin1(m_line).trimmed();
    const bool overflow = m_lineOverflow;
    m_line.clear();
    m_lineOverflow = false;
    if (overflow) {
        garbage(events);
        return;
    }
    if (line.isEmpty())
        return; // the LF of CR LF, or a blank line between zones
    if (!isMrzLine(line)) {
        if (m_lines.isEmpty() && line.size() <= kMaxStatusLength)
            return; // a reader's status after a zone, or a keep-alive
        garbage(events);
        return;
    }
    if (!m_lines.isEmpty() && m_lines.first().size() != line.size()) {
        // The zone under way was cut short; this line may start the next one.
        garbage(events);
    }
    m_lines.append(line);
    const qsizetype needed = line.size() == 30 ? 3 : 2;
    if (m_lines.size() == needed) {
        events.push_back(Event{Event::Kind::Zone, m_lines.join(u'\n')});
        m_lines.clear();
    }
}

void SerialMrzFramer::endFrame(std::vector<Event>& events) {
    if (!m_line.isEmpty() || m_lineOverflow)
        endLine(events); // the last line may come without its own CR before ETX
    if (!m_lines.isEmpty())
        garbage(events);
}

void SerialMrzFramer::garbage(std::vector<Event>& events) {
    m_lines.clear();
    // One report for a run of noise within the same chunk.
    if (events.empty() || events.back().kind != Event::Kind::Garbage)
        events.push_back(Event{Event::Kind::Garbage, {}});
}

} // namespace sijil::identity
