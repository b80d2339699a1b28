#include "StorageLog.h"

Q_LOGGING_CATEGORY(lcStorage, "sijil.storage", QtInfoMsg)
