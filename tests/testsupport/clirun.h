// Test helper: runs the built assure-cli (or another program) as a user would, and keeps what it said.
#pragma once

#include <QProcess>
#include <QStringList>

namespace assure::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

#ifdef ASSURE_BIN_DIR
inline Run cli(const QStringList &args)
{
    return runProgram(QStringLiteral(ASSURE_BIN_DIR "/assure-cli"), args);
}
#endif

} // namespace assure::test
