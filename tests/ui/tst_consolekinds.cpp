// SPDX-License-Identifier: GPL-3.0-or-later
// The console's game kinds (ui/games/ConsoleKind.h): the registry holds both built-in kinds with
// their join paths, and a game of a kind the console does not know, from a real host, gets the
// plain generic view instead of breaking the Games dashboard.
#include "HttpClient.h"
#include "ScreenshotDir.h"
#include "TestHost.h"
#include "server/auth/Authenticator.h"
#include "server/client/HostClient.h"
#include "ui/games/ConsoleKindRegistry.h"
#include "ui/games/GamesPage.h"
#include "ui/games/GenericGameView.h"
#include "ui/games/JoinCard.h"
#include "ui/games/NewGameDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestConsoleKinds : public QObject
{
    Q_OBJECT

private slots:
    void registryListsTheBuiltInKinds()
    {
        const ui::ConsoleKindRegistry &kinds = ui::ConsoleKindRegistry::instance();
        QStringList ids;
        for (const ui::ConsoleKind *k : kinds.kinds())
            ids << k->id();
        QCOMPARE(ids, (QStringList{u"beer"_s, u"rounds"_s, u"sovereign"_s}));
        QCOMPARE(kinds.find(u"beer"_s)->joinPath(), u"/"_s);
        QCOMPARE(kinds.find(u"rounds"_s)->joinPath(), u"/rounds"_s);
        QCOMPARE(kinds.displayName(u"beer"_s), u"Beer Game"_s);
        QCOMPARE(kinds.displayName(u"rounds"_s), u"Rounds table"_s);
        QCOMPARE(kinds.find(u"chess"_s), nullptr);
        QCOMPARE(kinds.displayName(u"chess"_s), u"chess"_s);

        // Each has its form, its live view and its analytics; only the rounds table has a section
        // on the Operators dashboard.
        client::HostClient host;
        for (const ui::ConsoleKind *k : kinds.kinds()) {
            std::unique_ptr<ui::NewGameForm> form(k->newGameForm());
            QVERIFY(form);
            QVERIFY(!form->config().isEmpty());
            std::unique_ptr<ui::GameView> view(k->liveView(host));
            QVERIFY(view);
            std::unique_ptr<ui::KindAnalytics> analytics(k->analytics(false));
            QVERIFY(analytics);
            std::unique_ptr<ui::OperatorsSection> section(k->operatorsSection(host));
            QCOMPARE(bool(section), k->id() == u"rounds");
        }

        // New game offers the kinds in the registry's order.
        ui::NewGameDialog dialog;
        QCOMPARE(dialog.kindBox()->count(), 3);
        QCOMPARE(dialog.kindBox()->itemData(0).toString(), u"beer"_s);
        QCOMPARE(dialog.kindBox()->itemData(1).toString(), u"rounds"_s);
    }

    void unknownKindGetsTheGenericView()
    {
        TestHost testHost;
        QVERIFY2(testHost.ok(), qPrintable(testHost.error()));
        HttpClient http(testHost.httpUrl());
        const QString token = http.signIn(QString::fromLatin1(TestHost::Password));
        const HttpReply created = http.post(
            u"/api/games/create"_s, {{u"kind"_s, u"beer"_s}, {u"config"_s, QJsonObject{{u"teams"_s, 2}}}}, token);
        QCOMPARE(created.status, 200);
        const QString gameId = created.json.value(u"gameId"_s).toString();

        client::HostClient host;
        host.setPollIntervalMs(100);
        const ui::ConsoleKindRegistry knowsNothing; // a console that knows no kind the host has
        ui::GamesPage page(host, nullptr, &knowsNothing);
        page.resize(1000, 700);
        page.show();
        host.attach(testHost.httpUrl(), testHost.runtime().auth().issueFacilitatorToken());

        QTRY_COMPARE(page.gamesTable()->rowCount(), 1);
        QTRY_COMPARE(page.selectedGame(), gameId);
        QCOMPARE(page.gamesTable()->item(0, 1)->text(), u"beer"_s); // its id for a name
        QCOMPARE(page.gamesTable()->item(0, 4)->text(), u"2"_s);     // the teams, from the summary
        auto *generic = qobject_cast<ui::GenericGameView *>(page.viewFor(u"beer"_s));
        QVERIFY(generic);
        QTRY_COMPARE(page.currentView(), static_cast<ui::GameView *>(generic));
        QTRY_COMPARE(generic->view().value(u"gameId"_s).toString(), gameId);
        QVERIFY(generic->titleLabel()->text().startsWith(u"beer"_s));
        QStringList fields;
        for (int r = 0; r < generic->fieldsTable()->rowCount(); ++r)
            fields << generic->fieldsTable()->item(r, 0)->text();
        QVERIFY2(fields.contains(u"joinCode"_s) && fields.contains(u"status"_s), qPrintable(fields.join(u", ")));
        QVERIFY(page.grab().save(QDir(screenshotDir()).filePath(u"console-unknown-kind.png"_s)));

        // Its join card sends players to the host's start page.
        std::unique_ptr<ui::JoinCard> card(page.showJoinCard(gameId));
        card->setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(card->addressText().contains(testHost.httpUrl().host()));
        QVERIFY(!card->addressText().contains(u"/rounds"_s));
        card->close();
    }
};

QTEST_MAIN(TestConsoleKinds)
#include "tst_consolekinds.moc"
