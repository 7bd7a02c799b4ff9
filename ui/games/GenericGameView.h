// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleKind.h"

class QLabel;
class QTableWidget;

namespace steward::ui {

// A game of a kind the console does not know: its kind, join code and status, and the fields
// of the host's view of it as they are. Nothing to command; the host's web pages still work.
class GenericGameView : public GameView
{
    Q_OBJECT
public:
    explicit GenericGameView(QWidget *parent = nullptr);

    void setView(const QJsonObject &view) override;
    QJsonObject view() const { return m_view; }
    QLabel *titleLabel() const { return m_title; }
    QTableWidget *fieldsTable() const { return m_fields; }

private:
    QJsonObject m_view;
    QLabel *m_title;
    QLabel *m_note;
    QTableWidget *m_fields;
};

} // namespace steward::ui
