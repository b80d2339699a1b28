#include "IdentityLog.h"

Q_LOGGING_CATEGORY(lcIdentity, "sijil.identity", QtInfoMsg)
