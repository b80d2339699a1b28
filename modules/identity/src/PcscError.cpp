#include "PcscError.h"

namespace sijil::identity::pcsc {

namespace {

constexpr const char* kCtx = "sijil::identity::PcscReaderPlugin";

core::Error make(const char* code, const char* message, LONG rv, const char* operation) {
    return core::Error(
        code, core::UserText(kCtx, message),
        QStringLiteral("%1: %2 (0x%3)")
            .arg(QLatin1StringView(operation), QLatin1StringView(pcsc_stringify_error(rv)))
            .arg(quint32(rv), 8, 16, QLatin1Char('0')));
}

} // namespace

core::Error toError(LONG rv, const char* operation) {
    switch (rv) {
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED:
    case SCARD_F_COMM_ERROR: // the connection to pcscd broke
        return make("identity/pcsc-no-service",
                    QT_TRANSLATE_NOOP("sijil::identity::PcscReaderPlugin",
                                      "Le service des lecteurs de cartes (pcscd) ne répond pas. "
                                      "Vérifiez qu'il est installé et démarré."),
                    rv, operation);
    case SCARD_E_NO_READERS_AVAILABLE:
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_READER_UNAVAILABLE:
        return make("identity/reader-unavailable",
                    QT_TRANSLATE_NOOP("sijil::identity::PcscReaderPlugin",
                                      "Le lecteur de cartes n'est pas disponible. Vérifiez qu'il "
                                      "est branché."),
                    rv, operation);
    case SCARD_E_NO_SMARTCARD:
        return make("identity/no-card",
                    QT_TRANSLATE_NOOP("sijil::identity::PcscReaderPlugin",
                                      "Aucune carte n'est posée sur le lecteur."),
                    rv, operation);
    case SCARD_W_REMOVED_CARD:
        return make("identity/card-removed",
                    QT_TRANSLATE_NOOP("sijil::identity::PcscReaderPlugin",
                                      "La carte a été retirée du lecteur pendant la lecture. "
                                      "Reposez-la et recommencez."),
                    rv, operation);
    case SCARD_W_RESET_CARD:
        return make("identity/card-reset",
                    QT_TRANSLATE_NOOP("sijil::identity::PcscReaderPlugin",
                                      "La carte a été réinitialisée par un autre programme. "
                                      "Recommencez la lecture."),
                    rv, operation);
    case SCARD_E_SHARING_VIOLATION:
        return make("identity/card-busy",
                    QT_TRANSLATE_NOOP("sijil::identity::PcscReaderPlugin",
                                      "La carte est utilisée par un autre programme. Fermez-le et "
                                      "recommencez."),
                    rv, operation);
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
    case SCARD_W_UNSUPPORTED_CARD:
    case SCARD_E_PROTO_MISMATCH:
    case SCARD_E_NOT_TRANSACTED:
    case SCARD_E_CARD_UNSUPPORTED:
    case SCARD_E_COMM_DATA_LOST:
        return make("identity/card-unresponsive",
                    QT_TRANSLATE_NOOP("sijil::identity::PcscReaderPlugin",
                                      "La carte ne répond pas. Reposez-la bien à plat sur le "
                                      "lecteur et recommencez."),
                    rv, operation);
    default:
        return make("identity/pcsc-error",
                    QT_TRANSLATE_NOOP("sijil::identity::PcscReaderPlugin",
                                      "Le lecteur de cartes a signalé une erreur."),
                    rv, operation);
    }
}

} // namespace sijil::identity::pcsc
