<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DebriefPdf</name>
    <message>
        <source>Cannot write the PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wholesaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks played by %2 teams. Holding cost %3 and backlog cost %4 per unit per week. Written %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullwhip ratio: the variance of each role&apos;s orders over the variance of customer demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ratio above 1 means the role&apos;s orders swung more than the customers&apos; demand did; the further up the chain, the larger it usually grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 · cost %2 · rank %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cost %2, bullwhip ratio %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Steward console: host games on this network and watch them live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the host at this URL instead of embedding one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator user name on the --attach host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host&apos;s address such as http://192.168.1.20:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The game host could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s language: en, de or es (default: the desktop&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::client::HostClient</name>
    <message>
        <source>The connection to the host was lost; trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host does not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host refused (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ui::AnalyticsPage</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullwhip ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debrief PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullwhip ratio: the variance of a role&apos;s orders over the variance of customer demand. Above 1, the role amplified the swings it saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the debrief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beer Game %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beer Game debrief — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Beer Game on this host yet: the charts appear as soon as one is played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No week has been played yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Weeks played: %n. Team %1 has cost %2 so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wholesaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ui::AuditModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ui::BeerGameView</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advance week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats nobody took are played by a bot from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the open week of every team now; bots order for whoever has not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams and their four roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the game&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beer Game · join code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for players — press Start when the class is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · teams: %n · weeks: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the seat back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand to a bot (Sterman)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand to a bot (base stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free the seat (the player joined the wrong one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1, %2: the stock for this week (the change is kept in the history, with who made it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ui::BeerTeamsModel</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wholesaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (bot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2
stock %3 · backlog %4 · on the way %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2. Cost so far %3; last order %4. Right-click for a bot, or to correct the stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ui::ChainPage</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show transactions with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction hash, game or kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions the games queued for the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy transaction hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy intent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the host about its chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host records nothing on a blockchain (started with --no-chain).

Games run as usual. Start it without --no-chain to record each order and each week&apos;s result on a local devnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host did not list its transactions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · the newest %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ui::ChainStatusPanel</name>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the local devnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploying the contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local devnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · confirmations counted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has read no block yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1 · up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1 · %2 behind the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · reorganisations seen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued · %2 sent · %3 confirmed · %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none deployed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet (every 30 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: %1 confirmed, %2 seen on chain · checked %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed here but missing on chain: %1 (%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ui::EventLogPage</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search time, who, action and detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries shown, as they are sorted, to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host did not send its event log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward-events-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::GamesPage</name>
    <message>
        <source>Beer Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New game…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No game yet. Press “New game” to start one; players join from any browser on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Games on this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · join code %2 · status %3 · round %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the rounds table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the Beer Game</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ui::JoinCard</name>
    <message>
        <source>Press Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 and type the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the join link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ui::MainWindow</name>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players &amp; sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New game…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Players &amp;&amp; sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Players join at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Players online: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Chain off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chain block %1 · waiting: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::NewGameDialog</name>
    <message>
        <source>New game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beer Distribution Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds table (a number every few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic: demand 4, then 8 from week 5; 36 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short demo: 12 weeks, the step at week 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random demand: around 8 a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sharing: everyone sees customer demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each team moves on when its orders are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I press Advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this many seconds a bot orders for whoever has not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teams of four:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weeks advance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week &amp;timer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Seats in all: %n. Seats nobody takes are played by a bot.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Players bet play chips from their browsers; the seed of every round is committed before betting opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ui::OutboxModel</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox row, in the order the games queued them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the row records: an order, a role&apos;s inventory, or a week&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator account&apos;s transaction number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block the transaction was mined in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas the transaction used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the chain refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steward::ui::SessionsPage</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team / role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections to the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this connection; the player sees why and may join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>online · %n refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connections: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>players: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::TeamChart</name>
    <message>
        <source>Retailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wholesaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders each week: the bullwhip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net stock each week (stock − backlog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer demand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
