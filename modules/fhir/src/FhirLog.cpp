#include "FhirLog.h"

Q_LOGGING_CATEGORY(lcFhir, "sijil.fhir", QtInfoMsg)
