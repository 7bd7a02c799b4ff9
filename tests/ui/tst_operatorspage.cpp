// SPDX-License-Identifier: GPL-3.0-or-later
// The console's Operators dashboard over a HostClient attached to a real host in this process,
// with a real HTTP operator (TestOperator) answering the wallet webhooks: an operator created
// from the page's form, bets signed as an operator's servers sign them, the secret rotated,
// the operator suspended and resumed from the page, and the rounds table's paytable and RTP.
// The screenshot goes to $STEWARD_SCREENSHOT_DIR (default: ./screenshots).
#include "HttpClient.h"
#include "ScreenshotDir.h"
#include "TestHost.h"
#include "TestOperator.h"
#include "server/auth/Authenticator.h"
#include "server/client/HostClient.h"
#include "server/core/GameHost.h"
#include "server/games/rounds/RoundsGame.h"
#include "ui/operators/OneTimeSecret.h"
#include "ui/operators/OperatorForm.h"
#include "ui/operators/OperatorsModel.h"
#include "ui/operators/OperatorsPage.h"
#include "ui/games/rounds/PaytableForm.h"
#include "ui/games/rounds/RoundsOperatorsSection.h"
#include "ui/games/rounds/RoundsReportView.h"
#include "server/wallet/RequestSigning.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestOperatorsPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<client::HostClient> m_client;
    std::unique_ptr<ui::OperatorsPage> m_page;
    std::unique_ptr<TestOperator> m_wallet;
    QString m_table, m_operatorId, m_keyId, m_backoffice;
    QByteArray m_secret;

    ui::RoundsOperatorsSection *rounds()
    {
        return qobject_cast<ui::RoundsOperatorsSection *>(m_page->section(u"rounds"_s));
    }

    HttpReply bet(const QString &betId, const QString &type, qint64 stake, const QString &keyId = {},
                  const QByteArray &secret = {})
    {
        const QJsonObject body{{u"table"_s, m_table}, {u"betId"_s, betId}, {u"player"_s, u"alice"_s},
                               {u"type"_s, type}, {u"stake"_s, stake}};
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QNetworkRequest r = TestOperator::signedRequest(
            m_http->url(u"/api/operator/v1/bets"_s), "POST", bytes, keyId.isEmpty() ? m_keyId : keyId,
            secret.isEmpty() ? m_secret : secret, QDateTime::currentSecsSinceEpoch(),
            steward::wallet::RequestSigning::newNonce()); // a fresh one the gateway accepts, whatever the pid
        return m_http->send(r, bytes);
    }
    const rounds::RoundsGame &table()
    {
        return *static_cast<const rounds::RoundsGame *>(m_host->runtime().games().game(m_table));
    }
    void waitForOpenRound()
    {
        QTRY_VERIFY_WITH_TIMEOUT(table().openRound().has_value()
                                     && m_host->runtime().games().viewFor(m_table, Actor::system())
                                                .value(u"current"_s).toObject().value(u"closesAt"_s).toInteger()
                                            > QDateTime::currentMSecsSinceEpoch() + 1'000,
                                 10'000);
    }
    // The operator's row in the page's table, or -1.
    int row() const
    {
        for (int r = 0; r < m_page->operators()->rowCount(); ++r) {
            if (m_page->operators()->index(r, ui::OperatorsModel::Id).data().toString() == m_operatorId)
                return r;
        }
        return -1;
    }
    QString cell(int column) const
    {
        const int r = row();
        return r < 0 ? QString() : m_page->operators()->index(r, column).data().toString();
    }
    // The rows of a report table whose columns `a` and `b` hold these texts.
    static int findRow(const QTableWidget *t, int a, const QString &textA, int b, const QString &textB)
    {
        for (int r = 0; r < t->rowCount(); ++r) {
            if (t->item(r, a) && t->item(r, a)->text() == textA && t->item(r, b) && t->item(r, b)->text() == textB)
                return r;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        chain::ChainOptions noChain;
        noChain.secrets = SecretStorePreference::File;
        m_host = std::make_unique<TestHost>(noChain);
        QVERIFY2(m_host->ok(), qPrintable(m_host->error()));
        m_http = std::make_unique<HttpClient>(m_host->httpUrl());
        const QString admin = m_http->signIn(QString::fromLatin1(TestHost::Password));
        QVERIFY(!admin.isEmpty());
        const HttpReply created = m_http->post(u"/api/games/create"_s,
                                               {{u"kind"_s, u"rounds"_s}, {u"config"_s, QJsonObject{{u"periodMs"_s, 3'000}}}},
                                               admin);
        QVERIFY2(created.status == 200, created.body.constData());
        m_table = created.json.value(u"gameId").toString();

        m_backoffice = m_host->runtime().auth().issueBackofficeToken(u"admin"_s);
        m_client = std::make_unique<client::HostClient>();
        m_client->setPollIntervalMs(200);
        m_client->attach(m_host->httpUrl(), m_host->runtime().auth().issueFacilitatorToken(), m_backoffice);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->isLive(), 5'000);
        m_page = std::make_unique<ui::OperatorsPage>(*m_client);
        m_page->resize(1500, 1000);
        m_page->show();
        QVERIFY(m_page->notice().isEmpty());
    }

    // The form's refusal is the host's own message; a good form creates the operator, and its
    // secret is shown once in the page.
    void createsAnOperatorFromTheForm()
    {
        // A wallet that answers at once; the host signs its webhooks with the key it is about to
        // hand out, so the operator's servers (this TestOperator) learn it from the page.
        auto placeholder = std::make_unique<TestOperator>();
        QVERIFY(placeholder->start());

        m_page->showNewOperatorForm();
        ui::OperatorForm *form = m_page->operatorForm();
        QVERIFY(form->isVisible());
        form->webhookUrl()->setText(placeholder->webhookUrl().toString());
        form->currency()->setText(u"EUR"_s);
        form->createButton()->click(); // no name
        QTRY_VERIFY_WITH_TIMEOUT(!form->error().isEmpty(), 5'000);
        QVERIFY2(form->error().startsWith(u"The host refused: "_s), qPrintable(form->error()));

        QSignalSpy shown(m_page.get(), &ui::OperatorsPage::secretShown);
        form->name()->setText(u"Acme Bets"_s);
        form->region()->setText(u"DE"_s);
        form->minBet()->setValue(1);
        form->maxBet()->setValue(50);
        form->maxWin()->setValue(2'000);
        form->createButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() == 1 || !form->error().isEmpty(), 5'000);
        QVERIFY2(shown.size() == 1, qPrintable(form->error()));
        QVERIFY(!form->isVisible());
        m_operatorId = shown.first().at(0).toString();
        m_keyId = shown.first().at(1).toString();
        const QString secretHex = shown.first().at(2).toString();
        QVERIFY(m_keyId.startsWith(u"op_"_s));
        QCOMPARE(secretHex.size(), 64);
        QVERIFY(m_page->secretPanel()->isVisible());
        QCOMPARE(m_page->secretPanel()->keyId(), m_keyId);
        QCOMPARE(m_page->secretPanel()->secret(), secretHex);
        m_secret = QByteArray::fromHex(secretHex.toLatin1());

        QTRY_VERIFY_WITH_TIMEOUT(row() >= 0, 5'000);
        QCOMPARE(cell(ui::OperatorsModel::Name), u"Acme Bets"_s);
        QCOMPARE(cell(ui::OperatorsModel::Status), u"active"_s);
        QCOMPARE(cell(ui::OperatorsModel::KeyId), m_keyId);
        QCOMPARE(cell(ui::OperatorsModel::Currency), u"EUR"_s);
        QCOMPARE(cell(ui::OperatorsModel::MinBet), u"1.00"_s);
        QCOMPARE(cell(ui::OperatorsModel::MaxBet), u"50.00"_s);
        QCOMPARE(cell(ui::OperatorsModel::MaxWin), u"2,000.00"_s);
        QCOMPARE(m_page->operators()->rowAt(row()).value(u"webhookUrl").toString(), placeholder->webhookUrl().toString());

        // Now the operator's wallet with the key the page showed, at its own address.
        m_wallet = std::make_unique<TestOperator>(m_keyId, m_secret);
        QVERIFY(m_wallet->start());
        const HttpReply moved = m_http->post(u"/api/admin/v1/operators/%1/webhook"_s.arg(m_operatorId),
                                             {{u"webhookUrl"_s, m_wallet->webhookUrl().toString()}}, m_backoffice);
        QVERIFY2(moved.status == 200, moved.body.constData());
    }

    void betsReachTheWebhook()
    {
        waitForOpenRound();
        for (int i = 0; i < 3; ++i) {
            const HttpReply r = bet(u"b-%1"_s.arg(i), i % 2 ? u"even"_s : u"odd"_s, 1'000);
            QVERIFY2(r.status == 200, r.body.constData());
        }
        QCOMPARE(m_wallet->applied(u"debit"_s), 3);
        QTRY_VERIFY_WITH_TIMEOUT(row() >= 0 && m_page->operators()->rowAt(row()).value(u"webhook"_s).toObject()
                                                      .value(u"lastSuccessAt"_s).toInteger() > 0, 10'000);
        QCOMPARE(cell(ui::OperatorsModel::Webhook), u"reachable"_s);
        QCOMPARE(cell(ui::OperatorsModel::LastError), QString());

        // Once the round settles, the RTP report counts the operator's bets.
        ui::RoundsReportView *reports = rounds()->reports();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(reports->rtpReport(), ui::RoundsReportView::RtpOperator, u"Acme Bets"_s,
                                         ui::RoundsReportView::RtpKind, u"odd / even"_s) >= 0, 15'000);
        const int r = findRow(reports->rtpReport(), ui::RoundsReportView::RtpOperator, u"Acme Bets"_s,
                              ui::RoundsReportView::RtpKind, u"odd / even"_s);
        QCOMPARE(reports->rtpReport()->item(r, ui::RoundsReportView::RtpBets)->text(), u"3"_s);
        QCOMPARE(reports->rtpReport()->item(r, ui::RoundsReportView::RtpStake)->text(), u"30.00"_s);
        QCOMPARE(reports->rtpReport()->item(r, ui::RoundsReportView::RtpTheoretical)->text(), u"88.50 %"_s);
        QCOMPARE(reports->rtpReport()->item(r, ui::RoundsReportView::RtpStatus)->text(), u"low volume"_s);
    }

    void paytableHasTheExactRtp()
    {
        const QTableWidget *pt = rounds()->reports()->paytable();
        QTRY_VERIFY_WITH_TIMEOUT(pt->rowCount() == 4, 5'000);
        QVERIFY(findRow(pt, ui::RoundsReportView::PtKind, u"exact number"_s, ui::RoundsReportView::PtRtp, u"88.00 %"_s) >= 0);
        QVERIFY(findRow(pt, ui::RoundsReportView::PtKind, u"decade"_s, ui::RoundsReportView::PtRtp, u"88.50 %"_s) >= 0);
        QVERIFY(findRow(pt, ui::RoundsReportView::PtKind, u"exact number"_s, ui::RoundsReportView::PtPays, u"88.00×"_s) >= 0);
        QCOMPARE(rounds()->reports()->bandText(), u"Every bet kind must return between 88.00 % and 89.00 % of its stakes."_s);
    }

    void screenshot()
    {
        QTest::qWait(300);
        const QString dir = screenshotDir();
        QVERIFY(m_page->grab().save(QDir(dir).filePath(u"console-operators.png"_s)));
    }

    // The form, filled with the operator: new limits hold for its next bet; a refusal is the host's.
    void changesLimits()
    {
        QVERIFY(m_page->selectOperator(m_operatorId));
        m_page->editSelected();
        ui::OperatorForm *form = m_page->operatorForm();
        QVERIFY(form->isVisible() && form->isEditing());
        QCOMPARE(form->name()->text(), u"Acme Bets"_s);
        QVERIFY(form->name()->isReadOnly() && form->currency()->isReadOnly());
        QCOMPARE(form->maxBet()->value(), 50.0);
        QCOMPARE(form->createButton()->text(), u"Save changes"_s);
        form->minBet()->setValue(80); // above the max bet
        form->createButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!form->error().isEmpty(), 5'000);
        QVERIFY2(form->error().startsWith(u"The host refused: "_s), qPrintable(form->error()));
        QCOMPARE(cell(ui::OperatorsModel::MinBet), u"1.00"_s);
        form->minBet()->setValue(2);
        form->maxBet()->setValue(20);
        QCOMPARE(form->changes().size(), 1); // the limits only: webhook and region are as they were
        QSignalSpy done(m_page.get(), &ui::OperatorsPage::actionDone);
        form->createButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1 || !form->error().isEmpty(), 5'000);
        QVERIFY2(done.size() == 1, qPrintable(form->error()));
        QVERIFY(!form->isVisible());
        QTRY_COMPARE(cell(ui::OperatorsModel::MaxBet), u"20.00"_s);
        QCOMPARE(cell(ui::OperatorsModel::MinBet), u"2.00"_s);
        waitForOpenRound();
        QCOMPARE(bet(u"big"_s, u"odd"_s, 3'000).errorCode(), u"BET_ABOVE_MAXIMUM"_s);
        QCOMPARE(bet(u"small"_s, u"odd"_s, 100).errorCode(), u"BET_BELOW_MINIMUM"_s);
        const HttpReply ok = bet(u"fits"_s, u"odd"_s, 2'000);
        QVERIFY2(ok.status == 200, ok.body.constData());
    }

    // A paytable typed in the page: its RTP worked out as typed, refused outside the band, and
    // from the next round on the table pays it.
    void setsAPaytable()
    {
        rounds()->showPaytableForm();
        ui::PaytableForm *form = rounds()->paytableForm();
        QVERIFY(form->isVisible());
        QCOMPARE(form->table(), m_table);
        QCOMPARE(form->multiplier(0)->value(), 88.0);
        QCOMPARE(form->rtpText(1), u"RTP 88.50 %"_s);
        form->multiplier(0)->setValue(90);
        QCOMPARE(form->rtpText(0), u"RTP 90.00 % — outside 88.00 – 89.00 %"_s);
        QVERIFY(!form->applyButton()->isEnabled());
        form->multiplier(0)->setValue(88.5);
        QCOMPARE(form->rtpText(0), u"RTP 88.50 %"_s);
        QVERIFY(form->applyButton()->isEnabled());
        form->applyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(form->message().startsWith(u"The new paytable applies from round "_s), 5'000);
        const QTableWidget *pt = rounds()->reports()->paytable();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(pt, ui::RoundsReportView::PtKind, u"exact number"_s,
                                         ui::RoundsReportView::PtPays, u"88.50×"_s) >= 0, 5'000);
        QCOMPARE(table().paytable().multiplierHundredths(rounds::BetKind::Exact), 8850);
        // The host has the last word: a paytable it refuses is refused with its code.
        const HttpReply refused = m_http->post(u"/api/admin/v1/tables/%1/paytable"_s.arg(m_table),
                                               {{u"paytable"_s, QJsonObject{{u"exact"_s, 95}}}}, m_backoffice);
        QCOMPARE(refused.errorCode(), u"INVALID_PAYTABLE"_s);
    }

    // A new key from the page: shown once, and the old one no longer signs.
    void rotatesTheSecret()
    {
        m_page->secretPanel()->clear();
        QVERIFY(m_page->selectOperator(m_operatorId));
        QSignalSpy shown(m_page.get(), &ui::OperatorsPage::secretShown);
        m_page->rotateSelected();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 5'000);
        const QString newKey = shown.first().at(1).toString();
        const QByteArray newSecret = QByteArray::fromHex(shown.first().at(2).toString().toLatin1());
        QVERIFY(newKey != m_keyId);
        QCOMPARE(newSecret.size(), 32);
        QVERIFY(newSecret != m_secret);
        QCOMPARE(m_page->secretPanel()->keyId(), newKey);
        QVERIFY(m_page->secretPanel()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(cell(ui::OperatorsModel::KeyId), newKey, 5'000);

        waitForOpenRound();
        HttpReply r = bet(u"old-key"_s, u"odd"_s, 1'000); // the old key id and secret
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"UNKNOWN_OPERATOR_KEY"_s);
        r = bet(u"old-secret"_s, u"odd"_s, 1'000, newKey, m_secret); // the new id, the old secret
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"SIGNATURE_INVALID"_s);
        m_keyId = newKey;
        m_secret = newSecret;
    }

    void suspendsAndResumes()
    {
        QVERIFY(m_page->selectOperator(m_operatorId));
        QSignalSpy done(m_page.get(), &ui::OperatorsPage::actionDone);
        m_page->setSuspended(true);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5'000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(ui::OperatorsModel::Status), u"suspended"_s, 5'000);
        waitForOpenRound();
        const HttpReply r = bet(u"while-suspended"_s, u"odd"_s, 1'000);
        QCOMPARE(r.errorCode(), u"OPERATOR_SUSPENDED"_s);

        QVERIFY(m_page->selectOperator(m_operatorId));
        m_page->setSuspended(false);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 5'000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(ui::OperatorsModel::Status), u"active"_s, 5'000);
        QVERIFY(m_page->actionMessage().isEmpty());
    }

    void withoutBackofficeSaysSo()
    {
        client::HostClient plain;
        plain.setPollIntervalMs(200);
        plain.attach(m_host->httpUrl(), m_host->runtime().auth().issueFacilitatorToken());
        QTRY_VERIFY_WITH_TIMEOUT(plain.isLive(), 5'000);
        ui::OperatorsPage page(plain);
        page.show();
        QVERIFY(page.notice().contains(u"need a backoffice role"_s));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_client.reset();
    }
};

QTEST_MAIN(TestOperatorsPage)
#include "tst_operatorspage.moc"
