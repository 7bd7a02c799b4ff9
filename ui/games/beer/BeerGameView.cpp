// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeerGameView.h"

#include "BeerTeamsModel.h"
#include "server/client/HostClient.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

BeerGameView::BeerGameView(client::HostClient &host, QWidget *parent)
    : GameView(parent), m_host(host), m_model(new BeerTeamsModel(this)), m_title(new QLabel), m_status(new QLabel),
      m_message(new QLabel), m_start(new QPushButton(tr("&Start"))), m_advance(new QPushButton(tr("&Advance week"))),
      m_end(new QPushButton(tr("&End game"))), m_joinCard(new QPushButton(tr("&Join card"))),
      m_export(new QPushButton(tr("Export &CSV…"))), m_seat(new QPushButton(tr("S&eat"))), m_table(new QTableView)
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->hide();
    m_start->setToolTip(tr("Seats nobody took are played by a bot from now on."));
    m_advance->setToolTip(tr("End the open week now, of every team or of the selected team only; bots order for "
                             "whoever has not. Asks first."));
    m_seat->setToolTip(tr("What to do with the selected seat: hand it to a bot or back, correct its stock, free it."));
    m_seat->setEnabled(false);
    // The menu is built when it opens, for the seat selected then.
    auto *seatMenu = new QMenu(m_seat);
    m_seat->setMenu(seatMenu);
    connect(seatMenu, &QMenu::aboutToShow, this, [this, seatMenu] {
        seatMenu->clear();
        fillSeatMenu(seatMenu, m_table->currentIndex());
    });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_joinCard, m_start, m_advance, m_seat, m_end, m_export})
        buttons->addWidget(b);
    buttons->addStretch();

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int c : {BeerTeamsModel::Team, BeerTeamsModel::Week, BeerTeamsModel::Cost})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Teams and their four roles"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    const auto game = [this] { return QJsonObject{{u"gameId"_s, gameId()}}; };
    connect(m_start, &QPushButton::clicked, this, [this, game] { command(u"/api/games/start"_s, game()); });
    connect(m_advance, &QPushButton::clicked, this, &BeerGameView::askAdvance);
    connect(m_end, &QPushButton::clicked, this, [this, game] { command(u"/api/games/end"_s, game()); });
    connect(m_joinCard, &QPushButton::clicked, this, [this] { emit joinCardRequested(gameId()); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString name = QFileDialog::getSaveFileName(this, tr("Export the game's history"),
                                                          u"beer-game-%1.csv"_s.arg(m_view.value(u"joinCode").toString()),
                                                          tr("CSV files (*.csv)"));
        if (!name.isEmpty())
            exportCsv(name);
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        fillSeatMenu(&menu, m_table->indexAt(pos));
        if (!menu.isEmpty())
            menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_seat->setEnabled(!BeerTeamsModel::roleKey(current.column()).isEmpty() && m_view.value(u"status"_s).toString() != u"finished");
    });
}

int BeerGameView::selectedTeam() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->index(current.row(), BeerTeamsModel::Team).data().toInt() : 0;
}

void BeerGameView::askAdvance()
{
    // Advancing makes bots order for students who have not: say so, and offer the selected
    // team alone, which is what unsticks one team without touching the others.
    const int team = selectedTeam();
    QMessageBox box(QMessageBox::Question, tr("Advance the week?"),
                    tr("The open week ends now: bots order for every seat that has not ordered yet."), QMessageBox::NoButton,
                    this);
    QPushButton *one = team > 0 ? box.addButton(tr("Advance team %1 only").arg(team), QMessageBox::AcceptRole) : nullptr;
    QPushButton *all = box.addButton(tr("Advance every team"), QMessageBox::AcceptRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (box.clickedButton() == one)
        command(u"/api/games/advance"_s, {{u"gameId"_s, gameId()}, {u"team"_s, team}});
    else if (box.clickedButton() == all)
        command(u"/api/games/advance"_s, {{u"gameId"_s, gameId()}});
}

void BeerGameView::setView(const QJsonObject &view)
{
    m_view = view;
    const QString status = view.value(u"status").toString();
    const QJsonObject config = view.value(u"config").toObject();
    m_title->setText(tr("Beer Game · join code %1").arg(view.value(u"joinCode").toString()));
    const QString statusText = status == u"lobby"     ? tr("Waiting for players — press Start when the class is in")
                               : status == u"running" ? tr("Running")
                               : status == u"paused"  ? tr("Paused — players cannot order until you resume")
                                                      : tr("Finished");
    m_status->setText(tr("%1 · teams: %n · weeks: %2", nullptr, int(view.value(u"teams").toArray().size()))
                          .arg(statusText)
                          .arg(config.value(u"weeks").toInt()));
    m_start->setVisible(status == u"lobby");
    m_advance->setEnabled(status == u"running");
    m_end->setEnabled(status != u"finished");
    m_model->setTeams(view.value(u"teams").toArray());
}

QString BeerGameView::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void BeerGameView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b42318; font-weight: 600;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

void BeerGameView::command(const QString &path, QJsonObject body)
{
    showMessage({}, false);
    m_host.post(path, body, [this, path](const Result<QJsonObject> &r) {
        if (!r)
            showMessage(r.error().message, true);
        emit commandDone(path, r.ok());
    });
}

void BeerGameView::exportCsv(const QString &fileName)
{
    m_export->setEnabled(false);
    showMessage(tr("Exporting…"), false);
    m_host.getText(u"/api/games/%1/export.csv"_s.arg(gameId()), [this, fileName](const Result<QByteArray> &r) {
        m_export->setEnabled(true);
        if (!r)
            return showMessage(tr("The export failed: %1").arg(r.error().message), true);
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(r.value()) != r->size() || !file.commit())
            return showMessage(tr("Could not write %1: %2").arg(fileName, file.errorString()), true);
        showMessage(tr("Saved %1").arg(fileName), false);
        emit commandDone(u"export.csv"_s, true);
    });
}

void BeerGameView::fillSeatMenu(QMenu *menu, const QModelIndex &index)
{
    const QString role = BeerTeamsModel::roleKey(index.column());
    if (role.isEmpty())
        return;
    const int team = m_model->index(index.row(), BeerTeamsModel::Team).data().toInt();
    const QVariantMap seat = index.data(BeerTeamsModel::RoleDataRole).toMap();
    const QJsonObject where{{u"gameId"_s, gameId()}, {u"team"_s, team}, {u"role"_s, role}};
    const auto control = [this, where](const QJsonValue &bot) {
        QJsonObject body = where;
        body.insert(u"bot"_s, bot);
        command(u"/api/seats/control"_s, body);
    };
    const QString player = seat.value(u"name"_s).toString();
    const bool joined = !seat.value(u"playerId"_s).toString().isEmpty();
    menu->addSection(tr("Team %1, %2").arg(team).arg(m_model->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString()));
    if (!seat.value(u"bot"_s).toString().isEmpty() && joined)
        menu->addAction(tr("Give the seat back to %1").arg(player), this, [control] { control(QJsonValue::Null); });
    menu->addAction(tr("Hand to a bot (%1)").arg(BeerTeamsModel::botName(u"sterman"_s)), this,
                    [control] { control(u"sterman"_s); });
    menu->addAction(tr("Hand to a bot (%1)").arg(BeerTeamsModel::botName(u"baseStock"_s)), this,
                    [control] { control(u"baseStock"_s); });
    menu->addSeparator();
    menu->addAction(tr("Correct the stock…"), this, [this, team, role, seat] {
        correctInventory(team, role, seat.value(u"inventory"_s).toInt());
    });
    if (joined)
        menu->addAction(tr("Free the seat (the player joined the wrong one)"), this,
                        [this, where] { command(u"/api/seats/release"_s, where); });
}

void BeerGameView::correctInventory(int team, const QString &role, int current)
{
    bool ok = false;
    const int value = QInputDialog::getInt(this, tr("Correct the stock"),
                                           tr("Team %1, %2: the stock for this week (the change is kept in the "
                                              "history, with who made it).")
                                               .arg(team)
                                               .arg(role),
                                           current, 0, 100000, 1, &ok);
    if (ok)
        command(u"/api/inventory/update"_s,
                {{u"gameId"_s, gameId()}, {u"team"_s, team}, {u"role"_s, role}, {u"inventory"_s, value}});
}

} // namespace steward::ui
