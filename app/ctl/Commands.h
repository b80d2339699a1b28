#pragma once

#include <QObject>
#include <QStringList>

namespace sijil::app {

class CtlContext;

// The sijilctl subcommands. Each returns the process exit code: 0 success, 1 the operation
// failed, 2 the command line was wrong, 130 (the shell's code for Ctrl+C) stopped by Ctrl+C at a
// point where nothing was half-written. Output for people goes to stdout, errors to stderr.
class Commands : public QObject {
    Q_OBJECT
public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2, Interrupted = 130 };

    static int version(CtlContext& ctx, const QStringList& args);
    static int users(CtlContext& ctx, const QStringList& args);
    static int config(CtlContext& ctx, const QStringList& args);
    static int store(CtlContext& ctx, const QStringList& args);
    static int audit(CtlContext& ctx, const QStringList& args);
    static int sync(CtlContext& ctx, const QStringList& args);
    static int patient(CtlContext& ctx, const QStringList& args);
    static int refdata(CtlContext& ctx, const QStringList& args);
    static int ipp(CtlContext& ctx, const QStringList& args);
    static int dedup(CtlContext& ctx, const QStringList& args);
    static int trust(CtlContext& ctx, const QStringList& args);
    static int card(CtlContext& ctx, const QStringList& args);
    static int mrz(CtlContext& ctx, const QStringList& args);
    static int dicom(CtlContext& ctx, const QStringList& args);
    static int pacs(CtlContext& ctx, const QStringList& args);
    static QString usage();
    // A store opened read-only at an older schema than this build's: its tables may lack what a
    // command reads, and only Sijil upgrades it. Says so (true) for such a store.
    static bool refusedAsOlder(int schemaVersion);
};

} // namespace sijil::app
