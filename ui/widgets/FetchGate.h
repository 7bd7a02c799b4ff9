// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace steward::ui {

// How a dashboard asks the host for its data: one request out at a time (a slow host is not asked
// again while it is thinking), and answers to requests from before a reconnection are dropped,
// since they may belong to another host or another sign-in.
//
//   if (!m_gate.open()) return;
//   m_host.get(path, [self = QPointer(this), ticket = m_gate.ticket()](const auto &r) {
//       if (!self || !self->m_gate.isCurrent(ticket)) return;
//       self->m_gate.close();
//       ...
class FetchGate
{
public:
    // Starts a request; false while one is out already.
    bool open()
    {
        if (m_out)
            return false;
        m_out = true;
        return true;
    }
    bool isOut() const { return m_out; }
    int ticket() const { return m_generation; }
    // Whether an answer to the request given `ticket` still counts.
    bool isCurrent(int ticket) const { return ticket == m_generation; }
    // The request is answered: the next may go.
    void close() { m_out = false; }
    // After a reconnection: whatever is out no longer counts, and the next request may go at once.
    void reset()
    {
        ++m_generation;
        m_out = false;
    }

private:
    bool m_out = false;
    int m_generation = 0;
};

} // namespace steward::ui
