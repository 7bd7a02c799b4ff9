// SPDX-License-Identifier: GPL-3.0-or-later
#include "OperatorsPage.h"

#include "OperatorForm.h"
#include "OneTimeSecret.h"
#include "OperatorsModel.h"
#include "server/client/HostClient.h"
#include "ui/games/ConsoleKindRegistry.h"
#include "ui/widgets/ColumnWidths.h"
#include "ui/widgets/TimeText.h"

#include <QDateTime>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
// The backoffice is asked at most this often: the operators, then what each game kind's section
// shows, one request after the other.
constexpr qint64 RefreshMs = 2'000;
const QString Base = u"/api/admin/v1"_s;
} // namespace

OperatorsPage::OperatorsPage(client::HostClient &host, QWidget *parent)
    : QWidget(parent), m_host(host), m_stack(new QStackedWidget), m_notice(new QLabel), m_dashboard(new QWidget),
      m_new(new QPushButton(tr("&New operator…"))), m_edit(new QPushButton(tr("&Change…"))), m_rotate(new QPushButton(tr("&Rotate secret…"))),
      m_suspend(new QPushButton(tr("&Suspend"))), m_resume(new QPushButton(tr("Res&ume"))), m_summary(new QLabel),
      m_message(new QLabel), m_secret(new OneTimeSecret), m_formBox(new QGroupBox(tr("New operator"))),
      m_form(new OperatorForm), m_table(new QTableView), m_model(new OperatorsModel(this))
{
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setMargin(24);
    QFont noticeFont = m_notice->font();
    noticeFont.setPointSizeF(noticeFont.pointSizeF() * 1.15);
    m_notice->setFont(noticeFont);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b02020;"_s);
    m_message->hide();

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Betting operators"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    sizeColumns(m_table, {u"Wwwwwwwwwwwwwww"_s, u"00000000-0000-0000-0000-000000000000"_s,
                          OperatorsModel::statusName(u"suspended"_s), u"op_0000000000000000"_s, u"WWWW"_s,
                          OperatorsModel::money(99'999'999), OperatorsModel::money(99'999'999),
                          OperatorsModel::money(9'999'999'999), tr("unreachable"), QLocale().toString(9'999),
                          u"Wwwwwwwwwwwww"_s, timeText(QDateTime::currentMSecsSinceEpoch())});
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *formLayout = new QVBoxLayout(m_formBox);
    formLayout->addWidget(m_form);
    m_formBox->hide();

    auto *bar = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_edit, m_rotate, m_suspend, m_resume})
        bar->addWidget(b);
    bar->addStretch(1);
    bar->addWidget(m_summary);

    auto *opsBox = new QGroupBox(tr("Operators"));
    auto *opsLayout = new QVBoxLayout(opsBox);
    opsLayout->addLayout(bar);
    opsLayout->addWidget(m_message);
    opsLayout->addWidget(m_secret);
    opsLayout->addWidget(m_formBox);
    opsLayout->addWidget(m_table, 1);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(opsBox);
    for (const ConsoleKind *k : ConsoleKindRegistry::instance().kinds()) {
        OperatorsSection *section = k->operatorsSection(host);
        if (!section)
            continue;
        m_sections.insert(k->id(), section);
        m_sectionOrder << section;
        auto *box = new QGroupBox(section->title());
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(section);
        split->addWidget(box);
        connect(section, &OperatorsSection::actionDone, this, [this](const QString &id, const QString &action) {
            emit actionDone(id, action);
            reload();
        });
    }
    split->setChildrenCollapsible(false);
    auto *dashboard = new QVBoxLayout(m_dashboard);
    dashboard->setContentsMargins(0, 0, 0, 0);
    dashboard->addWidget(split);
    m_stack->addWidget(m_notice);
    m_stack->addWidget(m_dashboard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_new, &QPushButton::clicked, this, &OperatorsPage::showNewOperatorForm);
    connect(m_form, &OperatorForm::createRequested, this, &OperatorsPage::createOperator);
    connect(m_edit, &QPushButton::clicked, this, &OperatorsPage::editSelected);
    connect(m_form, &OperatorForm::saveRequested, this, &OperatorsPage::saveOperator);
    m_edit->setToolTip(tr("Change the selected operator's limits, webhook or region"));
    connect(m_form, &OperatorForm::cancelled, this, [this] { m_formBox->hide(); });
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        const QString id = selectedOperator();
        if (id.isEmpty())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Rotate secret"),
            tr("Give %1 a new key id and secret? The old ones stop working at once, so the operator's "
               "servers are refused until they use the new ones.").arg(nameOf(id)));
        if (answer == QMessageBox::Yes)
            rotateSelected();
    });
    connect(m_suspend, &QPushButton::clicked, this, [this] { setSuspended(true); });
    connect(m_resume, &QPushButton::clicked, this, [this] { setSuspended(false); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OperatorsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OperatorsPage::updateButtons);
    connect(&m_host, &client::HostClient::polled, this, &OperatorsPage::refresh);
    connect(&m_host, &client::HostClient::live, this, [this] {
        m_gate.reset();
    });
    updateButtons();
    refresh();
}

QString OperatorsPage::notice() const
{
    return m_stack->currentWidget() == m_notice ? m_notice->text() : QString();
}

QString OperatorsPage::actionMessage() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QString OperatorsPage::selectedOperator() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->index(rows.first().row(), OperatorsModel::Id).data().toString();
}

bool OperatorsPage::selectOperator(const QString &operatorId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, OperatorsModel::Id).data().toString() == operatorId) {
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

QString OperatorsPage::nameOf(const QString &operatorId) const
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, OperatorsModel::Id).data().toString() == operatorId)
            return m_model->index(r, OperatorsModel::Name).data().toString();
    }
    return operatorId;
}

void OperatorsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void OperatorsPage::refresh()
{
    if (!m_host.hasBackoffice()) {
        m_notice->setText(tr("Operators, paytables and RTP reports need a backoffice role (admin, support or "
                             "viewer).\n\nSign in to the host as a backoffice user to see them."));
        m_stack->setCurrentWidget(m_notice);
        return;
    }
    m_stack->setCurrentWidget(m_dashboard);
    if (!m_sinceFetch.isValid() || m_sinceFetch.elapsed() >= RefreshMs)
        fetch();
}

void OperatorsPage::reload()
{
    if (m_gate.isOut()) {
        m_again = true;
        return;
    }
    m_sinceFetch.invalidate();
    refresh();
}

void OperatorsPage::fetch()
{
    // Nobody looks at a hidden page; and a slow host is not asked again while it is thinking.
    if (!isVisible() || !m_gate.open())
        return;
    m_sinceFetch.start();
    m_host.get(Base + u"/operators"_s, [self = QPointer(this), ticket = m_gate.ticket()](const Result<QJsonObject> &r) {
        if (!self || !self->m_gate.isCurrent(ticket))
            return;
        if (!r) {
            self->m_summary->setText(tr("The host did not list its operators: %1").arg(r.error().message));
            self->finishFetch();
            return;
        }
        const QJsonArray list = r->value(u"operators").toArray();
        self->m_model->setOperators(list);
        widenToFit(self->m_table, {OperatorsModel::Name, OperatorsModel::Currency, OperatorsModel::MinBet,
                                   OperatorsModel::MaxBet, OperatorsModel::MaxWin});
        self->m_summary->setText(tr("Operators: %n", nullptr, int(list.size())));
        self->updateButtons();
        QHash<QString, QString> names;
        for (int row = 0; row < self->m_model->rowCount(); ++row)
            names.insert(self->m_model->index(row, OperatorsModel::Id).data().toString(),
                         self->m_model->index(row, OperatorsModel::Name).data().toString());
        self->refreshSections(names, 0);
    });
}

// Each kind's section in turn, one request out at a time.
void OperatorsPage::refreshSections(const QHash<QString, QString> &operatorNames, int next)
{
    if (next >= m_sectionOrder.size())
        return finishFetch();
    const auto ticket = m_gate.ticket();
    m_sectionOrder.at(next)->refresh(
        operatorNames, [self = QPointer(this), ticket] { return self && self->m_gate.isCurrent(ticket); },
        [self = QPointer(this), ticket, operatorNames, next] {
            if (self && self->m_gate.isCurrent(ticket))
                self->refreshSections(operatorNames, next + 1);
        });
}

void OperatorsPage::finishFetch()
{
    m_gate.close();
    emit refreshed();
    if (std::exchange(m_again, false)) {
        m_sinceFetch.invalidate();
        refresh();
    }
}

void OperatorsPage::updateButtons()
{
    const QString id = selectedOperator();
    QString status;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, OperatorsModel::Id).data().toString() == id)
            status = m_model->index(r, OperatorsModel::Status).data(OperatorsModel::RawRole).toString();
    }
    m_rotate->setEnabled(!id.isEmpty());
    m_edit->setEnabled(!id.isEmpty());
    m_suspend->setEnabled(status == u"active");
    m_resume->setEnabled(status == u"suspended");
}

void OperatorsPage::setActionMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        emit actionFailed(message);
}

void OperatorsPage::showNewOperatorForm()
{
    m_formBox->setTitle(tr("New operator"));
    m_form->reset();
    m_formBox->show();
    m_form->name()->setFocus();
}

void OperatorsPage::createOperator()
{
    m_form->setError({});
    m_form->setBusy(true);
    m_host.post(Base + u"/operators"_s, m_form->spec(), [self = QPointer(this)](const Result<QJsonObject> &r) {
        if (!self)
            return;
        self->m_form->setBusy(false);
        if (!r) {
            self->m_form->setError(tr("The host refused: %1").arg(r.error().message));
            return;
        }
        const QJsonObject op = r->value(u"operator").toObject();
        const QString id = op.value(u"id").toString();
        self->m_formBox->hide();
        self->m_form->reset();
        self->m_secret->show(op.value(u"name").toString(), r->value(u"keyId").toString(), r->value(u"secret").toString());
        emit self->secretShown(id, r->value(u"keyId").toString(), r->value(u"secret").toString());
        emit self->operatorCreated(id);
        self->reload();
    });
}

void OperatorsPage::editSelected()
{
    const QString id = selectedOperator();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, OperatorsModel::Id).data().toString() != id)
            continue;
        m_formBox->setTitle(tr("Change %1").arg(nameOf(id)));
        m_form->edit(m_model->rowAt(r));
        m_formBox->show();
        m_form->minBet()->setFocus();
        return;
    }
}

void OperatorsPage::saveOperator()
{
    auto changes = m_form->changes();
    if (changes.isEmpty()) { // nothing to send
        m_formBox->hide();
        m_form->reset();
        return;
    }
    m_form->setError({});
    m_form->setBusy(true);
    postChanges(m_form->editedOperator(), std::move(changes));
}

// One change after the other, so that a refusal names the one refused and stops the rest.
void OperatorsPage::postChanges(const QString &operatorId, QList<std::pair<QString, QJsonObject>> changes)
{
    if (changes.isEmpty()) {
        m_form->setBusy(false);
        m_formBox->hide();
        m_form->reset();
        emit actionDone(operatorId, u"change"_s);
        reload();
        return;
    }
    const auto [action, body] = changes.takeFirst();
    m_host.post(Base + u"/operators/%1/%2"_s.arg(operatorId, action), body,
                [self = QPointer(this), operatorId, rest = std::move(changes)](const Result<QJsonObject> &r) mutable {
        if (!self)
            return;
        if (!r) {
            self->m_form->setBusy(false);
            self->m_form->setError(tr("The host refused: %1").arg(r.error().message));
            self->reload(); // what went through before it is shown
            return;
        }
        self->postChanges(operatorId, std::move(rest));
    });
}

void OperatorsPage::rotateSelected()
{
    operatorAction(u"rotate"_s);
}

void OperatorsPage::setSuspended(bool suspended)
{
    operatorAction(suspended ? u"suspend"_s : u"resume"_s);
}

void OperatorsPage::operatorAction(const QString &action)
{
    const QString id = selectedOperator();
    if (id.isEmpty())
        return;
    const QString name = nameOf(id);
    m_host.post(Base + u"/operators/%1/%2"_s.arg(id, action), {},
                [self = QPointer(this), id, name, action](const Result<QJsonObject> &r) {
        if (!self)
            return;
        if (!r) {
            self->setActionMessage(tr("The host refused: %1").arg(r.error().message));
            return;
        }
        self->setActionMessage({});
        if (action == u"rotate") {
            self->m_secret->show(name, r->value(u"keyId").toString(), r->value(u"secret").toString());
            emit self->secretShown(id, r->value(u"keyId").toString(), r->value(u"secret").toString());
        }
        emit self->actionDone(id, action);
        self->reload();
    });
}

} // namespace steward::ui
