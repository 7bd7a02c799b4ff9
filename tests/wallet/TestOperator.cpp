// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestOperator.h"

#include "server/core/Clock.h"
#include "server/core/Error.h"
#include "server/wallet/RequestSigning.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;
using steward::wallet::RequestSigning;

namespace {
constexpr qsizetype MaxHeaderBytes = 16 * 1024;
constexpr qsizetype MaxBodyBytes = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    default: return "Error";
    }
}
} // namespace

TestOperator::TestOperator(QObject *parent)
    : TestOperator(QString::fromLatin1(DefaultKeyId), QByteArray(DefaultSecret), parent)
{
}

TestOperator::TestOperator(const QString &keyId, const QByteArray &secret, QObject *parent)
    : QObject(parent), m_keyId(keyId), m_secret(secret)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestOperator::onConnection);
}

TestOperator::~TestOperator()
{
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *s : sockets) {
        s->disconnect(this);
        s->abort();
        delete s;
    }
}

bool TestOperator::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TestOperator::webhookUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/wallet"_s.arg(port()));
}

steward::wallet::OperatorEndpoint TestOperator::endpoint() const
{
    return {webhookUrl(), m_keyId, m_secret};
}

qint64 TestOperator::nowSeconds() const
{
    return m_clock ? m_clock->nowMs() / 1000 : QDateTime::currentSecsSinceEpoch();
}

void TestOperator::setDown(bool down)
{
    m_down = down;
    if (!down)
        return;
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *s : sockets) {
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
}

void TestOperator::setBalance(const QString &player, qint64 minorUnits)
{
    qint64 &w = wallet(player);
    m_initialTotal += minorUnits - w;
    w = minorUnits;
}

qint64 &TestOperator::wallet(const QString &player)
{
    auto it = m_balances.find(player);
    if (it == m_balances.end()) {
        it = m_balances.insert(player, m_startBalance);
        m_initialTotal += m_startBalance;
    }
    return *it;
}

qint64 TestOperator::balance(const QString &player) const
{
    return m_balances.value(player, m_startBalance);
}

qint64 TestOperator::totalBalance() const
{
    qint64 total = 0;
    for (qint64 b : m_balances)
        total += b;
    return total;
}

void TestOperator::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_down) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void TestOperator::onReadable(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    if (it->buffer.size() > MaxHeaderBytes + MaxBodyBytes) {
        socket->abort();
        return;
    }
    processNext(socket);
}

void TestOperator::processNext(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->busy)
        return;
    QByteArray &buf = it->buffer;
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buf.size() > MaxHeaderBytes)
            socket->abort();
        return;
    }
    const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QList<std::pair<QByteArray, QByteArray>> headers;
    qsizetype contentLength = 0;
    bool close = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
        else if (name.compare("connection", Qt::CaseInsensitive) == 0 && value.compare("close", Qt::CaseInsensitive) == 0)
            close = true;
    }
    if (requestLine.size() != 3 || contentLength < 0 || contentLength > MaxBodyBytes) {
        socket->abort();
        return;
    }
    if (buf.size() < headerEnd + 4 + contentLength)
        return; // the body is still coming
    const QByteArray body = buf.mid(headerEnd + 4, contentLength);
    buf.remove(0, headerEnd + 4 + contentLength);

    QString kind, txId;
    const Answer answer = handle(requestLine.at(0), requestLine.at(1), headers, body, &kind, &txId);
    const QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(answer.body.size())
        + (close ? "\r\nConnection: close" : "\r\nConnection: keep-alive") + "\r\n\r\n" + answer.body;
    it->busy = true;
    const QPointer<QTcpSocket> guard(socket);
    auto send = [this, guard, response, close, kind, txId, status = answer.status] {
        auto c = m_connections.find(guard.data());
        if (!guard || c == m_connections.end() || m_down) {
            emit handled(kind, txId, 0); // the answer is lost
            return;
        }
        c->busy = false;
        guard->write(response);
        emit handled(kind, txId, status);
        if (close)
            guard->disconnectFromHost();
        else
            processNext(guard.data());
    };
    if (m_delayMs > 0)
        QTimer::singleShot(m_delayMs, this, send);
    else
        send();
}

TestOperator::Answer TestOperator::ok(qint64 balance)
{
    return {200, QJsonDocument(QJsonObject{{u"status"_s, u"ok"_s}, {u"balance"_s, balance}}).toJson(QJsonDocument::Compact)};
}

TestOperator::Answer TestOperator::refused(int status, const QString &code, const QString &message)
{
    return {status, QJsonDocument(QJsonObject{{u"status"_s, u"refused"_s}, {u"code"_s, code}, {u"message"_s, message}})
                        .toJson(QJsonDocument::Compact)};
}

TestOperator::Answer TestOperator::handle(const QByteArray &method, const QByteArray &target,
                                          const QList<std::pair<QByteArray, QByteArray>> &headers,
                                          const QByteArray &body, QString *kindOut, QString *txIdOut)
{
    const auto parts = steward::wallet::RequestParts::from(method, target, body, headers);
    const auto verified = RequestSigning::verify(
        parts,
        [this](const QString &keyId) -> std::optional<QByteArray> {
            return keyId == m_keyId ? std::optional<QByteArray>(m_secret) : std::nullopt;
        },
        m_nonces, nowSeconds());
    if (!verified) {
        ++m_badSignatures;
        return refused(401, verified.error().codeName(), verified.error().message);
    }
    if (method != "POST")
        return refused(405, u"METHOD_NOT_ALLOWED"_s, u"Webhooks are POSTed."_s);
    const QByteArray prefix = "/wallet/";
    const QString kind = target.startsWith(prefix) ? QString::fromLatin1(target.mid(prefix.size())) : QString();
    if (kind != u"debit" && kind != u"credit" && kind != u"rollback")
        return refused(404, u"NOT_FOUND"_s, u"No such webhook."_s);
    *kindOut = kind;

    const QJsonObject call = QJsonDocument::fromJson(body).object();
    const QString txId = call.value(u"txId").toString();
    const QJsonValue amount = call.value(u"amount");
    if (txId.isEmpty() || call.value(u"player").toString().isEmpty() || call.value(u"currency").toString().isEmpty()
        || !amount.isDouble() || amount.toDouble() != double(amount.toInteger()) || amount.toInteger() < 0
        || (kind == u"rollback" && call.value(u"refersTo").toString().isEmpty()))
        return refused(400, u"BAD_REQUEST"_s, u"txId, player, amount (integer >= 0), currency are required."_s);
    *txIdOut = txId;
    ++m_calls[kind];

    const QString fingerprint = kind + u'|' + call.value(u"player").toString() + u'|'
        + QString::number(amount.toInteger()) + u'|' + call.value(u"currency").toString();
    if (auto it = m_answers.constFind(txId); it != m_answers.cend()) {
        if (it->fingerprint != fingerprint)
            return refused(409, u"TX_CONFLICT"_s, u"This txId was used for another call."_s);
        return it->answer; // the same answer, and no second change
    }
    const Answer answer = apply(kind, call);
    m_answers.insert(txId, Stored{fingerprint, answer});
    return answer;
}

TestOperator::Answer TestOperator::apply(const QString &kind, const QJsonObject &call)
{
    const QString txId = call.value(u"txId").toString();
    const QString player = call.value(u"player").toString();
    const qint64 amount = call.value(u"amount").toInteger();
    qint64 &w = wallet(player);
    if (kind == u"debit") {
        if (m_cancelled.contains(txId))
            return refused(200, u"ROLLED_BACK"_s, u"This debit was rolled back before it arrived."_s);
        if (m_refuseDebits)
            return refused(200, u"DEBIT_REFUSED"_s, u"Debits are refused."_s);
        if (w < amount)
            return refused(200, u"INSUFFICIENT_FUNDS"_s, u"The balance is %1."_s.arg(w));
        w -= amount;
        m_netToHost += amount;
        m_debits.insert(txId, Debit{player, amount, false});
        ++m_applied[kind];
        return ok(w);
    }
    if (kind == u"credit") {
        w += amount;
        m_netToHost -= amount;
        ++m_applied[kind];
        return ok(w);
    }
    // A rollback returns what its debit took, by the operator's own record, never the request's.
    const QString debitTx = call.value(u"refersTo").toString();
    auto debit = m_debits.find(debitTx);
    if (debit == m_debits.end()) {
        m_cancelled.insert(debitTx); // unknown (or refused) debit: acked, nothing moves
        return ok(w);
    }
    if (!debit->rolledBack) {
        debit->rolledBack = true;
        qint64 &owner = wallet(debit->player);
        owner += debit->amount;
        m_netToHost -= debit->amount;
        ++m_applied[kind];
        return ok(owner);
    }
    return ok(w);
}

QNetworkRequest TestOperator::signedRequest(const QUrl &url, const QByteArray &method, const QByteArray &body,
                                            const QString &keyId, const QByteArray &secret, qint64 nowSeconds,
                                            const QString &nonce)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    RequestSigning::sign(keyId, secret, method, RequestSigning::pathWithQuery(url), body, nowSeconds,
                         nonce.isEmpty() ? RequestSigning::newNonce() : nonce)
        .applyTo(request);
    return request;
}
