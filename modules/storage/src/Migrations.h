#pragma once

#include <QStringList>

#include <vector>

namespace sijil::storage {

// One schema step. Steps are never edited once released: a change is a new step.
struct Migration {
    int version;
    const char* name;
    QStringList statements;
    // A step that rewrites or fills tables runs only on a file found sound by a whole-file check
    // (on a damaged one it would spread the damage). One that only writes a row or two, as every
    // start of Sijil does, needs none: on a large register the check takes many minutes.
    bool needsCheck = true;
};

const std::vector<Migration>& migrations();

} // namespace sijil::storage
