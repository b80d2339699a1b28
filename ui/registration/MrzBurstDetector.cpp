#include "MrzBurstDetector.h"

namespace sijil::ui {

namespace {

bool isMrzCharacter(QChar c) {
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'<';
}

} // namespace

void MrzBurstDetector::reset() {
    m_started = false;
    m_line.clear();
    m_lines.clear();
    m_typed = 0;
}

bool MrzBurstDetector::lineAcceptable(const QString& line) const {
    return isMrzLength(line.size()) && (m_lines.isEmpty() || m_lines.first().size() == line.size());
}

bool MrzBurstDetector::zoneComplete() const {
    if (m_lines.isEmpty())
        return false;
    const qsizetype length = m_lines.first().size();
    return m_lines.size() == (length == 30 ? 3 : 2);
}

MrzBurstDetector::Verdict MrzBurstDetector::complete() {
    m_zone = m_lines.join(u'\n');
    reset();
    return Verdict::Complete;
}

MrzBurstDetector::Verdict MrzBurstDetector::key(qint64 timestampMs, const QString& text,
                                                bool enter) {
    const bool fast = m_started && timestampMs - m_last <= m_maxGapMs;
    if (!fast) {
        // Too slow to continue a burst: this key may start one.
        reset();
    }
    m_last = timestampMs;
    if (enter) {
        if (!m_started || !lineAcceptable(m_line)) {
            reset();
            return Verdict::Pass;
        }
        m_lines.append(m_line);
        m_line.clear();
        return zoneComplete() ? complete() : Verdict::Swallow;
    }
    if (text.size() != 1 || !isMrzCharacter(text.front())) {
        reset();
        return Verdict::Pass;
    }
    m_started = true;
    m_line.append(text);
    ++m_typed;
    if (m_line.size() > 44)
        reset();
    return Verdict::Pass;
}

MrzBurstDetector::Verdict MrzBurstDetector::idle(qint64 nowMs) {
    if (!m_started || nowMs - m_last <= m_maxGapMs)
        return Verdict::Pass;
    if (lineAcceptable(m_line)) {
        m_lines.append(m_line);
        if (zoneComplete())
            return complete();
    }
    reset();
    return Verdict::Pass;
}

} // namespace sijil::ui
