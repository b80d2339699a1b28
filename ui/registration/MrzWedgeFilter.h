#pragma once

#include "MrzBurstDetector.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWidget;

namespace sijil::ui {

// Application-wide event filter for keyboard-wedge MRZ scanners: whatever field has the focus,
// a zone "typed" by a scanner (MrzBurstDetector) is taken out of that field again (it gets back
// the text it had before the burst), the Enter keys between its lines never reach it, and the
// zone is handed on with zoneScanned(). Fields marked with the dynamic property "sijilMrzInput"
// (MrzDialog's editor) are left alone: a zone scanned there is what they are for.
//
// Install it with qApp->installEventFilter(). `clock` gives milliseconds (injected by the tests);
// `active` says whether zones are wanted now (the admission page is shown): when it is false the
// filter lets every key through.
class MrzWedgeFilter : public QObject {
    Q_OBJECT
public:
    explicit MrzWedgeFilter(QObject* parent = nullptr, std::function<qint64()> clock = {},
                            int maxGapMs = 40);

    void setActive(std::function<bool()> active) { m_active = std::move(active); }
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // What the idle timer does: ends a burst whose last line came without Enter.
    void checkIdle();

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void zoneScanned(const QString& zone);

private:
    void finish();
    static bool acceptsText(const QWidget* w);
    static QString textOf(const QWidget* w);
    static void restore(QWidget* w, const QString& text, int cursor);

    std::function<qint64()> m_clock;
    std::function<bool()> m_active;
    MrzBurstDetector m_detector;
    QTimer m_idle;
    QPointer<QWidget> m_target;
    QString m_before;
    int m_cursorBefore = 0;
};

} // namespace sijil::ui
