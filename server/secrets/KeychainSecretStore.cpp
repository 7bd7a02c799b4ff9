// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace steward {

namespace {

// Written, read back and deleted by probe(); never holds anything of value.
const QString ProbeKey = u"steward-keychain-probe"_s;

QString qtKeychainErrorName(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError: return u"NoError"_s;
    case QKeychain::EntryNotFound: return u"EntryNotFound"_s;
    case QKeychain::CouldNotDeleteEntry: return u"CouldNotDeleteEntry"_s;
    case QKeychain::AccessDeniedByUser: return u"AccessDeniedByUser"_s;
    case QKeychain::AccessDenied: return u"AccessDenied"_s;
    case QKeychain::NoBackendAvailable: return u"NoBackendAvailable"_s;
    case QKeychain::NotImplemented: return u"NotImplemented"_s;
    case QKeychain::OtherError: return u"OtherError"_s;
    }
    return u"error "_s + QString::number(int(error));
}

SecretError::Kind kindOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError::Kind::BackendUnavailable;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretError::Kind::AccessDenied;
    default:
        return SecretError::Kind::Other;
    }
}

// What a finished (or abandoned) job left behind.
struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
};

// Starts `job` and waits for its finished() in a local event loop, at most `timeout`. A job
// that times out cannot be deleted (QtKeychain may still call back into it), so it is handed
// to itself: it deletes itself if it ever finishes.
template<typename JobType>
JobOutcome runJob(std::unique_ptr<JobType> &job, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    bool finished = false;
    // The loop is the context object: once this function returns the connection is gone, so a
    // late finished() from an abandoned job touches nothing here.
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    // No user input while we wait: the console must not act on clicks made during start-up.
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (!finished) {
        job->setAutoDelete(true);
        (void)job.release(); // owned by itself from here on
        return {};
    }
    return {true, job->error(), job->errorString()};
}

template<typename JobType>
std::unique_ptr<JobType> makeJob(const QString &service, const QString &key)
{
    auto job = std::make_unique<JobType>(service);
    job->setAutoDelete(false);
    // QtKeychain's own fallback writes secrets in plain text to QSettings, without restricting
    // the file's permissions; the 0600 FileSecretStore is our fallback instead, chosen loudly.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(std::chrono::milliseconds timeout)
    : KeychainSecretStore(u"Steward"_s, timeout)
{
}

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service)), m_timeout(timeout)
{
}

QString KeychainSecretStore::description() const
{
#if defined(Q_OS_MACOS) || defined(Q_OS_IOS)
    return u"the system keychain (macOS Keychain)"_s;
#elif defined(Q_OS_WIN)
    return u"the system keychain (Windows Credential Manager)"_s;
#else
    // QtKeychain prefers KWallet on a KDE Plasma session and the Secret Service elsewhere.
    return u"the system keychain (Secret Service or KWallet)"_s;
#endif
}

namespace {

// description() starts a sentence here.
QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

// Everything that must hold before a job can run at all; empty when all is well.
std::optional<SecretError> cannotRunJobs(const QString &store)
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return SecretError{SecretError::Kind::Other,
                           store % u" can only be used once a QCoreApplication exists."_s};
    if (QThread::currentThread() != app->thread())
        return SecretError{SecretError::Kind::Other,
                           store % u" can only be used from the main thread."_s};
    return std::nullopt;
}

SecretError failure(const QString &store, const QString &what, const JobOutcome &outcome,
                    std::chrono::milliseconds timeout)
{
    if (!outcome.finished)
        return {SecretError::Kind::Timeout,
                store % u" did not answer within "_s % QString::number(timeout.count())
                    % u" ms when asked to "_s % what % u"."_s};
    const QString detail = outcome.errorString.isEmpty() ? u"no details given"_s : outcome.errorString;
    return {kindOf(outcome.error),
            store % u" could not "_s % what % u": "_s % detail % u" (QtKeychain error "_s
                % qtKeychainErrorName(outcome.error) % u")."_s};
}

QString quoted(const QString &key)
{
    return u"\""_s % key % u"\""_s;
}

} // namespace

SecretResult<std::optional<QByteArray>> KeychainSecretStore::read(const QString &key)
{
    if (key.isEmpty())
        return SecretError{SecretError::Kind::InvalidKey, u"A secret needs a non-empty name."_s};
    if (auto blocked = cannotRunJobs(capitalized(description())))
        return *blocked;

    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    const JobOutcome outcome = runJob(job, m_timeout);
    if (outcome.finished && outcome.error == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (!outcome.finished || outcome.error != QKeychain::NoError)
        return failure(capitalized(description()), u"read the secret "_s % quoted(key), outcome, m_timeout);
    return std::optional<QByteArray>(job->binaryData());
}

SecretStatus KeychainSecretStore::write(const QString &key, const QByteArray &value)
{
    if (key.isEmpty())
        return SecretError{SecretError::Kind::InvalidKey, u"A secret needs a non-empty name."_s};
    if (auto blocked = cannotRunJobs(capitalized(description())))
        return *blocked;

    auto job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(value);
    const JobOutcome outcome = runJob(job, m_timeout);
    if (!outcome.finished || outcome.error != QKeychain::NoError)
        return failure(capitalized(description()), u"store the secret "_s % quoted(key), outcome, m_timeout);
    return Done{};
}

SecretStatus KeychainSecretStore::remove(const QString &key)
{
    if (key.isEmpty())
        return SecretError{SecretError::Kind::InvalidKey, u"A secret needs a non-empty name."_s};
    if (auto blocked = cannotRunJobs(capitalized(description())))
        return *blocked;

    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    const JobOutcome outcome = runJob(job, m_timeout);
    // Removing what is not there is success, as the interface promises.
    if (outcome.finished && outcome.error == QKeychain::EntryNotFound)
        return Done{};
    if (!outcome.finished || outcome.error != QKeychain::NoError)
        return failure(capitalized(description()), u"delete the secret "_s % quoted(key), outcome, m_timeout);
    return Done{};
}

SecretStatus KeychainSecretStore::probe()
{
    // Whatever went wrong, a failed probe means the keychain cannot be used here: with the
    // Secret Service, "no session bus" or "no such collection" arrive as QtKeychain's
    // OtherError, so that kind says too little on its own.
    const auto unusable = [](SecretError error) {
        if (error.kind == SecretError::Kind::Other)
            error.kind = SecretError::Kind::BackendUnavailable;
        return error;
    };

    // Random bytes, so a stale entry from an interrupted earlier probe cannot pass for a
    // working read-back.
    QByteArray token;
    for (int i = 0; i < 16; ++i)
        token.append(static_cast<char>(QRandomGenerator::global()->bounded(256)));

    if (auto written = write(ProbeKey, token); !written)
        return unusable(written.error());
    auto readBack = read(ProbeKey);
    if (!readBack)
        return unusable(readBack.error());
    if (!readBack.value() || *readBack.value() != token) {
        (void)remove(ProbeKey);
        return SecretError{SecretError::Kind::BackendUnavailable,
                           capitalized(description()) % u" accepted a test entry but gave back something else."_s};
    }
    if (auto removed = remove(ProbeKey); !removed)
        return unusable(removed.error());
    return Done{};
}

} // namespace steward
