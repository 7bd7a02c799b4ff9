// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChainPage.h"

#include "ChainStatusPanel.h"
#include "OutboxFilter.h"
#include "OutboxModel.h"
#include "server/client/HostClient.h"
#include "ui/widgets/ColumnWidths.h"
#include "ui/widgets/TimeText.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
// The newest rows the host is asked for; the outbox of a whole class day fits in it.
constexpr int OutboxRows = 500;
} // namespace

ChainPage::ChainPage(client::HostClient &host, QWidget *parent)
    : QWidget(parent), m_host(host), m_stack(new QStackedWidget), m_notice(new QLabel), m_dashboard(new QWidget),
      m_panel(new ChainStatusPanel), m_status(new QComboBox), m_text(new QLineEdit), m_summary(new QLabel),
      m_fetchError(new QLabel), m_retry(new QPushButton(tr("&Retry"))), m_cancel(new QPushButton(tr("Give &up"))),
      m_actionMessage(new QLabel), m_table(new QTableView), m_model(new OutboxModel(this)),
      m_filter(new OutboxFilter(this))
{
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setMargin(24);
    QFont noticeFont = m_notice->font();
    noticeFont.setPointSizeF(noticeFont.pointSizeF() * 1.15);
    m_notice->setFont(noticeFont);

    m_status->addItem(tr("All statuses"), QString());
    for (const QString &s : {u"queued"_s, u"sent"_s, u"confirmed"_s, u"failed"_s, u"cancelled"_s})
        m_status->addItem(OutboxModel::statusName(s), s);
    m_status->setAccessibleName(tr("Show transactions with this status"));
    m_text->setPlaceholderText(tr("Transaction hash, game or kind"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Find transactions"));
    m_fetchError->setWordWrap(true);
    m_fetchError->hide();

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Transactions the games queued for the chain"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OutboxModel::Id, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    // The widest each column usually holds (longer game ids or kinds widen theirs when they
    // come); the reason takes what is left.
    QChar widestHex = u'0';
    for (const QChar c : u"0123456789abcdef"_s) {
        if (m_table->fontMetrics().horizontalAdvance(c) > m_table->fontMetrics().horizontalAdvance(widestHex))
            widestHex = c;
    }
    sizeColumns(m_table, {u"000000"_s, u"wwwwwwwwww"_s, u"deer.inventory"_s /* as wide as a long event type */, OutboxModel::statusName(u"confirmed"_s),
                          u"000000"_s, OutboxModel::shortHash(u"0x"_s + QString(64, widestHex)),
                          QLocale().toString(9'999'999), QLocale().toString(9'999'999), tr("Attempts"), QString(),
                          timeText(QDateTime::currentMSecsSinceEpoch())});
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::Reason, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);

    // Hashes and intent ids are what one pastes into a block explorer or a support ticket.
    auto *copyHash = new QAction(tr("Copy transaction hash"), m_table);
    copyHash->setShortcut(QKeySequence::Copy);
    copyHash->setShortcutContext(Qt::WidgetShortcut);
    connect(copyHash, &QAction::triggered, this, [this] { copy(OutboxModel::TxHash); });
    auto *copyIntent = new QAction(tr("Copy intent id"), m_table);
    connect(copyIntent, &QAction::triggered, this, [this] { copy(-1); });
    m_table->addActions({copyHash, copyIntent});
    m_retry->setToolTip(tr("Send the selected failed record again, as a new transaction"));
    m_cancel->setToolTip(tr("Stop trying to record the selected failed record; it stays in the list, marked as given up"));
    m_actionMessage->setWordWrap(true);
    m_actionMessage->setStyleSheet(u"color: #b42318; font-weight: 600;"_s);
    m_actionMessage->hide();
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *chainBox = new QGroupBox(tr("Chain"));
    auto *chainLayout = new QVBoxLayout(chainBox);
    chainLayout->addWidget(m_panel);

    auto *bar = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"));
    showLabel->setBuddy(m_status);
    auto *findLabel = new QLabel(tr("&Find:"));
    findLabel->setBuddy(m_text);
    bar->addWidget(showLabel);
    bar->addWidget(m_status);
    bar->addSpacing(12);
    bar->addWidget(findLabel);
    bar->addWidget(m_text, 1);
    bar->addSpacing(12);
    bar->addWidget(m_summary);
    bar->addSpacing(12);
    bar->addWidget(m_retry);
    bar->addWidget(m_cancel);
    auto *txBox = new QGroupBox(tr("Transactions"));
    auto *txLayout = new QVBoxLayout(txBox);
    txLayout->addLayout(bar);
    txLayout->addWidget(m_fetchError);
    txLayout->addWidget(m_actionMessage);
    txLayout->addWidget(m_table, 1);

    auto *dashboard = new QVBoxLayout(m_dashboard);
    dashboard->setContentsMargins(0, 0, 0, 0);
    dashboard->addWidget(chainBox);
    dashboard->addWidget(txBox, 1);
    m_stack->addWidget(m_notice);
    m_stack->addWidget(m_dashboard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_status->currentData().toString()); });
    connect(m_text, &QLineEdit::textChanged, m_filter, &OutboxFilter::setText);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &ChainPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ChainPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ChainPage::updateSummary);
    connect(&m_host, &client::HostClient::polled, this, &ChainPage::refresh);
    connect(m_retry, &QPushButton::clicked, this, &ChainPage::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &ChainPage::cancelSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChainPage::updateActions);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &ChainPage::updateActions);
    updateActions();
    // After a reconnection ask afresh: a detach dropped the answers still out, and a late answer
    // to an older request is ignored.
    connect(&m_host, &client::HostClient::live, this, [this] {
        m_gate.reset();
    });
    refresh();
}

QString ChainPage::notice() const
{
    return m_stack->currentWidget() == m_notice ? m_notice->text() : QString();
}

void ChainPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ChainPage::refresh()
{
    const QJsonObject status = m_host.chainStatus();
    if (status.isEmpty()) {
        m_notice->setText(tr("Asking the host about its chain…"));
        m_stack->setCurrentWidget(m_notice);
        return;
    }
    if (!status.value(u"enabled").toBool()) {
        m_notice->setText(tr("The host records nothing on a blockchain (started with --no-chain).\n\n"
                             "Games run as usual. Start it without --no-chain to record each order and "
                             "each week's result on a local devnet."));
        m_stack->setCurrentWidget(m_notice);
        return;
    }
    m_stack->setCurrentWidget(m_dashboard);
    m_panel->setStatus(status);
    updateSummary();
    fetchOutbox();
}

void ChainPage::fetchOutbox()
{
    // Nobody looks at a hidden page; and a slow host is not asked again while it is thinking.
    if (!isVisible() || !m_gate.open())
        return;
    m_host.get(u"/api/chain/transactions?limit=%1"_s.arg(OutboxRows),
               [self = QPointer(this), ticket = m_gate.ticket()](const Result<QJsonObject> &r) {
        if (!self || !self->m_gate.isCurrent(ticket))
            return;
        self->m_gate.close();
        if (!r) {
            self->m_fetchError->setText(tr("The host did not list its transactions: %1").arg(r.error().message));
            self->m_fetchError->show();
            return;
        }
        self->m_fetchError->hide();
        self->m_model->setRows(r->value(u"transactions").toArray());
        widenToFit(self->m_table, {OutboxModel::Game, OutboxModel::Kind, OutboxModel::Nonce, OutboxModel::Block,
                                   OutboxModel::GasUsed, OutboxModel::Attempts});
        self->updateActions();
        self->updateSummary();
    });
}

void ChainPage::updateSummary()
{
    const QJsonObject outbox = m_host.chainStatus().value(u"outbox").toObject();
    const qint64 total = outbox.value(u"queued").toInteger() + outbox.value(u"sent").toInteger()
                       + outbox.value(u"confirmed").toInteger() + outbox.value(u"failed").toInteger()
                       + outbox.value(u"cancelled").toInteger();
    const int listed = m_model->rowCount();
    const QLocale locale;
    m_summary->setText(total > listed ? tr("%1 of %2 shown · the newest %2 of %3")
                                            .arg(locale.toString(m_filter->rowCount()), locale.toString(listed),
                                                 locale.toString(total))
                                      : tr("%1 of %2 shown").arg(locale.toString(m_filter->rowCount()),
                                                                 locale.toString(listed)));
}

QJsonObject ChainPage::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return {};
    return m_model->rowAt(m_filter->mapToSource(current).row());
}

void ChainPage::updateActions()
{
    const bool failed = selectedRow().value(u"status").toString() == u"failed";
    m_retry->setEnabled(failed);
    m_cancel->setEnabled(failed);
}

QString ChainPage::actionMessage() const
{
    return m_actionMessage->isVisible() ? m_actionMessage->text() : QString();
}

void ChainPage::retrySelected()
{
    act(u"/api/chain/outbox/retry"_s);
}

void ChainPage::cancelSelected()
{
    act(u"/api/chain/outbox/cancel"_s);
}

void ChainPage::act(const QString &path)
{
    const QJsonObject row = selectedRow();
    if (row.isEmpty())
        return;
    m_actionMessage->hide();
    m_retry->setEnabled(false);
    m_cancel->setEnabled(false);
    m_host.post(path, {{u"outboxId"_s, row.value(u"id").toInteger()}}, [self = QPointer(this)](const Result<QJsonObject> &r) {
        if (!self)
            return;
        if (!r) {
            self->m_actionMessage->setText(r.error().message);
            self->m_actionMessage->show();
        }
        self->m_host.pollNow();
        self->fetchOutbox();
    });
}

void ChainPage::copy(int column)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex source = m_filter->mapToSource(current);
    const QString text = column < 0 ? m_model->rowAt(source.row()).value(u"intentId").toString()
                                    : m_model->index(source.row(), column).data(OutboxModel::RawRole).toString();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

} // namespace steward::ui
