#pragma once

#include <sijil/core/PartialDate.h>

#include <QString>
#include <QStringList>

namespace sijil::registry {

// What the one search box was given, read the way a clerk types it.
struct SearchQuery {
    QString ipp;                 // a valid IPP
    QString documentNumber;      // letters followed by digits, as a CNIE or passport number
    QString phone;               // E.164
    core::PartialDate birthDate; // "12/03/1975", "1975-03-12", "03/1975" or "1975"
    QStringList nameTokens;      // normalised, either script
    QString digits;              // an incomplete number, matched as a prefix
    // Every name word was followed by something else (a space, a date): none is still being
    // typed, so each can be matched whole.
    bool namesComplete = false;

    [[nodiscard]] bool isEmpty() const;
    static SearchQuery parse(const QString& text);
};

} // namespace sijil::registry
