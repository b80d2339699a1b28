#include "ImagingLog.h"

Q_LOGGING_CATEGORY(lcImaging, "sijil.imaging", QtInfoMsg)
