#pragma once

#include <QString>
#include <QStringList>

namespace sijil::ui {

// Tells a keyboard-wedge MRZ scanner from a person typing. A scanner "types" each line of the
// zone in a burst, a few milliseconds between keys, and presses Enter after each line; a person
// cannot keep that pace for 30 characters. A burst is taken for a zone when every key came within
// maxGapMs of the one before, each line is 30, 36 or 44 characters of [A-Z0-9<] and all lines have
// the same length, and there are 3 lines of 30 (TD1) or 2 of 36 or 44 (TD2, TD3).
//
// Fed one key at a time with its time stamp (milliseconds, any origin: the caller's clock), it
// says what to do with that key. Characters are always let through (nothing is known yet when
// they come); an Enter that ends a line of a burst is swallowed, so that it does not validate
// the field it was typed into. A scanner that sends no Enter after the last line is recognised
// by idle(): the burst has then been quiet for longer than maxGapMs.
class MrzBurstDetector {
public:
    enum class Verdict {
        Pass,     // an ordinary key: let it through
        Swallow,  // an Enter between the lines of a burst: drop it
        Complete, // the key (Enter) ends a whole zone, available from zone(): drop it
    };

    explicit MrzBurstDetector(int maxGapMs = 40)
        : m_maxGapMs(maxGapMs) {}

    // `text`: what the key types ("" for keys that type nothing); `enter`: Return or Enter.
    Verdict key(qint64 timestampMs, const QString& text, bool enter);
    // Called when no key came for a while: Complete when the burst so far is a whole zone whose
    // last line had no Enter.
    Verdict idle(qint64 nowMs);

    // The zone of the last Complete, lines separated by "\n".
    [[nodiscard]] const QString& zone() const { return m_zone; }
    // A burst is under way: characters have come fast enough to be a scanner's so far.
    [[nodiscard]] bool inBurst() const { return m_started; }
    // Characters typed into the field since the burst began (to be taken out again).
    [[nodiscard]] int typedCount() const { return m_typed; }
    void reset();

private:
    static bool isMrzLength(qsizetype n) { return n == 30 || n == 36 || n == 44; }
    [[nodiscard]] bool lineAcceptable(const QString& line) const;
    [[nodiscard]] bool zoneComplete() const;
    Verdict complete();

    int m_maxGapMs;
    bool m_started = false;
    qint64 m_last = 0;
    QString m_line;
    QStringList m_lines;
    QString m_zone;
    int m_typed = 0;
};

} // namespace sijil::ui
