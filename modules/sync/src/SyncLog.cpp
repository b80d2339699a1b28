#include "SyncLog.h"

Q_LOGGING_CATEGORY(lcSync, "sijil.sync", QtInfoMsg)
