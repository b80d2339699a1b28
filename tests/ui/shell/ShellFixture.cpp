#include "ShellFixture.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QTest>

namespace sijil::test {

ShellFixture::ShellFixture() {
    site = core::SiteConfig::defaults();
    site.facility = {QStringLiteral("CHP-TEST"), QStringLiteral("Hôpital provincial de test")};
    database = std::move(storage::Database::open(dir.filePath(QStringLiteral("sijil.db")))).value();
    users = storage::createUserRepository(*database);
    accounts = std::make_unique<access::AccountService>(*users, clock);
    authenticator = std::make_unique<access::LocalAuthenticator>(*users, clock);
    session = std::make_unique<access::SessionManager>(*authenticator, site.facility.id,
                                                       QStringLiteral("test-workstation"));
    patient = std::make_unique<core::PatientContext>();
    connection = std::make_unique<core::ConnectionStatus>();
    preferences =
        std::make_unique<core::UserPreferences>(dir.filePath(QStringLiteral("prefs.ini")));
    languages = std::make_unique<ui::LanguageManager>();
    languages->setLanguage(QStringLiteral("fr"));
    themes = std::make_unique<ui::ThemeManager>();
    themes->apply(QStringLiteral("light"));
}

ShellFixture::~ShellFixture() {
    m_window.reset();
}

access::User ShellFixture::addUser(const QString& username, const QString& password,
                                   QList<access::Role> roles, const QString& displayName) {
    access::NewAccount a{username, displayName, std::move(roles), site.facility.id, password};
    auto future = accounts->create(a);
    QFutureWatcher<core::Result<access::User>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<core::Result<access::User>>::finished, &loop,
                     &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    const auto result = future.result();
    if (!result)
        qFatal("fixture could not create an account: %s", result.error().code().constData());
    return *result;
}

ui::MainWindow& ShellFixture::window() {
    if (!m_window) {
        m_window = std::make_unique<ui::MainWindow>(ui::ShellServices{
            *session, *accounts, *patient, *connection, *preferences, site, *languages, *themes});
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            qFatal("main window never exposed");
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qFatal("main window never became active");
    }
    return *m_window;
}

bool ShellFixture::signIn(const QString& username, const QString& password) {
    session->signIn(username, password);
    return QTest::qWaitFor(
        [&] { return session->state() == access::SessionManager::State::Active; }, 10000);
}

core::PatientSummary samplePatient() {
    core::PatientSummary p;
    p.localId = QStringLiteral("local-1");
    p.ipp = core::Identifier(QStringLiteral("urn:sijil:ipp"), QStringLiteral("IPP0001234K"));
    p.name = core::PersonName(QStringLiteral("El Amrani"), QStringLiteral("Fatima Zahra"),
                              QStringLiteral("العمراني"), QStringLiteral("فاطمة الزهراء"));
    p.sex = core::Sex::Female;
    p.birthDate = core::PartialDate::fromDate(QDate(1984, 3, 12));
    return p;
}

} // namespace sijil::test
