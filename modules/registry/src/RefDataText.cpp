#include "RefDataText.h"

#include <sijil/registry/NameNormalizer.h>

namespace sijil::registry::refdata {

// Place names fold the way person names do: one normalisation serves both.
QString matchKey(const QString& name) {
    return NameNormalizer::normalize(name);
}

} // namespace sijil::registry::refdata
