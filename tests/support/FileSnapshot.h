// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace caredesk::test {

/** The names and bytes of every file in a folder, to prove a failed operation changed nothing. */
class FileSnapshot final {
public:
    explicit FileSnapshot(const QString &dir);
    [[nodiscard]] bool operator==(const FileSnapshot &other) const = default;
    /** Human-readable list of what differs, for test failure messages. */
    [[nodiscard]] QString differences(const FileSnapshot &other) const;
    [[nodiscard]] const QMap<QString, QByteArray> &files() const { return m_files; }

private:
    QMap<QString, QByteArray> m_files;
};

/** True when @p needle occurs in any file below @p dir. */
bool anyFileContains(const QString &dir, const QByteArray &needle);

} // namespace caredesk::test
