#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace sijil::identity {

// Turns the bytes a desk MRZ reader sends over a serial line into zones. Readers send each line
// of the zone followed by CR, LF or CR LF; some frame the whole zone with STX (0x02) ... ETX
// (0x03), some add a short status line ("OK", "0") after it. Bytes come in whatever chunks the
// driver hands over, so lines are assembled across calls to feed().
//
// A zone is 3 lines of 30 characters (TD1), 2 of 36 (TD2) or 2 of 44 (TD3), each of [A-Z0-9<];
// it is complete as soon as its last line ends (no need to wait for ETX). Anything else that
// ends a line or a frame is garbage, except a line of a few characters with no zone under way
// (a status or keep-alive), which is dropped silently. Only the shape is checked here: check
// digits are MrzParser's job.
class SerialMrzFramer {
public:
    struct Event {
        enum class Kind { Zone, Garbage };
        Kind kind;
        QString zone; // Kind::Zone: lines separated by "\n"
    };

    // Status lines up to this length are ignored when no zone is under way.
    static constexpr int kMaxStatusLength = 4;
    // A line longer than this without an end is garbage (a TD3 line is 44).
    static constexpr int kMaxLineLength = 128;

    [[nodiscard]] std::vector<Event> feed(const QByteArray& bytes);
    void reset();

private:
    void endLine(std::vector<Event>& events);
    void endFrame(std::vector<Event>& events);
    void garbage(std::vector<Event>& events);
    [[nodiscard]] static bool isMrzLine(const QString& line);

    QByteArray m_line;
    QStringList m_lines;
    bool m_lineOverflow = false;
};

} // namespace sijil::identity
