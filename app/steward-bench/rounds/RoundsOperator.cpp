// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsOperator.h"

#include "TestOperator.h"

#include <pthread.h>

using namespace Qt::StringLiterals;

namespace steward::bench {

RoundsOperator::RoundsOperator()
{
    m_thread.setObjectName(u"operator"_s);
}

RoundsOperator::~RoundsOperator()
{
    if (!m_thread.isRunning())
        return;
    // Its sockets belong to its thread: they are closed there.
    QMetaObject::invokeMethod(m_context, [this] {
        delete m_operator;
        m_operator = nullptr;
    }, Qt::BlockingQueuedConnection);
    m_context->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

bool RoundsOperator::start(const QString &keyId, const QByteArray &secret, qint64 startBalance)
{
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    bool listening = false;
    // Made on its thread, so its server and sockets live there.
    QMetaObject::invokeMethod(m_context, [&] {
        m_operator = new TestOperator(keyId, secret);
        m_operator->setStartBalance(startBalance);
        listening = m_operator->start();
        m_webhookUrl = m_operator->webhookUrl();
        m_hasCpuClock = ::pthread_getcpuclockid(::pthread_self(), &m_cpuClock) == 0;
    }, Qt::BlockingQueuedConnection);
    return listening;
}

RoundsOperator::Counts RoundsOperator::counts() const
{
    Counts c;
    if (!m_operator)
        return c;
    QMetaObject::invokeMethod(m_context, [&] {
        const TestOperator &op = *m_operator;
        c.debitCalls = op.calls(u"debit"_s);
        c.creditCalls = op.calls(u"credit"_s);
        c.rollbackCalls = op.calls(u"rollback"_s);
        c.debits = op.applied(u"debit"_s);
        c.credits = op.applied(u"credit"_s);
        c.rollbacks = op.applied(u"rollback"_s);
        c.badSignatures = op.badSignatures();
        c.initialTotal = op.initialTotal();
        c.totalBalance = op.totalBalance();
        c.netToHost = op.netToHost();
        c.moneyConserved = op.moneyConserved();
    }, Qt::BlockingQueuedConnection);
    return c;
}

double RoundsOperator::cpuSeconds() const
{
    if (!m_hasCpuClock || !m_thread.isRunning())
        return 0;
    timespec ts{};
    if (::clock_gettime(m_cpuClock, &ts) != 0)
        return 0;
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace steward::bench
