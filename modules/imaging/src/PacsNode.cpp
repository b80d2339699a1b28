#include "ImagingErrors.h"

#include <sijil/imaging/PacsNode.h>

namespace sijil::imaging {

namespace {

// PS3.5 6.2, VR AE: 16 characters at most, default character repertoire without control
// characters or the backslash; leading and trailing spaces are not significant.
bool validAeTitle(const QString& title) {
    // Only spaces are insignificant: QString::trimmed() would also drop a tab or a newline.
    qsizetype first = 0;
    qsizetype last = title.size();
    while (first < last && title.at(first) == u' ')
        ++first;
    while (last > first && title.at(last - 1) == u' ')
        --last;
    const QString trimmed = title.mid(first, last - first);
    if (trimmed.isEmpty() || trimmed.size() > 16)
        return false;
    for (const QChar c : trimmed) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'\\')
            return false;
    }
    return true;
}

} // namespace

core::Status PacsNode::validate() const {
    if (!validAeTitle(aeTitle))
        return errors::pacsBadNode(
            QStringLiteral("aeTitle"),
            QStringLiteral("invalid called AE title (%1 characters)").arg(aeTitle.size()));
    if (!validAeTitle(callingAeTitle))
        return errors::pacsBadNode(
            QStringLiteral("callingAeTitle"),
            QStringLiteral("invalid calling AE title (%1 characters)").arg(callingAeTitle.size()));
    // DCMTK keeps "host:port" in a 64-byte buffer and refuses longer peer names.
    if (host.trimmed().isEmpty() || host.size() > 57 || host.contains(u' '))
        return errors::pacsBadNode(QStringLiteral("host"), QStringLiteral("invalid host name"));
    if (port < 1 || port > 65535)
        return errors::pacsBadNode(QStringLiteral("port"),
                                   QStringLiteral("invalid port %1").arg(port));
    return {};
}

} // namespace sijil::imaging
