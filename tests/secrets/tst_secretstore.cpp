// SPDX-License-Identifier: GPL-3.0-or-later
// The secrets layer: the 0600 file store on a real file system, the keychain store and the
// chooser with no Secret Service reachable, the keychain store against a real gnome-keyring
// (only under with-secret-service.sh, which sets STEWARD_TEST_SECRET_SERVICE), and the policy
// that keeps the public development keys off real chains.
#include "server/secrets/FileSecretStore.h"
#include "server/secrets/KeychainSecretStore.h"
#include "server/secrets/OperatorKeyPolicy.h"
#include "server/secrets/SecretStores.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using namespace steward;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString OperatorKey = u"operator-key"_s;

// Every byte value, zeros included: secrets are binary, not text.
QByteArray everyByte()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(static_cast<char>(i));
    return bytes;
}

QByteArray randomKey()
{
    QByteArray key;
    for (int i = 0; i < 32; ++i)
        key.append(static_cast<char>(QRandomGenerator::global()->bounded(256)));
    key[0] = 0x11; // keeps it below the curve order, and never all zeros
    return key;
}

// The permission bits as stat(2) sees them, e.g. 0600.
int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

bool setMode(const QString &path, int mode)
{
    return ::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)) == 0;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeRaw(const QString &path, const QByteArray &bytes, int mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(bytes);
    file.close();
    return setMode(path, mode);
}

// The umask a default login shell has: without the store's own care, new files would be 0644.
class UsualUmask
{
public:
    UsualUmask() : m_old(::umask(022)) {}
    ~UsualUmask() { ::umask(m_old); }

private:
    mode_t m_old;
};

// A Secret Service that takes calls and is slow to answer: the first call gets its (error)
// reply only after `firstReplyDelay`, later calls at once. Stands in for a hung keychain.
class SilentSecretService : public QDBusVirtualObject
{
public:
    explicit SilentSecretService(std::chrono::milliseconds firstReplyDelay) : m_delay(firstReplyDelay) {}

    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        ++m_calls;
        QDBusMessage reply = message.createErrorReply(QDBusError::Failed, u"Steward test: no secrets here"_s);
        if (m_calls == 1) {
            message.setDelayedReply(true);
            QTimer::singleShot(m_delay, this, [this, reply, connection] {
                QDBusConnection(connection).send(reply);
                m_firstAnswered = true;
            });
        } else {
            QDBusConnection(connection).send(reply);
        }
        return true;
    }

    int calls() const { return m_calls; }
    bool firstAnswered() const { return m_firstAnswered; }

private:
    std::chrono::milliseconds m_delay;
    int m_calls = 0;
    bool m_firstAnswered = false;
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // FileSecretStore
    void fileRoundTrip();
    void fileIsOwnerOnlyFromFirstWrite();
    void fileReadableByGroupOrOthersIsRefused_data();
    void fileReadableByGroupOrOthersIsRefused();
    void fileMissingReadsAsNoSecret();
    void fileCorruptJsonIsAnErrorAndKeptIntact();
    void fileWithNonHexValueIsAnError();
    void fileEmptyKeyIsRefused();

    // Choosing a store, with no Secret Service reachable
    void preferenceParses();
    void keychainWithoutSecretServiceFails();
    void openFallsBackToFileWithoutSecretService();
    void openWithKeychainForcedFailsWithoutSecretService();
    void openWithFileForcedSkipsKeychain();

    // OperatorKeyPolicy
    void devKeyRefusedOnPublicChain_data();
    void devKeyRefusedOnPublicChain();
    void devKeyAcceptedOnDevnet_data();
    void devKeyAcceptedOnDevnet();
    void randomKeyAcceptedEverywhere_data();
    void randomKeyAcceptedEverywhere();
    void malformedKeyRefused_data();
    void malformedKeyRefused();

    // Last: a working session bus, once connected, would stay cached for the tests above.
    void keychainRoundTrip();
    void keychainTimesOutOnSilentService();

private:
    void breakSessionBus();

    QTemporaryDir m_dir;
    QByteArray m_savedBusAddress;
    bool m_hadBusAddress = false;
};

void TestSecretStore::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(u"secrets.json"_s));
    m_hadBusAddress = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
    m_savedBusAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
}

void TestSecretStore::cleanup()
{
    if (m_hadBusAddress)
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_savedBusAddress);
    else
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
}

// No Secret Service: the session bus address names a socket nobody listens on, as on a
// headless server (and nothing can be auto-launched either).
void TestSecretStore::breakSessionBus()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/steward-test-bus"_ba);
}

// ---- FileSecretStore -----------------------------------------------------------------------

void TestSecretStore::fileRoundTrip()
{
    FileSecretStore store(m_dir.path());
    QCOMPARE(store.filePath(), m_dir.filePath(u"secrets.json"_s));
    QVERIFY(store.description().contains(store.filePath()));
    QVERIFY(store.description().contains(u"0600"_s));

    const QByteArray first = everyByte();
    const QByteArray other = randomKey();
    QVERIFY(store.write(OperatorKey, first).ok());
    QVERIFY(store.write(u"other"_s, other).ok());

    // A fresh instance reads what the first wrote: it is on disk, not in memory.
    FileSecretStore reopened(m_dir.path());
    auto read = reopened.read(OperatorKey);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QVERIFY(read.value().has_value());
    QCOMPARE(*read.value(), first);

    // Overwrite one, the other stays.
    const QByteArray second = randomKey();
    QVERIFY(reopened.write(OperatorKey, second).ok());
    QCOMPARE(*store.read(OperatorKey).value(), second);
    QCOMPARE(*store.read(u"other"_s).value(), other);

    QVERIFY(store.remove(OperatorKey).ok());
    auto gone = store.read(OperatorKey);
    QVERIFY(gone.ok());
    QVERIFY(!gone.value().has_value());
    QCOMPARE(*store.read(u"other"_s).value(), other);
    // Removing what is not there succeeds.
    QVERIFY(store.remove(OperatorKey).ok());
    QVERIFY(store.remove(u"never-written"_s).ok());

    // The stored form is hex, not the raw bytes.
    QVERIFY(contentsOf(store.filePath()).contains(other.toHex()));
}

void TestSecretStore::fileIsOwnerOnlyFromFirstWrite()
{
    const UsualUmask umask;
    const QString subdir = m_dir.filePath(u"fresh/data"_s); // does not exist yet: created on write
    FileSecretStore store(subdir);
    QVERIFY(!QFile::exists(store.filePath()));

    QVERIFY(store.write(OperatorKey, randomKey()).ok());
    QCOMPARE(modeOf(store.filePath()), 0600);
    QCOMPARE(QFile::permissions(store.filePath()),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);

    // Still 0600 after a rewrite (QSaveFile replaces the file with a new one).
    QVERIFY(store.write(OperatorKey, randomKey()).ok());
    QCOMPARE(modeOf(store.filePath()), 0600);
    QVERIFY(store.remove(OperatorKey).ok());
    QCOMPARE(modeOf(store.filePath()), 0600);

    // No temporary file left next to it.
    QCOMPARE(QDir(subdir).entryList(QDir::Files | QDir::Hidden), QStringList{u"secrets.json"_s});
}

void TestSecretStore::fileReadableByGroupOrOthersIsRefused_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0640 group-readable") << 0640;
    QTest::newRow("0604 world-readable") << 0604;
    QTest::newRow("0620 group-writable") << 0620;
    QTest::newRow("0644 usual default") << 0644;
}

void TestSecretStore::fileReadableByGroupOrOthersIsRefused()
{
    QFETCH(int, mode);
    FileSecretStore store(m_dir.path());
    QVERIFY(store.write(OperatorKey, randomKey()).ok());
    QVERIFY(setMode(store.filePath(), mode));
    const QByteArray before = contentsOf(store.filePath());

    auto read = store.read(OperatorKey);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, SecretError::Kind::InsecureFile);
    QCOMPARE(read.error().kindName(), u"insecure_file"_s);
    const QString octal = u"0"_s + QString::number(mode, 8);
    QVERIFY2(read.error().message.contains(store.filePath()), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(octal), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(u"chmod 600"_s), qPrintable(read.error().message));

    // Writing and removing are refused too, and the file is left as it was.
    auto written = store.write(OperatorKey, randomKey());
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, SecretError::Kind::InsecureFile);
    QVERIFY(!store.remove(OperatorKey).ok());
    QCOMPARE(contentsOf(store.filePath()), before);
    QCOMPARE(modeOf(store.filePath()), mode);

    // Fixed as the message says, it is usable again.
    QVERIFY(setMode(store.filePath(), 0600));
    QVERIFY(store.read(OperatorKey).ok());
}

void TestSecretStore::fileMissingReadsAsNoSecret()
{
    FileSecretStore store(m_dir.filePath(u"nowhere"_s));
    auto read = store.read(OperatorKey);
    QVERIFY(read.ok());
    QVERIFY(!read.value().has_value());
    // Reading and removing create nothing.
    QVERIFY(store.remove(OperatorKey).ok());
    QVERIFY(!QFile::exists(store.filePath()));
}

void TestSecretStore::fileCorruptJsonIsAnErrorAndKeptIntact()
{
    FileSecretStore store(m_dir.path());
    const QByteArray garbage = "{\"version\": 1, \"secrets\": {\"operator-key\": \"ac09"_ba; // cut short
    QVERIFY(writeRaw(store.filePath(), garbage, 0600));

    auto read = store.read(OperatorKey);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, SecretError::Kind::CorruptFile);
    QVERIFY2(read.error().message.contains(store.filePath()), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(u"not valid JSON"_s), qPrintable(read.error().message));

    // A write must not replace what it could not read: the other secrets in it would be lost.
    auto written = store.write(OperatorKey, randomKey());
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, SecretError::Kind::CorruptFile);
    QVERIFY(!store.remove(OperatorKey).ok());
    QCOMPARE(contentsOf(store.filePath()), garbage);

    // Valid JSON of the wrong shape is just as corrupt.
    for (const QByteArray &wrong : {"[1, 2]"_ba, "{\"secrets\": {}}"_ba, "{\"version\": 2, \"secrets\": {}}"_ba,
                                    "{\"version\": 1, \"secrets\": []}"_ba}) {
        QVERIFY(writeRaw(store.filePath(), wrong, 0600));
        auto r = store.read(OperatorKey);
        QVERIFY2(!r.ok(), wrong.constData());
        QCOMPARE(r.error().kind, SecretError::Kind::CorruptFile);
    }
}

void TestSecretStore::fileWithNonHexValueIsAnError()
{
    FileSecretStore store(m_dir.path());
    QVERIFY(writeRaw(store.filePath(), "{\"version\": 1, \"secrets\": {\"operator-key\": \"xyz\"}}"_ba, 0600));
    auto read = store.read(OperatorKey);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, SecretError::Kind::CorruptFile);
    QVERIFY2(read.error().message.contains(u"operator-key"_s), qPrintable(read.error().message));
}

void TestSecretStore::fileEmptyKeyIsRefused()
{
    FileSecretStore store(m_dir.path());
    QCOMPARE(store.write(QString(), "x"_ba).error().kind, SecretError::Kind::InvalidKey);
    QCOMPARE(store.read(QString()).error().kind, SecretError::Kind::InvalidKey);
    QVERIFY(!QFile::exists(store.filePath()));
}

// ---- choosing a store ----------------------------------------------------------------------

void TestSecretStore::preferenceParses()
{
    QCOMPARE(parseSecretStorePreference(u"auto"), SecretStorePreference::Automatic);
    QCOMPARE(parseSecretStorePreference(u"keychain"), SecretStorePreference::Keychain);
    QCOMPARE(parseSecretStorePreference(u" File "), SecretStorePreference::File);
    QCOMPARE(parseSecretStorePreference(u"vault"), std::nullopt);
    QCOMPARE(parseSecretStorePreference(u""), std::nullopt);
    QCOMPARE(secretStorePreferenceName(SecretStorePreference::Keychain), u"keychain"_s);
}

void TestSecretStore::keychainWithoutSecretServiceFails()
{
    breakSessionBus();
    KeychainSecretStore keychain(u"Steward-test"_s, 5s);
    const SecretStatus probed = keychain.probe();
    QVERIFY(!probed.ok());
    qInfo().noquote() << "QtKeychain without a Secret Service:" << probed.error().toString();
    QVERIFY2(probed.error().message.contains(u"QtKeychain error"_s), qPrintable(probed.error().message));
    QVERIFY(probed.error().kind != SecretError::Kind::Timeout);

    // An unreachable keychain is an error on read, never "no secret".
    auto read = keychain.read(OperatorKey);
    QVERIFY(!read.ok());
}

void TestSecretStore::openFallsBackToFileWithoutSecretService()
{
    breakSessionBus();
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^Secrets are kept in the file .*secrets\\.json \\(0600\\): no system "
                                            "keychain is available in this session.*--secrets file\\. \\(Keychain: "
                                            ".*QtKeychain error"_s));
    auto opened = SecretStores::open(m_dir.path(), SecretStorePreference::Automatic, 5s);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    QVERIFY(opened->fellBack());
    QVERIFY2(opened->fallbackReason.contains(u"QtKeychain error"_s), qPrintable(opened->fallbackReason));
    QVERIFY(dynamic_cast<FileSecretStore *>(opened->store.get()));
    QVERIFY(opened->store->description().contains(m_dir.filePath(u"secrets.json"_s)));

    // The fallback works.
    const QByteArray key = randomKey();
    QVERIFY(opened->store->write(OperatorKey, key).ok());
    QCOMPARE(*opened->store->read(OperatorKey).value(), key);
}

void TestSecretStore::openWithKeychainForcedFailsWithoutSecretService()
{
    breakSessionBus();
    auto opened = SecretStores::open(m_dir.path(), SecretStorePreference::Keychain, 5s);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.startsWith(u"--secrets keychain was given"_s), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(u"QtKeychain error"_s), qPrintable(opened.error().message));
    QVERIFY(!QFile::exists(m_dir.filePath(u"secrets.json"_s))); // no silent fallback
}

void TestSecretStore::openWithFileForcedSkipsKeychain()
{
    breakSessionBus();
    auto opened = SecretStores::open(m_dir.path(), SecretStorePreference::File, 5s);
    QVERIFY(opened.ok());
    QVERIFY(!opened->fellBack()); // asked for, so nothing to warn about
    QVERIFY(dynamic_cast<FileSecretStore *>(opened->store.get()));
}

// ---- OperatorKeyPolicy ---------------------------------------------------------------------

void TestSecretStore::devKeyRefusedOnPublicChain_data()
{
    QTest::addColumn<int>("account");
    QTest::addColumn<quint64>("chainId");
    for (int i = 0; i < OperatorKeyPolicy::DevAccountCount; ++i) {
        for (quint64 chainId : {quint64(1), quint64(11155111)})
            QTest::addRow("account %d on %llu", i, static_cast<unsigned long long>(chainId)) << i << chainId;
    }
}

void TestSecretStore::devKeyRefusedOnPublicChain()
{
    QFETCH(int, account);
    QFETCH(quint64, chainId);
    const QByteArray key = OperatorKeyPolicy::devAccountPrivateKey(account);
    QCOMPARE(key.size(), 32);
    const auto refusal = OperatorKeyPolicy::check(chainId, key);
    QVERIFY(refusal.has_value());
    QCOMPARE(refusal->code, u"DEV_KEY_ON_PUBLIC_CHAIN"_s);
    QVERIFY2(refusal->message.contains(QString::number(chainId)), qPrintable(refusal->message));
    QVERIFY2(refusal->message.contains(u"31337"_s), qPrintable(refusal->message));
}

void TestSecretStore::devKeyAcceptedOnDevnet_data()
{
    QTest::addColumn<QByteArray>("key");
    // The two everyone knows by heart, spelled out here rather than taken from the table.
    QTest::newRow("account 0")
        << QByteArray::fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    QTest::newRow("account 1")
        << QByteArray::fromHex("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    for (int i = 2; i < OperatorKeyPolicy::DevAccountCount; ++i)
        QTest::addRow("account %d", i) << OperatorKeyPolicy::devAccountPrivateKey(i);
}

void TestSecretStore::devKeyAcceptedOnDevnet()
{
    QFETCH(QByteArray, key);
    QVERIFY(OperatorKeyPolicy::devAccountIndex(key).has_value());
    QCOMPARE(OperatorKeyPolicy::check(31337, key), std::nullopt);
    QCOMPARE(OperatorKeyPolicy::check(1, key)->code, u"DEV_KEY_ON_PUBLIC_CHAIN"_s);
}

void TestSecretStore::randomKeyAcceptedEverywhere_data()
{
    QTest::addColumn<quint64>("chainId");
    for (quint64 chainId : {quint64(1), quint64(11155111), quint64(31337), quint64(137)})
        QTest::addRow("chain %llu", static_cast<unsigned long long>(chainId)) << chainId;
}

void TestSecretStore::randomKeyAcceptedEverywhere()
{
    QFETCH(quint64, chainId);
    const QByteArray key = randomKey();
    QVERIFY(!OperatorKeyPolicy::devAccountIndex(key).has_value());
    const auto refusal = OperatorKeyPolicy::check(chainId, key);
    QVERIFY2(!refusal.has_value(), refusal ? qPrintable(refusal->message) : "");
}

void TestSecretStore::malformedKeyRefused_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("31 bytes") << QByteArray(31, '\x11');
    QTest::newRow("hex text, not bytes") << "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"_ba;
    QTest::newRow("zero") << QByteArray(32, '\0');
    QTest::newRow("curve order")
        << QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    QTest::newRow("all ones") << QByteArray(32, '\xff');
}

void TestSecretStore::malformedKeyRefused()
{
    QFETCH(QByteArray, key);
    for (quint64 chainId : {quint64(1), quint64(31337)}) {
        const auto refusal = OperatorKeyPolicy::check(chainId, key);
        QVERIFY(refusal.has_value());
        QCOMPARE(refusal->code, u"OPERATOR_KEY_MALFORMED"_s);
    }
    // One below the order is the largest valid key.
    const QByteArray largest = QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140");
    QCOMPARE(OperatorKeyPolicy::check(1, largest), std::nullopt);
}

// ---- the real keychain ---------------------------------------------------------------------

void TestSecretStore::keychainRoundTrip()
{
    if (!qEnvironmentVariableIsSet("STEWARD_TEST_SECRET_SERVICE"))
        QSKIP("Needs a real Secret Service: runs as ctest entry tst_secretstore_keychain "
              "(tests/secrets/with-secret-service.sh).");

    // A service name of its own, so even a run against someone's real keyring leaves
    // Steward's own entries alone.
    KeychainSecretStore keychain(u"Steward-test"_s, 10s);
    const SecretStatus probed = keychain.probe();
    QVERIFY2(probed.ok(), qPrintable(probed.ok() ? QString() : probed.error().toString()));
    QVERIFY(keychain.description().contains(u"system keychain"_s));

    QVERIFY(keychain.remove(OperatorKey).ok()); // a clean start, even after an aborted run
    auto missing = keychain.read(OperatorKey);
    QVERIFY2(missing.ok(), qPrintable(missing.ok() ? QString() : missing.error().toString()));
    QVERIFY(!missing.value().has_value());

    const QByteArray first = everyByte();
    QVERIFY(keychain.write(OperatorKey, first).ok());
    // Another instance, as after a restart, finds it.
    KeychainSecretStore reopened(u"Steward-test"_s, 10s);
    auto read = reopened.read(OperatorKey);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QVERIFY(read.value().has_value());
    QCOMPARE(*read.value(), first);

    const QByteArray second = randomKey();
    QVERIFY(keychain.write(OperatorKey, second).ok());
    QCOMPARE(*keychain.read(OperatorKey).value(), second);

    QVERIFY(keychain.remove(OperatorKey).ok());
    auto gone = keychain.read(OperatorKey);
    QVERIFY(gone.ok());
    QVERIFY(!gone.value().has_value());
    QVERIFY(keychain.remove(OperatorKey).ok()); // removing what is gone succeeds

    // With a working keychain the chooser takes it, without falling back.
    auto opened = SecretStores::open(m_dir.path(), SecretStorePreference::Keychain, 10s);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    QVERIFY(!opened->fellBack());
    QVERIFY(dynamic_cast<KeychainSecretStore *>(opened->store.get()));
    auto automatic = SecretStores::open(m_dir.path(), SecretStorePreference::Automatic, 10s);
    QVERIFY(automatic.ok());
    QVERIFY(!automatic->fellBack());
    QVERIFY(dynamic_cast<KeychainSecretStore *>(automatic->store.get()));
    QVERIFY(!QFile::exists(m_dir.filePath(u"secrets.json"_s)));
}

// A keychain that never answers in time costs the caller the timeout, not a hang, and the job
// left behind finishes later without harm. Needs a session bus of its own on which this process
// can own org.freedesktop.secrets: ctest entry tst_secretstore_keychain_timeout runs it under
// dbus-run-session with STEWARD_TEST_SILENT_SECRET_SERVICE set.
void TestSecretStore::keychainTimesOutOnSilentService()
{
    if (!qEnvironmentVariableIsSet("STEWARD_TEST_SILENT_SECRET_SERVICE"))
        QSKIP("Needs a private session bus: runs as ctest entry tst_secretstore_keychain_timeout.");

    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
    SilentSecretService service(2500ms);
    QVERIFY(bus.registerVirtualObject(u"/org/freedesktop/secrets"_s, &service, QDBusConnection::SubPath));
    QVERIFY2(bus.registerService(u"org.freedesktop.secrets"_s), qPrintable(bus.lastError().message()));

    KeychainSecretStore keychain(u"Steward-test"_s, 1000ms);
    QElapsedTimer clock;
    clock.start();
    const SecretStatus probed = keychain.probe();
    const qint64 waited = clock.elapsed();
    QVERIFY(!probed.ok());
    QCOMPARE(probed.error().kind, SecretError::Kind::Timeout);
    QVERIFY2(probed.error().message.contains(u"did not answer within 1000 ms"_s), qPrintable(probed.error().message));
    QVERIFY2(waited >= 900 && waited < 2400, qPrintable(QString::number(waited)));
    QCOMPARE(service.calls(), 1);

    // The abandoned job gets its late answer and cleans up after itself; then the keychain
    // takes calls again (QtKeychain runs one job at a time) and reports the service's refusal.
    QTRY_VERIFY_WITH_TIMEOUT(service.firstAnswered(), 5000);
    KeychainSecretStore patient(u"Steward-test"_s, 5000ms);
    auto read = patient.read(OperatorKey);
    QVERIFY(!read.ok());
    qInfo().noquote() << "After the late answer:" << read.error().toString();
    QVERIFY2(read.error().kind != SecretError::Kind::Timeout, qPrintable(read.error().toString()));
    QVERIFY2(read.error().message.contains(u"QtKeychain error"_s), qPrintable(read.error().message));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
