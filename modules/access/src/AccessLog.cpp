#include "AccessLog.h"

Q_LOGGING_CATEGORY(lcAccess, "sijil.access", QtInfoMsg)
