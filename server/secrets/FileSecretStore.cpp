// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace steward {

namespace {

constexpr int FormatVersion = 1;
// Far more than a handful of keys need; anything bigger is not a file we wrote.
constexpr qint64 MaxFileSize = 1024 * 1024;
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool isHex(const QString &text)
{
    if (text.size() % 2 != 0)
        return false;
    for (const QChar c : text) {
        const bool digit = c >= u'0' && c <= u'9';
        const bool letter = (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!digit && !letter)
            return false;
    }
    return true;
}

SecretError invalidKey()
{
    return {SecretError::Kind::InvalidKey, u"A secret needs a non-empty name."_s};
}

// Refuses a file that other users could read or change, as ssh does with private keys. `file`
// is open, so the check is on what was opened, not on whatever the path names a moment later.
std::optional<SecretError> refuseIfExposed(const QFile &file, const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::fstat(file.handle(), &st) != 0)
        return SecretError{SecretError::Kind::IoFailed,
                           u"Could not check the permissions of the secrets file "_s % path % u"."_s};
    if (!S_ISREG(st.st_mode))
        return SecretError{SecretError::Kind::InsecureFile,
                           u"The secrets file "_s % path % u" is not a regular file; Steward refuses to use it."_s};
    if (st.st_uid != ::geteuid())
        return SecretError{SecretError::Kind::InsecureFile,
                           u"The secrets file "_s % path % u" belongs to another user (uid "_s
                               % QString::number(st.st_uid) % u"), not to the user running Steward (uid "_s
                               % QString::number(::geteuid()) % u"); Steward refuses to use it."_s};
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        const QString mode = QString::number(st.st_mode & 07777, 8).rightJustified(4, u'0');
        return SecretError{SecretError::Kind::InsecureFile,
                           u"The secrets file "_s % path % u" has permissions "_s % mode
                               % u", so other users can read or change it; Steward refuses to use it "
                                 "(as ssh does with private keys). If the file is yours and nobody else "
                                 "has seen it, run: chmod 600 "_s % path};
    }
#else
    // Elsewhere (Windows) access is governed by ACLs that permission bits do not describe; the
    // data directory inside the user's profile is private to that user by default.
    Q_UNUSED(file);
    Q_UNUSED(path);
#endif
    return std::nullopt;
}

SecretError corrupt(const QString &path, const QString &why)
{
    return {SecretError::Kind::CorruptFile,
            u"The secrets file "_s % path % u" is damaged: "_s % why
                % u". Steward left it untouched; repair it or move it away."_s};
}

} // namespace

FileSecretStore::FileSecretStore(const QString &dataDir)
    : m_path(QDir(dataDir).absoluteFilePath(FileName.toString()))
{
}

QString FileSecretStore::description() const
{
    return u"the file "_s % QDir::toNativeSeparators(m_path) % u" (0600)"_s;
}

SecretResult<QJsonObject> FileSecretStore::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            return QJsonObject(); // first start: no secrets yet
        return SecretError{SecretError::Kind::IoFailed,
                           u"Could not open the secrets file "_s % m_path % u": "_s % file.errorString()};
    }
    if (auto refused = refuseIfExposed(file, m_path))
        return *refused;
    if (file.size() > MaxFileSize)
        return corrupt(m_path, u"it is larger than "_s % QString::number(MaxFileSize) % u" bytes"_s);

    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return SecretError{SecretError::Kind::IoFailed,
                           u"Could not read the secrets file "_s % m_path % u": "_s % file.errorString()};
    // Only an interrupted first save leaves an empty file (save() creates it before writing).
    if (bytes.isEmpty())
        return QJsonObject();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return corrupt(m_path, u"it is not valid JSON ("_s % parseError.errorString() % u" at byte "_s
                                   % QString::number(parseError.offset) % u")"_s);
    if (!doc.isObject())
        return corrupt(m_path, u"it is not a JSON object"_s);
    const QJsonObject root = doc.object();
    if (root.value(u"version"_s).toInt(-1) != FormatVersion)
        return corrupt(m_path, u"its \"version\" is not "_s % QString::number(FormatVersion));
    const QJsonValue secrets = root.value(u"secrets"_s);
    if (!secrets.isObject())
        return corrupt(m_path, u"it has no \"secrets\" object"_s);
    const QJsonObject entries = secrets.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (!it.value().isString() || !isHex(it.value().toString()))
            return corrupt(m_path, u"the value of \""_s % it.key() % u"\" is not a hex string"_s);
    }
    return entries;
}

SecretStatus FileSecretStore::save(const QJsonObject &secrets)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return SecretError{SecretError::Kind::IoFailed,
                           u"Could not create the directory "_s % info.absolutePath() % u" for the secrets file."_s};

    // Create the file 0600 in one step if it is new. QSaveFile then makes its temporary file
    // 0600 too and keeps those permissions; without this a new file would start at 0666 minus
    // the umask, and whoever opened it in that moment could read what is written later.
    if (!info.exists()) {
        QFile placeholder(m_path);
        if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly) && !placeholder.exists())
            return SecretError{SecretError::Kind::IoFailed,
                               u"Could not create the secrets file "_s % m_path % u": "_s % placeholder.errorString()};
    }

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return SecretError{SecretError::Kind::IoFailed,
                           u"Could not write the secrets file "_s % m_path % u": "_s % file.errorString()};
    // Before any secret goes in: owner read/write only, whatever the file was before.
    if (!file.setPermissions(OwnerOnly)) {
        file.cancelWriting();
        return SecretError{SecretError::Kind::IoFailed,
                           u"Could not restrict the permissions of the secrets file "_s % m_path % u" to 0600: "_s
                               % file.errorString()};
    }
    const QJsonObject root{{u"version"_s, FormatVersion}, {u"secrets"_s, secrets}};
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    // commit() replaces the old file only once the new one is complete and on disk.
    if (!file.commit())
        return SecretError{SecretError::Kind::IoFailed,
                           u"Could not write the secrets file "_s % m_path % u": "_s % file.errorString()};
    return Done{};
}

SecretResult<std::optional<QByteArray>> FileSecretStore::read(const QString &key)
{
    if (key.isEmpty())
        return invalidKey();
    auto secrets = load();
    if (!secrets)
        return secrets.error();
    const QJsonValue value = secrets->value(key);
    if (value.isUndefined())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(QByteArray::fromHex(value.toString().toLatin1()));
}

SecretStatus FileSecretStore::write(const QString &key, const QByteArray &value)
{
    if (key.isEmpty())
        return invalidKey();
    auto secrets = load();
    if (!secrets)
        return secrets.error();
    secrets->insert(key, QString::fromLatin1(value.toHex()));
    return save(secrets.value());
}

SecretStatus FileSecretStore::remove(const QString &key)
{
    if (key.isEmpty())
        return invalidKey();
    auto secrets = load();
    if (!secrets)
        return secrets.error();
    if (!secrets->contains(key))
        return Done{}; // nothing to forget; leave the file (or its absence) alone
    secrets->remove(key);
    return save(secrets.value());
}

} // namespace steward
