// SPDX-License-Identifier: GPL-3.0-or-later
// When a real host's backoffice answers: a change once it is on disk, a report once everything
// before it is, and meanwhile the host serves everybody else instead of waiting for the disk.
#include "HttpClient.h"
#include "TestHost.h"
#include "server/core/GameHost.h"
#include "server/games/rounds/RoundsGame.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBackofficeAnswers : public QObject
{
    Q_OBJECT
private:
    // How many paytable changes of `table` this connection sees committed.
    static int committedPaytableChanges(QSqlDatabase &db, const QString &table)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT COUNT(*) FROM events WHERE game_id = ? AND type = ?"_s);
        q.addBindValue(table);
        q.addBindValue(steward::rounds::RoundsEvents::PaytableChanged.toString());
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void answersWaitForTheDiskNotTheEventLoop()
    {
        TestHost host;
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString facilitator = http.signIn(QString::fromLatin1(TestHost::Password));
        const HttpReply created = http.post(u"/api/games/create"_s, {{u"kind"_s, u"rounds"_s}}, facilitator);
        QVERIFY2(created.status == 200, created.body.constData());
        const QString table = created.json.value(u"gameId"_s).toString();
        const HttpReply login = http.post(u"/api/admin/v1/login"_s, {{u"username"_s, u"admin"_s},
                                                                     {u"password"_s, QString::fromLatin1(TestHost::Password)}});
        QCOMPARE(login.status, 200);
        const QByteArray bearer = "Bearer " + login.json.value(u"token"_s).toString().toLatin1();
        // Looked up each time: a table whose commit failed is rebuilt from the store.
        const auto exactMultiplier = [&] {
            const auto *game = dynamic_cast<const steward::rounds::RoundsGame *>(host.runtime().games().game(table));
            return game ? game->paytable().multiplierHundredths(steward::rounds::BetKind::Exact) : 0;
        };
        QCOMPARE(exactMultiplier(), 8800);

        {
            // Another connection holds the database: nothing the host appends commits until it lets go.
            QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"answers-locker"_s);
            locker.setDatabaseName(host.dataDir() + u"/steward.db"_s);
            QVERIFY(locker.open());
            QSqlQuery lock(locker);
            QVERIFY2(lock.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(lock.lastError().text()));

            QStringList finished; // before the replies, which may finish as they go
            int committedWhenAnswered = -1;
            QNetworkAccessManager nam;
            const auto request = [&](const QString &path) {
                QNetworkRequest r(http.url(path));
                r.setRawHeader("Authorization", bearer);
                r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
                return r;
            };
            const auto watch = [&](QNetworkReply *reply, const QString &name) {
                connect(reply, &QNetworkReply::finished, this, [&, name] {
                    // What a client could read the moment it has the answer.
                    if (name == u"paytable")
                        committedWhenAnswered = committedPaytableChanges(locker, table);
                    finished << name;
                });
                return reply;
            };
            const QJsonObject paytable{{u"exact"_s, 88.5}, {u"decade"_s, 8.85}, {u"highLow"_s, 1.77}, {u"oddEven"_s, 1.77}};
            QNetworkReply *change = watch(nam.post(request(u"/api/admin/v1/tables/%1/paytable"_s.arg(table)),
                                                   QJsonDocument(QJsonObject{{u"paytable"_s, paytable}}).toJson()),
                                          u"paytable"_s);
            // Decided and applied in memory; its commit waits on the lock.
            QTRY_COMPARE_WITH_TIMEOUT(exactMultiplier(), 8850, 10'000);
            QNetworkReply *audit = watch(nam.get(request(u"/api/admin/v1/audit"_s)), u"audit"_s);
            QNetworkReply *rtp = watch(nam.get(request(u"/api/admin/v1/tables/%1/rtp"_s.arg(table))), u"rtp"_s);
            QNetworkReply *health = watch(nam.get(request(u"/api/health"_s)), u"health"_s);
            QTRY_VERIFY_WITH_TIMEOUT(finished.contains(u"health"_s), 10'000);
            QCOMPARE(finished, QStringList{u"health"_s}); // the rest wait for the disk

            QVERIFY(lock.exec(u"ROLLBACK"_s));
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 15'000);
            const int changed = change->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray changeBody = change->readAll();
            // Acknowledged with its event on disk; or, had the wait for the lock run out first,
            // refused as not recorded.
            if (changed == 200) {
                QCOMPARE(committedWhenAnswered, 1);
                QVERIFY2(changeBody.contains("fromRound"), changeBody.constData());
                QCOMPARE(audit->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
                QCOMPARE(rtp->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            } else {
                QCOMPARE(changed, 503);
                QVERIFY2(changeBody.contains("STORAGE_FAILED"), changeBody.constData());
                QCOMPARE(committedWhenAnswered, 0);
            }
            for (QNetworkReply *r : {change, audit, rtp, health})
                r->deleteLater();
            lock.finish();
            locker.close();
        }
        QSqlDatabase::removeDatabase(u"answers-locker"_s);
    }
};

QTEST_GUILESS_MAIN(TestBackofficeAnswers)
#include "tst_backofficeanswers.moc"
