// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FileSnapshot.h"

#include <QDirIterator>
#include <QFile>

namespace caredesk::test {

FileSnapshot::FileSnapshot(const QString &dir)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            m_files.insert(QDir(dir).relativeFilePath(path), file.readAll());
        }
    }
}

QString FileSnapshot::differences(const FileSnapshot &other) const
{
    QStringList out;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (!other.m_files.contains(it.key())) {
            out << QStringLiteral("removed: ") + it.key();
        } else if (other.m_files.value(it.key()) != it.value()) {
            out << QStringLiteral("changed: ") + it.key();
        }
    }
    for (auto it = other.m_files.cbegin(); it != other.m_files.cend(); ++it) {
        if (!m_files.contains(it.key())) {
            out << QStringLiteral("added: ") + it.key();
        }
    }
    return out.join(QStringLiteral(", "));
}

bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            return true;
        }
    }
    return false;
}

} // namespace caredesk::test
