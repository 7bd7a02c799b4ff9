// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionsPage.h"

#include "FlagMarker.h"
#include "FlagsPanel.h"
#include "ui/games/ConsoleKind.h"
#include "ui/games/ConsoleKindRegistry.h"
#include "ui/widgets/TableRows.h"

#include "server/client/HostClient.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
// The Name cell keeps the session's id (Qt::UserRole) and a player's id.
constexpr int PlayerIdRole = Qt::UserRole + 1;

QString ago(qint64 ms, qint64 nowMs)
{
    if (ms <= 0)
        return {};
    const qint64 s = std::max<qint64>(0, (nowMs - ms) / 1000);
    if (s < 60)
        return SessionsPage::tr("%n s ago", nullptr, int(s));
    if (s < 3600)
        return SessionsPage::tr("%n min ago", nullptr, int(s / 60));
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}
} // namespace

SessionsPage::SessionsPage(client::HostClient &host, QWidget *parent)
    : QWidget(parent), m_host(host), m_table(new QTableWidget(0, ColumnCount)),
      m_kick(new QPushButton(tr("&Disconnect"))), m_messageText(new QLineEdit),
      m_sendOne(new QPushButton(tr("Send to &selected"))), m_sendAll(new QPushButton(tr("Send to &everyone"))),
      m_banBy(new QComboBox), m_banMinutes(new QSpinBox), m_ban(new QPushButton(tr("&Ban"))), m_summary(new QLabel),
      m_message(new QLabel), m_flags(new FlagsPanel)
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Team / role"), tr("Game"), tr("Address"), tr("Connected"),
                                        tr("Last seen"), tr("Round trip"), tr("Messages in / out"), tr("State"),
                                        tr("Flagged")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    // Every column as wide as its header and its cells ("Messages in / out" was cut short).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeaderItem(Game)->setToolTip(tr("The game's join code"));
    m_table->horizontalHeaderItem(Flagged)->setToolTip(
        tr("Refusals that only a modified client causes, by code; the flags below have the evidence."));
    m_table->setAccessibleName(tr("Connections to the host"));
    m_kick->setToolTip(tr("Close this connection; the player sees why and may join again."));
    m_kick->setEnabled(false);
    m_message->hide();

    m_banBy->addItem(tr("this name"), false);
    m_banBy->addItem(tr("this address"), true);
    m_banBy->setAccessibleName(tr("Ban by"));
    m_banMinutes->setRange(1, 7 * 24 * 60);
    m_banMinutes->setValue(30);
    m_banMinutes->setSuffix(tr(" min"));
    m_banMinutes->setAccessibleName(tr("Ban for"));
    m_ban->setToolTip(tr("Disconnect and keep out the selected player's name, or their address, for a while."));
    m_ban->setEnabled(false);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_kick);
    bar->addWidget(m_ban);
    bar->addWidget(m_banBy);
    bar->addWidget(m_banMinutes);
    m_messageText->setPlaceholderText(tr("A message the players see at the top of their page"));
    m_messageText->setMaxLength(500);
    m_messageText->setAccessibleName(tr("Message to players"));
    m_sendOne->setEnabled(false);
    auto *talk = new QHBoxLayout;
    talk->addWidget(m_messageText, 1);
    talk->addWidget(m_sendOne);
    talk->addWidget(m_sendAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(talk);
    layout->addWidget(m_message);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_flags);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    connect(&m_host, &client::HostClient::polled, this, &SessionsPage::refresh);
    connect(m_flags, &FlagsPanel::playerChosen, this, &SessionsPage::selectPlayer);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] {
        const bool any = !m_table->selectionModel()->selectedRows().isEmpty();
        m_kick->setEnabled(any);
        m_sendOne->setEnabled(any);
        m_ban->setEnabled(any);
    });
    connect(m_ban, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            banRow(rows.first().row(), m_banBy->currentData().toBool(), m_banMinutes->value());
    });
    connect(m_sendAll, &QPushButton::clicked, this, [this] { sendMessage(0, m_messageText->text()); });
    connect(m_messageText, &QLineEdit::returnPressed, this, [this] { sendMessage(0, m_messageText->text()); });
    connect(m_sendOne, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            sendMessage(sessionIdAt(rows.first().row()), m_messageText->text());
    });
    connect(m_kick, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            kickRow(rows.first().row());
    });
}

QString SessionsPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

qint64 SessionsPage::sessionIdAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, Name);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void SessionsPage::sendMessage(qint64 sessionId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    QJsonObject body{{u"text"_s, text.trimmed()}};
    if (sessionId > 0)
        body.insert(u"sessionId"_s, sessionId);
    m_host.post(u"/api/sessions/message"_s, body, [this](const Result<QJsonObject> &r) {
        const int sent = r ? r->value(u"sent").toInt() : 0;
        m_message->setText(r ? tr("Message sent; sessions reached: %n.", nullptr, sent) : r.error().message);
        m_message->setVisible(true);
        if (r)
            m_messageText->clear();
        emit messageSent(sent, r.ok());
    });
}

void SessionsPage::banRow(int row, bool byAddress, int minutes)
{
    const QTableWidgetItem *who = m_table->item(row, byAddress ? Address : Name);
    if (!who)
        return;
    const QJsonObject body{{byAddress ? u"address"_s : u"name"_s, who->text()}, {u"minutes"_s, minutes}};
    m_host.post(u"/api/sessions/ban"_s, body, [this, who = who->text(), minutes](const Result<QJsonObject> &r) {
        m_message->setText(r ? tr("%1 is kept out for %2 min.").arg(who).arg(minutes) : r.error().message);
        m_message->setVisible(true);
        m_host.pollNow();
        emit banned(r.ok(), r ? r->value(u"disconnected").toInt() : 0);
    });
}

void SessionsPage::kickRow(int row)
{
    const QTableWidgetItem *item = m_table->item(row, Name);
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    m_host.post(u"/api/sessions/kick"_s, {{u"sessionId"_s, id}}, [this, id](const Result<QJsonObject> &r) {
        m_message->setText(r ? tr("Session %1 disconnected.").arg(id) : r.error().message);
        m_message->setVisible(true);
        m_host.pollNow();
        emit kicked(id, r.ok());
    });
}

void SessionsPage::refresh()
{
    const QJsonArray sessions = m_host.sessions();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QLocale locale;
    // The selected session stays selected across refreshes, by its id.
    qint64 selectedId = -1;
    if (const auto rows = m_table->selectionModel()->selectedRows(); !rows.isEmpty())
        selectedId = m_table->item(rows.first().row(), Name)->data(Qt::UserRole).toLongLong();
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(int(sessions.size()));
    int players = 0;
    int reselect = -1;
    // A game by its join code, which the facilitator knows, not by its internal id; a seat as
    // its game's kind names it.
    QHash<QString, QString> joinCodes;
    QHash<QString, QString> kinds;
    for (const QJsonValue &g : m_host.games()) {
        const QString gameId = g.toObject().value(u"gameId").toString();
        joinCodes.insert(gameId, g.toObject().value(u"joinCode").toString());
        kinds.insert(gameId, g.toObject().value(u"kind").toString());
    }
    const QHash<QString, QJsonObject> flagged = FlagMarker::byPlayer(m_host.flags());
    for (int r = 0; r < sessions.size(); ++r) {
        const QJsonObject s = sessions.at(r).toObject();
        const QString role = s.value(u"role").toString();
        const bool player = role == u"player";
        players += player;
        const QString name = s.value(u"name").toString(player ? s.value(u"playerId").toString() : role);
        const ConsoleKind *kind = ConsoleKindRegistry::instance().find(kinds.value(s.value(u"gameId").toString()));
        const QString seatText = player && kind ? kind->seatText(s) : QString();
        const QString seat = player ? (seatText.isEmpty() ? tr("player") : seatText)
                                    : role == u"facilitator" ? tr("facilitator") : role;
        const qint64 rtt = qint64(s.value(u"rttMs").toDouble(-1));
        const QString state = !s.value(u"authenticated").toBool() ? tr("signing in")
                              : s.value(u"refused").toInt() > 0
                                  ? tr("online · %n refused", nullptr, s.value(u"refused").toInt())
                                  : tr("online");
        const QJsonObject flag = player ? flagged.value(s.value(u"playerId").toString()) : QJsonObject();
        const QStringList cells{name,
                                seat,
                                joinCodes.value(s.value(u"gameId").toString(), s.value(u"gameId").toString()),
                                s.value(u"address").toString(),
                                ago(qint64(s.value(u"connectedAt").toDouble()), now),
                                ago(qint64(s.value(u"lastSeen").toDouble()), now),
                                rtt < 0 ? QString() : tr("%1 ms").arg(rtt),
                                u"%1 / %2"_s.arg(locale.toString(s.value(u"messagesIn").toInt()),
                                                 locale.toString(s.value(u"messagesOut").toInt())),
                                state,
                                FlagMarker::codesText(flag)};
        setRowTexts(m_table, r, cells);
        // A flagged player's row says so at both ends: a flag by the name, the evidence on hover.
        const QString tip = flag.isEmpty() ? QString() : FlagMarker::tooltip(flag);
        for (int c : {int(Name), int(Flagged)}) {
            QTableWidgetItem *cell = m_table->item(r, c);
            if (cell->toolTip() != tip)
                cell->setToolTip(tip);
        }
        if (m_table->item(r, Name)->icon().isNull() != flag.isEmpty())
            m_table->item(r, Name)->setIcon(flag.isEmpty() ? QIcon() : FlagMarker::icon());
        const qint64 id = qint64(s.value(u"id").toDouble());
        m_table->item(r, Name)->setData(Qt::UserRole, id);
        m_table->item(r, Name)->setData(PlayerIdRole, player ? s.value(u"playerId").toString() : QString());
        if (id == selectedId)
            reselect = r;
    }
    if (reselect >= 0)
        m_table->selectRow(reselect);
    else
        m_table->clearSelection();
    m_kick->setEnabled(reselect >= 0);
    m_sendOne->setEnabled(reselect >= 0);
    m_ban->setEnabled(reselect >= 0);
    m_summary->setText(tr("Connections: %n", nullptr, int(sessions.size())) + u" · "_s
                       + tr("players: %n", nullptr, players) + u" · "_s
                       + tr("flagged: %n", nullptr, int(m_host.flags().size())));
    m_flags->setFlags(m_host.flags(), joinCodes);
}

void SessionsPage::selectPlayer(const QString &playerId)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, Name)->data(PlayerIdRole).toString() == playerId) {
            m_table->selectRow(r);
            return;
        }
    }
}

} // namespace steward::ui
