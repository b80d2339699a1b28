#include "StoreUpgrade.h"

#include <sijil/core/Log.h>
#include <sijil/storage/Database.h>

#include <QElapsedTimer>
#include <QFileInfo>

#include <shell/StartupTaskWindow.h>

namespace sijil::app {

core::Status StoreUpgrade::runIfNeeded(const QString& path) {
    if (!QFileInfo::exists(path))
        return {};
    int from = 0;
    {
        const auto probe = storage::Database::open(path, {.readOnly = true, .mustExist = true});
        if (!probe)
            return {};
        from = (*probe)->schemaVersion();
    }
    if (from <= 0 || from >= storage::Database::latestSchemaVersion())
        return {};

    ui::StartupTaskWindow window(
        tr("Mise à jour de la base locale de Sijil"),
        tr("Sijil convertit la base locale pour cette version, après l'avoir vérifiée entière "
           "si la conversion le demande. Sur un grand registre, cela peut prendre plusieurs "
           "minutes ; Sijil s'ouvrira ensuite. Si le poste s'arrête entre-temps, la mise à jour "
           "reprendra au prochain démarrage, sans perte."));
    qCInfo(lcCore) << "local store upgrade from schema" << from << "announced on screen";
    QElapsedTimer clock;
    clock.start();
    const auto status = window.run([&window, &path]() -> core::Status {
        storage::DatabaseOpenOptions options;
        options.progress = [&window](const storage::OpenProgress& p) {
            if (p.stage == storage::OpenProgress::Stage::Checking)
                window.reportStep(tr("Vérification de toute la base avant sa conversion…"), 0, 0);
            else
                window.reportStep(tr("Conversion : étape %1 sur %2")
                                      .arg(QString::number(p.step), QString::number(p.count)),
                                  p.step, p.count);
        };
        // Opened, converted and closed on the work's thread: a connection stays on its thread.
        const auto db = storage::Database::open(path, options);
        if (!db)
            return db.error();
        return {};
    });
    if (status)
        qCInfo(lcCore) << "local store upgraded from schema" << from << "in" << clock.elapsed()
                       << "ms";
    return status;
}

} // namespace sijil::app
