#pragma once

// The server times the pulls and the history read share: how a cursor is written, and how far
// behind the server's read it stays.
#include <QDateTime>
#include <QString>

namespace sijil::sync::detail {

// The cursor as stored and sent: UTC with "Z" and milliseconds. A "+00:00" offset in a query is
// read as a space by servers that decode queries as HTML forms do.
inline QString cursorText(const QDateTime& at) {
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A change is stamped when its transaction starts and seen by others when it commits: one
// stamped just before the server's read may commit after it (a bundle of many resources). The
// cursors stay this far behind the server's read; what comes again in that window is unchanged.
constexpr qint64 kSettleSecs = 120;

// When the server read what it answered: the Bundle's time, else the answer's HTTP Date.
inline QDateTime readTime(const QDateTime& asOf, const QDateTime& answered) {
    return asOf.isValid() ? asOf : answered;
}

} // namespace sijil::sync::detail
