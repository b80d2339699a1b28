// RegistrationForm: the central registry's part of the comparison before a save. A patient
// registered at another site is not in this store until opened here; without it, the desk would
// give them a second IPP.
#include "RegistrationForm.h"

#include <sijil/access/SessionManager.h>
#include <sijil/registry/PatientRegistry.h>
#include <sijil/registry/RemotePatientSearch.h>

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <algorithm>
#include <optional>
#include <shell/FieldMessage.h>

namespace sijil::ui {

namespace {

// The window a save waits behind. Enter and Échap go back to the entry, as everywhere at the
// desk; saving without the server's answer is a deliberate Alt+S or click, never a key pressed
// twice or the Enter of a scanned zone.
class ServerWaitDialog : public QDialog {
public:
    static constexpr int kWithoutServer = 2;

    explicit ServerWaitDialog(QWidget* parent)
        : QDialog(parent) {
        setObjectName(QStringLiteral("serverWait"));
        setWindowTitle(RegistrationForm::tr("Serveur central"));
        setWindowModality(Qt::WindowModal);
        auto* layout = new QVBoxLayout(this);
        auto* text =
            new QLabel(RegistrationForm::tr("Recherche de ce patient au serveur central…"), this);
        text->setObjectName(QStringLiteral("serverWaitText"));
        layout->addWidget(text);
        auto* bar = new QProgressBar(this);
        bar->setRange(0, 0);
        bar->setTextVisible(false);
        layout->addWidget(bar);
        auto* buttons = new QDialogButtonBox(this);
        auto* back = buttons->addButton(RegistrationForm::tr("&Retour à la saisie"),
                                        QDialogButtonBox::RejectRole);
        back->setObjectName(QStringLiteral("serverWaitBack"));
        back->setDefault(true);
        auto* without = buttons->addButton(RegistrationForm::tr("Enregistrer &sans le serveur"),
                                           QDialogButtonBox::ActionRole);
        without->setObjectName(QStringLiteral("serverWaitWithout"));
        without->setAutoDefault(false);
        without->setFocusPolicy(Qt::NoFocus);
        connect(back, &QPushButton::clicked, this, &QDialog::reject);
        connect(without, &QPushButton::clicked, this, [this] { done(kWithoutServer); });
        layout->addWidget(buttons);
    }
};

enum class Waited { Answered, WithoutServer, Back };

// Keyboard and mouse reach only the wait window while a save waits, from its first moment
// (before the window shows): an entry left, changed or saved again meanwhile would be compared
// and written as it was.
// What is typed meanwhile is not kept (replayed into whatever follows, a scanned zone's Enter
// would choose for the clerk); it is counted, so that the clerk is told to type it again.
class InputBlocker : public QObject {
public:
    explicit InputBlocker(QWidget* allowed)
        : m_allowed(allowed) {
        qApp->installEventFilter(this);
    }
    ~InputBlocker() override { qApp->removeEventFilter(this); }
    InputBlocker(const InputBlocker&) = delete;
    InputBlocker& operator=(const InputBlocker&) = delete;

    // Keys typed for the entry and not taken: outside the window, any but those that only move
    // about; in it, text it has no use for (its own keys are Enter, Échap, Tab and Alt+S).
    [[nodiscard]] int ignoredKeys() const { return m_ignored; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        switch (event->type()) {
        case QEvent::KeyPress: {
            const bool inside = allowed(watched);
            // A key taken here goes no further. One the wait window lets through is seen again
            // by each receiver (its window, then the focus, then the focus's parents): it counts
            // at the focus.
            if ((!inside || watched == QApplication::focusWidget()) &&
                countsAsTyped(static_cast<const QKeyEvent*>(event), inside))
                ++m_ignored;
            return !inside;
        }
        case QEvent::KeyRelease:
        case QEvent::ShortcutOverride:
        case QEvent::Shortcut:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
            return !allowed(watched);
        default:
            return false;
        }
    }

private:
    // Input from the platform reaches a window first, then its widget: the wait window's own
    // window must pass, or no real key or click would reach it.
    bool allowed(const QObject* receiver) const {
        if (const auto* widget = qobject_cast<const QWidget*>(receiver))
            return widget == m_allowed || m_allowed->isAncestorOf(widget);
        const auto* window = qobject_cast<const QWindow*>(receiver);
        return window && window == m_allowed->windowHandle();
    }

    static bool countsAsTyped(const QKeyEvent* key, bool inside) {
        switch (key->key()) {
        // Modifiers alone, and keys that only move about (the clerk going to the next field in
        // the first moment of the wait): nothing to type again, so not said.
        case Qt::Key_Shift:
        case Qt::Key_Control:
        case Qt::Key_Alt:
        case Qt::Key_AltGr:
        case Qt::Key_Meta:
        case Qt::Key_CapsLock:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Home:
        case Qt::Key_End:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            return false;
        default:
            break;
        }
        if (!inside)
            return true;
        // Text the window cannot take (Enter, Échap and Tab carry control characters).
        const QString text = key->text();
        return std::any_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c.isPrint() && !c.isSpace(); }) &&
               !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    }

    QWidget* m_allowed;
    int m_ignored = 0;
};

// Waits for `future`. The window shows after a moment (a quick answer does not flash it); the
// wait ends as "back to the entry" when the session changes state (a lock, a sign-out), when
// the window is dismissed, or when the application quits. The first of these decides.
template <typename T>
Waited awaitServer(QWidget* parent, access::SessionManager& session, const QFuture<T>& future,
                   bool& typedMeanwhile) {
    if (future.isFinished())
        return Waited::Answered;
    ServerWaitDialog wait(parent);
    const InputBlocker blocker(&wait);
    QEventLoop loop;
    QTimer reveal;
    reveal.setSingleShot(true);
    QObject::connect(&reveal, &QTimer::timeout, &wait, &QDialog::open);
    std::optional<int> outcome;
    QObject::connect(&wait, &QDialog::finished, &loop, [&](int result) {
        reveal.stop();
        if (!outcome)
            outcome = result;
        loop.quit();
    });
    QObject::connect(&session, &access::SessionManager::stateChanged, &loop,
                     [&wait] { wait.reject(); });
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &wait,
                     [&wait] { wait.done(QDialog::Accepted); });
    watcher.setFuture(future);
    reveal.start(300);
    loop.exec();
    reveal.stop();
    typedMeanwhile = typedMeanwhile || blocker.ignoredKeys() > 0;
    if (outcome == ServerWaitDialog::kWithoutServer)
        return Waited::WithoutServer;
    return outcome == QDialog::Accepted && future.isFinished() && !future.isCanceled() &&
                   future.resultCount() > 0
               ? Waited::Answered
               : Waited::Back;
}

core::UserText formText(const char* source) {
    return core::UserText("sijil::ui::RegistrationForm", source);
}

} // namespace

std::optional<QList<registry::PatientHit>>
RegistrationForm::serverCandidates(const registry::PatientRecord& r,
                                   const QList<registry::PatientHit>& local, bool holdersOnly) {
    m_serverFound.clear();
    if (!m_s.remoteSearch)
        return QList<registry::PatientHit>();
    if (!m_s.serverReachable || !m_s.serverReachable()) {
        m_savedWithoutServer = true; // offline: said when the patient is registered
        return QList<registry::PatientHit>();
    }
    if (m_withoutServer && *m_withoutServer == r)
        return QList<registry::PatientHit>(); // the clerk was told the server failed
    m_withoutServer.reset();
    registry::PatientRecord asked = registry::PatientValidator::normalized(r);
    if (holdersOnly) { // a correction: only another holder of its new document matters
        registry::PatientRecord document;
        document.documentType = asked.documentType;
        document.documentNumber = asked.documentNumber;
        asked = document;
    }
    const QString sessionId = m_s.session.session() ? m_s.session.session()->sessionId : QString();
    const quint64 generation = m_generation;
    // A correction asks for the document's other holders only, by a plain search: a matcher
    // given an identifier alone may refuse it.
    const auto answer = holdersOnly ? m_s.remoteSearch->holdersOf(asked, kComparedAtMost)
                                    : m_s.remoteSearch->duplicatesOf(asked, kComparedAtMost);
    const Waited waited = awaitServer(this, m_s.session, answer, m_typedDuringWait);
    // Whatever happened meanwhile, nothing is written for an entry the form no longer holds, or
    // under another session than the one that saved.
    if (m_generation != generation)
        return std::nullopt;
    const bool sameSession = m_s.session.state() == access::SessionManager::State::Active &&
                             m_s.session.session() && m_s.session.session()->sessionId == sessionId;
    if (!sameSession || record() != r) {
        m_formMessage->show(withTypedDuringWait(formText(QT_TRANSLATE_NOOP(
                                "sijil::ui::RegistrationForm",
                                "Enregistrement interrompu pendant la recherche au serveur "
                                "central : la saisie est conservée. Vérifiez-la, puis "
                                "enregistrez à nouveau (Ctrl+S)."))),
                            FieldMessage::Kind::Info);
        return std::nullopt;
    }
    if (waited == Waited::Back) {
        if (m_typedDuringWait)
            m_formMessage->show(typedDuringWaitNote(), FieldMessage::Kind::Info);
        else
            m_formMessage->clear();
        return std::nullopt;
    }
    if (waited == Waited::WithoutServer) {
        m_savedWithoutServer = true;
        return QList<registry::PatientHit>();
    }
    const auto found = answer.result();
    if (!found) {
        m_withoutServer = r;
        const core::UserText failed =
            (m_editing ? formText(QT_TRANSLATE_NOOP(
                             "sijil::ui::RegistrationForm",
                             "La correction n'est pas encore enregistrée : le serveur central n'a "
                             "pas pu être consulté (%1). Enregistrez à nouveau (Ctrl+S) pour la "
                             "comparer aux patients de ce poste seulement."))
                       : formText(QT_TRANSLATE_NOOP(
                             "sijil::ui::RegistrationForm",
                             "Le patient n'est pas encore enregistré : le serveur central n'a pas "
                             "pu être consulté (%1). Enregistrez à nouveau (Ctrl+S) pour le "
                             "comparer aux patients de ce poste seulement.")))
                .arg(found.error().message());
        m_formMessage->show(withTypedDuringWait(failed), FieldMessage::Kind::Warning);
        return std::nullopt;
    }
    QList<registry::PatientHit> others;
    for (const registry::RemotePatient& p : *found) {
        const registry::PatientRecord& theirs = p.hit.record;
        const bool listed = std::any_of(local.cbegin(), local.cend(), [&](const auto& h) {
            return h.record.id == theirs.id ||
                   (!theirs.ipp.isEmpty() && h.record.ipp == theirs.ipp);
        });
        // A survivor found through records merged into it comes even when listed: what they
        // hold joins this store's candidate (writeUnlessDuplicate).
        if ((listed && p.hit.foundThrough.isEmpty()) || theirs.id == r.id)
            continue;
        auto here = m_s.registry.get(theirs.id);
        if (!here) {
            m_formMessage->show(here.error().message(), FieldMessage::Kind::Error);
            return std::nullopt;
        }
        registry::PatientHit hit = p.hit;
        // Held here but not among this store's candidates (its copy older, or past their
        // limit): the server says it may be this patient, so it is shown, as the store has it.
        if (*here) {
            // Merged away here: its survivor is a candidate of its own, when it may be this one.
            auto survivor = m_s.registry.survivorOf(theirs.id);
            hit.record = **here;
            if (survivor && *survivor == theirs.id)
                others << hit;
            continue;
        }
        others << hit;
        m_serverFound.insert(theirs.id, p.resource);
    }
    QList<registry::PatientHit> ranked =
        m_s.registry.rankDuplicates(r, std::move(others), kComparedAtMost);
    for (registry::PatientHit& h : ranked)
        h.serverOnly = m_serverFound.contains(h.record.id);
    return ranked;
}

core::UserText RegistrationForm::typedDuringWaitNote() {
    return formText(QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm",
                                      "Ce qui a été tapé ou lu pendant la recherche au serveur "
                                      "central n'a pas été pris en compte : saisissez-le ou "
                                      "lisez-le à nouveau."));
}

core::UserText RegistrationForm::withTypedDuringWait(const core::UserText& text) const {
    if (!m_typedDuringWait)
        return text;
    if (text.isEmpty())
        return typedDuringWaitNote();
    // Two sentences, each translated whole.
    return formText(QT_TRANSLATE_NOOP("sijil::ui::RegistrationForm", "%1 %2"))
        .arg(text)
        .arg(typedDuringWaitNote());
}

bool RegistrationForm::keepFromServer(const QString& id) {
    const auto resource = m_serverFound.constFind(id);
    if (resource == m_serverFound.cend())
        return true;
    const auto& session = m_s.session.session();
    if (!session) {
        sayNoSession();
        return false;
    }
    auto kept = m_s.registry.adopt(*resource, *session);
    if (!kept) {
        m_formMessage->show(kept.error().message(), FieldMessage::Kind::Error);
        return false;
    }
    m_serverFound.erase(resource);
    return true;
}

} // namespace sijil::ui
