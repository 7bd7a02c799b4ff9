// SPDX-License-Identifier: GPL-3.0-or-later
// The console's Blockchain and Event log dashboards, built on their own over a HostClient
// attached to real hosts in this process: one with the chain off, one with its own anvil devnet
// on which a Beer Game's orders and weeks are really mined. Screenshots go to
// $STEWARD_SCREENSHOT_DIR (default: ./screenshots in the test's working folder).
#include "RealParts.h"
#include "HttpClient.h"
#include "ScreenshotDir.h"
#include "TestHost.h"
#include "WsClient.h"
#include "server/auth/Authenticator.h"
#include "ui/chain/ChainPage.h"
#include "ui/chain/ChainStatusPanel.h"
#include "ui/chain/OutboxFilter.h"
#include "ui/chain/OutboxModel.h"
#include "server/client/HostClient.h"
#include "server/core/GameHost.h"
#include "server/games/beer/BeerLedgerCalls.h"
#include "server/runtime/HostRuntime.h"
#include "server/store/EventStore.h"
#include "ui/eventlog/AuditModel.h"
#include "ui/eventlog/EventLogPage.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

// RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes ("") and line ends.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << std::exchange(field, {});
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << std::exchange(field, {});
            rows << std::exchange(row, {});
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

QList<QStringList> readCsv(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parseCsv(QString::fromUtf8(f.readAll()));
}

QJsonObject row(qint64 id, const QString &status, const QJsonValue &hash = QJsonValue::Null)
{
    return {{u"id"_s, id}, {u"gameId"_s, u"g1"_s}, {u"kind"_s, u"beer.order"_s}, {u"status"_s, status},
            {u"txHash"_s, hash}};
}

// A table of a page: the shown (filtered, sorted) rows' raw values in one column.
QStringList shownColumn(const QAbstractItemModel *shown, int column)
{
    QStringList out;
    for (int r = 0; r < shown->rowCount(); ++r)
        out << shown->index(r, column).data(ui::JsonRowsModel::RawRole).toString();
    return out;
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = screenshotDir();
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

// Every cell's text fits its column (what a reader would otherwise see cut off with "…").
void verifyNothingClipped(QTableView *table, const QList<int> &columns)
{
    const QFontMetrics fm = table->fontMetrics();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        for (int c : columns) {
            const QString text = table->model()->index(r, c).data().toString();
            QVERIFY2(fm.horizontalAdvance(text) + 8 <= table->horizontalHeader()->sectionSize(c),
                     qPrintable(u"row %1 column %2: %3"_s.arg(r).arg(c).arg(text)));
        }
    }
}

} // namespace

class TestDashboards : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<TestHost> m_plain; // --no-chain
    std::unique_ptr<client::HostClient> m_plainClient;

    static std::unique_ptr<client::HostClient> attach(TestHost &host)
    {
        auto c = std::make_unique<client::HostClient>();
        c->setPollIntervalMs(200);
        c->attach(host.httpUrl(), host.runtime().auth().issueFacilitatorToken());
        return c;
    }

private slots:
    void initTestCase()
    {
        m_plain = std::make_unique<TestHost>();
        QVERIFY2(m_plain->ok(), qPrintable(m_plain->error()));
        m_plainClient = attach(*m_plain);
        QTRY_VERIFY_WITH_TIMEOUT(m_plainClient->isLive(), 5000);
    }

    // The outbox model merges each fresh list: new rows inserted, changed rows repainted in place,
    // rows gone removed; the view is never reset while the host's order holds.
    void rowsMergeInPlace()
    {
        ui::OutboxModel m;
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);

        m.setRows({row(2, u"queued"_s), row(1, u"sent"_s, u"0xaa"_s)});
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0);

        m.setRows({row(3, u"queued"_s), row(2, u"confirmed"_s, u"0xbb"_s), row(1, u"sent"_s, u"0xaa"_s)});
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 0); // the new row, on top
        QCOMPARE(inserted.last().at(2).toInt(), 0);
        QCOMPARE(changed.size(), 1);                // only id 2 changed, now at row 1
        QCOMPARE(changed.last().at(0).toModelIndex().row(), 1);
        QCOMPARE(m.index(1, ui::OutboxModel::Status).data().toString(), u"confirmed"_s);

        m.setRows({row(3, u"queued"_s), row(2, u"confirmed"_s, u"0xbb"_s)}); // id 1 fell off the window
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.last().at(1).toInt(), 2);
        QCOMPARE(changed.size(), 1); // unchanged rows are not repainted
        QCOMPARE(reset.size(), 0);

        m.setRows({row(2, u"confirmed"_s), row(3, u"queued"_s)}); // another order: start over
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m.index(0, ui::OutboxModel::Id).data().toString(), u"2"_s);
    }

    // What the status panel makes of a bridge in trouble: intents missing on chain, a key kept in
    // a file for want of a keychain, a node that went away.
    void statusPanelSaysWhatIsWrong()
    {
        ui::ChainStatusPanel panel;
        panel.setStatus(QJsonObject{
            {u"enabled"_s, true}, {u"stage"_s, u"running"_s}, {u"devnet"_s, false},
            {u"node"_s, u"http://10.0.0.5:8545"_s}, {u"chainId"_s, 5}, {u"confirmations"_s, 3},
            {u"keyStore"_s, u"the file /var/lib/steward/secrets.json (0600)"_s},
            {u"keyStoreWarning"_s, u"The system keychain could not store the key."_s},
            {u"nodeReachable"_s, false}, {u"head"_s, 1200},
            {u"outbox"_s, QJsonObject{{u"queued"_s, 4}, {u"sent"_s, 1}, {u"confirmed"_s, 1234}, {u"failed"_s, 2}}},
            {u"listener"_s, QJsonObject{{u"lastBlock"_s, 1190}, {u"reorgs"_s, 1},
                                        {u"reconciliation"_s, QJsonObject{{u"checkedAt"_s, qint64(1795318740000)},
                                                                          {u"confirmed"_s, 1234},
                                                                          {u"seenOnChain"_s, 1230},
                                                                          {u"missing"_s, QJsonArray{u"0xaa"_s, u"0xbb"_s,
                                                                                                    u"0xcc"_s, u"0xdd"_s}},
                                                                          {u"ok"_s, false}}}}},
            {u"lastError"_s, u"node_down: connection refused"_s}});
        QCOMPARE(panel.text(ui::ChainStatusPanel::Node), u"http://10.0.0.5:8545 · external node · not answering"_s);
        QCOMPARE(panel.text(ui::ChainStatusPanel::Listener),
                 u"block %1 · 10 behind the head · reorganisations seen: 1"_s.arg(QLocale().toString(1190)));
        QVERIFY(panel.text(ui::ChainStatusPanel::Reconciliation)
                    .startsWith(u"confirmed here but missing on chain: 4 (0xaa, 0xbb, 0xcc and 1 more)"_s));
        QVERIFY(panel.text(ui::ChainStatusPanel::Outbox).contains(u"2 failed"_s));
        QCOMPARE(panel.warning(), u"Key store: The system keychain could not store the key."_s);
        QCOMPARE(panel.error(), u"Last error: node_down: connection refused"_s);
    }

    void chainOffSaysSo()
    {
        ui::ChainPage page(*m_plainClient);
        page.resize(1180, 700);
        page.show();
        QTRY_VERIFY(page.notice().contains(u"--no-chain"_s));
        QVERIFY(page.notice().startsWith(u"The host records nothing on a blockchain"_s));
        QVERIFY(!page.table()->isVisible());
        QVERIFY(!page.statusPanel()->isVisible());
        screenshot(&page, u"dashboards-chain-off.png"_s);
    }

    void eventLogShowsSearchesAndExports()
    {
        ui::EventLogPage page(*m_plainClient);
        page.resize(1180, 700);
        page.show();
        HttpClient http(m_plain->httpUrl());
        const QString admin = http.signIn(QString::fromLatin1(TestHost::Password));
        QVERIFY(!admin.isEmpty());

        // Three facilitator-side events: a game created, a wrong password, a player disconnected.
        const HttpReply game = http.post(u"/api/games/create"_s,
                                         {{u"kind"_s, u"beer"_s}, {u"config"_s, QJsonObject{{u"teams"_s, 1}}}}, admin);
        QCOMPARE(game.status, 200);
        const QString gameId = game.json.value(u"gameId"_s).toString();
        const QString guesser = u"Eve \"the guesser\", again"_s; // a name a CSV must quote
        QCOMPARE(http.post(u"/api/players/authenticate"_s, {{u"username"_s, guesser}, {u"password"_s, u"nope"_s}}).status,
                 401);
        const HttpReply joined = http.post(u"/api/games/join"_s, {{u"joinCode"_s, game.json.value(u"joinCode"_s)},
                                                                 {u"name"_s, u"Ada"_s}, {u"team"_s, 1},
                                                                 {u"role"_s, u"retailer"_s}});
        QCOMPARE(joined.status, 200);
        WsClient ada(m_plain->wsUrl());
        QVERIFY(ada.waitConnected());
        QCOMPARE(ada.request(u"auth"_s, {{u"token"_s, joined.json.value(u"token"_s)}}).value(u"type"_s).toString(), u"ok"_s);
        qint64 sessionId = -1;
        for (const QJsonValue &s : http.get(u"/api/sessions"_s, admin).json.value(u"sessions"_s).toArray()) {
            if (s.toObject().value(u"name"_s).toString() == u"Ada")
                sessionId = s.toObject().value(u"id"_s).toInteger();
        }
        QVERIFY(sessionId > 0);
        QCOMPARE(http.post(u"/api/sessions/kick"_s, {{u"sessionId"_s, sessionId}}, admin).status, 200);
        QVERIFY(ada.waitDisconnected());

        // The page shows each of them, newest first, within a refresh or two (one every 2 s at most).
        ui::AuditModel *log = page.entries();
        const auto rowOf = [&](const QString &action) {
            for (int r = 0; r < log->rowCount(); ++r) {
                if (log->rowAt(r).value(u"action"_s).toString() == action)
                    return r;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(u"session.kick"_s) >= 0, 10'000);
        const int created = rowOf(u"game.create"_s);
        const int refused = rowOf(u"signin.refused"_s);
        const int kicked = rowOf(u"session.kick"_s);
        QVERIFY(created >= 0 && refused >= 0);
        QVERIFY(kicked < refused && refused < created); // newest first
        QCOMPARE(log->index(kicked, ui::AuditModel::Detail).data().toString(), u"session %1"_s.arg(sessionId));
        QVERIFY(log->index(created, ui::AuditModel::Detail).data().toString().contains(gameId));
        QCOMPARE(log->index(refused, ui::AuditModel::Actor).data().toString(), guesser);
        const QDateTime shownAt = QDateTime::fromString(log->index(kicked, ui::AuditModel::Time).data().toString(),
                                                        u"yyyy-MM-dd HH:mm:ss"_s);
        QVERIFY(shownAt.isValid());
        QVERIFY(qAbs(shownAt.secsTo(QDateTime::currentDateTime())) < 60);
        QSortFilterProxyModel *shown = page.shown();
        QCOMPARE(shown->index(0, ui::AuditModel::Action).data().toString(), u"session.kick"_s); // sorted newest first
        verifyNothingClipped(page.table(), {ui::AuditModel::Time, ui::AuditModel::Actor, ui::AuditModel::Action});
        screenshot(&page, u"dashboards-eventlog.png"_s);

        // The search looks in every column, ignoring case.
        page.searchBox()->setText(u"SESSION.KICK"_s);
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, ui::AuditModel::Detail).data().toString(), u"session %1"_s.arg(sessionId));
        page.searchBox()->setText(u"the guesser"_s); // the actor column
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, ui::AuditModel::Action).data().toString(), u"signin.refused"_s);
        page.searchBox()->setText(gameId); // the detail column
        QVERIFY(shown->rowCount() >= 1);
        QVERIFY(shownColumn(shown, ui::AuditModel::Action).contains(u"game.create"_s));
        for (const QString &detail : shownColumn(shown, ui::AuditModel::Detail))
            QVERIFY2(detail.contains(gameId), qPrintable(detail));
        page.searchBox()->setText(u"no such thing anywhere"_s);
        QCOMPARE(shown->rowCount(), 0);

        // The export holds the rows shown, quoted so that a spreadsheet reads the guesser's name whole.
        page.searchBox()->setText(u"guesser"_s);
        const QString one = m_tmp.filePath(u"refused.csv"_s);
        QVERIFY(page.exportCsv(one));
        QVERIFY(page.message().contains(one));
        const QList<QStringList> refusedCsv = readCsv(one);
        QCOMPARE(refusedCsv.size(), 2);
        QCOMPARE(refusedCsv.at(0), (QStringList{u"time"_s, u"actor"_s, u"action"_s, u"detail"_s}));
        QCOMPARE(refusedCsv.at(1).value(1), guesser);
        QCOMPARE(refusedCsv.at(1).value(2), u"signin.refused"_s);

        page.searchBox()->clear();
        QCOMPARE(shown->rowCount(), log->rowCount());
        const QString all = m_tmp.filePath(u"events.csv"_s);
        QVERIFY(page.exportCsv(all));
        const QList<QStringList> csv = readCsv(all);
        QCOMPARE(csv.size(), log->rowCount() + 1);
        QStringList actions;
        QDateTime previous;
        for (const QStringList &line : csv.mid(1)) {
            QCOMPARE(line.size(), 4);
            const QDateTime at = QDateTime::fromString(line.at(0), Qt::ISODateWithMs);
            QVERIFY2(at.isValid(), qPrintable(line.at(0)));
            QVERIFY(!previous.isValid() || at <= previous); // in the order shown: newest first
            previous = at;
            actions << line.at(2);
            if (line.at(2) == u"game.create")
                QVERIFY(line.at(3).contains(gameId));
        }
        QVERIFY(actions.contains(u"game.create"_s));
        QVERIFY(actions.contains(u"session.kick"_s));
        QVERIFY(actions.contains(u"signin.refused"_s));

        QFile unwritable(m_tmp.filePath(u"no-such-folder/events.csv"_s));
        QVERIFY(!page.exportCsv(unwritable.fileName()));
        QVERIFY(page.message().startsWith(u"Could not write"_s));
    }

    void chainPageShowsConfirmedTransactions()
    {
        STEWARD_NEEDS(QFile::exists(QStringLiteral(STEWARD_CHAIN_TOOLS_DIR) + u"/node_modules/.bin/anvil"_s),
                      "anvil is not installed: run scripts/setup");
        TestHost host(TestHost::devnet());
        QVERIFY2(host.ok(), qPrintable(host.error()));
        HttpClient http(host.httpUrl());
        const QString admin = http.signIn(QString::fromLatin1(TestHost::Password));
        QVERIFY(QTest::qWaitFor([&] {
            return http.get(u"/api/chain/status"_s, admin).json.value(u"stage"_s).toString() == u"running";
        }, 30'000));
        std::unique_ptr<client::HostClient> client = attach(host);
        QTRY_VERIFY_WITH_TIMEOUT(client->isLive(), 5000);

        ui::ChainPage page(*client);
        page.resize(1180, 760);
        page.show();
        QSignalSpy resets(page.outbox(), &QAbstractItemModel::modelReset);
        QTRY_VERIFY(page.notice().isEmpty()); // the dashboard, not a notice
        QTRY_COMPARE(page.statusPanel()->text(ui::ChainStatusPanel::Stage), u"running"_s);

        // A Beer Game: one player orders, the facilitator advances the week (bots order for the
        // rest): an order, four inventories and the week's result are queued for the chain.
        const HttpReply game = http.post(u"/api/games/create"_s,
                                         {{u"kind"_s, u"beer"_s}, {u"config"_s, QJsonObject{{u"teams"_s, 1}, {u"weeks"_s, 4}, {u"advance"_s, u"manual"_s}}}},
                                         admin);
        QCOMPARE(game.status, 200);
        const QString gameId = game.json.value(u"gameId"_s).toString();
        const HttpReply joined = http.post(u"/api/games/join"_s, {{u"joinCode"_s, game.json.value(u"joinCode"_s)},
                                                                 {u"name"_s, u"Ada"_s}, {u"team"_s, 1},
                                                                 {u"role"_s, u"retailer"_s}});
        QCOMPARE(joined.status, 200);
        const QString player = joined.json.value(u"token"_s).toString();
        QCOMPARE(http.post(u"/api/games/start"_s, {{u"gameId"_s, gameId}}, admin).status, 200);
        const HttpReply order = http.post(u"/api/orders/place"_s, {{u"gameId"_s, gameId}, {u"quantity"_s, 6}}, player);
        QCOMPARE(order.status, 200);
        QCOMPARE(order.json.value(u"chain"_s).toArray().first().toObject().value(u"status"_s).toString(), u"queued"_s);
        QCOMPARE(http.post(u"/api/games/advance"_s, {{u"gameId"_s, gameId}}, admin).status, 200);

        // The host mines them all; the page's table catches up with real hashes and blocks.
        QJsonArray txs;
        QVERIFY(QTest::qWaitFor([&] {
            txs = http.get(u"/api/chain/transactions?limit=500"_s, admin).json.value(u"transactions"_s).toArray();
            return txs.size() >= 6 && std::all_of(txs.begin(), txs.end(), [](const QJsonValue &t) {
                return t.toObject().value(u"status"_s).toString() == u"confirmed";
            });
        }, 30'000));
        const int n = int(txs.size());
        ui::OutboxModel *outbox = page.outbox();
        const auto allConfirmed = [&] {
            if (outbox->rowCount() != n)
                return false;
            for (int r = 0; r < n; ++r) {
                if (outbox->index(r, ui::OutboxModel::Status).data(ui::OutboxModel::RawRole).toString() != u"confirmed")
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allConfirmed(), 10'000);
        const QRegularExpression hashShape(u"^0x[0-9a-f]{64}$"_s);
        qint64 maxBlock = 0;
        QStringList kinds;
        for (int r = 0; r < n; ++r) {
            const QJsonObject rest = txs.at(r).toObject(); // both newest first
            const auto cell = [&](int c, int role = Qt::DisplayRole) { return outbox->index(r, c).data(role); };
            QCOMPARE(cell(ui::OutboxModel::Id, ui::OutboxModel::RawRole).toLongLong(), rest.value(u"id"_s).toInteger());
            QCOMPARE(cell(ui::OutboxModel::Status).toString(), u"confirmed"_s);
            QCOMPARE(cell(ui::OutboxModel::Game).toString(), gameId);
            const QString hash = cell(ui::OutboxModel::TxHash, ui::OutboxModel::RawRole).toString();
            QVERIFY2(hashShape.match(hash).hasMatch(), qPrintable(hash));
            QCOMPARE(hash, rest.value(u"txHash"_s).toString());
            QCOMPARE(cell(ui::OutboxModel::TxHash, Qt::ToolTipRole).toString(), hash);
            QVERIFY(hash.startsWith(cell(ui::OutboxModel::TxHash).toString().section(u'…', 0, 0)));
            const qint64 block = cell(ui::OutboxModel::Block, ui::OutboxModel::RawRole).toLongLong();
            QVERIFY(block > 0);
            QCOMPARE(block, rest.value(u"block"_s).toInteger());
            QCOMPARE(cell(ui::OutboxModel::Block).toString(), QLocale().toString(block));
            QVERIFY(cell(ui::OutboxModel::GasUsed, ui::OutboxModel::RawRole).toLongLong() > 21'000);
            QVERIFY(!cell(ui::OutboxModel::Nonce).toString().isEmpty());
            QVERIFY(!cell(ui::OutboxModel::Updated).toString().isEmpty());
            maxBlock = std::max(maxBlock, block);
            kinds << cell(ui::OutboxModel::Kind).toString();
        }
        QCOMPARE(kinds.count(u"beer.order"_s), 1);
        QCOMPARE(kinds.count(u"beer.inventory"_s), 4);
        QCOMPARE(kinds.count(u"beer.week"_s), 1);

        // The status: the node's head (at or past every block above), the listener, the contract.
        const QJsonObject status = http.get(u"/api/chain/status"_s, admin).json;
        const qint64 head = status.value(u"head"_s).toInteger();
        QVERIFY(head >= maxBlock);
        ui::ChainStatusPanel *panel = page.statusPanel();
        QTRY_COMPARE(panel->text(ui::ChainStatusPanel::Head), QLocale().toString(head));
        QVERIFY(panel->text(ui::ChainStatusPanel::ChainId).startsWith(u"31337"_s));
        QVERIFY(panel->text(ui::ChainStatusPanel::Node).contains(status.value(u"node"_s).toString()));
        QCOMPARE(panel->text(ui::ChainStatusPanel::Operator), status.value(u"operator"_s).toString());
        QVERIFY(panel->text(ui::ChainStatusPanel::KeyStore).contains(u"secrets.json"_s));
        QVERIFY(panel->text(ui::ChainStatusPanel::Contracts)
                    .contains(status.value(u"contracts"_s).toObject().value(u"BeerGameLedger"_s).toString()));
        QTRY_VERIFY(panel->text(ui::ChainStatusPanel::Outbox).contains(u"%1 confirmed"_s.arg(n)));
        // The listener reads the mined blocks' logs within a second or so, and the reconciliation
        // (every 30 s) finds every confirmed intent on chain.
        QTRY_COMPARE_WITH_TIMEOUT(panel->text(ui::ChainStatusPanel::Listener),
                                  u"block %1 · up to date"_s.arg(QLocale().toString(head)), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->text(ui::ChainStatusPanel::Reconciliation).section(u" · "_s, 0, 0),
                                  u"ok: %1 confirmed, %1 seen on chain"_s.arg(n), 40'000);
        QVERIFY(panel->error().isEmpty());

        // The filters: by status, and by hash, game or kind.
        QSortFilterProxyModel *shown = page.shown();
        QComboBox *statusBox = page.statusFilter();
        statusBox->setCurrentIndex(statusBox->findData(u"failed"_s));
        QCOMPARE(shown->rowCount(), 0);
        statusBox->setCurrentIndex(statusBox->findData(u"queued"_s));
        QCOMPARE(shown->rowCount(), 0);
        statusBox->setCurrentIndex(statusBox->findData(u"confirmed"_s));
        QCOMPARE(shown->rowCount(), n);
        const QString someHash = txs.at(2).toObject().value(u"txHash"_s).toString();
        page.textFilter()->setText(someHash.toUpper().replace(u"0X"_s, u"0x"_s)); // ignoring case
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shownColumn(shown, ui::OutboxModel::TxHash), QStringList{someHash});
        page.textFilter()->setText(u"beer.inventory"_s);
        QCOMPARE(shown->rowCount(), 4);
        page.textFilter()->setText(gameId);
        QCOMPARE(shown->rowCount(), n);
        page.textFilter()->setText(u"0xnothing"_s);
        QCOMPARE(shown->rowCount(), 0);
        page.textFilter()->clear();
        statusBox->setCurrentIndex(statusBox->findData(QString()));
        QCOMPARE(shown->rowCount(), n);

        // A selected row stays selected while new ones arrive above it, and nothing is reset.
        page.table()->selectRow(n - 1);
        const QString selectedHash = shownColumn(shown, ui::OutboxModel::TxHash).value(n - 1);
        QCOMPARE(http.post(u"/api/orders/place"_s, {{u"gameId"_s, gameId}, {u"quantity"_s, 5}}, player).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(outbox->rowCount() == n + 1
                                     && outbox->index(0, ui::OutboxModel::Status).data(ui::OutboxModel::RawRole)
                                            == u"confirmed"_s,
                                 20'000);
        const QModelIndexList selected = page.table()->selectionModel()->selectedRows(ui::OutboxModel::TxHash);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(ui::OutboxModel::RawRole).toString(), selectedHash);
        QCOMPARE(resets.size(), 0);
        page.table()->clearSelection();

        // Failed rows, by the facilitator's hand. One repeats the order already on chain (the
        // ledger refuses it, reverted), one names a contract this host never deployed.
        const QByteArray recorded = QByteArray::fromHex(
            order.json.value(u"chain"_s).toArray().first().toObject().value(u"intentId"_s).toString().mid(2).toLatin1());
        EventStore &store = host.runtime().store();
        store.appendIntent(gameId, ChainIntent{chainIntentId(gameId, 9001, 0), u"beer.order"_s, u"BeerGameLedger"_s,
                                               beer::ledger::placeOrder(gameId, 1, 1, beer::BeerRole::Retailer, 6, recorded)},
                           0);
        const QByteArray later = chainIntentId(gameId, 9002, 0);
        store.appendIntent(gameId, ChainIntent{later, u"beer.order"_s, u"LaterLedger"_s,
                                               beer::ledger::placeOrder(gameId, 1, 9, beer::BeerRole::Retailer, 1, later)},
                           0);
        const auto statusOf = [&](int r) { return outbox->index(r, ui::OutboxModel::Status).data(ui::OutboxModel::RawRole).toString(); };
        // A mined revert is marked failed first; its reason is read from the node a moment later.
        QTRY_VERIFY_WITH_TIMEOUT(outbox->rowCount() == n + 3 && statusOf(0) == u"failed"_s && statusOf(1) == u"failed"_s
                                     && !outbox->rowAt(1).value(u"reason"_s).toString().isEmpty(), 20'000);
        QCOMPARE(outbox->index(1, ui::OutboxModel::Reason).data().toString(), u"intent already recorded"_s);
        QCOMPARE(outbox->index(1, ui::OutboxModel::Attempts).data().toString(), u"1"_s);
        QVERIFY(outbox->index(0, ui::OutboxModel::Reason).data().toString().contains(u"LaterLedger"_s));
        QCOMPARE(outbox->index(0, ui::OutboxModel::Attempts).data().toString(), u"0"_s);
        statusBox->setCurrentIndex(statusBox->findData(u"failed"_s));
        QCOMPARE(shown->rowCount(), 2);
        QTRY_VERIFY(panel->text(ui::ChainStatusPanel::Outbox).contains(u"2 failed"_s));
        page.table()->clearSelection();
        QVERIFY(!page.retryButton()->isEnabled()); // nothing selected
        // Retry: a second transaction is signed and mined, and the ledger refuses it again.
        const auto rowOf = [&](int sourceRow) { return shown->mapFromSource(outbox->index(sourceRow, 0)).row(); };
        page.table()->selectRow(rowOf(1));
        QVERIFY(page.retryButton()->isEnabled() && page.cancelButton()->isEnabled());
        const qint64 reverted = outbox->index(1, ui::OutboxModel::Id).data(ui::OutboxModel::RawRole).toLongLong();
        page.retrySelected();
        QTRY_VERIFY_WITH_TIMEOUT(outbox->rowAt(1).value(u"attempts"_s).toInteger() == 2
                                     && outbox->rowAt(1).value(u"status"_s).toString() == u"failed"_s
                                     && outbox->rowAt(1).value(u"reason"_s).toString() == u"intent already recorded"_s, 20'000);
        QVERIFY(page.actionMessage().isEmpty());
        // Give up on the other: it stays, given up, and is never sent.
        page.table()->selectRow(rowOf(0));
        page.cancelSelected();
        QTRY_COMPARE(outbox->rowAt(0).value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(outbox->index(0, ui::OutboxModel::Status).data().toString(), u"given up"_s);
        QTRY_VERIFY(panel->text(ui::ChainStatusPanel::Outbox).contains(u"1 failed · 1 given up"_s));
        QCOMPARE(shown->rowCount(), 1);
        // A row that did not fail is not touched; the host says so in words.
        QCOMPARE(http.post(u"/api/chain/outbox/retry"_s, {{u"outboxId"_s, txs.at(0).toObject().value(u"id"_s)}}, admin).errorCode(),
                 u"INTENT_NOT_FAILED"_s);
        QCOMPARE(http.post(u"/api/chain/outbox/cancel"_s, {{u"outboxId"_s, u"x"_s}}, admin).errorCode(), u"BAD_REQUEST"_s);
        QCOMPARE(http.post(u"/api/chain/outbox/retry"_s, {{u"outboxId"_s, reverted}}, player).status, 403);
        const QJsonArray audit = http.get(u"/api/audit?limit=10"_s, admin).json.value(u"entries"_s).toArray();
        QStringList actions;
        for (const QJsonValue &a : audit)
            actions << a.toObject().value(u"action"_s).toString();
        QVERIFY2(actions.contains(u"chain.retry"_s) && actions.contains(u"chain.cancel"_s), qPrintable(actions.join(u',')));
        statusBox->setCurrentIndex(statusBox->findData(QString()));

        verifyNothingClipped(page.table(), {ui::OutboxModel::Id, ui::OutboxModel::Game, ui::OutboxModel::Kind,
                                            ui::OutboxModel::Status, ui::OutboxModel::Nonce, ui::OutboxModel::TxHash,
                                            ui::OutboxModel::Block, ui::OutboxModel::GasUsed, ui::OutboxModel::Updated});
        screenshot(&page, u"dashboards-chain.png"_s);
        client->detach();
    }

    void cleanupTestCase()
    {
        m_plainClient->detach();
        m_plainClient.reset();
        m_plain.reset();
    }
};

QTEST_MAIN(TestDashboards)
#include "tst_dashboards.moc"
