// SPDX-License-Identifier: GPL-3.0-or-later
// The operators directory, backoffice users and their roles on a real database: SQLite always,
// PostgreSQL when STEWARD_TEST_POSTGRES_URL names one. Secrets go to a FileSecretStore in a
// temporary directory.
#include "ManualClock.h"
#include "TestDatabases.h"
#include "server/auth/Credentials.h"
#include "server/core/Clock.h"
#include "server/operators/Backoffice.h"
#include "server/operators/BackofficeLog.h"
#include "server/operators/BackofficeUsers.h"
#include "server/operators/OperatorDirectory.h"
#include "server/operators/OperatorKeys.h"
#include "server/secrets/FileSecretStore.h"
#include "server/store/Database.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::operators;
using namespace Qt::StringLiterals;

namespace {

const BackofficeActor Alice{u"alice"_s, Role::Admin};
const BackofficeActor Sam{u"sam"_s, Role::Support};
const BackofficeActor Vic{u"vic"_s, Role::Viewer};

OperatorSpec goodSpec(const QString &name = u"Lucky Bets"_s)
{
    OperatorSpec s;
    s.name = name;
    s.webhookUrl = u"https://wallet.lucky.example/steward"_s;
    s.currency = u"EUR"_s;
    s.minBet = 10;
    s.maxBet = 10'000;
    s.maxWin = 1'000'000;
    s.language = u"pt-BR"_s;
    s.region = u"BR"_s;
    return s;
}

// Everything one test works with; a second one on the same database and directory plays the
// host after a restart.
struct Host
{
    std::unique_ptr<Database> db;
    std::unique_ptr<FileSecretStore> secrets;
    ManualClock clock;
    std::unique_ptr<OperatorDirectory> directory;
    std::unique_ptr<BackofficeUsers> users;
};

} // namespace

class TestOperators : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;

    // Opens the database and the secret store of this test and loads the directory.
    std::unique_ptr<Host> open()
    {
        QFETCH_GLOBAL(QString, url);
        auto host = std::make_unique<Host>();
        host->db = openTestDatabase(url, m_dir->path());
        if (!host->db)
            return nullptr;
        host->secrets = std::make_unique<FileSecretStore>(m_dir->path());
        host->directory = std::make_unique<OperatorDirectory>(*host->db, *host->secrets, host->clock);
        if (auto s = host->directory->load(); !s) {
            qWarning() << s.error().message;
            return nullptr;
        }
        host->users = std::make_unique<BackofficeUsers>(*host->db, host->clock);
        return host;
    }

    static QList<BackofficeLogEntry> log(const Host &host)
    {
        auto rows = BackofficeLog::recent(host.db->handle(), 1000);
        return rows ? rows.value() : QList<BackofficeLogEntry>{};
    }

    static QStringList actions(const Host &host)
    {
        QStringList out;
        for (const auto &e : log(host))
            out.prepend(e.action);
        return out;
    }

    // Every value of every row of `table`, as text.
    static QStringList cells(const Host &host, const QString &table)
    {
        QSqlQuery q(host.db->handle());
        if (!q.exec(u"SELECT * FROM "_s + table))
            return {u"<unreadable>"_s};
        QStringList out;
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out << q.value(i).toString();
        }
        return out;
    }

    static QByteArray stored(Host &host, const QString &keyId)
    {
        const auto r = host.secrets->read(keys::storeKey(keyId));
        return r && r->has_value() ? r->value() : QByteArray();
    }

private slots:
    void initTestCase_data() { addDatabaseRows(); }

    void init()
    {
        // A fresh directory (SQLite file and secrets file) per test; PostgreSQL is emptied.
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QFETCH_GLOBAL(QString, url);
        if (url.isEmpty())
            return;
        auto host = open();
        QVERIFY(host);
        QSqlQuery q(host->db->handle());
        for (const auto &t : {u"backoffice_log"_s, u"backoffice_users"_s, u"operators"_s})
            QVERIFY2(q.exec(u"DELETE FROM "_s + t), qPrintable(q.lastError().text()));
    }

    void cleanup() { m_dir.reset(); }

    void createsAndFindsByKeyId()
    {
        auto host = open();
        QVERIFY(host);
        QSignalSpy changed(host->directory.get(), &OperatorDirectory::changed);
        const auto created = host->directory->create(goodSpec(u"  Lucky Bets "_s), Alice);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        const Operator op = created->op;
        QCOMPARE(op.name, u"Lucky Bets"_s);
        QCOMPARE(op.status, OperatorStatus::Active);
        QCOMPARE(op.keyId, created->keyId);
        QVERIFY(op.keyId.startsWith(u"op_"));
        QCOMPARE(op.keyId.size(), 19);
        QCOMPARE(op.createdAt, host->clock.now);
        QCOMPARE(op.secretRotatedAt, host->clock.now);
        QCOMPARE(created->secret.size(), 64);
        const QByteArray secret = QByteArray::fromHex(created->secret.toLatin1());
        QCOMPARE(secret.size(), 32);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), op.id);

        const auto found = host->directory->byKeyId(op.keyId);
        QVERIFY(found);
        QCOMPARE(found->op, op);
        QCOMPARE(found->secret, secret);
        QCOMPARE(stored(*host, op.keyId), secret);
        QCOMPARE(host->directory->byId(op.id).value(), op);
        QCOMPARE(host->directory->list(), QList<Operator>{op});
        const auto endpoint = host->directory->endpoint(op.id);
        QVERIFY(endpoint);
        QCOMPARE(endpoint->webhookUrl, u"https://wallet.lucky.example/steward"_s);
        QCOMPARE(endpoint->keyId, op.keyId);
        QCOMPARE(endpoint->secret, secret);

        QCOMPARE(host->directory->byKeyId(u"op_0000000000000000"_s).error().code, ErrorCode::UnknownOperatorKey);
        QCOMPARE(host->directory->byId(u"nobody"_s).error().code, ErrorCode::OperatorNotFound);
        QCOMPARE(host->directory->endpoint(u"nobody"_s).error().code, ErrorCode::OperatorNotFound);
        // The secret is in the store only: not in any table.
        for (const auto &table : {u"operators"_s, u"backoffice_log"_s})
            for (const QString &cell : cells(*host, table))
                QVERIFY(!cell.contains(created->secret, Qt::CaseInsensitive));
    }

    void refusesInvalidFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty name") << u"name"_s << u""_s;
        QTest::newRow("blank name") << u"name"_s << u"   "_s;
        QTest::newRow("long name") << u"name"_s << QString(81, u'x');
        QTest::newRow("control in name") << u"name"_s << u"Lucky\u0001Bets"_s;
        QTest::newRow("ftp webhook") << u"webhook_url"_s << u"ftp://wallet.example/x"_s;
        QTest::newRow("webhook without host") << u"webhook_url"_s << u"https:///x"_s;
        QTest::newRow("webhook not a url") << u"webhook_url"_s << u"wallet.example"_s;
        QTest::newRow("webhook with password") << u"webhook_url"_s << u"https://u:p@wallet.example/x"_s;
        QTest::newRow("webhook to cloud metadata") << u"webhook_url"_s << u"http://169.254.169.254/latest/meta-data"_s;
        QTest::newRow("webhook link-local v6") << u"webhook_url"_s << u"http://[fe80::1]/w"_s;
        QTest::newRow("webhook mapped metadata") << u"webhook_url"_s << u"http://[::ffff:169.254.169.254]/w"_s;
        QTest::newRow("webhook as one number") << u"webhook_url"_s << u"http://2130706433/w"_s;
        QTest::newRow("webhook in hex") << u"webhook_url"_s << u"http://0x7f.1/w"_s;
        QTest::newRow("webhook in octal") << u"webhook_url"_s << u"http://0177.0.0.1/w"_s;
        QTest::newRow("webhook to nowhere") << u"webhook_url"_s << u"http://0.0.0.0:9000/w"_s;
        QTest::newRow("webhook to the host itself") << u"webhook_url"_s << u"http://127.0.0.1:8080/api/admin/v1/users"_s;
        QTest::newRow("webhook to localhost") << u"webhook_url"_s << u"http://localhost:8080/api/admin/v1/users"_s;
        QTest::newRow("lowercase currency") << u"currency"_s << u"eur"_s;
        QTest::newRow("short currency") << u"currency"_s << u"EU"_s;
        QTest::newRow("long currency") << u"currency"_s << u"EURO"_s;
        QTest::newRow("currency and newline") << u"currency"_s << u"EUR\n"_s;
        QTest::newRow("zero min bet") << u"min_bet"_s << u"0"_s;
        QTest::newRow("negative min bet") << u"min_bet"_s << u"-5"_s;
        QTest::newRow("max bet under min") << u"max_bet"_s << u"9"_s;
        QTest::newRow("max win under max bet") << u"max_win"_s << u"9999"_s;
        QTest::newRow("max win over a trillion") << u"max_win"_s << u"1000000000001"_s;
        QTest::newRow("empty language") << u"language"_s << u""_s;
        QTest::newRow("word language") << u"language"_s << u"english"_s;
        QTest::newRow("underscore language") << u"language"_s << u"pt_BR"_s;
        QTest::newRow("language region too long") << u"language"_s << u"pt-BRA"_s;
        QTest::newRow("language trailing dash") << u"language"_s << u"en-"_s;
        QTest::newRow("lowercase region") << u"region"_s << u"de"_s;
        QTest::newRow("alpha-3 region") << u"region"_s << u"DEU"_s;
        QTest::newRow("two digit region") << u"region"_s << u"12"_s;
        QTest::newRow("empty region") << u"region"_s << u""_s;
    }

    void refusesInvalidFields()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        auto host = open();
        QVERIFY(host);
        OperatorSpec spec = goodSpec();
        if (field == u"name")
            spec.name = value;
        else if (field == u"webhook_url")
            spec.webhookUrl = value;
        else if (field == u"currency")
            spec.currency = value;
        else if (field == u"min_bet")
            spec.minBet = value.toLongLong();
        else if (field == u"max_bet")
            spec.maxBet = value.toLongLong();
        else if (field == u"max_win")
            spec.maxWin = value.toLongLong();
        else if (field == u"language")
            spec.language = value;
        else if (field == u"region")
            spec.region = value;
        host->directory->setOwnPort(8080); // as if the host listened there
        const auto created = host->directory->create(spec, Alice);
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::InvalidConfig);
        QVERIFY2(created.error().message.startsWith(field + u": "_s), qPrintable(created.error().message));
        QVERIFY(host->directory->list().isEmpty());
        QVERIFY(log(*host).isEmpty());
        QVERIFY(cells(*host, u"operators"_s).isEmpty());
    }

    // An operator may run its wallet on the LAN or on this machine, on another port.
    void acceptsLanAndLoopbackWallets()
    {
        auto host = open();
        QVERIFY(host);
        host->directory->setOwnPort(8080);
        for (const QString &url : {u"http://192.168.1.50/wallet"_s, u"http://192.0.2.7:8080/hook"_s, u"http://127.0.0.1:9000/w"_s,
                                   u"http://localhost:9000/w"_s, u"https://wallet.example/steward"_s, u"http://[::1]:9000/w"_s}) {
            OperatorSpec spec = goodSpec();
            spec.webhookUrl = url;
            const auto created = host->directory->create(spec, Alice);
            QVERIFY2(created, created ? "" : qPrintable(url + u": "_s + created.error().message));
        }
    }

    void acceptsLanguageTagsInCanonicalCase_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("stored");
        QTest::newRow("en") << u"en"_s << u"en"_s;
        QTest::newRow("de") << u"de"_s << u"de"_s;
        QTest::newRow("pt-BR") << u"pt-BR"_s << u"pt-BR"_s;
        QTest::newRow("PT-br") << u"PT-br"_s << u"pt-BR"_s;
        QTest::newRow("es-419") << u"es-419"_s << u"es-419"_s;
        QTest::newRow("zh-hant-tw") << u"zh-hant-tw"_s << u"zh-Hant-TW"_s;
        QTest::newRow("fil") << u"fil"_s << u"fil"_s;
    }

    void acceptsLanguageTagsInCanonicalCase()
    {
        QFETCH(QString, given);
        QFETCH(QString, stored);
        auto host = open();
        QVERIFY(host);
        OperatorSpec spec = goodSpec();
        spec.language = given;
        spec.region = u"419"_s;
        const auto created = host->directory->create(spec, Alice);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->op.language, stored);
        QCOMPARE(created->op.region, u"419"_s);
    }

    void rotatingReplacesKeyIdAndSecret()
    {
        auto host = open();
        QVERIFY(host);
        const auto created = host->directory->create(goodSpec(), Alice);
        QVERIFY(created);
        const QString id = created->op.id;
        const QString oldKey = created->keyId;
        const QByteArray oldSecret = QByteArray::fromHex(created->secret.toLatin1());
        host->clock.now += 60'000;
        QSignalSpy changed(host->directory.get(), &OperatorDirectory::changed);

        const auto issued = host->directory->rotateSecret(id, Alice);
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().message));
        QVERIFY(issued->keyId != oldKey);
        QVERIFY(issued->keyId.startsWith(u"op_"));
        const QByteArray newSecret = QByteArray::fromHex(issued->secret.toLatin1());
        QCOMPARE(newSecret.size(), 32);
        QVERIFY(newSecret != oldSecret);
        QCOMPARE(changed.size(), 1);

        // The old key stops at once; the new one works.
        QCOMPARE(host->directory->byKeyId(oldKey).error().code, ErrorCode::UnknownOperatorKey);
        const auto found = host->directory->byKeyId(issued->keyId);
        QVERIFY(found);
        QCOMPARE(found->op.id, id);
        QCOMPARE(found->secret, newSecret);
        QCOMPARE(found->op.secretRotatedAt, host->clock.now);
        QCOMPARE(host->directory->byId(id)->keyId, issued->keyId);
        QCOMPARE(host->directory->endpoint(id)->secret, newSecret);
        // The store holds the new secret under the new key id, and no longer the old one.
        QCOMPARE(stored(*host, issued->keyId), newSecret);
        QCOMPARE(stored(*host, oldKey), QByteArray());
        QCOMPARE(actions(*host), (QStringList{u"operator.create"_s, u"operator.rotate_secret"_s}));

        QCOMPARE(host->directory->rotateSecret(u"nobody"_s, Alice).error().code, ErrorCode::OperatorNotFound);
    }

    void suspendsAndResumes()
    {
        auto host = open();
        QVERIFY(host);
        const auto created = host->directory->create(goodSpec(), Alice);
        QVERIFY(created);
        const QString id = created->op.id;
        QSignalSpy changed(host->directory.get(), &OperatorDirectory::changed);

        QVERIFY(host->directory->suspend(id, Sam)); // support may stop an operator
        QCOMPARE(host->directory->byId(id)->status, OperatorStatus::Suspended);
        // Its key still verifies; the gateway refuses the bet as suspended.
        QCOMPARE(host->directory->byKeyId(created->keyId)->op.status, OperatorStatus::Suspended);
        QVERIFY(host->directory->suspend(id, Sam)); // again: nothing to do
        QCOMPARE(changed.size(), 1);

        auto reopened = open();
        QVERIFY(reopened);
        QCOMPARE(reopened->directory->byId(id)->status, OperatorStatus::Suspended);
        reopened.reset();

        QVERIFY(host->directory->resume(id, Sam));
        QCOMPARE(host->directory->byId(id)->status, OperatorStatus::Active);
        QVERIFY(host->directory->byId(id)->isActive());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(actions(*host), (QStringList{u"operator.create"_s, u"operator.suspend"_s, u"operator.resume"_s}));

        QCOMPARE(host->directory->suspend(id, Vic).error().code, ErrorCode::Forbidden);
        QCOMPARE(host->directory->suspend(u"nobody"_s, Alice).error().code, ErrorCode::OperatorNotFound);
        QCOMPARE(host->directory->resume(u"nobody"_s, Alice).error().code, ErrorCode::OperatorNotFound);
    }

    void setsLimitsOnlyInOrder()
    {
        auto host = open();
        QVERIFY(host);
        const auto created = host->directory->create(goodSpec(), Alice);
        QVERIFY(created);
        const QString id = created->op.id;

        auto refused = host->directory->setLimits(id, 500, 100, 1'000, Alice);
        QCOMPARE(refused.error().code, ErrorCode::InvalidConfig);
        QVERIFY(refused.error().message.startsWith(u"max_bet: "));
        QCOMPARE(host->directory->setLimits(id, 0, 100, 1'000, Alice).error().code, ErrorCode::InvalidConfig);
        refused = host->directory->setLimits(id, 10, 100, 99, Alice);
        QCOMPARE(refused.error().code, ErrorCode::InvalidConfig);
        QVERIFY(refused.error().message.startsWith(u"max_win: "));
        QCOMPARE(host->directory->byId(id)->maxBet, qint64(10'000)); // unchanged
        QCOMPARE(host->directory->setLimits(id, 1, 2, 3, Sam).error().code, ErrorCode::Forbidden);

        host->clock.now += 5;
        QVERIFY(host->directory->setLimits(id, 100, 100, 100, Alice)); // equal bounds are fine
        const Operator op = host->directory->byId(id).value();
        QCOMPARE(op.minBet, qint64(100));
        QCOMPARE(op.maxBet, qint64(100));
        QCOMPARE(op.maxWin, qint64(100));
        QCOMPARE(op.updatedAt, host->clock.now);
        QCOMPARE(actions(*host), (QStringList{u"operator.create"_s, u"operator.set_limits"_s}));
        const QJsonObject detail = log(*host).first().detail;
        QCOMPARE(detail.value(u"from").toObject().value(u"max_bet").toInteger(), qint64(10'000));
        QCOMPARE(detail.value(u"to").toObject().value(u"max_bet").toInteger(), qint64(100));

        auto reopened = open();
        QVERIFY(reopened);
        QCOMPARE(reopened->directory->byId(id).value(), op);
    }

    void setsLocaleAndWebhook()
    {
        auto host = open();
        QVERIFY(host);
        const auto created = host->directory->create(goodSpec(), Alice);
        QVERIFY(created);
        const QString id = created->op.id;

        QCOMPARE(host->directory->setLocale(id, u"deutsch"_s, u"DE"_s, Alice).error().code, ErrorCode::InvalidConfig);
        QCOMPARE(host->directory->setLocale(id, u"de"_s, u"Germany"_s, Alice).error().code, ErrorCode::InvalidConfig);
        QVERIFY(host->directory->setLocale(id, u"DE-at"_s, u"AT"_s, Alice));
        QCOMPARE(host->directory->byId(id)->language, u"de-AT"_s);
        QCOMPARE(host->directory->byId(id)->region, u"AT"_s);

        QCOMPARE(host->directory->setWebhook(id, u"mailto:a@b.example"_s, Alice).error().code, ErrorCode::InvalidConfig);
        QVERIFY(host->directory->setWebhook(id, u"http://10.0.0.7:8080/hook"_s, Alice));
        QCOMPARE(host->directory->endpoint(id)->webhookUrl, u"http://10.0.0.7:8080/hook"_s);
        QCOMPARE(host->directory->setWebhook(id, u"http://x.example/"_s, Sam).error().code, ErrorCode::Forbidden);
        QCOMPARE(actions(*host),
                 (QStringList{u"operator.create"_s, u"operator.set_locale"_s, u"operator.set_webhook"_s}));

        auto reopened = open();
        QVERIFY(reopened);
        QCOMPARE(reopened->directory->byId(id)->language, u"de-AT"_s);
        QCOMPARE(reopened->directory->byId(id)->webhookUrl, u"http://10.0.0.7:8080/hook"_s);
    }

    void reloadsTheSameOperatorsAndSecrets()
    {
        auto host = open();
        QVERIFY(host);
        QList<QPair<QString, QByteArray>> keys; // key id, secret
        for (const auto &name : {u"One"_s, u"Two"_s, u"Three"_s}) {
            host->clock.now += 1000;
            const auto created = host->directory->create(goodSpec(name), Alice);
            QVERIFY(created);
            keys << qMakePair(created->keyId, QByteArray::fromHex(created->secret.toLatin1()));
        }
        const QString secondId = host->directory->byKeyId(keys[1].first)->op.id;
        const auto rotated = host->directory->rotateSecret(secondId, Alice);
        QVERIFY(rotated);
        keys[1] = qMakePair(rotated->keyId, QByteArray::fromHex(rotated->secret.toLatin1()));
        QVERIFY(host->directory->suspend(host->directory->byKeyId(keys[2].first)->op.id, Alice));
        const QList<Operator> before = host->directory->list();
        QCOMPARE(before.size(), 3);
        QCOMPARE(before.at(0).name, u"One"_s); // oldest first

        // A new host on the same database and secret store: a restart.
        auto restarted = open();
        QVERIFY(restarted);
        QCOMPARE(restarted->directory->list(), before);
        for (const auto &[keyId, secret] : std::as_const(keys)) {
            const auto found = restarted->directory->byKeyId(keyId);
            QVERIFY(found);
            QCOMPARE(found->secret, secret);
        }
    }

    void aMissingSecretRefusesOnlyItsOperator()
    {
        auto host = open();
        QVERIFY(host);
        const auto kept = host->directory->create(goodSpec(u"Kept"_s), Alice);
        const auto lost = host->directory->create(goodSpec(u"Lost"_s), Alice);
        QVERIFY(kept && lost);
        QVERIFY(host->secrets->remove(keys::storeKey(lost->keyId)));

        auto restarted = open();
        QVERIFY(restarted);
        QVERIFY(restarted->directory->byKeyId(kept->keyId));
        QCOMPARE(restarted->directory->byKeyId(lost->keyId).error().code, ErrorCode::StorageFailed);
        QCOMPARE(restarted->directory->endpoint(lost->op.id).error().code, ErrorCode::StorageFailed);
        // Rotating gives it a working key again.
        const auto issued = restarted->directory->rotateSecret(lost->op.id, Alice);
        QVERIFY(issued);
        QVERIFY(restarted->directory->byKeyId(issued->keyId));
    }

    void logsEveryChangeAndNoSecret()
    {
        auto host = open();
        QVERIFY(host);
        QVERIFY(host->users->ensureAdmin(u"facilitator-password"_s).value());
        const BackofficeActor admin{u"admin"_s, Role::Admin};
        QStringList issued;
        const auto created = host->directory->create(goodSpec(), admin);
        QVERIFY(created);
        issued << created->secret;
        const QString id = created->op.id;
        const auto rotated = host->directory->rotateSecret(id, admin);
        QVERIFY(rotated);
        issued << rotated->secret;
        QVERIFY(host->directory->suspend(id, admin));
        QVERIFY(host->directory->resume(id, admin));
        QVERIFY(host->directory->setLimits(id, 5, 50, 500, admin));
        QVERIFY(host->directory->setLocale(id, u"en"_s, u"GB"_s, admin));
        QVERIFY(host->directory->setWebhook(id, u"https://new.example/hook"_s, admin));
        QVERIFY(host->users->create(admin, u"sam"_s, Role::Support, u"support-password"_s));
        QVERIFY(host->users->setRole(admin, u"sam"_s, Role::Viewer));
        QVERIFY(host->users->disable(admin, u"sam"_s));
        // Refusals change nothing and log nothing.
        QVERIFY(!host->directory->create(goodSpec(u""_s), admin));
        QVERIFY(!host->directory->rotateSecret(id, Sam));

        QCOMPARE(actions(*host),
                 (QStringList{u"user.bootstrap_admin"_s, u"operator.create"_s, u"operator.rotate_secret"_s,
                              u"operator.suspend"_s, u"operator.resume"_s, u"operator.set_limits"_s,
                              u"operator.set_locale"_s, u"operator.set_webhook"_s, u"user.create"_s,
                              u"user.set_role"_s, u"user.disable"_s}));
        const auto entries = log(*host);
        for (const auto &e : entries) {
            QCOMPARE(e.username, e.action == u"user.bootstrap_admin" ? u"host"_s : u"admin"_s);
            QCOMPARE(e.at, host->clock.now);
            if (e.action.startsWith(u"operator."))
                QCOMPARE(e.detail.value(u"operator").toString(), id);
        }
        // Neither the secrets (hex, raw as base64) nor the passwords reach any table.
        QStringList forbidden = issued;
        for (const QString &s : std::as_const(issued))
            forbidden << QString::fromLatin1(QByteArray::fromHex(s.toLatin1()).toBase64());
        forbidden << u"facilitator-password"_s << u"support-password"_s;
        for (const auto &table : {u"backoffice_log"_s, u"operators"_s, u"backoffice_users"_s}) {
            for (const QString &cell : cells(*host, table)) {
                for (const QString &secret : std::as_const(forbidden))
                    QVERIFY2(!cell.contains(secret, Qt::CaseInsensitive), qPrintable(table + u": "_s + cell));
            }
        }
    }

    void refusesChangesTheRoleDoesNotAllow()
    {
        auto host = open();
        QVERIFY(host);
        QCOMPARE(host->directory->create(goodSpec(), Sam).error().code, ErrorCode::Forbidden);
        QCOMPARE(host->directory->create(goodSpec(), Vic).error().code, ErrorCode::Forbidden);
        const auto created = host->directory->create(goodSpec(), Alice);
        QVERIFY(created);
        const QString id = created->op.id;
        QCOMPARE(host->directory->rotateSecret(id, Sam).error().code, ErrorCode::Forbidden);
        QCOMPARE(host->directory->setLimits(id, 1, 2, 3, Sam).error().code, ErrorCode::Forbidden);
        QCOMPARE(host->directory->setLocale(id, u"en"_s, u"GB"_s, Sam).error().code, ErrorCode::Forbidden);
        QCOMPARE(host->directory->resume(id, Vic).error().code, ErrorCode::Forbidden);
        // A refused role learns nothing about which operators exist.
        QCOMPARE(host->directory->rotateSecret(u"nobody"_s, Vic).error().code, ErrorCode::Forbidden);
        QCOMPARE(host->directory->byKeyId(created->keyId)->secret,
                 QByteArray::fromHex(created->secret.toLatin1())); // unchanged
        QCOMPARE(actions(*host), QStringList{u"operator.create"_s});
    }

    void rolesAllowExactlyTheMatrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("allowed");
        const auto row = [](Role r, Permission p, bool allowed) {
            QTest::addRow("%s %s", qPrintable(roleName(r)), qPrintable(permissionName(p)))
                << int(r) << int(p) << allowed;
        };
        using P = Permission;
        row(Role::Admin, P::ViewOperators, true);
        row(Role::Admin, P::ManageOperators, true);
        row(Role::Admin, P::SuspendOperators, true);
        row(Role::Admin, P::RotateSecrets, true);
        row(Role::Admin, P::ManagePaytable, true);
        row(Role::Admin, P::ViewReports, true);
        row(Role::Admin, P::ExportRegulator, true);
        row(Role::Admin, P::ManageUsers, true);
        row(Role::Admin, P::ViewAudit, true);

        row(Role::Support, P::ViewOperators, true);
        row(Role::Support, P::ManageOperators, false);
        row(Role::Support, P::SuspendOperators, true);
        row(Role::Support, P::RotateSecrets, false);
        row(Role::Support, P::ManagePaytable, false);
        row(Role::Support, P::ViewReports, true);
        row(Role::Support, P::ExportRegulator, false);
        row(Role::Support, P::ManageUsers, false);
        row(Role::Support, P::ViewAudit, true);

        row(Role::Viewer, P::ViewOperators, true);
        row(Role::Viewer, P::ManageOperators, false);
        row(Role::Viewer, P::SuspendOperators, false);
        row(Role::Viewer, P::RotateSecrets, false);
        row(Role::Viewer, P::ManagePaytable, false);
        row(Role::Viewer, P::ViewReports, true);
        row(Role::Viewer, P::ExportRegulator, false);
        row(Role::Viewer, P::ManageUsers, false);
        row(Role::Viewer, P::ViewAudit, false);
    }

    void rolesAllowExactlyTheMatrix()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, allowed);
        QCOMPARE(allows(Role(role), Permission(permission)), allowed);
    }

    void matrixCoversEveryPair()
    {
        // The table above has one row per pair: 3 roles x 9 permissions, names all distinct.
        QSet<QString> names;
        for (const Role r : {Role::Admin, Role::Support, Role::Viewer}) {
            QCOMPARE(parseRole(roleName(r)), std::optional<Role>(r));
            for (int p = int(Permission::ViewOperators); p <= int(Permission::ViewAudit); ++p)
                names << roleName(r) + u' ' + permissionName(Permission(p));
        }
        QCOMPARE(names.size(), 27);
        QVERIFY(!parseRole(u"root"));
    }

    void authenticatesUsers()
    {
        auto host = open();
        QVERIFY(host);
        QCOMPARE(host->users->ensureAdmin(u"facilitator-password"_s).value(), true);
        const auto admin = host->users->authenticate(u"admin"_s, u"facilitator-password"_s);
        QVERIFY(admin);
        QCOMPARE(admin.value(), Role::Admin);
        const BackofficeActor adminActor{u"admin"_s, admin.value()};
        QVERIFY(host->users->create(adminActor, u"sam"_s, Role::Support, u"support-password"_s));
        QCOMPARE(host->users->authenticate(u"sam"_s, u"support-password"_s).value(), Role::Support);

        const auto wrong = host->users->authenticate(u"sam"_s, u"Support-password"_s);
        const auto unknown = host->users->authenticate(u"samuel"_s, u"support-password"_s);
        QVERIFY(host->users->disable(adminActor, u"sam"_s));
        const auto disabled = host->users->authenticate(u"sam"_s, u"support-password"_s);
        for (const auto &refused : {wrong, unknown, disabled}) {
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::BadCredentials);
            QCOMPARE(refused.error().message, wrong.error().message); // says nothing about why
        }
        QCOMPARE(host->users->actor(u"sam"_s).error().code, ErrorCode::Forbidden);
        QCOMPARE(host->users->actor(u"admin"_s)->role, Role::Admin);

        const auto users = host->users->list();
        QVERIFY(users);
        QCOMPARE(users->size(), 2);
        QCOMPARE(users->at(1).username, u"sam"_s);
        QVERIFY(users->at(1).disabled);
    }

    void bootstrapsTheAdminOnlyOnce()
    {
        auto host = open();
        QVERIFY(host);
        QCOMPARE(host->users->ensureAdmin(u"first-password"_s).value(), true);
        QCOMPARE(host->users->ensureAdmin(u"second-password"_s).value(), false);
        auto restarted = open();
        QVERIFY(restarted);
        QCOMPARE(restarted->users->ensureAdmin(u"third-password"_s).value(), false);
        QCOMPARE(restarted->users->authenticate(u"admin"_s, u"first-password"_s).value(), Role::Admin);
        QVERIFY(!restarted->users->authenticate(u"admin"_s, u"second-password"_s));
        QVERIFY(!restarted->users->authenticate(u"admin"_s, u"third-password"_s));
        QCOMPARE(actions(*host), QStringList{u"user.bootstrap_admin"_s});
        QCOMPARE(restarted->users->ensureAdmin(QString()).error().code, ErrorCode::BadRequest);
    }

    void bootstrapsTheAdminFromAHash()
    {
        auto host = open();
        QVERIFY(host);
        QCOMPARE(host->users->ensureAdminWithHash(u"plain text"_s).error().code, ErrorCode::BadRequest);
        // What Authenticator keeps as "admin.password".
        QCOMPARE(host->users->ensureAdminWithHash(credentials::hashPassword(u"kept-password"_s)).value(), true);
        QCOMPARE(host->users->authenticate(u"admin"_s, u"kept-password"_s).value(), Role::Admin);
    }

    void onlyAdminsManageUsers()
    {
        auto host = open();
        QVERIFY(host);
        QVERIFY(host->users->ensureAdmin(u"facilitator-password"_s).value());
        const BackofficeActor admin{u"admin"_s, Role::Admin};
        QVERIFY(host->users->create(admin, u"sam"_s, Role::Support, u"support-password"_s));

        // The actor's role is read from the table: claiming admin does not make sam one.
        const BackofficeActor samClaimingAdmin{u"sam"_s, Role::Admin};
        QCOMPARE(host->users->create(samClaimingAdmin, u"eve"_s, Role::Admin, u"eve-password"_s).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(host->users->create(BackofficeActor{u"ghost"_s, Role::Admin}, u"eve"_s, Role::Admin,
                                     u"eve-password"_s).error().code,
                 ErrorCode::Forbidden);
        QCOMPARE(host->users->setRole(samClaimingAdmin, u"sam"_s, Role::Admin).error().code, ErrorCode::Forbidden);
        QCOMPARE(host->users->disable(samClaimingAdmin, u"admin"_s).error().code, ErrorCode::Forbidden);

        QCOMPARE(host->users->create(admin, u"Bad Name"_s, Role::Viewer, u"long-enough"_s).error().code,
                 ErrorCode::BadRequest);
        QCOMPARE(host->users->create(admin, u"vic"_s, Role::Viewer, u"short"_s).error().code, ErrorCode::BadRequest);
        QCOMPARE(host->users->create(admin, u"sam"_s, Role::Viewer, u"long-enough"_s).error().code,
                 ErrorCode::BadRequest);
        QCOMPARE(host->users->setRole(admin, u"nobody"_s, Role::Viewer).error().code, ErrorCode::NotFound);

        // The last enabled admin stays.
        QCOMPARE(host->users->disable(admin, u"admin"_s).error().code, ErrorCode::BadRequest);
        QCOMPARE(host->users->setRole(admin, u"admin"_s, Role::Viewer).error().code, ErrorCode::BadRequest);
        QVERIFY(host->users->setRole(admin, u"sam"_s, Role::Admin));
        QCOMPARE(host->users->authenticate(u"sam"_s, u"support-password"_s).value(), Role::Admin);
        QVERIFY(host->users->disable(BackofficeActor{u"sam"_s, Role::Admin}, u"admin"_s));
        QVERIFY(!host->users->authenticate(u"admin"_s, u"facilitator-password"_s));
        QCOMPARE(host->users->setRole(admin, u"sam"_s, Role::Viewer).error().code, ErrorCode::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestOperators)
#include "tst_operators.moc"
