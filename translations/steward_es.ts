<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BeerConsoleKind</name>
    <message>
        <source>Beer Game</source>
        <translation>Juego de la cerveza</translation>
    </message>
    <message>
        <source>Beer Distribution Game</source>
        <translation>Juego de la cerveza (Beer Distribution Game)</translation>
    </message>
    <message>
        <source>Join the Beer Game</source>
        <translation>Únete al Juego de la cerveza</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>retailer</source>
        <translation>minorista</translation>
    </message>
    <message>
        <source>wholesaler</source>
        <translation>mayorista</translation>
    </message>
    <message>
        <source>distributor</source>
        <translation>distribuidor</translation>
    </message>
    <message>
        <source>factory</source>
        <translation>fábrica</translation>
    </message>
    <message>
        <source>team %1, %2</source>
        <translation>equipo %1, %2</translation>
    </message>
</context>
<context>
    <name>DebriefPdf</name>
    <message>
        <source>Cannot write the PDF file.</source>
        <translation>No se puede escribir el archivo PDF.</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Minorista</translation>
    </message>
    <message>
        <source>Wholesaler</source>
        <translation>Mayorista</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fábrica</translation>
    </message>
    <message>
        <source>%1 weeks played by %2 teams. Holding cost %3 and backlog cost %4 per unit per week. Written %5.</source>
        <translation>%1 semanas jugadas por %2 equipos. Coste de almacenamiento %3 y de pedidos pendientes %4 por unidad y semana. Generado: %5.</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Team cost</source>
        <translation>Coste del equipo</translation>
    </message>
    <message>
        <source>Bullwhip ratio: the variance of each role&apos;s orders over the variance of customer demand</source>
        <translation>Índice de efecto látigo: la varianza de los pedidos de cada rol dividida entre la varianza de la demanda de los clientes</translation>
    </message>
    <message>
        <source>A ratio above 1 means the role&apos;s orders swung more than the customers&apos; demand did; the further up the chain, the larger it usually grows.</source>
        <translation>Un índice mayor que 1 significa que los pedidos del rol oscilaron más que la demanda de los clientes; cuanto más arriba en la cadena de suministro, más suele crecer.</translation>
    </message>
    <message>
        <source>Team %1 · cost %2 · rank %3</source>
        <translation>Equipo %1 · coste %2 · puesto %3</translation>
    </message>
    <message>
        <source>%1: cost %2, bullwhip ratio %3</source>
        <translation>%1: coste %2, índice de efecto látigo %3</translation>
    </message>
    <message>
        <source>Cannot finish the PDF file.</source>
        <translation>No se puede terminar el archivo PDF.</translation>
    </message>
</context>
<context>
    <name>FlagMarker</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Flagged.&lt;/b&gt; Refusals: %n, of commands that the game&apos;s own pages never send; they came from a modified client or were typed by hand.</source>
        <translation>
            <numerusform>&lt;b&gt;Marcado.&lt;/b&gt; Rechazos: %n, de una orden que las páginas del juego nunca envían; vino de un cliente modificado o se escribió a mano.</numerusform>
            <numerusform>&lt;b&gt;Marcado.&lt;/b&gt; Rechazos: %n, de órdenes que las páginas del juego nunca envían; vinieron de un cliente modificado o se escribieron a mano.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2: %3</source>
        <translation>De %1 a %2: %3</translation>
    </message>
    <message>
        <source>Last sent, newest first:</source>
        <translation>Lo último enviado, lo más reciente primero:</translation>
    </message>
    <message>
        <source>%1  %2: %3 %4</source>
        <translation>%1  %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>RoundsConsoleKind</name>
    <message>
        <source>Rounds table</source>
        <translation>Mesa de rondas</translation>
    </message>
    <message>
        <source>Rounds table (a number every few seconds)</source>
        <translation>Mesa de rondas (un número cada pocos segundos)</translation>
    </message>
    <message>
        <source>Join the rounds table</source>
        <translation>Únete a la mesa de rondas</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>ronda %1</translation>
    </message>
    <message>
        <source>A rounds table finishes the round that is open and starts no other.</source>
        <translation>Una mesa de rondas termina la ronda abierta y no empieza otra.</translation>
    </message>
</context>
<context>
    <name>SovereignConsoleKind</name>
    <message>
        <source>Sovereign Lines</source>
        <translation>Sovereign Lines</translation>
    </message>
    <message>
        <source>Sovereign Lines (real-time territory, 2 to 100 players)</source>
        <translation>Sovereign Lines (territorio en tiempo real, de 2 a 100 jugadores)</translation>
    </message>
    <message>
        <source>Join Sovereign Lines</source>
        <translation>Únete a Sovereign Lines</translation>
    </message>
    <message>
        <source>lobby</source>
        <translation>sala de espera</translation>
    </message>
    <message>
        <source>over</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>minute %1</source>
        <translation>minuto %1</translation>
    </message>
    <message>
        <source>%1 of %2 players</source>
        <translation>%1 de %2 jugadores</translation>
    </message>
    <message>
        <source>A Sovereign Lines match freezes: troops stop growing and marching, and its clock waits.</source>
        <translation>Una partida de Sovereign Lines se congela: las tropas dejan de crecer y de marchar, y su reloj espera.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Steward console: host games on this network and watch them live.</source>
        <translation>Consola de Steward: aloja partidas en esta red y síguelas en directo.</translation>
    </message>
    <message>
        <source>Watch the host at this URL instead of embedding one.</source>
        <translation>Observa el servidor de esta URL en lugar de integrar uno propio.</translation>
    </message>
    <message>
        <source>Facilitator user name on the --attach host.</source>
        <translation>Nombre de usuario del facilitador en el servidor de --attach.</translation>
    </message>
    <message>
        <source>“%1” is not a host&apos;s address such as http://192.168.1.20:8080.</source>
        <translation>«%1» no es la dirección de un servidor, como http://192.168.1.20:8080.</translation>
    </message>
    <message>
        <source>Facilitator password of %1:</source>
        <translation>Contraseña del facilitador de %1:</translation>
    </message>
    <message>
        <source>The host refused the sign-in: %1</source>
        <translation>El servidor rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>The game host could not start: %1</source>
        <translation>El servidor de juegos no pudo arrancar: %1</translation>
    </message>
    <message>
        <source>The console&apos;s language: en, de or es (default: the desktop&apos;s).</source>
        <translation>Idioma de la consola: en, de o es (por defecto, el del escritorio).</translation>
    </message>
    <message>
        <source>system, light or dark (default: as the desktop prefers).</source>
        <translation>system, light o dark (por defecto, según prefiera el escritorio).</translation>
    </message>
</context>
<context>
    <name>steward::client::HostClient</name>
    <message>
        <source>The connection to the host was lost; trying again.</source>
        <translation>Se perdió la conexión con el servidor; reintentando.</translation>
    </message>
    <message>
        <source>The host does not answer: %1</source>
        <translation>El servidor no responde: %1</translation>
    </message>
    <message>
        <source>The host refused (HTTP %1).</source>
        <translation>El servidor rechazó la petición (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>steward::ui::AnalyticsPage</name>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>&amp;Gráfico como PNG…</translation>
    </message>
    <message>
        <source>History as &amp;CSV…</source>
        <translation>Historial como &amp;CSV…</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>Parti&amp;da:</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>No se pudo guardar %1</translation>
    </message>
    <message>
        <source>Save the history</source>
        <translation>Guardar el historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>No game on this host yet: the charts appear as soon as one is played.</source>
        <translation>Todavía no hay partidas en este host: los gráficos aparecen en cuanto se juegue una.</translation>
    </message>
</context>
<context>
    <name>steward::ui::AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>steward::ui::BeerAnalytics</name>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>&amp;Debrief PDF…</source>
        <translation>&amp;Informe en PDF…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Bullwhip ratio</source>
        <translation>Índice de efecto látigo</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Team cost</source>
        <translation>Coste del equipo</translation>
    </message>
    <message>
        <source>Bullwhip ratio: the variance of a role&apos;s orders over the variance of customer demand. Above 1, the role amplified the swings it saw.</source>
        <translation>Índice de efecto látigo: la varianza de los pedidos de un rol dividida entre la varianza de la demanda de los clientes. Por encima de 1, el rol amplificó las oscilaciones que le llegaron.</translation>
    </message>
    <message>
        <source>This team&apos;s roles</source>
        <translation>Los roles de este equipo</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Save the debrief</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the debrief…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Beer Game %1 (%2)</source>
        <translation>Juego de la cerveza %1 (%2)</translation>
    </message>
    <message>
        <source>Beer Game debrief — %1</source>
        <translation>Informe del Juego de la cerveza — %1</translation>
    </message>
    <message>
        <source>No week has been played yet.</source>
        <translation>Aún no se ha jugado ninguna semana.</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Minorista</translation>
    </message>
    <message>
        <source>Wholesaler</source>
        <translation>Mayorista</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fábrica</translation>
    </message>
    <message numerus="yes">
        <source>Weeks played: %n. Team %1 has cost %2 so far.</source>
        <translation>
            <numerusform>Semanas jugadas: %n. El equipo %1 lleva un coste de %2.</numerusform>
            <numerusform>Semanas jugadas: %n. El equipo %1 lleva un coste de %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::BeerGameForm</name>
    <message>
        <source>Classic: demand 4, then 8 from week 5; 36 weeks</source>
        <translation>Clásico: demanda 4, luego 8 desde la semana 5; 36 semanas</translation>
    </message>
    <message>
        <source>Short demo: 12 weeks, the step at week 3</source>
        <translation>Demo corta: 12 semanas, el salto de demanda en la semana 3</translation>
    </message>
    <message>
        <source>Random demand: around 8 a week</source>
        <translation>Demanda aleatoria: unas 8 por semana</translation>
    </message>
    <message>
        <source>Information sharing: everyone sees customer demand</source>
        <translation>Información compartida: todos ven la demanda de los clientes</translation>
    </message>
    <message>
        <source> teams</source>
        <translation> equipos</translation>
    </message>
    <message>
        <source>Each team moves on when its orders are in</source>
        <translation>Cada equipo avanza cuando tiene todos sus pedidos</translation>
    </message>
    <message>
        <source>Only when I press Advance</source>
        <translation>Solo cuando pulse «Avanzar semana»</translation>
    </message>
    <message>
        <source>No timer</source>
        <translation>Sin temporizador</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>After this many seconds a bot orders for whoever has not.</source>
        <translation>Pasados estos segundos, un bot pide por quien no lo haya hecho.</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;Teams of four:</source>
        <translation>&amp;Equipos de cuatro:</translation>
    </message>
    <message>
        <source>&amp;Weeks advance:</source>
        <translation>Las semanas &amp;avanzan:</translation>
    </message>
    <message>
        <source>Week &amp;timer:</source>
        <translation>&amp;Temporizador semanal:</translation>
    </message>
    <message numerus="yes">
        <source>Seats in all: %n. Seats nobody takes are played by a bot.</source>
        <translation>
            <numerusform>Puestos en total: %n. Un bot juega los puestos que nadie ocupe.</numerusform>
            <numerusform>Puestos en total: %n. Un bot juega los puestos que nadie ocupe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::BeerGameView</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Advance week</source>
        <translation>&amp;Avanzar semana</translation>
    </message>
    <message>
        <source>&amp;End game</source>
        <translation>&amp;Finalizar partida</translation>
    </message>
    <message>
        <source>&amp;Join card</source>
        <translation>&amp;Tarjeta de acceso</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Seats nobody took are played by a bot from now on.</source>
        <translation>A partir de ahora, un bot juega los puestos que nadie ocupó.</translation>
    </message>
    <message>
        <source>Teams and their four roles</source>
        <translation>Equipos y sus cuatro roles</translation>
    </message>
    <message>
        <source>Export the game&apos;s history</source>
        <translation>Exportar el historial de la partida</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Beer Game · join code %1</source>
        <translation>Juego de la cerveza · código de acceso %1</translation>
    </message>
    <message>
        <source>Waiting for players — press Start when the class is in</source>
        <translation>Esperando jugadores — pulsa «Iniciar» cuando esté toda la clase</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message numerus="yes">
        <source>%1 · teams: %n · weeks: %2</source>
        <translation>
            <numerusform>%1 · equipos: %n · semanas: %2</numerusform>
            <numerusform>%1 · equipos: %n · semanas: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Give the seat back to %1</source>
        <translation>Devolver el puesto a %1</translation>
    </message>
    <message>
        <source>Correct the stock…</source>
        <translation>Corregir el inventario…</translation>
    </message>
    <message>
        <source>Free the seat (the player joined the wrong one)</source>
        <translation>Liberar el puesto (el jugador se unió al equivocado)</translation>
    </message>
    <message>
        <source>Correct the stock</source>
        <translation>Corregir el inventario</translation>
    </message>
    <message>
        <source>Team %1, %2: the stock for this week (the change is kept in the history, with who made it).</source>
        <translation>Equipo %1, %2: el inventario de esta semana (el cambio queda en el historial, junto con quién lo hizo).</translation>
    </message>
    <message>
        <source>Paused — players cannot order until you resume</source>
        <translation>En pausa — nadie puede pedir hasta que reanude</translation>
    </message>
    <message>
        <source>S&amp;eat</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <source>What to do with the selected seat: hand it to a bot or back, correct its stock, free it.</source>
        <translation>Qué hacer con el puesto seleccionado: pasarlo a un bot o devolverlo, corregir su stock, liberarlo.</translation>
    </message>
    <message>
        <source>Advance the week?</source>
        <translation>¿Avanzar la semana?</translation>
    </message>
    <message>
        <source>The open week ends now: bots order for every seat that has not ordered yet.</source>
        <translation>La semana abierta termina ahora: los bots piden por cada puesto que aún no ha pedido.</translation>
    </message>
    <message>
        <source>Advance team %1 only</source>
        <translation>Avanzar solo el equipo %1</translation>
    </message>
    <message>
        <source>Advance every team</source>
        <translation>Avanzar todos los equipos</translation>
    </message>
    <message>
        <source>Team %1, %2</source>
        <translation>Equipo %1, %2</translation>
    </message>
    <message>
        <source>Hand to a bot (%1)</source>
        <translation>Pasar a un bot (%1)</translation>
    </message>
    <message>
        <source>End the open week now, of every team or of the selected team only; bots order for whoever has not. Asks first.</source>
        <translation>Cierra ahora la semana abierta, de todos los equipos o solo del equipo seleccionado; los bots piden por quien no haya pedido. Pregunta antes.</translation>
    </message>
</context>
<context>
    <name>steward::ui::BeerTeamsModel</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Minorista</translation>
    </message>
    <message>
        <source>Wholesaler</source>
        <translation>Mayorista</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fábrica</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>bot</translation>
    </message>
    <message>
        <source>has ordered</source>
        <translation>ha hecho su pedido</translation>
    </message>
    <message>
        <source>waiting for the order</source>
        <translation>esperando el pedido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1%2
stock %3 · backlog %4
in transit %5</source>
        <translation>%1%2
inventario %3 · pendiente %4
en tránsito %5</translation>
    </message>
    <message>
        <source>The team&apos;s cost including the week in progress; Analytics counts finished weeks only.</source>
        <translation>El coste del equipo incluida la semana en curso; Análisis cuenta solo las semanas terminadas.</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Coste hasta ahora</translation>
    </message>
    <message>
        <source>bot: a typical player</source>
        <translation>bot: un jugador típico</translation>
    </message>
    <message>
        <source>bot: keeps a steady stock</source>
        <translation>bot: stock fijo</translation>
    </message>
    <message>
        <source>bot: passes orders on</source>
        <translation>bot: transmite los pedidos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>  ✓ ready</source>
        <translation>  ✓ listo</translation>
    </message>
    <message>
        <source>  ✓ ordered</source>
        <translation>  ✓ pedido</translation>
    </message>
    <message>
        <source>  … waiting</source>
        <translation>  … esperando</translation>
    </message>
    <message>
        <source>%1 — %2. Cost so far %3; last order %4. Seat ▾ (or a right-click) hands it to a bot, or corrects the stock.</source>
        <translation>%1 — %2. Coste hasta ahora %3; último pedido %4. «Puesto ▾» (o un clic derecho) lo pasa a un bot o corrige el stock.</translation>
    </message>
</context>
<context>
    <name>steward::ui::ChainPage</name>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Show transactions with this status</source>
        <translation>Mostrar las transacciones con este estado</translation>
    </message>
    <message>
        <source>Transaction hash, game or kind</source>
        <translation>Hash de transacción, partida o tipo</translation>
    </message>
    <message>
        <source>Find transactions</source>
        <translation>Buscar transacciones</translation>
    </message>
    <message>
        <source>Transactions the games queued for the chain</source>
        <translation>Transacciones que las partidas pusieron en cola para la blockchain</translation>
    </message>
    <message>
        <source>Copy transaction hash</source>
        <translation>Copiar el hash de la transacción</translation>
    </message>
    <message>
        <source>Copy intent id</source>
        <translation>Copiar el ID de intención</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Blockchain</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Asking the host about its chain…</source>
        <translation>Consultando al servidor por su blockchain…</translation>
    </message>
    <message>
        <source>The host records nothing on a blockchain (started with --no-chain).

Games run as usual. Start it without --no-chain to record each order and each week&apos;s result on a local devnet.</source>
        <translation>El servidor no registra nada en una blockchain (se inició con --no-chain).

Las partidas funcionan como siempre. Inícialo sin --no-chain para registrar cada pedido y el resultado de cada semana en una devnet local.</translation>
    </message>
    <message>
        <source>The host did not list its transactions: %1</source>
        <translation>El servidor no envió la lista de sus transacciones: %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Give &amp;up</source>
        <translation>&amp;Abandonar</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Send the selected failed record again, as a new transaction</source>
        <translation>Enviar de nuevo el registro fallido seleccionado, como una transacción nueva</translation>
    </message>
    <message>
        <source>Stop trying to record the selected failed record; it stays in the list, marked as given up</source>
        <translation>Dejar de intentar registrar el registro fallido seleccionado; queda en la lista, marcado como abandonado</translation>
    </message>
    <message>
        <source>%1 of %2 shown · the newest %2 of %3</source>
        <translation>%1 de %2 mostradas · las %2 más recientes de %3</translation>
    </message>
</context>
<context>
    <name>steward::ui::ChainStatusPanel</name>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>starting the local devnet</source>
        <translation>iniciando la devnet local</translation>
    </message>
    <message>
        <source>deploying the contracts</source>
        <translation>desplegando los contratos</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Nodo:</translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation>ID de cadena:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <source>Head block:</source>
        <translation>Último bloque:</translation>
    </message>
    <message>
        <source>Listener:</source>
        <translation>Listener:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Cuenta del operador:</translation>
    </message>
    <message>
        <source>Key store:</source>
        <translation>Almacén de claves:</translation>
    </message>
    <message>
        <source>Contracts:</source>
        <translation>Contratos:</translation>
    </message>
    <message>
        <source>Outbox:</source>
        <translation>Cola de salida:</translation>
    </message>
    <message>
        <source>Reconciliation:</source>
        <translation>Conciliación:</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>responde</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>no responde</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún desconocido</translation>
    </message>
    <message>
        <source>local devnet</source>
        <translation>devnet local</translation>
    </message>
    <message>
        <source>external node</source>
        <translation>nodo externo</translation>
    </message>
    <message>
        <source>%1 · confirmations counted: %2</source>
        <translation>%1 · confirmaciones necesarias: %2</translation>
    </message>
    <message>
        <source>has read no block yet</source>
        <translation>aún no ha leído ningún bloque</translation>
    </message>
    <message>
        <source>block %1 · up to date</source>
        <translation>bloque %1 · al día</translation>
    </message>
    <message>
        <source>block %1 · %2 behind the head</source>
        <translation>bloque %1 · %2 por detrás del último</translation>
    </message>
    <message>
        <source>not running yet</source>
        <translation>aún no está en marcha</translation>
    </message>
    <message>
        <source>%1 queued · %2 sent · %3 confirmed · %4 failed</source>
        <translation>%1 en cola · %2 enviadas · %3 confirmadas · %4 fallidas</translation>
    </message>
    <message>
        <source>none deployed yet</source>
        <translation>aún no se ha desplegado ninguno</translation>
    </message>
    <message>
        <source>not checked yet (every 30 s)</source>
        <translation>aún sin comprobar (cada 30 s)</translation>
    </message>
    <message>
        <source>ok: %1 confirmed, %2 seen on chain · checked %3</source>
        <translation>ok: %1 confirmadas, %2 vistas en la blockchain · comprobado %3</translation>
    </message>
    <message>
        <source>Key store: %1</source>
        <translation>Almacén de claves: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>reorganisations seen: %1</source>
        <translation>reorganizaciones vistas: %1</translation>
    </message>
    <message>
        <source>%1 given up</source>
        <translation>%1 abandonados</translation>
    </message>
    <message>
        <source>confirmed here but missing on chain: %1 (%2 and %3 more) · checked %4</source>
        <translation>confirmadas aquí pero ausentes en la cadena: %1 (%2 y %3 más) · comprobado %4</translation>
    </message>
    <message>
        <source>confirmed here but missing on chain: %1 (%2) · checked %3</source>
        <translation>confirmadas aquí pero ausentes en la cadena: %1 (%2) · comprobado %3</translation>
    </message>
</context>
<context>
    <name>steward::ui::EventLogPage</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Search time, who, action and detail</source>
        <translation>Buscar en hora, quién, acción y detalle</translation>
    </message>
    <message>
        <source>Search the event log</source>
        <translation>Buscar en el registro de eventos</translation>
    </message>
    <message>
        <source>Save the entries shown, as they are sorted, to a CSV file</source>
        <translation>Guarda las entradas mostradas, en su orden actual, en un archivo CSV</translation>
    </message>
    <message>
        <source>The host&apos;s audit trail</source>
        <translation>Registro de auditoría del servidor</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>The host did not send its event log: %1</source>
        <translation>El servidor no envió su registro de eventos: %1</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entradas: %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
    <message>
        <source>steward-events-%1.csv</source>
        <translation>steward-eventos-%1.csv</translation>
    </message>
    <message>
        <source>Export the event log</source>
        <translation>Exportar el registro de eventos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Rows written: %n, to %1.</source>
        <translation>
            <numerusform>Filas escritas: %n, en %1.</numerusform>
            <numerusform>Filas escritas: %n, en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::FlagsModel</name>
    <message>
        <source>Player</source>
        <translation>Jugador</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Juego</translation>
    </message>
    <message>
        <source>Refused with</source>
        <translation>Rechazado con</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
</context>
<context>
    <name>steward::ui::FlagsPanel</name>
    <message>
        <source>The host flags a player when it refuses a command that the game&apos;s own pages never send: it came from a modified client or was typed by hand. Click a flag to select the player&apos;s connection above.</source>
        <translation>El servidor marca a un jugador cuando rechaza una orden que las páginas del juego nunca envían: vino de un cliente modificado o se escribió a mano. Haz clic en una marca para seleccionar arriba la conexión del jugador.</translation>
    </message>
    <message>
        <source>Flagged players</source>
        <translation>Jugadores marcados</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Refused with</source>
        <translation>Rechazado con</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Flagged players: none</source>
        <translation>Jugadores marcados: ninguno</translation>
    </message>
    <message numerus="yes">
        <source>Flagged players: %n</source>
        <translation>
            <numerusform>Jugadores marcados: %n</numerusform>
            <numerusform>Jugadores marcados: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: nobody is flagged.</source>
        <translation>Pruebas: nadie está marcado.</translation>
    </message>
    <message>
        <source>Evidence for %1: the last commands refused, newest first</source>
        <translation>Pruebas de %1: las últimas órdenes rechazadas, las más recientes primero</translation>
    </message>
</context>
<context>
    <name>steward::ui::GamesPage</name>
    <message>
        <source>waiting for players</source>
        <translation>esperando jugadores</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>&amp;New game…</source>
        <translation>&amp;Nueva partida…</translation>
    </message>
    <message>
        <source>No game yet. Press “New game” to start one; players join from any browser on this network.</source>
        <translation>Aún no hay partidas. Pulsa «Nueva partida» para empezar una; los jugadores se unen desde cualquier navegador de esta red.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Players</source>
        <translation>Jugadores</translation>
    </message>
    <message>
        <source>Games on this host</source>
        <translation>Partidas en este servidor</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Week or round</source>
        <translation>Semana o ronda</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>ronda %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Delete game…</source>
        <translation>&amp;Eliminar partida…</translation>
    </message>
    <message>
        <source>Removes a game that is not running from the list. Its records stay in the event log.</source>
        <translation>Quita de la lista una partida que no está en curso. Sus registros se quedan en el registro de eventos.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Delete the game?</source>
        <translation>¿Eliminar la partida?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this game (%1, join code %2)? Players can no longer join or see it. Its records stay in the event log.</source>
        <translation>¿Eliminar esta partida (%1, código %2)? Nadie podrá unirse ni verla. Sus registros se quedan en el registro de eventos.</translation>
    </message>
    <message>
        <source>Nothing moves while a game is paused: players cannot order and week timers stop.</source>
        <translation>Mientras una partida está en pausa no se mueve nada: nadie puede pedir y los temporizadores de semana se detienen.</translation>
    </message>
    <message>
        <source>Join the game</source>
        <translation>Únete a la partida</translation>
    </message>
</context>
<context>
    <name>steward::ui::GenericGameView</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>This console does not know this kind of game: here is what the host says of it. Players join it from their browsers as usual.</source>
        <translation>Esta consola no conoce este tipo de partida: aquí está lo que el host dice de ella. Los jugadores se unen desde su navegador como siempre.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>What the host says of this game</source>
        <translation>Lo que el host dice de esta partida</translation>
    </message>
    <message>
        <source>%1 — join code %2</source>
        <translation>%1 — código de acceso %2</translation>
    </message>
</context>
<context>
    <name>steward::ui::JoinCard</name>
    <message>
        <source>Press Esc to close</source>
        <translation>Pulsa Esc para cerrar</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Unirse a %1</translation>
    </message>
    <message>
        <source>Open %1 and type the code</source>
        <translation>Abre %1 y escribe el código</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>QR code of the join link</source>
        <translation>Código QR del enlace para unirse</translation>
    </message>
</context>
<context>
    <name>steward::ui::MainWindow</name>
    <message>
        <source>Steward</source>
        <translation>Steward</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <source>Players &amp; sessions</source>
        <translation>Jugadores y sesiones</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>&amp;Game</source>
        <translation>&amp;Partida</translation>
    </message>
    <message>
        <source>&amp;New game…</source>
        <translation>&amp;Nueva partida…</translation>
    </message>
    <message>
        <source>&amp;Join card</source>
        <translation>&amp;Tarjeta de acceso</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Games</source>
        <translation>&amp;Partidas</translation>
    </message>
    <message>
        <source>&amp;Players &amp;&amp; sessions</source>
        <translation>&amp;Jugadores y sesiones</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>&amp;Análisis</translation>
    </message>
    <message>
        <source>Players join at %1</source>
        <translation>Los jugadores se unen en %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message numerus="yes">
        <source>Players online: %n</source>
        <translation>
            <numerusform>Jugadores en línea: %n</numerusform>
            <numerusform>Jugadores en línea: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain off</source>
        <translation>Blockchain desactivada</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Blockchain: %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message numerus="yes">
        <source>Chain block %1 · waiting: %n</source>
        <translation>
            <numerusform>Blockchain: bloque %1 · en espera: %n</numerusform>
            <numerusform>Blockchain: bloque %1 · en espera: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Settings saved; they take effect when Steward starts again.</source>
        <translation>Ajustes guardados; se aplican cuando Steward vuelva a arrancar.</translation>
    </message>
    <message>
        <source>Blockchain</source>
        <translation>Blockchain</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>&amp;Blockchain</source>
        <translation>&amp;Blockchain</translation>
    </message>
    <message>
        <source>&amp;Event log</source>
        <translation>&amp;Registro de eventos</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>&amp;Operators</source>
        <translation>&amp;Operadores</translation>
    </message>
    <message>
        <source>Quit Steward?</source>
        <translation>¿Salir de Steward?</translation>
    </message>
    <message numerus="yes">
        <source>%n player(s) are connected to this host. Quitting stops the host: their pages wait and come back to their seats when Steward starts again, and nothing they sent is lost.</source>
        <translation>
            <numerusform>%n jugador está conectado a este host. Salir detiene el host: su página espera y vuelve a su puesto cuando Steward arranque de nuevo, y no se pierde nada de lo enviado.</numerusform>
            <numerusform>%n jugadores están conectados a este host. Salir detiene el host: sus páginas esperan y vuelven a sus puestos cuando Steward arranque de nuevo, y no se pierde nada de lo enviado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose my own…</source>
        <translation>Elegir la mía…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Password for the web facilitator page and other consoles: user &lt;b&gt;admin&lt;/b&gt;, password &lt;b&gt;%1&lt;/b&gt;. It was made at this first start and is shown only now; choose your own in Settings.</source>
        <translation>Contraseña para la página web del facilitador y otras consolas: usuario &lt;b&gt;admin&lt;/b&gt;, contraseña &lt;b&gt;%1&lt;/b&gt;. Se creó en este primer arranque y solo se muestra ahora; elige la tuya en Ajustes.</translation>
    </message>
</context>
<context>
    <name>steward::ui::NewGameDialog</name>
    <message>
        <source>New game</source>
        <translation>Nueva partida</translation>
    </message>
    <message>
        <source>&amp;Game:</source>
        <translation>&amp;Juego:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
</context>
<context>
    <name>steward::ui::OneTimeSecret</name>
    <message>
        <source>Copy the secret now and give it to the operator over a safe channel. It is not shown again: the host keeps it only in its secret store.</source>
        <translation>Copia el secreto ahora y dáselo al operador por un canal seguro. No se volverá a mostrar: el servidor solo lo guarda en su almacén de secretos.</translation>
    </message>
    <message>
        <source>New key id</source>
        <translation>Nuevo ID de clave</translation>
    </message>
    <message>
        <source>New secret, shown once</source>
        <translation>Nuevo secreto, se muestra una sola vez</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Copiar el secreto</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>Ya lo he copiado</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>ID de clave:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <source>New key for %1</source>
        <translation>Nueva clave para %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::OperatorForm</name>
    <message>
        <source>Create operator</source>
        <translation>Crear operador</translation>
    </message>
    <message>
        <source>Acme Bets</source>
        <translation>Acme Bets</translation>
    </message>
    <message>
        <source>https://wallet.example.com/steward</source>
        <translation>https://wallet.example.com/steward</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>URL del &amp;webhook:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>M&amp;oneda:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>R&amp;egión:</translation>
    </message>
    <message>
        <source>M&amp;in bet:</source>
        <translation>Apuesta mín&amp;ima:</translation>
    </message>
    <message>
        <source>M&amp;ax bet:</source>
        <translation>Apuesta má&amp;xima:</translation>
    </message>
    <message>
        <source>Max &amp;win per round:</source>
        <translation>&amp;Ganancia máxima por ronda:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
</context>
<context>
    <name>steward::ui::OperatorsModel</name>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (el %2)</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>accesible</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>ID de clave</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Min bet</source>
        <translation>Apuesta mínima</translation>
    </message>
    <message>
        <source>Max bet</source>
        <translation>Apuesta máxima</translation>
    </message>
    <message>
        <source>Max win</source>
        <translation>Ganancia máxima</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Pending calls</source>
        <translation>Llamadas pendientes</translation>
    </message>
    <message>
        <source>Last webhook error</source>
        <translation>Último error del webhook</translation>
    </message>
    <message>
        <source>Secret rotated</source>
        <translation>Secreto renovado</translation>
    </message>
</context>
<context>
    <name>steward::ui::OperatorsPage</name>
    <message>
        <source>&amp;New operator…</source>
        <translation>&amp;Nuevo operador…</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>&amp;Renovar secreto…</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspender</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Reanu&amp;dar</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>Nuevo operador</translation>
    </message>
    <message>
        <source>Betting operators</source>
        <translation>Operadores de apuestas</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Renovar el secreto</translation>
    </message>
    <message>
        <source>Give %1 a new key id and secret? The old ones stop working at once, so the operator&apos;s servers are refused until they use the new ones.</source>
        <translation>¿Dar a %1 un nuevo ID de clave y un nuevo secreto? Los anteriores dejan de funcionar al instante, así que los servidores del operador serán rechazados hasta que usen los nuevos.</translation>
    </message>
    <message>
        <source>Operators, paytables and RTP reports need a backoffice role (admin, support or viewer).

Sign in to the host as a backoffice user to see them.</source>
        <translation>Los operadores, las tablas de pagos y los informes de RTP requieren un rol de backoffice (admin, support o viewer).

Inicia sesión en el servidor como usuario de backoffice para verlos.</translation>
    </message>
    <message>
        <source>The host did not list its operators: %1</source>
        <translation>El servidor no envió la lista de sus operadores: %1</translation>
    </message>
    <message>
        <source>The host refused: %1</source>
        <translation>El servidor lo rechazó: %1</translation>
    </message>
    <message numerus="yes">
        <source>Operators: %n</source>
        <translation>
            <numerusform>Operadores: %n</numerusform>
            <numerusform>Operadores: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Change the selected operator&apos;s limits, webhook or region</source>
        <translation>Cambiar los límites, el webhook o la región del operador seleccionado</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::OutboxModel</name>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Intent %1</source>
        <translation>Intención %1</translation>
    </message>
    <message>
        <source>The outbox row, in the order the games queued them</source>
        <translation>Número en la cola de salida, en el orden en que las partidas pusieron las filas en cola</translation>
    </message>
    <message>
        <source>What the row records: an order, a role&apos;s inventory, or a week&apos;s result</source>
        <translation>Lo que registra la fila: un pedido, el inventario de un rol o el resultado de una semana</translation>
    </message>
    <message>
        <source>The operator account&apos;s transaction number</source>
        <translation>Número de transacción de la cuenta del operador</translation>
    </message>
    <message>
        <source>The block the transaction was mined in</source>
        <translation>El bloque en el que se minó la transacción</translation>
    </message>
    <message>
        <source>Gas the transaction used</source>
        <translation>Gas que consumió la transacción</translation>
    </message>
    <message>
        <source>Why the chain refused it</source>
        <translation>Por qué la blockchain la rechazó</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Gas usado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>given up</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <source>Transactions signed for this row: resends with higher fees and retries count too</source>
        <translation>Transacciones firmadas para esta fila: también cuentan los reenvíos con comisiones más altas y los reintentos</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
</context>
<context>
    <name>steward::ui::PaytableForm</name>
    <message>
        <source>Apply from the next round</source>
        <translation>Aplicar desde la próxima ronda</translation>
    </message>
    <message>
        <source>Rounds table</source>
        <translation>Mesa de rondas</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Mesa:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>RTP %1 %</source>
        <translation>RTP %1 %</translation>
    </message>
    <message>
        <source>RTP %1 % — outside %2 – %3 %</source>
        <translation>RTP %1 % — fuera de %2 – %3 %</translation>
    </message>
</context>
<context>
    <name>steward::ui::RoundsAnalytics</name>
    <message>
        <source>Rounds table %1</source>
        <translation>Mesa de rondas %1</translation>
    </message>
    <message numerus="yes">
        <source>Rounds settled: %n. The RTP report by operator and bet kind is on the Operators page.</source>
        <translation>
            <numerusform>Rondas liquidadas: %n. El informe de RTP por operador y tipo de apuesta está en la página Operadores.</numerusform>
            <numerusform>Rondas liquidadas: %n. El informe de RTP por operador y tipo de apuesta está en la página Operadores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::RoundsCharts</name>
    <message>
        <source>Drawn numbers by decade</source>
        <translation>Números sorteados por decena</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rondas</translation>
    </message>
    <message>
        <source>Expected of a fair draw</source>
        <translation>Lo esperado de un sorteo justo</translation>
    </message>
    <message>
        <source>Staked each round</source>
        <translation>Apostado en cada ronda</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Apuesta</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Realised RTP so far</source>
        <translation>RTP realizado hasta ahora</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>No round has been settled yet.</source>
        <translation>Todavía no se ha liquidado ninguna ronda.</translation>
    </message>
    <message numerus="yes">
        <source>Rounds drawn: %n. Chi-square %1 with 9 degrees of freedom: a fair draw strays this far or further %2 % of the time.</source>
        <translation>
            <numerusform>Rondas sorteadas: %n. Chi cuadrado %1 con 9 grados de libertad: un sorteo justo se desvía tanto o más el %2 % de las veces.</numerusform>
            <numerusform>Rondas sorteadas: %n. Chi cuadrado %1 con 9 grados de libertad: un sorteo justo se desvía tanto o más el %2 % de las veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bets in all: %n, staking %1.</source>
        <translation>
            <numerusform>Apuestas en total: %n, por %1.</numerusform>
            <numerusform>Apuestas en total: %n, por %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Realised RTP %1 %: %2 returned of %3 staked. The paytable&apos;s bet kinds pay back %4 % to %5 %.</source>
        <translation>RTP realizado %1 %: %2 devuelto de %3 apostado. Los tipos de apuesta de la tabla de pagos devuelven del %4 % al %5 %.</translation>
    </message>
    <message>
        <source>Nothing has been staked yet.</source>
        <translation>Todavía no se ha apostado nada.</translation>
    </message>
    <message>
        <source>Numbers from</source>
        <translation>Números desde</translation>
    </message>
    <message>
        <source>Paytable</source>
        <translation>Tabla de pagos</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>Fichas</translation>
    </message>
</context>
<context>
    <name>steward::ui::RoundsGameForm</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A round &amp;every:</source>
        <translation>Una &amp;ronda cada:</translation>
    </message>
    <message>
        <source>Players bet play chips from their browsers; the seed of every round is committed before betting opens.</source>
        <translation>Los jugadores apuestan fichas de juego desde su navegador; la semilla de cada ronda queda fijada antes de que se abran las apuestas.</translation>
    </message>
</context>
<context>
    <name>steward::ui::RoundsOperatorsSection</name>
    <message>
        <source>Set &amp;paytable…</source>
        <translation>Fijar tabla de &amp;pagos…</translation>
    </message>
    <message>
        <source>New paytable</source>
        <translation>Nueva tabla de pagos</translation>
    </message>
    <message>
        <source>Change what each bet kind pays on a rounds table, from its next round on</source>
        <translation>Cambiar lo que paga cada tipo de apuesta en una mesa de rondas, desde su próxima ronda</translation>
    </message>
    <message>
        <source>Rounds tables: paytables and RTP</source>
        <translation>Mesas de rondas: tablas de pagos y RTP</translation>
    </message>
    <message>
        <source>The host refused: %1</source>
        <translation>El servidor lo rechazó: %1</translation>
    </message>
    <message>
        <source>The new paytable applies from round %1 on.</source>
        <translation>La nueva tabla de pagos se aplica desde la ronda %1.</translation>
    </message>
</context>
<context>
    <name>steward::ui::RoundsReportView</name>
    <message>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>Bet kind</source>
        <translation>Tipo de apuesta</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Paga</translation>
    </message>
    <message>
        <source>Winning numbers</source>
        <translation>Números ganadores</translation>
    </message>
    <message>
        <source>RTP</source>
        <translation>RTP</translation>
    </message>
    <message>
        <source>Paytables of the rounds tables</source>
        <translation>Tablas de pagos de las mesas de rondas</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Bets</source>
        <translation>Apuestas</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Apostado</translation>
    </message>
    <message>
        <source>Realised RTP</source>
        <translation>RTP real</translation>
    </message>
    <message>
        <source>Theoretical RTP</source>
        <translation>RTP teórico</translation>
    </message>
    <message>
        <source>Band (99.9 %)</source>
        <translation>Banda (99,9 %)</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Realised against theoretical RTP</source>
        <translation>RTP real frente al teórico</translation>
    </message>
    <message>
        <source>No rounds table on this host. Create one on the Games page to see its paytable and RTP.</source>
        <translation>No hay ninguna mesa de rondas en este servidor. Crea una en la página Partidas para ver su tabla de pagos y su RTP.</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>low volume</source>
        <translation>poco volumen</translation>
    </message>
    <message>
        <source>Realised RTP is what the bets returned; a cell outside its band is flagged as an alert (0.1 % of cells on a fair table). Fewer than 30 bets: low volume, no alert.</source>
        <translation>El RTP real es lo que devolvieron las apuestas; una celda fuera de su banda se marca como alerta (el 0,1 % de las celdas en una mesa justa). Menos de 30 apuestas: poco volumen, sin alerta.</translation>
    </message>
    <message>
        <source>exact number</source>
        <translation>número exacto</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>decena</translation>
    </message>
    <message>
        <source>high / low</source>
        <translation>alto / bajo</translation>
    </message>
    <message>
        <source>odd / even</source>
        <translation>impar / par</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Every bet kind must return between %1 and %2 of its stakes.</source>
        <translation>Cada tipo de apuesta debe devolver entre el %1 y el %2 de lo apostado.</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>ALERTA</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>LAN players</source>
        <translation>Jugadores de la LAN</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>todos los tipos</translation>
    </message>
</context>
<context>
    <name>steward::ui::RoundsView</name>
    <message>
        <source>One number</source>
        <translation>Un número</translation>
    </message>
    <message>
        <source>Ten numbers</source>
        <translation>Diez números</translation>
    </message>
    <message>
        <source>High / low</source>
        <translation>Alto / bajo</translation>
    </message>
    <message>
        <source>Odd / even</source>
        <translation>Impar / par</translation>
    </message>
    <message>
        <source>taking bets</source>
        <translation>aceptando apuestas</translation>
    </message>
    <message>
        <source>closed, drawing</source>
        <translation>cerrada, sorteando</translation>
    </message>
    <message>
        <source>seed committed, about to open</source>
        <translation>semilla fijada, a punto de abrir</translation>
    </message>
    <message>
        <source>waiting for the chain to confirm the commitment</source>
        <translation>esperando a que la blockchain confirme la semilla fijada</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>liquidada</translation>
    </message>
    <message>
        <source>Bet</source>
        <translation>Apuesta</translation>
    </message>
    <message>
        <source>Bets</source>
        <translation>Apuestas</translation>
    </message>
    <message>
        <source>Staked</source>
        <translation>Apostado</translation>
    </message>
    <message>
        <source>Pays out at most</source>
        <translation>Pago máximo</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Seed revealed</source>
        <translation>Semilla revelada</translation>
    </message>
    <message>
        <source>Time left to bet</source>
        <translation>Tiempo restante para apostar</translation>
    </message>
    <message>
        <source>This round</source>
        <translation>Esta ronda</translation>
    </message>
    <message>
        <source>Last rounds</source>
        <translation>Últimas rondas</translation>
    </message>
    <message>
        <source>Rounds table · join code %1</source>
        <translation>Mesa de rondas · código de acceso %1</translation>
    </message>
    <message>
        <source>%1 pays %2× (RTP %3 %)</source>
        <translation>%1 paga %2× (RTP %3 %)</translation>
    </message>
    <message>
        <source>A round every %1 s. %2.</source>
        <translation>Una ronda cada %1 s. %2.</translation>
    </message>
    <message>
        <source>No round open</source>
        <translation>Ninguna ronda abierta</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Ronda %1: %2</translation>
    </message>
    <message>
        <source>Seed committed as %1 %2</source>
        <translation>Semilla fijada como %1 %2</translation>
    </message>
    <message>
        <source>(on chain, transaction %1)</source>
        <translation>(en la blockchain, transacción %1)</translation>
    </message>
    <message>
        <source>(off chain: this host records nothing on a blockchain)</source>
        <translation>(fuera de la blockchain: este servidor no registra nada en una blockchain)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>on chain (%1)</source>
        <translation>en la blockchain (%1)</translation>
    </message>
    <message>
        <source>revealed, off chain</source>
        <translation>revelada, fuera de la blockchain</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Round %1: %2 · bets: %3 · staked: %4 %5</source>
        <translation>Ronda %1: %2 · apuestas: %3 · apostado: %4 %5</translation>
    </message>
    <message>
        <source>Paused: no round opens until you resume</source>
        <translation>En pausa: no se abre ninguna ronda hasta que reanude</translation>
    </message>
</context>
<context>
    <name>steward::ui::SessionsPage</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Team / role</source>
        <translation>Equipo / rol</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Messages in / out</source>
        <translation>Mensajes entrantes / salientes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Connections to the host</source>
        <translation>Conexiones con el servidor</translation>
    </message>
    <message>
        <source>Close this connection; the player sees why and may join again.</source>
        <translation>Cierra esta conexión; el jugador ve el motivo y puede volver a unirse.</translation>
    </message>
    <message>
        <source>Session %1 disconnected.</source>
        <translation>Sesión %1 desconectada.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>iniciando sesión</translation>
    </message>
    <message numerus="yes">
        <source>online · %n refused</source>
        <translation>
            <numerusform>en línea · %n mensaje rechazado</numerusform>
            <numerusform>en línea · %n mensajes rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>Connections: %n</source>
        <translation>
            <numerusform>Conexiones: %n</numerusform>
            <numerusform>Conexiones: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>players: %n</source>
        <translation>
            <numerusform>jugadores: %n</numerusform>
            <numerusform>jugadores: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Send to &amp;selected</source>
        <translation>Enviar a la &amp;selección</translation>
    </message>
    <message>
        <source>Send to &amp;everyone</source>
        <translation>Enviar a &amp;todos</translation>
    </message>
    <message>
        <source>A message the players see at the top of their page</source>
        <translation>Un mensaje que los jugadores ven en la parte superior de su página</translation>
    </message>
    <message>
        <source>Message to players</source>
        <translation>Mensaje para los jugadores</translation>
    </message>
    <message numerus="yes">
        <source>Message sent; sessions reached: %n.</source>
        <translation>
            <numerusform>Mensaje enviado; sesiones alcanzadas: %n.</numerusform>
            <numerusform>Mensaje enviado; sesiones alcanzadas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ban</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>this name</source>
        <translation>este nombre</translation>
    </message>
    <message>
        <source>this address</source>
        <translation>esta dirección</translation>
    </message>
    <message>
        <source>Ban by</source>
        <translation>Bloquear por</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Ban for</source>
        <translation>Duración del bloqueo</translation>
    </message>
    <message>
        <source>Disconnect and keep out the selected player&apos;s name, or their address, for a while.</source>
        <translation>Desconecta y bloquea durante un tiempo el nombre del jugador seleccionado, o su dirección.</translation>
    </message>
    <message>
        <source>%1 is kept out for %2 min.</source>
        <translation>%1 queda bloqueado durante %2 min.</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitador</translation>
    </message>
    <message>
        <source>The game&apos;s join code</source>
        <translation>El código de acceso de la partida</translation>
    </message>
    <message>
        <source>player</source>
        <translation>jugador</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>Refusals that only a modified client causes, by code; the flags below have the evidence.</source>
        <translation>Rechazos que solo causa un cliente modificado, por código; las marcas de abajo tienen las pruebas.</translation>
    </message>
    <message numerus="yes">
        <source>flagged: %n</source>
        <translation>
            <numerusform>marcados: %n</numerusform>
            <numerusform>marcados: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Every network of this computer</source>
        <translation>Todas las redes de este ordenador</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Solo este ordenador (127.0.0.1)</translation>
    </message>
    <message>
        <source>Only the network of %1</source>
        <translation>Solo la red de %1</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Escuchar en:</translation>
    </message>
    <message>
        <source>Your data folder (the default)</source>
        <translation>Tu carpeta de datos (la predeterminada)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Folder for Steward&apos;s data</source>
        <translation>Carpeta para los datos de Steward</translation>
    </message>
    <message>
        <source>A local &amp;devnet that Steward starts (anvil)</source>
        <translation>Una &amp;devnet local que inicia Steward (anvil)</translation>
    </message>
    <message>
        <source>An Ethereum &amp;node at:</source>
        <translation>Un &amp;nodo de Ethereum en:</translation>
    </message>
    <message>
        <source>&amp;Off: record nothing on a blockchain</source>
        <translation>Desac&amp;tivada: no registrar nada en una blockchain</translation>
    </message>
    <message>
        <source>Blockchain</source>
        <translation>Blockchain</translation>
    </message>
    <message>
        <source>Chain &amp;id:</source>
        <translation>&amp;ID de cadena:</translation>
    </message>
    <message>
        <source>The system keychain if it works, else a protected file</source>
        <translation>El llavero del sistema si funciona; si no, un archivo protegido</translation>
    </message>
    <message>
        <source>The system keychain only</source>
        <translation>Solo el llavero del sistema</translation>
    </message>
    <message>
        <source>A protected file in the data folder</source>
        <translation>Un archivo protegido en la carpeta de datos</translation>
    </message>
    <message>
        <source>Keys are never kept in the database. Where no keychain works (a server without a desktop session), they go to secrets.json in the data folder, readable by your user only (mode 0600); back it up with the database.</source>
        <translation>Las claves nunca se guardan en la base de datos. Donde no funciona ningún llavero (un servidor sin sesión de escritorio), van al archivo secrets.json de la carpeta de datos, que solo tu usuario puede leer (modo 0600); haz una copia de seguridad junto con la base de datos.</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Ahora: %1.</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Claves secretas</translation>
    </message>
    <message>
        <source>The desktop&apos;s language</source>
        <translation>El idioma del escritorio</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Carpeta de datos:</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Cambiar contra&amp;seña</translation>
    </message>
    <message>
        <source>Facilitator password (web page, attached consoles, backoffice admin)</source>
        <translation>Contraseña del facilitador (página web, consolas conectadas, admin del backoffice)</translation>
    </message>
    <message>
        <source>&amp;Current:</source>
        <translation>&amp;Actual:</translation>
    </message>
    <message>
        <source>N&amp;ew:</source>
        <translation>N&amp;ueva:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>“%1” is not an address of this computer, such as 0.0.0.0 or 192.168.1.20.</source>
        <translation>«%1» no es una dirección de este ordenador, como 0.0.0.0 o 192.168.1.20.</translation>
    </message>
    <message>
        <source>The node&apos;s address must look like http://192.168.1.30:8545.</source>
        <translation>La dirección del nodo debe tener la forma http://192.168.1.30:8545.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Changed. Use the new password from now on.</source>
        <translation>Cambiada. Usa la nueva contraseña a partir de ahora.</translation>
    </message>
    <message>
        <source>As the desktop prefers</source>
        <translation>Según prefiera el escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>Network, folder, blockchain, secrets, language and theme take effect when Steward starts again.</source>
        <translation>La red, la carpeta, la blockchain, las claves secretas, el idioma y el tema se aplican cuando Steward vuelva a arrancar.</translation>
    </message>
    <message>
        <source>any free port (a new one at every start)</source>
        <translation>cualquier puerto libre (uno nuevo en cada arranque)</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>puerto %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>Listening now on:</source>
        <translation>Escuchando ahora en:</translation>
    </message>
    <message>
        <source>This computer runs the host, so no current password is needed here. The new one signs in to the web facilitator page, attached consoles and the backoffice.</source>
        <translation>Este ordenador ejecuta el host, así que aquí no hace falta la contraseña actual. La nueva sirve para la página web del facilitador, las consolas conectadas y el backoffice.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignAnalytics</name>
    <message>
        <source>Standings</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Sovereign Lines %1 (%2)</source>
        <translation>Sovereign Lines %1 (%2)</translation>
    </message>
    <message>
        <source>The match has not started yet: the chart begins when it does.</source>
        <translation>La partida aún no ha empezado: el gráfico empieza con ella.</translation>
    </message>
    <message>
        <source>Minutes played: %1.</source>
        <translation>Minutos jugados: %1.</translation>
    </message>
    <message>
        <source>Land held over time</source>
        <translation>Territorio a lo largo de la partida</translation>
    </message>
    <message>
        <source>Hexes</source>
        <translation>Hexágonos</translation>
    </message>
    <message>
        <source>Troops over time</source>
        <translation>Tropas a lo largo de la partida</translation>
    </message>
    <message>
        <source>Troops</source>
        <translation>Tropas</translation>
    </message>
    <message>
        <source>Troops each player held over time</source>
        <translation>Tropas de cada jugador a lo largo de la partida</translation>
    </message>
    <message>
        <source>Land each player held over time</source>
        <translation>Territorio de cada jugador a lo largo de la partida</translation>
    </message>
    <message>
        <source>Land and troops held by each player, every %1 s.</source>
        <translation>Territorio y tropas de cada jugador, cada %1 s.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignGameForm</name>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mediano</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Huge</source>
        <translation>Enorme</translation>
    </message>
    <message>
        <source>%1: %2 × %3 hexes, %4 regions, up to %5 players</source>
        <translation>%1: %2 × %3 hexágonos, %4 regiones, hasta %5 jugadores</translation>
    </message>
    <message>
        <source>Places in the match, players and bots together.</source>
        <translation>Plazas de la partida, jugadores y bots juntos.</translation>
    </message>
    <message>
        <source>Bots take the places nobody joined when you press Start</source>
        <translation>Los bots ocupan las plazas libres al pulsar «Iniciar»</translation>
    </message>
    <message>
        <source>Mixed: easy and hard in turn</source>
        <translation>Mixtos: fáciles y difíciles por turnos</translation>
    </message>
    <message>
        <source>Easy: a move every 2 s, now and then none</source>
        <translation>Fáciles: una jugada cada 2 s, de vez en cuando ninguna</translation>
    </message>
    <message>
        <source>Hard: two sure attacks every half second</source>
        <translation>Difíciles: dos ataques seguros cada medio segundo</translation>
    </message>
    <message>
        <source>Bots also play on for a player who leaves the match.</source>
        <translation>Los bots también siguen jugando por quien abandone la partida.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The match ends then, unless one player holds 70 % of the land first.</source>
        <translation>La partida termina entonces, salvo que alguien controle antes el 70 % del territorio.</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Mapa:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Plazas:</translation>
    </message>
    <message>
        <source>&amp;Bots play:</source>
        <translation>&amp;Bots:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Tiempo límite:</translation>
    </message>
    <message numerus="yes">
        <source>Places: %n.</source>
        <translation>
            <numerusform>Plazas: %n.</numerusform>
            <numerusform>Plazas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bots take the places nobody joined.</source>
        <translation>Los bots ocupan las plazas que nadie tomó.</translation>
    </message>
    <message>
        <source>Only those who join play: at least two, or bots are needed.</source>
        <translation>Solo juegan quienes se unan: al menos dos, o hacen falta bots.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 The match lasts %n minutes, or until one player holds 70 % of the land.</source>
        <translation>
            <numerusform>%1 %2 La partida dura %n minuto, o hasta que alguien controle el 70 % del territorio.</numerusform>
            <numerusform>%1 %2 La partida dura %n minutos, o hasta que alguien controle el 70 % del territorio.</numerusform>
        </translation>
    </message>
    <message>
        <source>A map of this size takes 2 to %1 places.</source>
        <translation>Un mapa de este tamaño admite de 2 a %1 plazas.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignLandChart</name>
    <message>
        <source>Minute</source>
        <translation>Minuto</translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignMapWidget</name>
    <message>
        <source>plains</source>
        <translation>llanura</translation>
    </message>
    <message>
        <source>forest</source>
        <translation>bosque</translation>
    </message>
    <message>
        <source>hills</source>
        <translation>colinas</translation>
    </message>
    <message>
        <source>mountains</source>
        <translation>montañas</translation>
    </message>
    <message>
        <source>water</source>
        <translation>agua</translation>
    </message>
    <message>
        <source>The match&apos;s map</source>
        <translation>El mapa de la partida</translation>
    </message>
    <message>
        <source>Region %1: water</source>
        <translation>Región %1: agua</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message numerus="yes">
        <source>Region %1: %2, %n hexes; %3, %4 troops</source>
        <translation>
            <numerusform>Región %1: %2, %n hexágono; %3, %4 tropas</numerusform>
            <numerusform>Región %1: %2, %n hexágonos; %3, %4 tropas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignMatchView</name>
    <message>
        <source>&amp;Join card</source>
        <translation>Tarjeta de &amp;acceso</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;End match…</source>
        <translation>&amp;Terminar partida…</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Starts the match: bots take the empty places if the match was made so, and everyone without a start is given one.</source>
        <translation>Inicia la partida: los bots ocupan las plazas libres si la partida se creó así, y quien no eligió salida recibe una.</translation>
    </message>
    <message>
        <source>Ends the match now and ranks the players by the land they hold. Asks first.</source>
        <translation>Termina ahora la partida y ordena a los jugadores por el territorio que controlan. Pregunta antes.</translation>
    </message>
    <message>
        <source>Sovereign Lines · join code %1</source>
        <translation>Sovereign Lines · código de acceso %1</translation>
    </message>
    <message>
        <source>Waiting for players: %1 of %2 places taken. Press Start when everyone is in.</source>
        <translation>Esperando jugadores: %1 de %2 plazas ocupadas. Pulsa «Iniciar» cuando estén todos.</translation>
    </message>
    <message>
        <source>Paused at minute %1 of %2, %3 left: nothing moves until you resume.</source>
        <translation>En pausa en el minuto %1 de %2, quedan %3: nada se mueve hasta que reanudes.</translation>
    </message>
    <message>
        <source>Running: minute %1 of %2, %3 left</source>
        <translation>En curso: minuto %1 de %2, quedan %3</translation>
    </message>
    <message>
        <source>End the match?</source>
        <translation>¿Terminar la partida?</translation>
    </message>
    <message>
        <source>The match ends now, and the players are ranked by the land they hold.</source>
        <translation>La partida termina ahora y los jugadores se ordenan por el territorio que controlan.</translation>
    </message>
    <message>
        <source>End the match</source>
        <translation>Terminar la partida</translation>
    </message>
    <message>
        <source>&amp;Replay…</source>
        <translation>&amp;Repetición…</translation>
    </message>
    <message>
        <source>Plays the match again, second by second, as the host recorded it.</source>
        <translation>Reproduce la partida de nuevo, segundo a segundo, tal como la registró el servidor.</translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignPlayersTable</name>
    <message>
        <source>easy bot</source>
        <translation>bot fácil</translation>
    </message>
    <message>
        <source>hard bot</source>
        <translation>bot difícil</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Jugador</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>Juega</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Hexes</source>
        <translation>Hexágonos</translation>
    </message>
    <message>
        <source>Troops</source>
        <translation>Tropas</translation>
    </message>
    <message>
        <source>Allies</source>
        <translation>Aliados</translation>
    </message>
    <message>
        <source>Players, most land first</source>
        <translation>Jugadores, primero quien más territorio tiene</translation>
    </message>
    <message>
        <source>in</source>
        <translation>en juego</translation>
    </message>
    <message>
        <source>out</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>in, flagged</source>
        <translation>en juego, marcado</translation>
    </message>
    <message>
        <source>out, flagged</source>
        <translation>fuera, marcado</translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignReplayView</name>
    <message>
        <source>&amp;Save the replay…</source>
        <translation>&amp;Guardar la repetición…</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>−1 s</source>
        <translation>−1 s</translation>
    </message>
    <message>
        <source>+1 s</source>
        <translation>+1 s</translation>
    </message>
    <message>
        <source>Sovereign Lines replay</source>
        <translation>Sovereign Lines – repetición</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Entonces</translation>
    </message>
    <message>
        <source>Standings at the moment shown</source>
        <translation>Clasificación en el momento mostrado</translation>
    </message>
    <message>
        <source>Final standings</source>
        <translation>Clasificación final</translation>
    </message>
    <message>
        <source>Check it yourself</source>
        <translation>Compruébalo tú mismo</translation>
    </message>
    <message>
        <source>Input hash</source>
        <translation>Hash de las entradas</translation>
    </message>
    <message>
        <source>Final state hash</source>
        <translation>Hash del estado final</translation>
    </message>
    <message>
        <source>Command to check it</source>
        <translation>Orden para comprobarlo</translation>
    </message>
    <message>
        <source>Saves the replay as the host sent it, for steward-verify --file.</source>
        <translation>Guarda la repetición tal como la envió el servidor, para steward-verify --file.</translation>
    </message>
    <message>
        <source>Check with</source>
        <translation>Comprobar con</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Seconds of the match played in one second</source>
        <translation>Segundos de la partida por segundo</translation>
    </message>
    <message>
        <source>Time in the match</source>
        <translation>Tiempo de la partida</translation>
    </message>
    <message>
        <source>Plays the match from the second shown (Space)</source>
        <translation>Reproduce la partida desde el segundo mostrado (Espacio)</translation>
    </message>
    <message>
        <source>One second back (Left; with Shift, ten)</source>
        <translation>Un segundo atrás (Izquierda; con Mayús, diez)</translation>
    </message>
    <message>
        <source>One second on (Right; with Shift, ten)</source>
        <translation>Un segundo adelante (Derecha; con Mayús, diez)</translation>
    </message>
    <message>
        <source>Replay of Sovereign Lines</source>
        <translation>Repetición de Sovereign Lines</translation>
    </message>
    <message>
        <source>Replay of Sovereign Lines · join code %1</source>
        <translation>Repetición de Sovereign Lines · código de acceso %1</translation>
    </message>
    <message numerus="yes">
        <source>%n players, %1 played. The map and the standings at any second, played again by the host from the match&apos;s inputs.</source>
        <translation>
            <numerusform>%n jugador, %1 jugados. El mapa y la clasificación en cualquier segundo, reproducidos por el servidor a partir de las entradas de la partida.</numerusform>
            <numerusform>%n jugadores, %1 jugados. El mapa y la clasificación en cualquier segundo, reproducidos por el servidor a partir de las entradas de la partida.</numerusform>
        </translation>
    </message>
    <message>
        <source>The host played the match again from its inputs and reached the state it recorded: the replay matches.</source>
        <translation>El servidor volvió a jugar la partida a partir de sus entradas y llegó al estado que había registrado: la repetición coincide.</translation>
    </message>
    <message>
        <source>The host played the match again from its inputs and did NOT reach the state it recorded: the replay does not match.</source>
        <translation>El servidor volvió a jugar la partida a partir de sus entradas y NO llegó al estado que había registrado: la repetición no coincide.</translation>
    </message>
    <message>
        <source>Standings at %1</source>
        <translation>Clasificación en %1</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Save the replay</source>
        <translation>Guardar la repetición</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The replay could not be saved: %1</source>
        <translation>No se pudo guardar la repetición: %1</translation>
    </message>
</context>
<context>
    <name>steward::ui::SovereignStandingsTable</name>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Jugador</translation>
    </message>
    <message>
        <source>Hexes</source>
        <translation>Hexágonos</translation>
    </message>
    <message>
        <source>Troops</source>
        <translation>Tropas</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Al final</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>still in</source>
        <translation>en juego</translation>
    </message>
    <message>
        <source>out</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>%1 won by conquest.</source>
        <translation>%1 ha ganado por conquista.</translation>
    </message>
    <message>
        <source>Time is up: %1 holds the most land.</source>
        <translation>Se acabó el tiempo: %1 controla más territorio.</translation>
    </message>
    <message>
        <source>Ended by the host: %1 held the most land.</source>
        <translation>Terminada por el anfitrión: %1 controlaba más territorio.</translation>
    </message>
    <message>
        <source>Over: %1 holds the most land.</source>
        <translation>Terminada: %1 controla más territorio.</translation>
    </message>
</context>
<context>
    <name>steward::ui::TeamChart</name>
    <message>
        <source>Retailer</source>
        <translation>Minorista</translation>
    </message>
    <message>
        <source>Wholesaler</source>
        <translation>Mayorista</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>Fábrica</translation>
    </message>
    <message>
        <source>Orders each week: the bullwhip</source>
        <translation>Pedidos por semana: el efecto látigo</translation>
    </message>
    <message>
        <source>Net stock each week (stock − backlog)</source>
        <translation>Inventario neto por semana (inventario − pendientes)</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Coste acumulado</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Customer demand</source>
        <translation>Demanda de los clientes</translation>
    </message>
</context>
</TS>
