// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

namespace steward {

// A listening socket whose connections may not send more than a set amount without the host
// answering. QtHttpServer 6.4 reads a request body whole, of any size, before a handler can
// refuse it; this stops a client from filling the host's memory that way.
class BoundedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit BoundedTcpServer(qint64 maxUnansweredBytes, QObject *parent = nullptr)
        : QTcpServer(parent), m_limit(maxUnansweredBytes)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qint64 m_limit;
};

} // namespace steward
