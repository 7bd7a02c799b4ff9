// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContractDeployer.h"

#include "server/chain/node/ContractArtifact.h"
#include "server/chain/node/JsonRpcClient.h"
#include "server/chain/primitives/Hex.h"
#include "server/chain/primitives/Keccak256.h"
#include "server/chain/primitives/Secp256k1.h"
#include "server/chain/primitives/Transaction.h"
#include "server/store/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDeploy, "steward.chain.deploy")

namespace steward::chain {

ContractDeployer::ContractDeployer(Database &db, JsonRpcClient &rpc, QByteArray operatorKey, quint64 chainId,
                                   QObject *parent)
    : QObject(parent), m_db(db), m_rpc(rpc), m_key(std::move(operatorKey)), m_chainId(chainId)
{
}

void ContractDeployer::ensure(const QStringList &contracts, Done done)
{
    m_todo = contracts;
    m_found.clear();
    m_done = std::move(done);
    next();
}

void ContractDeployer::fail(const QString &error)
{
    qCWarning(lcDeploy) << error;
    if (m_done)
        std::exchange(m_done, {})({}, error);
}

void ContractDeployer::next()
{
    if (m_todo.isEmpty()) {
        if (m_done)
            std::exchange(m_done, {})(m_found, {});
        return;
    }
    const QString name = m_todo.first();
    const ContractArtifact artifact = ContractArtifact::load(name);
    if (!artifact.isValid()) {
        fail(artifact.error());
        return;
    }
    QSqlQuery q(m_db.handle());
    q.prepare(u"SELECT address FROM chain_contracts WHERE chain_id = ? AND name = ?"_s);
    q.addBindValue(qint64(m_chainId));
    q.addBindValue(name);
    const auto known = (q.exec() && q.next()) ? Address::fromString(q.value(0).toString()) : std::nullopt;
    if (!known) {
        deploy(name);
        return;
    }
    const Address address = *known;
    m_rpc.call(u"eth_getCode"_s, {address.toChecksumString(), u"latest"_s}, this,
               [this, name, address, code = artifact.deployedBytecode()](const RpcResult &r) {
        if (!r) {
            fail(u"Cannot read the code of %1: %2"_s.arg(name, r.error().toString()));
            return;
        }
        if (hex::decode(r.value().toString()).value_or(QByteArray()) == code) {
            m_found.insert(name, address);
            m_todo.removeFirst();
            next();
        } else {
            qCInfo(lcDeploy) << name << "is not at" << address.toChecksumString() << "on this chain any more; deploying";
            deploy(name);
        }
    });
}

void ContractDeployer::deploy(const QString &name)
{
    const ContractArtifact artifact = ContractArtifact::load(name);
    const auto from = secp256k1::addressOf(m_key);
    if (!from) {
        fail(u"The operator key is not a valid secp256k1 key."_s);
        return;
    }
    const QString sender = from->toChecksumString();
    m_rpc.call(u"eth_getTransactionCount"_s, {sender, u"pending"_s}, this, [=, this](const RpcResult &count) {
        if (!count) {
            fail(u"Cannot deploy %1: %2"_s.arg(name, count.error().toString()));
            return;
        }
        const QJsonObject call{{u"from"_s, sender}, {u"data"_s, hex::encode(artifact.bytecode())}};
        m_rpc.call(u"eth_estimateGas"_s, {call}, this, [=, this](const RpcResult &gas) {
            if (!gas) {
                fail(u"Cannot deploy %1: %2"_s.arg(name, gas.error().toString()));
                return;
            }
            m_rpc.call(u"eth_gasPrice"_s, {}, this, [=, this](const RpcResult &price) {
                if (!price) {
                    fail(u"Cannot deploy %1: %2"_s.arg(name, price.error().toString()));
                    return;
                }
                const UInt256 gasPrice = UInt256::fromQuantity(price.value().toString()).value_or(UInt256::fromU64(1'000'000'000));
                Transaction tx;
                tx.type = Transaction::Type::DynamicFee;
                tx.chainId = UInt256::fromU64(m_chainId);
                tx.nonce = hex::decodeQuantity(count.value().toString()).value_or(0);
                tx.maxPriorityFeePerGas = gasPrice;
                tx.maxFeePerGas = gasPrice.checkedMul(UInt256::fromU64(2)).value_or(gasPrice);
                tx.gasLimit = hex::decodeQuantity(gas.value().toString()).value_or(3'000'000) * 12 / 10;
                tx.data = artifact.bytecode();
                const auto signedTx = tx.signedWith(m_key);
                const auto raw = signedTx ? signedTx->signedSerialization() : Outcome<QByteArray>(Refusal{signedTx.error()});
                if (!raw) {
                    fail(u"Cannot sign the deployment of %1: %2"_s.arg(name, raw.error().reason));
                    return;
                }
                m_rpc.call(u"eth_sendRawTransaction"_s, {hex::encode(raw.value())}, this, [=, this](const RpcResult &sent) {
                    if (!sent && sent.error().kind != RpcError::Kind::AlreadyKnown) {
                        fail(u"Cannot deploy %1: %2"_s.arg(name, sent.error().toString()));
                        return;
                    }
                    waitForReceipt(name, hex::encode(signedTx->hash().value()), 300);
                });
            });
        });
    });
}

void ContractDeployer::waitForReceipt(const QString &name, const QString &hash, int triesLeft)
{
    m_rpc.call(u"eth_getTransactionReceipt"_s, {hash}, this, [=, this](const RpcResult &r) {
        if (r && r.value().isObject()) {
            const QJsonObject receipt = r.value().toObject();
            const auto address = Address::fromString(receipt.value(u"contractAddress").toString());
            if (receipt.value(u"status").toString() != u"0x1" || !address) {
                fail(u"The deployment of %1 failed in transaction %2."_s.arg(name, hash));
                return;
            }
            record(name, *address, hex::decodeQuantity(receipt.value(u"blockNumber").toString()).value_or(0));
            return;
        }
        if (triesLeft <= 0) {
            fail(u"The deployment of %1 (%2) was not mined in time."_s.arg(name, hash));
            return;
        }
        QTimer::singleShot(200, this, [=, this] { waitForReceipt(name, hash, triesLeft - 1); });
    });
}

void ContractDeployer::record(const QString &name, const Address &address, quint64 block)
{
    QSqlDatabase h = m_db.handle();
    QSqlQuery q(h);
    h.transaction();
    q.prepare(u"DELETE FROM chain_contracts WHERE chain_id = ? AND name = ?"_s);
    q.addBindValue(qint64(m_chainId));
    q.addBindValue(name);
    q.exec();
    q.prepare(u"INSERT INTO chain_contracts (chain_id, name, address, code_hash, deployed_block) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(qint64(m_chainId));
    q.addBindValue(name);
    q.addBindValue(address.toChecksumString());
    q.addBindValue(hex::encode(keccak256(ContractArtifact::load(name).deployedBytecode())));
    q.addBindValue(qint64(block));
    if (!q.exec() || !h.commit()) {
        h.rollback();
        fail(u"Cannot record the deployment of %1: %2"_s.arg(name, q.lastError().text()));
        return;
    }
    qCInfo(lcDeploy) << "deployed" << name << "at" << address.toChecksumString() << "in block" << block;
    m_found.insert(name, address);
    m_todo.removeFirst();
    next();
}

} // namespace steward::chain
