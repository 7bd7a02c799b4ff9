// SPDX-License-Identifier: GPL-3.0-or-later
// The node layer against a real anvil: starting and stopping the devnet, its state file, the
// ledger contract, and how the client sorts anvil's real errors and broken transports.
#include "server/chain/node/ContractArtifact.h"
#include "server/chain/node/DevAccounts.h"
#include "server/chain/node/DevnetProcess.h"
#include "server/chain/node/JsonRpcClient.h"
#include "server/chain/node/RevertReason.h"
#include "server/chain/primitives/Hex.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>

using namespace steward::chain;
using namespace Qt::StringLiterals;

namespace {

using Kind = RpcError::Kind;

const QString AnvilPath = QStringLiteral(STEWARD_ANVIL_PATH);
const QString ToolsDir = QStringLiteral(STEWARD_CHAIN_TOOLS_DIR);
const QString Account0 = DevAccount0Address.toString();
const QString Account1 = DevAccount1Address.toString();
const QString Account2 = u"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"_s; // anvil's account 2

QByteArray keccak(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Keccak_256);
}

QString toHex(const QByteArray &bytes)
{
    return hex::encode(bytes);
}

// ABI words, by hand: what a contract call's data and an event's data are made of.
QByteArray uintWord(quint64 value)
{
    QByteArray word(32, '\0');
    for (int i = 0; i < 8; ++i)
        word[31 - i] = static_cast<char>(value >> (8 * i) & 0xff);
    return word;
}

QByteArray intWord(qint64 value)
{
    QByteArray word = uintWord(static_cast<quint64>(value));
    if (value < 0)
        word.replace(0, 24, QByteArray(24, '\xff')); // two's complement, sign-extended to 256 bits
    return word;
}

QByteArray selector(const QByteArray &signature)
{
    return keccak(signature).left(4);
}

QByteArray placeOrderData(const QByteArray &gameId, quint32 week, quint8 role, quint32 quantity, const QByteArray &intentId)
{
    const quint16 team = 3;
    return selector("placeOrder(bytes32,uint16,uint32,uint8,uint32,bytes32)"_ba) + gameId + uintWord(team) + uintWord(week)
        + uintWord(role) + uintWord(quantity) + intentId;
}

QString lower(const QJsonValue &v)
{
    return v.toString().toLower();
}

// Waits for one call's answer; the client itself never blocks.
RpcResult await(JsonRpcClient &client, const QString &method, const QJsonArray &params = {}, int timeoutMs = 20'000)
{
    std::optional<RpcResult> out;
    client.call(method, params, [&out](const RpcResult &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs))
        return RpcResult::failure(RpcError::local(Kind::Other, u"test: no answer within the wait"_s));
    return *out;
}

QString describe(const RpcResult &r)
{
    return r.ok() ? QString::fromUtf8(QJsonDocument(QJsonArray{r.value()}).toJson(QJsonDocument::Compact))
                  : r.error().toString();
}

quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool portIsFree(quint16 port)
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, port);
}

// A local "node" that answers every request with the same bytes, or never answers.
class CannedServer : public QObject
{
public:
    explicit CannedServer(std::optional<QByteArray> answer) : m_answer(std::move(answer))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (!m_answer)
                        return; // holds the connection open, silent
                    socket->write(*m_answer);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:"_s + QString::number(m_server.serverPort())); }
    int connections = 0;

private:
    QTcpServer m_server;
    std::optional<QByteArray> m_answer;
};

QByteArray httpAnswer(const QByteArray &status, const QByteArray &body)
{
    return "HTTP/1.1 "_ba + status + "\r\nContent-Type: application/json\r\nContent-Length: "_ba
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"_ba + body;
}

} // namespace

class TestJsonRpc : public QObject
{
    Q_OBJECT

    std::unique_ptr<DevnetProcess> m_devnet; // shared by the contract and error tests
    std::unique_ptr<JsonRpcClient> m_rpc;
    QString m_ledger;                        // the deployed BeerGameLedger's address

    std::unique_ptr<DevnetProcess> startDevnet(DevnetOptions options)
    {
        if (options.anvilPath.isEmpty() && options.toolsDir.isEmpty())
            options.anvilPath = AnvilPath;
        auto devnet = std::make_unique<DevnetProcess>(options);
        QSignalSpy ready(devnet.get(), &DevnetProcess::ready);
        QSignalSpy failed(devnet.get(), &DevnetProcess::failed);
        devnet->start();
        if (!QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, 20'000) || ready.isEmpty()) {
            qWarning().noquote() << "devnet failed:" << (failed.isEmpty() ? u"timeout"_s : failed.at(0).at(0).toString());
            return nullptr;
        }
        return devnet;
    }

    static bool stopDevnet(DevnetProcess &devnet)
    {
        QSignalSpy stopped(&devnet, &DevnetProcess::stopped);
        devnet.stop();
        return QTest::qWaitFor([&] { return !stopped.isEmpty(); }, 10'000);
    }

    // Sends from an unlocked dev account and waits for the mined receipt.
    static QJsonObject transact(JsonRpcClient &rpc, const QJsonObject &tx)
    {
        const RpcResult sent = await(rpc, u"eth_sendTransaction"_s, {tx});
        if (!sent.ok()) {
            qWarning().noquote() << "send failed:" << describe(sent);
            return {};
        }
        const RpcResult receipt = await(rpc, u"eth_getTransactionReceipt"_s, {sent.value()});
        return receipt.value().toObject();
    }

    static QString deployLedger(JsonRpcClient &rpc)
    {
        const ContractArtifact ledger = ContractArtifact::load(u"BeerGameLedger"_s);
        const QJsonObject receipt = transact(rpc, {{u"from"_s, Account0}, {u"data"_s, toHex(ledger.bytecode())}});
        return receipt.value(u"status"_s).toString() == u"0x1"_s ? receipt.value(u"contractAddress"_s).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo(AnvilPath).isExecutable())
            QSKIP("anvil is not installed (tools/chain/node_modules); run scripts/setup");
        m_devnet = startDevnet({});
        QVERIFY(m_devnet);
        m_rpc = std::make_unique<JsonRpcClient>(m_devnet->url());
    }

    void cleanupTestCase()
    {
        m_rpc.reset();
        if (m_devnet)
            QVERIFY(stopDevnet(*m_devnet));
    }

    // --- the devnet process ---

    void devnetStartsAndStops()
    {
        auto devnet = startDevnet({});
        QVERIFY(devnet);
        QCOMPARE(devnet->state(), DevnetProcess::State::Running);
        // npm's .bin/anvil is a Node wrapper; we run the native binary behind it.
        QVERIFY2(!QFileInfo(devnet->program()).canonicalFilePath().endsWith(u".mjs"_s), qPrintable(devnet->program()));
        QCOMPARE(DevnetProcess::findAnvil({}, ToolsDir), devnet->program());
        QVERIFY(devnet->output().contains("Listening on"));

        JsonRpcClient rpc(devnet->url());
        const RpcResult chainId = await(rpc, u"eth_chainId"_s);
        QVERIFY2(chainId.ok(), qPrintable(describe(chainId)));
        QCOMPARE(chainId.value().toString(), u"0x7a69"_s);
        const RpcResult accounts = await(rpc, u"eth_accounts"_s);
        QCOMPARE(lower(accounts.value().toArray().at(0)), Account0.toLower());

        const quint16 port = quint16(devnet->url().port());
        QVERIFY(!portIsFree(port));
        QVERIFY(stopDevnet(*devnet));
        QCOMPARE(devnet->state(), DevnetProcess::State::Idle);
        QVERIFY(portIsFree(port));
        rpc.setMaxAttempts(1);
        QCOMPARE(await(rpc, u"eth_chainId"_s).error().kind, Kind::NodeDown);
    }

    void devnetArguments()
    {
        DevnetOptions o;
        QStringList args = DevnetProcess::arguments(o);
        QCOMPARE(args.mid(0, 8), (QStringList{u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--chain-id"_s,
                                              u"31337"_s, u"--mnemonic"_s, DevMnemonic.toString()}));
        for (const auto &flag : {u"--no-mining"_s, u"--block-time"_s, u"--mixed-mining"_s, u"--state"_s})
            QVERIFY(!args.contains(flag));

        o.automine = false;
        QVERIFY(DevnetProcess::arguments(o).contains(u"--no-mining"_s));
        o.blockTimeSeconds = 2; // interval blocks only
        args = DevnetProcess::arguments(o);
        QCOMPARE(args.at(args.indexOf(u"--block-time"_s) + 1), u"2"_s);
        QVERIFY(!args.contains(u"--no-mining"_s) && !args.contains(u"--mixed-mining"_s));
        o.automine = true; // a block per transaction and one every 2 s
        QVERIFY(DevnetProcess::arguments(o).contains(u"--mixed-mining"_s));

        o.statePath = u"/var/lib/steward/chain.json"_s;
        args = DevnetProcess::arguments(o);
        QCOMPARE(args.at(args.indexOf(u"--state"_s) + 1), o.statePath);
        QCOMPARE(args.at(args.indexOf(u"--state-interval"_s) + 1), u"5"_s);
    }

    void devnetMissingBinary()
    {
        DevnetOptions options;
        options.anvilPath = u"/nonexistent/bin/anvil"_s;
        DevnetProcess devnet(options);
        QSignalSpy failed(&devnet, &DevnetProcess::failed);
        QSignalSpy ready(&devnet, &DevnetProcess::ready);
        devnet.start();
        QCOMPARE(failed.count(), 0); // never from inside start()
        QVERIFY(failed.wait(2000));
        const QString reason = failed.at(0).at(0).toString();
        QVERIFY2(reason.contains(u"anvil not found"_s) && reason.contains(options.anvilPath), qPrintable(reason));
        QCOMPARE(ready.count(), 0);
        QCOMPARE(devnet.state(), DevnetProcess::State::Idle);

        DevnetOptions nowhere;
        nowhere.toolsDir = u"/nonexistent/tools/chain"_s;
        if (DevnetProcess::findAnvil({}, nowhere.toolsDir).isEmpty()) { // unless anvil is on PATH
            DevnetProcess lost(nowhere);
            QSignalSpy lostFailed(&lost, &DevnetProcess::failed);
            lost.start();
            QVERIFY(lostFailed.wait(2000));
            QVERIFY(lostFailed.at(0).at(0).toString().contains(u"scripts/setup"_s));
        }
    }

    void devnetPortTaken()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        DevnetOptions options;
        options.anvilPath = AnvilPath;
        options.port = squatter.serverPort();
        DevnetProcess devnet(options);
        QSignalSpy failed(&devnet, &DevnetProcess::failed);
        devnet.start();
        QVERIFY(failed.wait(10'000));
        const QString reason = failed.at(0).at(0).toString();
        QVERIFY2(reason.contains(u"before it was ready"_s) && reason.contains(u"in use"_s, Qt::CaseInsensitive),
                 qPrintable(reason));
        QCOMPARE(devnet.state(), DevnetProcess::State::Idle);
    }

    void devnetDestroyedWhileRunningStillEnds()
    {
        auto devnet = startDevnet({});
        QVERIFY(devnet);
        const quint16 port = quint16(devnet->url().port());
        const auto pid = pid_t(devnet->processId());
        QVERIFY(pid > 0);
        devnet.reset(); // no stop(): the destructor must not wait, and anvil must still go
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 5000);
        QVERIFY(portIsFree(port));
    }

    void devnetStateSurvivesRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DevnetOptions options;
        options.statePath = dir.filePath(u"chain/state.json"_s); // the folder is created
        const QString payee = u"0x000000000000000000000000000000000000bEEF"_s;

        QString ledger;
        {
            auto devnet = startDevnet(options);
            QVERIFY(devnet);
            JsonRpcClient rpc(devnet->url());
            ledger = deployLedger(rpc);
            QVERIFY(!ledger.isEmpty());
            QCOMPARE(transact(rpc, {{u"from"_s, Account0}, {u"to"_s, payee}, {u"value"_s, u"0x1234"_s}})
                         .value(u"status"_s).toString(), u"0x1"_s);
            QVERIFY(stopDevnet(*devnet)); // SIGTERM: anvil writes the state file
        }
        QVERIFY(QFile::exists(options.statePath));

        const auto checkSurvived = [&](const char *when) {
            auto devnet = startDevnet(options);
            QVERIFY2(devnet, when);
            JsonRpcClient rpc(devnet->url());
            QCOMPARE(await(rpc, u"eth_getBalance"_s, {payee, u"latest"_s}).value().toString(), u"0x1234"_s);
            const RpcResult code = await(rpc, u"eth_getCode"_s, {ledger, u"latest"_s});
            QCOMPARE(hex::decode(code.value().toString()).value(),
                     ContractArtifact::load(u"BeerGameLedger"_s).deployedBytecode());
            QVERIFY(stopDevnet(*devnet));
        };
        checkSurvived("after a clean stop");
        if (QTest::currentTestFailed())
            return;

        // A kill mid-write leaves the file cut short: it is set aside and the copy taken before
        // the last start comes back.
        QFile file(options.statePath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        checkSurvived("after a cut-short state file");
        QVERIFY(QFile::exists(options.statePath + u".corrupt"_s));
    }

    void devnetKilledLosesOnlyTheLastInterval()
    {
        QTemporaryDir dir;
        DevnetOptions options;
        options.statePath = dir.filePath(u"state.json"_s);
        options.stateIntervalSeconds = 1;
        const QString payee = u"0x000000000000000000000000000000000000cafE"_s;
        {
            auto devnet = startDevnet(options);
            QVERIFY(devnet);
            JsonRpcClient rpc(devnet->url());
            QCOMPARE(transact(rpc, {{u"from"_s, Account0}, {u"to"_s, payee}, {u"value"_s, u"0x99"_s}})
                         .value(u"status"_s).toString(), u"0x1"_s);
            // Past the next interval write, which holds the payee (a busy machine may take longer
            // than the interval to write it).
            const auto written = [&] {
                QFile state(options.statePath);
                return state.open(QIODevice::ReadOnly)
                       && state.readAll().toLower().contains(payee.toLower().toLatin1().mid(2));
            };
            QTRY_VERIFY_WITH_TIMEOUT(written(), 20'000);
            QSignalSpy failed(devnet.get(), &DevnetProcess::failed);
            QVERIFY(::kill(pid_t(devnet->processId()), SIGKILL) == 0);
            QVERIFY(failed.wait(5000)); // an unexpected exit is reported
            QVERIFY2(failed.at(0).at(0).toString().contains(u"while running"_s), qPrintable(failed.at(0).at(0).toString()));
            QCOMPARE(devnet->state(), DevnetProcess::State::Idle);
        }
        auto devnet = startDevnet(options);
        QVERIFY(devnet);
        JsonRpcClient rpc(devnet->url());
        QCOMPARE(await(rpc, u"eth_getBalance"_s, {payee, u"latest"_s}).value().toString(), u"0x99"_s);
        QVERIFY(stopDevnet(*devnet));
    }

    // --- the ledger contract ---

    void artifactIsEmbedded()
    {
        const ContractArtifact ledger = ContractArtifact::load(u"BeerGameLedger"_s);
        QVERIFY2(ledger.isValid(), qPrintable(ledger.error()));
        QCOMPARE(ledger.name(), u"BeerGameLedger"_s);
        QVERIFY(ledger.solcVersion().startsWith(u"0.8.37"_s));
        QVERIFY(!ledger.bytecode().isEmpty());
        QStringList functions;
        for (const QJsonValue &entry : ledger.abi())
            if (entry[u"type"_s] == u"function"_s)
                functions << entry[u"name"_s].toString();
        for (const auto &name : {u"placeOrder"_s, u"updateInventory"_s, u"advanceWeek"_s, u"recorded"_s, u"setOperator"_s})
            QVERIFY2(functions.contains(name), qPrintable(name));

        const ContractArtifact missing = ContractArtifact::load(u"NoSuchContract"_s);
        QVERIFY(!missing.isValid());
        QVERIFY(missing.error().contains(u":/contracts/NoSuchContract.json"_s));
    }

    void ledgerRecordsAnOrderOnce()
    {
        m_ledger = deployLedger(*m_rpc);
        QVERIFY(!m_ledger.isEmpty());
        const RpcResult code = await(*m_rpc, u"eth_getCode"_s, {m_ledger, u"latest"_s});
        QVERIFY(hex::decode(code.value().toString()).value_or(QByteArray()).size() > 100);

        const QByteArray gameId = keccak("game-1"_ba);
        const QByteArray intentId = keccak("outbox-row-1"_ba);
        const QByteArray data = placeOrderData(gameId, 7, 2, 12, intentId);
        const QJsonObject tx{{u"from"_s, Account0}, {u"to"_s, m_ledger}, {u"data"_s, toHex(data)}};
        const QJsonObject receipt = transact(*m_rpc, tx);
        QCOMPARE(receipt.value(u"status"_s).toString(), u"0x1"_s);

        const QJsonArray logs = receipt.value(u"logs"_s).toArray();
        QCOMPARE(logs.size(), 1);
        const QJsonObject log = logs.at(0).toObject();
        QCOMPARE(lower(log.value(u"address"_s)), m_ledger.toLower());
        const QJsonArray topics = log.value(u"topics"_s).toArray();
        QCOMPARE(topics.size(), 3);
        QCOMPARE(topics.at(0).toString(), toHex(keccak("OrderPlaced(bytes32,uint16,uint32,uint8,uint32,bytes32)"_ba)));
        QCOMPARE(topics.at(1).toString(), toHex(gameId));
        QCOMPARE(topics.at(2).toString(), toHex(intentId));
        QCOMPARE(log.value(u"data"_s).toString(), toHex(uintWord(3) + uintWord(7) + uintWord(2) + uintWord(12)));

        // recorded(intentId): how the host reconciles its outbox with the chain.
        const auto recorded = [&](const QByteArray &id) {
            const QJsonObject call{{u"to"_s, m_ledger}, {u"data"_s, toHex(selector("recorded(bytes32)"_ba) + id)}};
            return await(*m_rpc, u"eth_call"_s, {call, u"latest"_s}).value().toString();
        };
        QCOMPARE(recorded(intentId), toHex(uintWord(1)));
        QCOMPARE(recorded(keccak("never-sent"_ba)), toHex(uintWord(0)));

        // The same intent again: refused, and the reason comes back decoded.
        for (const auto &method : {u"eth_estimateGas"_s, u"eth_call"_s}) {
            const RpcResult again = await(*m_rpc, method, method == u"eth_call"_s ? QJsonArray{tx, u"latest"_s} : QJsonArray{tx});
            QVERIFY2(!again.ok(), qPrintable(method));
            QCOMPARE(again.error().kind, Kind::Reverted);
            QCOMPARE(again.error().kindName(), u"reverted"_s);
            QCOMPARE(again.error().reason, u"intent already recorded"_s);
            QVERIFY(again.error().data.toString().startsWith(u"0x08c379a0"_s));
        }

        // Only the operator writes.
        const QByteArray otherIntent = keccak("outbox-row-2"_ba);
        const QJsonObject stranger{{u"from"_s, Account1}, {u"to"_s, m_ledger},
                                   {u"data"_s, toHex(placeOrderData(gameId, 7, 2, 12, otherIntent))}};
        const RpcResult refused = await(*m_rpc, u"eth_estimateGas"_s, {stranger});
        QCOMPARE(refused.error().kind, Kind::Reverted);
        QCOMPARE(refused.error().reason, u"not operator"_s);
        QCOMPARE(recorded(otherIntent), toHex(uintWord(0)));
    }

    void ledgerRecordsInventoryAndWeeks()
    {
        QVERIFY(!m_ledger.isEmpty());
        const QByteArray gameId = keccak("game-1"_ba);
        const QByteArray inventory = selector("updateInventory(bytes32,uint16,uint32,uint8,int64,uint32,bytes32)"_ba) + gameId
            + uintWord(3) + uintWord(7) + uintWord(1) + intWord(-5) + uintWord(3) + keccak("outbox-row-3"_ba);
        QJsonObject receipt = transact(*m_rpc, {{u"from"_s, Account0}, {u"to"_s, m_ledger}, {u"data"_s, toHex(inventory)}});
        QJsonObject log = receipt.value(u"logs"_s).toArray().at(0).toObject();
        QCOMPARE(log.value(u"topics"_s).toArray().at(0).toString(),
                 toHex(keccak("InventoryUpdated(bytes32,uint16,uint32,uint8,int64,uint32,bytes32)"_ba)));
        QCOMPARE(log.value(u"data"_s).toString(), toHex(uintWord(3) + uintWord(7) + uintWord(1) + intWord(-5) + uintWord(3)));

        const QByteArray week = selector("advanceWeek(bytes32,uint16,uint32,uint64,bytes32)"_ba) + gameId + uintWord(3) + uintWord(7)
            + uintWord(1234567) + keccak("outbox-row-4"_ba);
        receipt = transact(*m_rpc, {{u"from"_s, Account0}, {u"to"_s, m_ledger}, {u"data"_s, toHex(week)}});
        log = receipt.value(u"logs"_s).toArray().at(0).toObject();
        QCOMPARE(log.value(u"topics"_s).toArray().at(0).toString(),
                 toHex(keccak("WeekAdvanced(bytes32,uint16,uint32,uint64,bytes32)"_ba)));
        QCOMPARE(log.value(u"data"_s).toString(), toHex(uintWord(3) + uintWord(7) + uintWord(1234567)));
    }

    // --- anvil's real errors ---

    void nonceTooLow()
    {
        // Account 0 has sent several transactions by now; nonce 0 is long used.
        const QJsonObject tx{{u"from"_s, Account0}, {u"to"_s, Account1}, {u"value"_s, u"0x1"_s}, {u"nonce"_s, u"0x0"_s}};
        const RpcResult r = await(*m_rpc, u"eth_sendTransaction"_s, {tx});
        QVERIFY2(!r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.error().kind, Kind::NonceTooLow);
        QCOMPARE(r.error().kindName(), u"nonce_too_low"_s);
        QCOMPARE(r.error().message, u"nonce too low"_s);
        QCOMPARE(r.error().code, -32003);
    }

    void insufficientFunds()
    {
        const QJsonObject tx{{u"from"_s, Account2}, {u"to"_s, Account1}, {u"value"_s, u"0xc9f2c9cd04674edea40000000"_s}};
        const RpcResult r = await(*m_rpc, u"eth_sendTransaction"_s, {tx});
        QVERIFY2(!r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.error().kind, Kind::InsufficientFunds);
        QCOMPARE(r.error().kindName(), u"insufficient_funds"_s);
        QCOMPARE(r.error().message, u"Insufficient funds for gas * price + value"_s);
    }

    void replacementUnderpricedAndResend()
    {
        DevnetOptions options;
        options.automine = false; // transactions wait in the pool, where a same-nonce one collides
        auto devnet = startDevnet(options);
        QVERIFY(devnet);
        JsonRpcClient rpc(devnet->url());

        const QJsonObject first{{u"from"_s, Account0}, {u"to"_s, Account1}, {u"value"_s, u"0x1"_s},
                                {u"nonce"_s, u"0x0"_s}, {u"gasPrice"_s, u"0x77359400"_s}};
        QVERIFY(await(rpc, u"eth_sendTransaction"_s, {first}).ok());
        QJsonObject second = first;
        second[u"value"_s] = u"0x2"_s;
        const RpcResult r = await(rpc, u"eth_sendTransaction"_s, {second});
        QVERIFY2(!r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.error().kind, Kind::ReplacementUnderpriced);
        QCOMPARE(r.error().kindName(), u"replacement_underpriced"_s);
        QCOMPARE(r.error().message, u"replacement transaction underpriced"_s);

        // Resending the same signed bytes is not an error: the hash comes back either way.
        const QJsonObject next{{u"from"_s, Account0}, {u"to"_s, Account1}, {u"value"_s, u"0x3"_s}, {u"nonce"_s, u"0x1"_s},
                               {u"gas"_s, u"0x5208"_s}, {u"gasPrice"_s, u"0x77359400"_s}};
        const RpcResult signedTx = await(rpc, u"eth_signTransaction"_s, {next});
        QVERIFY2(signedTx.ok(), qPrintable(describe(signedTx)));
        const QString raw = signedTx.value().toString();
        const QString hash = toHex(keccak(hex::decode(raw).value()));
        const RpcResult sent = await(rpc, u"eth_sendRawTransaction"_s, {raw});
        QCOMPARE(sent.value().toString(), hash);
        QVERIFY(!sent.alreadyKnown());
        const RpcResult resent = await(rpc, u"eth_sendRawTransaction"_s, {raw});
        QVERIFY2(resent.ok(), qPrintable(describe(resent)));
        QVERIFY(resent.alreadyKnown());
        QCOMPARE(resent.value().toString(), hash);
        // eth_sendTransaction is not idempotent, so its duplicate stays an error.
        const RpcResult dup = await(rpc, u"eth_sendTransaction"_s, {first});
        QCOMPARE(dup.error().kind, Kind::AlreadyKnown);
        QCOMPARE(dup.error().message, u"transaction already imported"_s);

        QVERIFY(stopDevnet(*devnet));
    }

    void revertWithoutReason()
    {
        QVERIFY(!m_ledger.isEmpty());
        const QJsonObject call{{u"to"_s, m_ledger}, {u"data"_s, u"0xdeadbeef"_s}}; // no such function
        const RpcResult r = await(*m_rpc, u"eth_call"_s, {call, u"latest"_s});
        QCOMPARE(r.error().kind, Kind::Reverted);
        QCOMPARE(r.error().message, u"execution reverted"_s);
        QVERIFY(r.error().reason.isEmpty());
    }

    // --- broken transports ---

    void nodeDownIsRetriedWithBackoff()
    {
        const QUrl nowhere(u"http://127.0.0.1:"_s + QString::number(unusedPort()));
        JsonRpcClient rpc(nowhere);
        rpc.setMaxAttempts(4);
        rpc.setInitialBackoffMs(100);
        QSignalSpy retries(&rpc, &JsonRpcClient::retryScheduled);
        QElapsedTimer clock;
        clock.start();
        const RpcResult r = await(rpc, u"eth_blockNumber"_s);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(r.error().kind, Kind::NodeDown);
        QCOMPARE(r.error().kindName(), u"node_down"_s);
        QCOMPARE(r.attempts(), 4);
        QCOMPARE(retries.count(), 3);
        QCOMPARE(retries.at(0).at(2).toInt(), 100);
        QCOMPARE(retries.at(1).at(2).toInt(), 200);
        QCOMPARE(retries.at(2).at(2).toInt(), 400);
        QCOMPARE(retries.at(2).at(1).toInt(), 3); // the attempt that failed
        QVERIFY2(elapsed >= 700, qPrintable(QString::number(elapsed)));
        QCOMPARE(rpc.pendingCalls(), 0);

        // Not safe to repeat: one attempt, no retry.
        QSignalSpy none(&rpc, &JsonRpcClient::retryScheduled);
        const RpcResult once = await(rpc, u"eth_sendTransaction"_s, {QJsonObject{{u"from"_s, Account0}}});
        QCOMPARE(once.error().kind, Kind::NodeDown);
        QCOMPARE(once.attempts(), 1);
        QCOMPARE(none.count(), 0);
    }

    void invalidResponses_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << httpAnswer("200 OK"_ba, "<html>hello</html>"_ba) << u"not a JSON-RPC answer"_s;
        QTest::newRow("HTTP error") << httpAnswer("502 Bad Gateway"_ba, "upstream down"_ba) << u"HTTP 502"_s;
        QTest::newRow("JSON, not JSON-RPC") << httpAnswer("200 OK"_ba, R"({"hello":"world"})"_ba) << u"not a JSON-RPC"_s;
        QTest::newRow("another id") << httpAnswer("200 OK"_ba, R"({"jsonrpc":"2.0","id":999,"result":"0x1"})"_ba)
                                    << u"another request"_s;
    }

    void invalidResponses()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, expected);
        CannedServer server(answer);
        JsonRpcClient rpc(server.url());
        rpc.setInitialBackoffMs(10);
        const RpcResult r = await(rpc, u"eth_chainId"_s);
        QVERIFY2(!r.ok(), qPrintable(describe(r)));
        QVERIFY2(r.error().kind == Kind::InvalidResponse, qPrintable(describe(r)));
        QCOMPARE(r.error().kindName(), u"invalid_response"_s);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QCOMPARE(r.attempts(), 1); // a node that answers nonsense is not down: no retry
    }

    void nonHttpPeerLooksLikeADroppedConnection()
    {
        // Qt's HTTP client reports a peer that answers no HTTP and hangs up as "Connection
        // closed": from here that is a node going away mid-request, so it is NodeDown and retried.
        // (Qt itself reconnects and resends a couple of times first, hence more connections.)
        CannedServer server("SSH-2.0-OpenSSH_9.2\r\n"_ba);
        JsonRpcClient rpc(server.url());
        rpc.setMaxAttempts(2);
        rpc.setInitialBackoffMs(10);
        const RpcResult r = await(rpc, u"eth_chainId"_s);
        QVERIFY2(!r.ok() && r.error().kind == Kind::NodeDown, qPrintable(describe(r)));
        QCOMPARE(r.attempts(), 2);
        QVERIFY(server.connections >= 2);
    }

    void httpErrorWithJsonRpcBody()
    {
        // Some nodes send their JSON-RPC errors with HTTP 4xx/5xx; the body still decides.
        CannedServer server(httpAnswer("500 Internal Server Error"_ba,
                                       R"({"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"nonce too low: address 0xf39F, tx: 0 state: 5"}})"_ba));
        JsonRpcClient rpc(server.url());
        const RpcResult r = await(rpc, u"eth_sendRawTransaction"_s, {u"0x00"_s});
        QCOMPARE(r.error().kind, Kind::NonceTooLow);
        QCOMPARE(r.error().code, -32000);
    }

    void timeoutIsNotRetried()
    {
        CannedServer silent(std::nullopt);
        JsonRpcClient rpc(silent.url());
        rpc.setTimeoutMs(300);
        rpc.setMaxAttempts(3);
        QSignalSpy retries(&rpc, &JsonRpcClient::retryScheduled);
        QElapsedTimer clock;
        clock.start();
        const RpcResult r = await(rpc, u"eth_getLogs"_s, {QJsonObject{}});
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(r.error().kind, Kind::Timeout);
        QCOMPARE(r.error().kindName(), u"timeout"_s);
        QCOMPARE(r.attempts(), 1);
        QCOMPARE(retries.count(), 0);
        QCOMPARE(silent.connections, 1);
        QVERIFY2(elapsed >= 290 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    }

    void callbacksNeverRunInsideCall()
    {
        JsonRpcClient rpc(QUrl(u"http://127.0.0.1:"_s + QString::number(unusedPort())));
        rpc.setMaxAttempts(1);
        bool called = false;
        rpc.call(u"eth_chainId"_s, {}, [&called](const RpcResult &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);

        // A destroyed context drops its callback.
        bool dropped = true;
        auto context = std::make_unique<QObject>();
        rpc.call(u"eth_chainId"_s, {}, context.get(), [&dropped](const RpcResult &) { dropped = false; });
        context.reset();
        QTRY_COMPARE(rpc.pendingCalls(), 0);
        QVERIFY(dropped);
    }

    // --- classification as geth words it, and revert data ---

    void classifiesGethWording_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::newRow("nonce") << -32000 << u"nonce too low: address 0xabc, tx: 0 state: 3"_s << int(Kind::NonceTooLow);
        QTest::newRow("replacement") << -32000 << u"replacement transaction underpriced"_s << int(Kind::ReplacementUnderpriced);
        QTest::newRow("underpriced, not a replacement") << -32000 << u"transaction underpriced"_s << int(Kind::Other);
        QTest::newRow("funds") << -32000 << u"insufficient funds for gas * price + value: have 0 want 1"_s
                               << int(Kind::InsufficientFunds);
        QTest::newRow("known") << -32000 << u"already known"_s << int(Kind::AlreadyKnown);
        QTest::newRow("reverted") << 3 << u"execution reverted: not operator"_s << int(Kind::Reverted);
        QTest::newRow("reverted, no data") << -32000 << u"execution reverted"_s << int(Kind::Reverted);
        QTest::newRow("method") << -32601 << u"Method not found"_s << int(Kind::Other);
    }

    void classifiesGethWording()
    {
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(int, kind);
        QCOMPARE(int(RpcError::fromNode(code, message, {}).kind), kind);
    }

    void revertReasons()
    {
        // Without data the reason is read from anvil's/geth's message.
        QCOMPARE(RpcError::fromNode(3, u"execution reverted: not operator"_s, {}).reason, u"not operator"_s);
        const QByteArray error = "\x08\xc3\x79\xa0"_ba + uintWord(32) + uintWord(2) + "hi"_ba + QByteArray(30, '\0');
        QCOMPARE(decodeRevertReason(error), std::optional<QString>(u"hi"_s));
        QCOMPARE(decodeRevertReason("\x4e\x48\x7b\x71"_ba + uintWord(0x11)), std::optional<QString>(u"panic 0x11"_s));
        QVERIFY(!decodeRevertReason("\x08\xc3\x79\xa0"_ba + uintWord(32) + uintWord(99) + "short"_ba));
        QVERIFY(!decodeRevertReason("\x08\xc3\x79\xa0"_ba + uintWord(1ULL << 40)));
        QVERIFY(!decodeRevertReason(QByteArray()));
        QVERIFY(!decodeRevertReason("\x12\x34\x56\x78"_ba)); // a custom error
        QVERIFY(!hex::decode(u"0x0g"_s));
        QVERIFY(!hex::decode(u"abcd"_s));
    }
};

QTEST_GUILESS_MAIN(TestJsonRpc)
#include "tst_jsonrpc.moc"
