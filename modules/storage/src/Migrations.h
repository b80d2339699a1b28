#pragma once

#include <QStringList>

#include <vector>

namespace sijil::storage {

// One schema step. Steps are never edited once released: a change is a new step.
struct Migration {
    int version;
    const char* name;
    QStringList statements;
};

const std::vector<Migration>& migrations();

} // namespace sijil::storage
