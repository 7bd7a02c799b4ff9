// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QJsonObject>

namespace steward {

// Secrets in a JSON file, `secrets.json` in the data directory, for machines without a usable
// keychain. The file is created owner read/write only (0600) before any secret is written, and
// replaced atomically (QSaveFile), so a crash never leaves half a file. Like ssh with private
// keys, a file that other users can read or write is refused rather than used.
//
// Format: {"version": 1, "secrets": {"<key>": "<value as lowercase hex>"}}.
class FileSecretStore final : public SecretStore
{
public:
    static constexpr QStringView FileName = u"secrets.json";

    explicit FileSecretStore(const QString &dataDir);

    QString filePath() const { return m_path; }

    SecretResult<std::optional<QByteArray>> read(const QString &key) override;
    SecretStatus write(const QString &key, const QByteArray &value) override;
    SecretStatus remove(const QString &key) override;
    QString description() const override;

private:
    // The "secrets" object; empty when the file does not exist yet. Refuses an insecure or
    // corrupt file, so a write never silently replaces what it could not understand.
    SecretResult<QJsonObject> load() const;
    SecretStatus save(const QJsonObject &secrets);

    QString m_path;
};

} // namespace steward
