// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLogPage.h"

#include "AuditModel.h"
#include "server/analytics/CsvWriter.h"
#include "server/client/HostClient.h"
#include "ui/widgets/ColumnWidths.h"
#include "ui/widgets/TimeText.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
constexpr int Entries = 1000;       // the most the host lists
constexpr int MinRefreshMs = 2000;  // the trail is read at most this often, however fast the polls
} // namespace

EventLogPage::EventLogPage(client::HostClient &host, QWidget *parent)
    : QWidget(parent), m_host(host), m_search(new QLineEdit), m_summary(new QLabel),
      m_export(new QPushButton(tr("&Export CSV…"))), m_message(new QLabel), m_table(new QTableView),
      m_model(new AuditModel(this)), m_filter(new QSortFilterProxyModel(this))
{
    m_search->setPlaceholderText(tr("Search time, who, action and detail"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the event log"));
    m_export->setToolTip(tr("Save the entries shown, as they are sorted, to a CSV file"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1); // every column
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(AuditModel::RawRole);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("The host's audit trail"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditModel::Time, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    // Room for what the columns usually hold (a longer name widens its column when it comes);
    // the detail takes the rest.
    sizeColumns(m_table, {timeText(QDateTime::currentMSecsSinceEpoch()), u"facilitator"_s, u"wallet.signin.refused"_s});
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    auto *findLabel = new QLabel(tr("&Find:"));
    findLabel->setBuddy(m_search);
    bar->addWidget(findLabel);
    bar->addWidget(m_search, 1);
    bar->addSpacing(12);
    bar->addWidget(m_summary);
    bar->addSpacing(12);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter,
            [this](const QString &text) { m_filter->setFilterFixedString(text.trimmed()); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &EventLogPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &EventLogPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &EventLogPage::updateSummary);
    connect(m_export, &QPushButton::clicked, this, &EventLogPage::chooseExportFile);
    connect(&m_host, &client::HostClient::polled, this, &EventLogPage::fetch);
    // After a reconnection ask afresh: a detach dropped the answers still out, and a late answer
    // to an older request is ignored.
    connect(&m_host, &client::HostClient::live, this, [this] {
        m_gate.reset();
        m_lastFetch.invalidate();
    });
    updateSummary();
}

QString EventLogPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void EventLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fetch();
}

void EventLogPage::fetch()
{
    if (!isVisible() || m_gate.isOut() || (m_lastFetch.isValid() && m_lastFetch.elapsed() < MinRefreshMs))
        return;
    m_gate.open();
    m_lastFetch.start();
    m_host.get(u"/api/audit?limit=%1"_s.arg(Entries),
               [self = QPointer(this), ticket = m_gate.ticket()](const Result<QJsonObject> &r) {
        if (!self || !self->m_gate.isCurrent(ticket))
            return;
        self->m_gate.close();
        if (!r) {
            self->say(tr("The host did not send its event log: %1").arg(r.error().message), true);
            return;
        }
        self->m_model->setRows(r->value(u"entries").toArray());
        widenToFit(self->m_table, {AuditModel::Actor, AuditModel::Action});
        self->updateSummary();
    });
}

void EventLogPage::updateSummary()
{
    const QLocale locale;
    m_summary->setText(m_filter->rowCount() == m_model->rowCount()
                           ? tr("Entries: %1").arg(locale.toString(m_model->rowCount()))
                           : tr("%1 of %2 shown").arg(locale.toString(m_filter->rowCount()),
                                                      locale.toString(m_model->rowCount())));
    m_export->setEnabled(m_filter->rowCount() > 0);
}

void EventLogPage::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c0392b;"_s : QString());
    m_message->show();
}

void EventLogPage::chooseExportFile()
{
    const QString suggested = QDir::home().filePath(
        tr("steward-events-%1.csv").arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmm"_s)));
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Export the event log"), suggested, tr("CSV files (*.csv)"));
    if (!fileName.isEmpty())
        exportCsv(fileName);
}

bool EventLogPage::exportCsv(const QString &fileName)
{
    // The header names are a file format, like the host's own exports: not translated.
    QList<QStringList> rows{{u"time"_s, u"actor"_s, u"action"_s, u"detail"_s}};
    rows.reserve(m_filter->rowCount() + 1);
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QJsonObject &entry = m_model->rowAt(m_filter->mapToSource(m_filter->index(r, 0)).row());
        rows.append({isoTimeText(entry.value(u"at").toInteger()), entry.value(u"actor").toString(),
                     entry.value(u"action").toString(), entry.value(u"detail").toString()});
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv::write(rows)) < 0 || !file.commit()) {
        say(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()), true);
        return false;
    }
    say(tr("Rows written: %n, to %1.", nullptr, int(rows.size() - 1)).arg(QDir::toNativeSeparators(fileName)),
        false);
    return true;
}

} // namespace steward::ui
