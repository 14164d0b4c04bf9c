<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutScreen</name>
    <message>
        <location filename="../screens/AboutScreen.qml" line="11"/>
        <source>About OpenUp</source>
        <translation>Acerca de OpenUp</translation>
    </message>
    <message>
        <location filename="../screens/AboutScreen.qml" line="12"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../screens/AboutScreen.qml" line="16"/>
        <source>What OpenUp is</source>
        <translation>Qué es OpenUp</translation>
    </message>
    <message>
        <location filename="../screens/AboutScreen.qml" line="19"/>
        <source>OpenUp helps two people who sit together at one laptop talk a little more openly, in small and safe steps. You take turns with a prompt, a timer keeps each talk short, and you can always pass.</source>
        <translation>OpenUp ayuda a dos personas que comparten pantalla a hablar con un poco más de apertura, en pasos pequeños y seguros. Hay una pregunta y turnos para responder, un temporizador mantiene cada charla corta y siempre se puede pasar.</translation>
    </message>
    <message>
        <location filename="../screens/AboutScreen.qml" line="22"/>
        <source>Everything stays on this computer. OpenUp needs no account, sends nothing anywhere and keeps no statistics about you. Its log files never contain what either of you wrote.</source>
        <translation>Todo se queda en este equipo. OpenUp no necesita cuenta, no envía nada a ningún sitio y no guarda estadísticas sobre nadie. Sus archivos de registro nunca contienen lo que alguno de los dos haya escrito.</translation>
    </message>
    <message>
        <location filename="../screens/AboutScreen.qml" line="27"/>
        <source>The vault makes you wait after a few wrong passphrases, but that only slows guessing inside OpenUp. Someone with a copy of its data guesses without it; what slows them is that every guess costs real memory and time (Argon2id), so choose a passphrase your partner couldn&apos;t guess. The vault can&apos;t protect against spyware on this computer, a camera pointed at the screen, or someone forcing you to type your passphrase: then you can still take a moment back alone, at once. The full notes are in docs/security.md in OpenUp&apos;s source.</source>
        <translation>Tras unas cuantas frases secretas equivocadas, el cofre hace esperar, pero eso solo frena los intentos dentro de OpenUp. Quien tenga una copia de sus datos prueba sin esa espera; lo que le frena es que cada intento cuesta memoria y tiempo de verdad (Argon2id), así que elige una frase secreta que tu pareja no pueda adivinar. El cofre no puede protegerte de un programa espía en este ordenador, de una cámara que apunte a la pantalla ni de que alguien te obligue a escribir tu frase secreta: aun así, siempre puedes retirar un momento a solas, al instante. Las notas completas están en docs/security.md, en el código fuente de OpenUp.</translation>
    </message>
    <message>
        <location filename="../screens/AboutScreen.qml" line="33"/>
        <source>Why it&apos;s built this way</source>
        <translation>Por qué está hecha así</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../openup_desktop/bridge/app_controller.py" line="274"/>
        <source>The backup was restored.</source>
        <translation>Se restauró la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/app_controller.py" line="277"/>
        <source>What you had just before it was kept as %1 in the backups folder.</source>
        <translation>Lo que había justo antes se guardó como %1 en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/app_controller.py" line="326"/>
        <source>It was an automatic backup: OpenUp tries again after your next talk, and “Back up now” in Settings tries at once.</source>
        <translation>Era una copia de seguridad automática: OpenUp lo vuelve a intentar después de la próxima charla, y “Hacer una copia ahora” en Ajustes lo intenta al momento.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/app_controller.py" line="269"/>
        <source>The backup was not restored: %1</source>
        <extracomment>Quit from outside the window (the tray): the window asks first if a talk is under way The window is closing (Main.qml says so first): private notes being written are sealed what the notice bar says, each worded when shown, so it follows the language, and whether going back to a backup is a sensible second choice beside it who sat where before &quot;Set up again&quot;: offered again, each in the same place, because the vault knows each partner by their place (the first and the second) the language in use (&quot;en&quot;/&quot;es&quot;), set by i18n.LanguageSwitcher</extracomment>
        <translation>No se restauró la copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/app_controller.py" line="294"/>
        <source>OpenUp closed unexpectedly last time. Everything you had saved is safe, and a talk that was under way can be continued from Home. A short report without anything you wrote was kept in the logs folder.</source>
        <translation>OpenUp se cerró de forma inesperada la última vez. Todo lo que se había guardado está a salvo, y una charla que estaba en marcha puede continuar desde Inicio. En la carpeta de registros quedó un informe breve sin nada de lo que escribiste.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../openup_desktop/bridge/backup_controller.py" line="166"/>
        <source>Backup saved (%1).</source>
        <extracomment>How long to wait before trying the vault&apos;s to-do list again while something blocks it (a reader holding the live WAL, a copy that can&apos;t be written just now). the couple confirmed a restore: the app should quit and finish it (see finish_restore) a pass over the vault&apos;s to-do list ended; True when nothing is left (V13) an automatic copy (daily, after a talk) failed; the error says why in the couple&apos;s words</extracomment>
        <translation>Copia de seguridad guardada (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/backup_controller.py" line="171"/>
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n charla</numerusform>
            <numerusform>%n charlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/backup_controller.py" line="172"/>
        <source>%n kept item(s)</source>
        <translation>
            <numerusform>%n elemento guardado</numerusform>
            <numerusform>%n elementos guardados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/backup_controller.py" line="177"/>
        <source>%1 (before the last restore)</source>
        <translation>%1 (antes de la última restauración)</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/backup_controller.py" line="200"/>
        <source>That backup is no longer there.</source>
        <translation>Esa copia de seguridad ya no está.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/backup_controller.py" line="204"/>
        <source>That backup is damaged, so it can&apos;t be restored.</source>
        <translation>Esa copia de seguridad está dañada, así que no se puede restaurar.</translation>
    </message>
</context>
<context>
    <name>ColourSwatch</name>
    <message>
        <location filename="../components/ColourSwatch.qml" line="19"/>
        <source>%1 (taken by your partner)</source>
        <translation>%1 (elegido por tu pareja)</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../components/ConfirmDialog.qml" line="10"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../components/ConfirmDialog.qml" line="11"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="20"/>
        <source>Only a planned talk can be added to a calendar.</source>
        <comment>calendar.not_planned</comment>
        <translation>Solo se puede añadir al calendario una charla planeada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="21"/>
        <source>Save the invitation before adding it to a calendar.</source>
        <comment>calendar.not_saved</comment>
        <translation>Guarda la invitación antes de añadirla al calendario.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="22"/>
        <source>Only a saved, planned talk can be added to a calendar.</source>
        <comment>calendar.not_saved_or_planned</comment>
        <translation>Solo se puede añadir al calendario una charla guardada y planeada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="23"/>
        <source>Please pick a colour from the palette.</source>
        <comment>couple.colour_unknown</comment>
        <translation>Elige un color de la paleta.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="24"/>
        <source>Please pick two different colours, one for each of you.</source>
        <comment>couple.colours_alike</comment>
        <translation>Hay que elegir dos colores distintos, uno por persona.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="25"/>
        <source>Please enter a name — a nickname is fine.</source>
        <comment>couple.name_missing</comment>
        <translation>Escribe un nombre; un apodo también vale.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="26"/>
        <source>Please keep the name to %n character(s) or fewer.</source>
        <comment>couple.name_too_long</comment>
        <translation>
            <numerusform>Deja el nombre en %n carácter o menos.</numerusform>
            <numerusform>Deja el nombre en %n caracteres o menos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="27"/>
        <source>The name has a character OpenUp can&apos;t show. Please retype it.</source>
        <comment>couple.name_unshowable</comment>
        <translation>El nombre tiene un carácter que OpenUp no puede mostrar. Vuelve a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="28"/>
        <source>The two names need to be different, so it&apos;s clear whose turn it is.</source>
        <comment>couple.names_alike</comment>
        <translation>Los dos nombres tienen que ser distintos, para que se vea de quién es el turno.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="29"/>
        <source>This invitation already has a time.</source>
        <comment>invitations.already_has_time</comment>
        <translation>Esta invitación ya tiene hora.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="30"/>
        <source>There&apos;s already an invitation waiting for an answer. It can stay open for as long as it needs.</source>
        <comment>invitations.already_waiting</comment>
        <translation>Ya hay una invitación esperando respuesta. Puede seguir abierta todo el tiempo que haga falta.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="31"/>
        <source>There&apos;s already an invitation waiting for an answer.</source>
        <comment>invitations.already_waiting_short</comment>
        <translation>Ya hay una invitación esperando respuesta.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="32"/>
        <source>That&apos;s fine — the talk is off. You can always invite again.</source>
        <comment>invitations.cancelled</comment>
        <translation>Está bien: la charla queda anulada. Siempre se puede volver a invitar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="33"/>
        <source>This invitation is closed, so it can&apos;t be answered now.</source>
        <comment>invitations.closed_answered</comment>
        <translation>Esta invitación está cerrada, así que ya no se puede responder.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="34"/>
        <source>This invitation is closed, so it can&apos;t be called off now.</source>
        <comment>invitations.closed_called_off</comment>
        <translation>Esta invitación está cerrada, así que ya no se puede anular.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="35"/>
        <source>This invitation is closed, so it can&apos;t be declined now.</source>
        <comment>invitations.closed_declined</comment>
        <translation>Esta invitación está cerrada, así que ya no se puede rechazar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="36"/>
        <source>No problem — maybe another time.</source>
        <comment>invitations.declined</comment>
        <translation>No pasa nada — quizá en otro momento.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="37"/>
        <source>This invitation is for your partner to answer: they choose the day and time.</source>
        <comment>invitations.for_partner_to_answer</comment>
        <translation>Esta invitación la responde tu pareja: elige el día y la hora.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="38"/>
        <source>Please choose a length between %1 and %n minute(s).</source>
        <comment>invitations.length_out_of_range</comment>
        <translation>
            <numerusform>Elige una duración de entre %1 y %n minuto.</numerusform>
            <numerusform>Elige una duración de entre %1 y %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="39"/>
        <source>This invitation has no time yet.</source>
        <comment>invitations.no_time_yet</comment>
        <translation>Esta invitación aún no tiene hora.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="40"/>
        <source>Only a planned talk can be marked as done.</source>
        <comment>invitations.only_planned_done</comment>
        <translation>Solo se puede marcar como hecha una charla planeada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="41"/>
        <source>Only a planned talk can be moved.</source>
        <comment>invitations.only_planned_moved</comment>
        <translation>Solo se puede cambiar de hora una charla planeada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="42"/>
        <source>The place must be text.</source>
        <comment>invitations.place_not_text</comment>
        <translation>El lugar tiene que ser texto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="43"/>
        <source>Please keep the place to %n character(s) or fewer.</source>
        <comment>invitations.place_too_long</comment>
        <translation>
            <numerusform>Deja el lugar en %n carácter o menos.</numerusform>
            <numerusform>Deja el lugar en %n caracteres o menos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="44"/>
        <source>The place has a character OpenUp can&apos;t show. Please retype it.</source>
        <comment>invitations.place_unshowable</comment>
        <translation>El lugar tiene un carácter que OpenUp no puede mostrar. Vuelve a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="45"/>
        <source>That partner isn&apos;t known here.</source>
        <comment>invitations.seat_unknown</comment>
        <translation>No se conoce a esa persona aquí.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="46"/>
        <source>Please pick a day and a time.</source>
        <comment>invitations.time_missing</comment>
        <translation>Elige un día y una hora.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="47"/>
        <source>That time has already passed. Please pick a time still ahead.</source>
        <comment>invitations.time_passed</comment>
        <translation>Esa hora ya pasó. Elige una hora que aún esté por llegar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="48"/>
        <source>The topic must be text.</source>
        <comment>invitations.topic_not_text</comment>
        <translation>El tema tiene que ser texto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="49"/>
        <source>Please keep the topic to %n character(s) or fewer.</source>
        <comment>invitations.topic_too_long</comment>
        <translation>
            <numerusform>Deja el tema en %n carácter o menos.</numerusform>
            <numerusform>Deja el tema en %n caracteres o menos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="50"/>
        <source>The topic has a character OpenUp can&apos;t show. Please retype it.</source>
        <comment>invitations.topic_unshowable</comment>
        <translation>El tema tiene un carácter que OpenUp no puede mostrar. Vuelve a escribirlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="51"/>
        <source>Try %n minute(s)</source>
        <comment>progress.longer_accept</comment>
        <translation>
            <numerusform>Probar %n minuto</numerusform>
            <numerusform>Probar %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="52"/>
        <source>Keep %n minute(s)</source>
        <comment>progress.longer_dismiss</comment>
        <translation>
            <numerusform>Seguir con %n minuto</numerusform>
            <numerusform>Seguir con %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="53"/>
        <source>Your recent %1-minute talks felt close. Would you like to try %n minute(s) next time?</source>
        <comment>progress.longer_offer</comment>
        <translation>
            <numerusform>Las últimas charlas de %1 minutos fueron cercanas. ¿Probar con %n minuto la próxima vez?</numerusform>
            <numerusform>Las últimas charlas de %1 minutos fueron cercanas. ¿Probar con %n minutos la próxima vez?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="54"/>
        <source>%n minute(s) together this month</source>
        <comment>progress.minutes_this_month</comment>
        <translation>
            <numerusform>%n minuto compartido este mes</numerusform>
            <numerusform>%n minutos compartidos este mes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="55"/>
        <source>%n minute(s) together</source>
        <comment>progress.minutes_together</comment>
        <translation>
            <numerusform>%n minuto compartido</numerusform>
            <numerusform>%n minutos compartidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="56"/>
        <source>This month is wide open. Talk whenever it suits you.</source>
        <comment>progress.month_open</comment>
        <translation>Este mes está por estrenar: cualquier momento es bueno para hablar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="57"/>
        <source>A short talk</source>
        <comment>progress.short_talk</comment>
        <translation>Una charla corta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="58"/>
        <source>%n talk(s) this month</source>
        <comment>progress.talks_this_month</comment>
        <translation>
            <numerusform>%n charla este mes</numerusform>
            <numerusform>%n charlas este mes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="59"/>
        <source>%n thank-you(s)</source>
        <comment>progress.thanks</comment>
        <translation>
            <numerusform>%n agradecimiento</numerusform>
            <numerusform>%n agradecimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="60"/>
        <source>%n thank-you(s) shared</source>
        <comment>progress.thanks_shared</comment>
        <translation>
            <numerusform>%n agradecimiento compartido</numerusform>
            <numerusform>%n agradecimientos compartidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="61"/>
        <source>%n thank-you(s) this month</source>
        <comment>progress.thanks_this_month</comment>
        <translation>
            <numerusform>%n agradecimiento este mes</numerusform>
            <numerusform>%n agradecimientos este mes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="62"/>
        <source>Week of %1: %n talk(s)</source>
        <comment>progress.week_talks</comment>
        <translation>
            <numerusform>Semana del %1: %n charla</numerusform>
            <numerusform>Semana del %1: %n charlas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="63"/>
        <source>Write a few words first. Your prompt can&apos;t be empty.</source>
        <comment>prompts.empty</comment>
        <translation>Escribe primero unas palabras. Tu pregunta no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="64"/>
        <source>Please keep your prompt on one line, without tabs or special control characters.</source>
        <comment>prompts.not_one_line</comment>
        <translation>Deja tu pregunta en una sola línea, sin tabulaciones ni caracteres de control.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="65"/>
        <source>Your prompt needs to be text.</source>
        <comment>prompts.not_text</comment>
        <translation>Tu pregunta tiene que ser texto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="66"/>
        <source>That&apos;s a bit long to read from the sofa. Please keep it to %n character(s) or fewer (it has %1).</source>
        <comment>prompts.too_long</comment>
        <translation>
            <numerusform>Es un poco largo para leerlo desde el sofá. Déjalo en %n carácter o menos (tiene %1).</numerusform>
            <numerusform>Es un poco largo para leerlo desde el sofá. Déjalo en %n caracteres o menos (tiene %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="67"/>
        <source>Please pick the activity from the list, or skip it.</source>
        <comment>scene.doing_unknown</comment>
        <translation>Elige la actividad de la lista, o déjala sin indicar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="68"/>
        <source>Music can be on, off, or skipped.</source>
        <comment>scene.music_invalid</comment>
        <translation>La música puede estar puesta, apagada o sin indicar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="69"/>
        <source>The note must be text.</source>
        <comment>scene.note_not_text</comment>
        <translation>La nota tiene que ser texto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="70"/>
        <source>Please keep the note to %n character(s) or fewer.</source>
        <comment>scene.note_too_long</comment>
        <translation>
            <numerusform>Deja la nota en %n carácter o menos.</numerusform>
            <numerusform>Deja la nota en %n caracteres o menos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="71"/>
        <source>The note has a character OpenUp can&apos;t show. Please retype it.</source>
        <comment>scene.note_unshowable</comment>
        <translation>La nota tiene un carácter que OpenUp no puede mostrar. Vuelve a escribirla.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="72"/>
        <source>Please pick the time of day from the list, or skip it.</source>
        <comment>scene.when_unknown</comment>
        <translation>Elige el momento del día de la lista, o déjalo sin indicar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="73"/>
        <source>Please pick the place from the list, or skip it.</source>
        <comment>scene.where_unknown</comment>
        <translation>Elige el lugar de la lista, o déjalo sin indicar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="74"/>
        <source>Please choose what kind of thing this is: %1.</source>
        <comment>sources.kind_unknown</comment>
        <translation>Elige qué tipo de cosa es: %1.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="75"/>
        <source>That link has a name or password in it. Please use the plain web address.</source>
        <comment>sources.link_has_login</comment>
        <translation>Ese enlace contiene un nombre o una contraseña. Usa la dirección web sin ellos.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="76"/>
        <source>That link has spaces or line breaks in it. Please copy it again.</source>
        <comment>sources.link_has_spaces</comment>
        <translation>Ese enlace tiene espacios o saltos de línea. Cópialo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="77"/>
        <source>That link doesn&apos;t look right — it should start with https:// (or http://).</source>
        <comment>sources.link_malformed</comment>
        <translation>Ese enlace no parece correcto: debería empezar por https:// (o http://).</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="78"/>
        <source>Paste or type a link first, or leave the link empty.</source>
        <comment>sources.link_missing</comment>
        <translation>Pega o escribe primero un enlace, o deja el enlace vacío.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="79"/>
        <source>That link is very long. Please use one of %n character(s) or fewer.</source>
        <comment>sources.link_too_long</comment>
        <translation>
            <numerusform>Ese enlace es muy largo. Usa uno de %n carácter o menos.</numerusform>
            <numerusform>Ese enlace es muy largo. Usa uno de %n caracteres o menos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="80"/>
        <source>The quote or note needs to be text.</source>
        <comment>sources.note_not_text</comment>
        <translation>La cita o nota tiene que ser texto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="81"/>
        <source>Please keep the quote or note to %n character(s) or fewer (it has %1). A short piece is plenty to start a talk.</source>
        <comment>sources.note_too_long</comment>
        <translation>
            <numerusform>Deja la cita o nota en %n carácter o menos (tiene %1). Un fragmento corto basta para empezar una charla.</numerusform>
            <numerusform>Deja la cita o nota en %n caracteres o menos (tiene %1). Un fragmento corto basta para empezar una charla.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="82"/>
        <source>The quote or note has a character OpenUp can&apos;t show. Please retype that part.</source>
        <comment>sources.note_unshowable</comment>
        <translation>La cita o nota tiene un carácter que OpenUp no puede mostrar. Vuelve a escribir esa parte.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="83"/>
        <source>Give it a title, even a short one, so you can find it again.</source>
        <comment>sources.title_missing</comment>
        <translation>Ponle un título, aunque sea corto, para poder encontrarla de nuevo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="84"/>
        <source>Please keep the title on one line, without tabs or special characters.</source>
        <comment>sources.title_not_one_line</comment>
        <translation>Deja el título en una sola línea, sin tabulaciones ni caracteres especiales.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="85"/>
        <source>The title needs to be text.</source>
        <comment>sources.title_not_text</comment>
        <translation>El título tiene que ser texto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="86"/>
        <source>That title is a bit long. Please keep it to %n character(s) or fewer (it has %1).</source>
        <comment>sources.title_too_long</comment>
        <translation>
            <numerusform>Ese título es un poco largo. Déjalo en %n carácter o menos (tiene %1).</numerusform>
            <numerusform>Ese título es un poco largo. Déjalo en %n caracteres o menos (tiene %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="87"/>
        <source>There are no prompts to choose from. Add a deck or a prompt of your own first.</source>
        <comment>surprise.no_prompts</comment>
        <translation>No hay preguntas entre las que elegir. Añade primero una baraja o una pregunta propia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="88"/>
        <source>%n minute(s)</source>
        <comment>talk_history.minutes</comment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_core.py" line="89"/>
        <source>Please keep your thanks under %n character(s).</source>
        <comment>thanks.too_long</comment>
        <translation>
            <numerusform>Deja tu agradecimiento por debajo de %n carácter.</numerusform>
            <numerusform>Deja tu agradecimiento por debajo de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_core.py" line="90"/>
        <source>Your thanks has a character OpenUp can&apos;t show. Please retype it.</source>
        <comment>thanks.unshowable</comment>
        <translation>Tu agradecimiento tiene un carácter que OpenUp no puede mostrar. Vuelve a escribirlo.</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="32"/>
        <source>Please each pick a colour.</source>
        <translation>Cada persona tiene que elegir un color.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="63"/>
        <source>Welcome to OpenUp</source>
        <translation>Hola, esto es OpenUp</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="71"/>
        <source>OpenUp is for the two of you, side by side at this laptop. It offers small, safe steps towards talking more openly: a prompt, a few minutes, and turns you take when you are ready.</source>
        <translation>OpenUp es para dos personas que comparten esta pantalla, una al lado de la otra. Ofrece pasos pequeños y seguros para hablar con más apertura: una pregunta, unos minutos y turnos que cada cual toma cuando le apetece.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="74"/>
        <source>Everything stays on this computer. You can always pass, and nothing here keeps score.</source>
        <translation>Todo se queda en este equipo. Siempre se puede pasar, y aquí nadie lleva la cuenta.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="81"/>
        <source>Let&apos;s begin</source>
        <translation>Empecemos</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="96"/>
        <source>Who is here?</source>
        <translation>¿Quiénes están aquí?</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="104"/>
        <source>Each of you, type the name you&apos;d like to see and pick a colour. Your colour shows whose turn it is.</source>
        <translation>Cada persona escribe el nombre que quiere ver y elige un color. El color indica de quién es el turno.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="122"/>
        <source>One of you</source>
        <translation>Una persona</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="122"/>
        <source>The other</source>
        <translation>La otra</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="129"/>
        <source>First partner&apos;s name</source>
        <translation>Nombre de la primera persona</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="129"/>
        <source>Second partner&apos;s name</source>
        <translation>Nombre de la segunda persona</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="130"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="190"/>
        <location filename="../screens/FirstRunScreen.qml" line="264"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="196"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="208"/>
        <source>A promise to each other</source>
        <translation>Una promesa entre los dos</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="220"/>
        <source>What you share with me here is a gift. I will treat it with care, and I will never use it against you — not in an argument, not later, not ever.</source>
        <translation>Lo que compartes conmigo aquí es un regalo. Lo trataré con cuidado y nunca lo usaré en tu contra — ni en una discusión, ni más adelante, ni nunca.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="223"/>
        <source>Each of you, press your own button when you are ready to make this promise.</source>
        <translation>Cada persona pulsa su propio botón cuando quiera hacer esta promesa.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="243"/>
        <source>%1 promised ✓</source>
        <translation>%1 lo ha prometido ✓</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="243"/>
        <source>I promise — %1</source>
        <translation>Lo prometo — %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../components/HelpOverlay.qml" line="36"/>
        <source>Anywhere</source>
        <translation>En cualquier pantalla</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="37"/>
        <source>Go to Home, Talk, Together, Sources, Reflection, Vault, Settings, About</source>
        <translation>Ir a Inicio, Charla, En pareja, Fuentes, Reflexión, Cofre, Ajustes, Acerca de</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="37"/>
        <source>Move between controls</source>
        <translation>Moverse entre los controles</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="37"/>
        <source>Enter or Space</source>
        <translation>Intro o Espacio</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="37"/>
        <source>Press the control that has focus</source>
        <translation>Activar el control que tiene el foco</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="37"/>
        <source>Close a question or this help</source>
        <translation>Cerrar un aviso o esta ayuda</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="37"/>
        <source>Show this help</source>
        <translation>Mostrar esta ayuda</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="40"/>
        <source>During a talk</source>
        <translation>Durante una charla</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="41"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="41"/>
        <source>Pass the turn</source>
        <translation>Pasar el turno</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="41"/>
        <source>Pause or resume</source>
        <translation>Pausar o reanudar</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="41"/>
        <source>Next prompt</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="41"/>
        <source>I&apos;d rather not (pass this prompt, no reason needed)</source>
        <translation>Prefiero no (saltar esta pregunta, sin dar razones)</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="41"/>
        <source>We need a break</source>
        <translation>Necesitamos un descanso</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="41"/>
        <source>After saying back: &quot;Yes, that&apos;s it&quot; / &quot;There&apos;s more&quot;</source>
        <translation>Después de resumirlo: “Sí, es eso” / “Hay más”</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="41"/>
        <source>End the talk (asks first)</source>
        <translation>Terminar la charla (pregunta antes)</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="44"/>
        <source>Vault and reflections</source>
        <translation>Cofre y reflexiones</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="45"/>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="69"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="120"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/HomeScreen.qml" line="10"/>
        <source>Hello, %1 and %2</source>
        <translation>Hola, %1 y %2</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="11"/>
        <source>A few calm minutes together, whenever you both feel like it.</source>
        <translation>Unos minutos de calma entre los dos, cuando apetezca.</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="22"/>
        <source>Continue where you left off?</source>
        <translation>¿Retomar la charla donde se quedó?</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="26"/>
        <source>Everything you had done is kept. You can pick it up again, or close it — either is fine.</source>
        <translation>Todo lo hecho hasta ahora está guardado. Se puede retomar o cerrar — cualquiera de las dos cosas está bien.</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="39"/>
        <source>Continue the talk</source>
        <translation>Retomar la charla</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="48"/>
        <source>Close it</source>
        <translation>Cerrarla</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="58"/>
        <source>Your next talk</source>
        <translation>La próxima charla</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="58"/>
        <source>An invitation</source>
        <translation>Una invitación</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="70"/>
        <source>%1 would love some time with you, %2. When would suit you?</source>
        <translation>A %1 le encantaría pasar un rato contigo, %2. ¿Cuándo te viene bien?</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/HomeScreen.qml" line="70"/>
        <source>%1, %n minute(s).</source>
        <translation>
            <numerusform>%1, %n minuto.</numerusform>
            <numerusform>%1, %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="75"/>
        <source>Open Together</source>
        <translation>Ir a En pareja</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="84"/>
        <location filename="../screens/HomeScreen.qml" line="97"/>
        <source>Start a talk</source>
        <translation>Empezar una charla</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="87"/>
        <source>Take turns with one prompt for five short minutes. Either of you can pass at any time, no reason needed.</source>
        <translation>Turnarse con una pregunta durante cinco minutos cortos. Cualquiera de los dos puede pasar en cualquier momento, sin dar razones.</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="97"/>
        <source>Start our first talk</source>
        <translation>Empezar nuestra primera charla</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="109"/>
        <source>Your recent talks</source>
        <translation>Charlas recientes</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="113"/>
        <source>Your talks will be listed here, with their date and length.</source>
        <translation>Aquí aparecerán las charlas, con su fecha y duración.</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="126"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>LicenceList</name>
    <message>
        <location filename="../components/LicenceList.qml" line="20"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../components/LicenceList.qml" line="23"/>
        <source>OpenUp is free software under the MIT licence. It is built with the work of many others, listed here with their licences. Choose one to read its full text.</source>
        <translation>OpenUp es software libre con licencia MIT. Está hecho con el trabajo de muchas otras personas, que aparecen aquí con sus licencias. Elige una para leer el texto completo.</translation>
    </message>
    <message>
        <location filename="../components/LicenceList.qml" line="36"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../components/LicenceList.qml" line="59"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../components/LicenceList.qml" line="60"/>
        <source>Hide the licence text</source>
        <translation>Ocultar el texto de la licencia</translation>
    </message>
    <message>
        <location filename="../components/LicenceList.qml" line="60"/>
        <source>Show the licence text</source>
        <translation>Mostrar el texto de la licencia</translation>
    </message>
    <message>
        <location filename="../components/LicenceList.qml" line="129"/>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <location filename="../components/LicenceList.qml" line="157"/>
        <source>Licence text of %1</source>
        <translation>Texto de la licencia de %1</translation>
    </message>
</context>
<context>
    <name>LookAway</name>
    <message>
        <location filename="../components/LookAway.qml" line="28"/>
        <source>%1, please look away for a moment</source>
        <translation>%1, por favor, mira hacia otro lado un momento</translation>
    </message>
    <message>
        <location filename="../components/LookAway.qml" line="36"/>
        <source>%1 is about to type something private. It only takes a moment.</source>
        <translation>%1 va a escribir algo privado. Solo será un momento.</translation>
    </message>
    <message>
        <location filename="../components/LookAway.qml" line="52"/>
        <source>%1 is looking away</source>
        <translation>%1 ya no está mirando</translation>
    </message>
    <message>
        <location filename="../components/LookAway.qml" line="57"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="88"/>
        <source>Leave your talk?</source>
        <translation>¿Dejar la charla?</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="89"/>
        <source>You can keep it for later: it is paused and saved exactly where it is, and Home offers to continue it next time.</source>
        <translation>Puedes guardarla para más tarde: queda en pausa y guardada tal como está, e Inicio ofrece continuarla la próxima vez.</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="90"/>
        <source>Keep it for later</source>
        <translation>Guardarla para más tarde</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="91"/>
        <source>Stay in the talk</source>
        <translation>Seguir en la charla</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="98"/>
        <source>End the talk</source>
        <translation>Terminar la charla</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="112"/>
        <source>Discard what you wrote?</source>
        <translation>¿Descartar lo que has escrito?</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="113"/>
        <source>The moment you are writing has not been kept yet. If you close OpenUp now, the words are gone.</source>
        <translation>El momento que estás escribiendo aún no se ha guardado. Si cierras OpenUp ahora, esas palabras se pierden.</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="114"/>
        <location filename="../Main.qml" line="134"/>
        <source>Discard and close</source>
        <translation>Descartar y cerrar</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="115"/>
        <location filename="../Main.qml" line="135"/>
        <source>Keep writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="131"/>
        <source>Save your words of thanks?</source>
        <translation>¿Guardar las palabras de agradecimiento?</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="132"/>
        <source>What you wrote for each other after this talk is not saved yet. If you close OpenUp without saving, the words are gone.</source>
        <translation>El agradecimiento escrito después de esta charla aún no está guardado. Si cierras OpenUp sin guardarlo, esas palabras se pierden.</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="133"/>
        <source>Save and close</source>
        <translation>Guardar y cerrar</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="175"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="176"/>
        <source>Talk</source>
        <translation>Charla</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="177"/>
        <source>Vault</source>
        <translation>Cofre</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="178"/>
        <source>Together</source>
        <translation>En pareja</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="179"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="180"/>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="181"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="182"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="285"/>
        <source>Restore the latest backup…</source>
        <translation>Restaurar la última copia…</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="286"/>
        <source>Restore the backup of %1…</source>
        <translation>Restaurar la copia de seguridad del %1…</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="303"/>
        <source>Go back to an earlier backup?</source>
        <translation>¿Volver a una copia de seguridad anterior?</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="304"/>
        <source>Everything saved after %1 is replaced by that copy: talks, kept moments, the vault and passphrase changes, and settings. Before that, OpenUp keeps what you have now as a backup of its own, so you can come back to it from Settings → Backups. Then OpenUp restarts.</source>
        <translation>Todo lo guardado después del %1 se sustituye por esa copia: charlas, momentos guardados, los cambios del Cofre y de las frases secretas, y los ajustes. Antes, OpenUp guarda lo que tienes ahora como una copia de seguridad propia, para que puedas volver a ello desde Ajustes → Copias de seguridad. Después OpenUp se reinicia.</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="305"/>
        <source>Restore and restart</source>
        <translation>Restaurar y reiniciar</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="306"/>
        <source>Keep things as they are</source>
        <translation>Dejarlo todo como está</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="275"/>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>NavButton</name>
    <message>
        <location filename="../components/NavButton.qml" line="15"/>
        <source>Shortcut %1</source>
        <translation>Atajo: %1</translation>
    </message>
</context>
<context>
    <name>OursEditor</name>
    <message>
        <location filename="../components/OursEditor.qml" line="20"/>
        <source>Write a prompt of your own. Keep it kind and open, something either of you could answer in a minute or two.</source>
        <translation>Escribe una pregunta propia. Que sea amable y abierta, algo que cualquiera de los dos pueda responder en un minuto o dos.</translation>
    </message>
    <message>
        <location filename="../components/OursEditor.qml" line="28"/>
        <source>A prompt of your own</source>
        <translation>Una pregunta propia</translation>
    </message>
    <message>
        <location filename="../components/OursEditor.qml" line="29"/>
        <source>What would you like to ask each other?</source>
        <translation>¿Qué te gustaría preguntarle a tu pareja?</translation>
    </message>
    <message>
        <location filename="../components/OursEditor.qml" line="36"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../components/PassphraseField.qml" line="11"/>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseField.qml" line="59"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../components/PassphraseField.qml" line="59"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../components/PassphraseField.qml" line="60"/>
        <source>Hide the passphrase</source>
        <translation>Ocultar la frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseField.qml" line="60"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase secreta</translation>
    </message>
</context>
<context>
    <name>PassphraseStep</name>
    <message>
        <location filename="../components/PassphraseStep.qml" line="75"/>
        <source>%1, change your passphrase</source>
        <translation>%1, cambia tu frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="75"/>
        <source>%1, choose your passphrase</source>
        <translation>%1, elige tu frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="75"/>
        <source>%1, your passphrase</source>
        <translation>%1, tu frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="93"/>
        <source>Your current passphrase</source>
        <translation>Tu frase secreta actual</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="103"/>
        <source>New passphrase (at least 10 characters)</source>
        <translation>Nueva frase secreta (mínimo 10 caracteres)</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="103"/>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="126"/>
        <source>The same passphrase again</source>
        <translation>Repite la frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="144"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="144"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="151"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ProblemWindow</name>
    <message>
        <location filename="../ProblemWindow.qml" line="32"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PromptLibrary</name>
    <message>
        <location filename="../../openup_desktop/bridge/prompt_library.py" line="161"/>
        <source>Ours</source>
        <translation>Nuestras</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/prompt_library.py" line="179"/>
        <source>Only your own prompts can be changed.</source>
        <translation>Solo se pueden cambiar las preguntas propias.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/prompt_library.py" line="183"/>
        <source>That prompt no longer exists.</source>
        <translation>Esa pregunta ya no existe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/prompt_library.py" line="207"/>
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/prompt_library.py" line="208"/>
        <source>%n deck(s) ready, with %1 in all.</source>
        <translation>
            <numerusform>%n baraja lista, con %1 en total.</numerusform>
            <numerusform>%n barajas listas, con %1 en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/prompt_library.py" line="211"/>
        <source>%n entry(ies) could not be used and were skipped:</source>
        <translation>
            <numerusform>No se pudo usar %n entrada, así que se omitió:</numerusform>
            <numerusform>No se pudieron usar %n entradas, así que se omitieron:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptRow</name>
    <message>
        <location filename="../components/PromptRow.qml" line="46"/>
        <source>Change this prompt</source>
        <translation>Cambiar esta pregunta</translation>
    </message>
    <message>
        <location filename="../components/PromptRow.qml" line="62"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../components/PromptRow.qml" line="69"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../components/PromptRow.qml" line="70"/>
        <source>Change: %1</source>
        <translation>Cambiar: %1</translation>
    </message>
    <message>
        <location filename="../components/PromptRow.qml" line="80"/>
        <source>Chosen</source>
        <translation>Elegida</translation>
    </message>
    <message>
        <location filename="../components/PromptRow.qml" line="80"/>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <location filename="../components/PromptRow.qml" line="82"/>
        <source>Choose: %1</source>
        <translation>Elegir: %1</translation>
    </message>
    <message>
        <location filename="../components/PromptRow.qml" line="89"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../components/PromptRow.qml" line="90"/>
        <source>Remove: %1</source>
        <translation>Quitar: %1</translation>
    </message>
</context>
<context>
    <name>ReflectionScreen</name>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="37"/>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="38"/>
        <source>Not &quot;how do I get my partner to open up?&quot; but &quot;what might be in the way?&quot; A quiet space for each of you.</source>
        <translation>No “¿cómo consigo que mi pareja se abra?”, sino “¿qué podría estar impidiéndolo?”. Un espacio tranquilo para cada cual.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="49"/>
        <source>Your private notes are open</source>
        <translation>Tus notas privadas están abiertas</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="49"/>
        <source>Your private notes</source>
        <translation>Tus notas privadas</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="53"/>
        <source>Only you can read these notes — not your partner, and not both of you together. They close when you leave this screen.</source>
        <translation>Solo tú puedes leer estas notas — ni tu pareja, ni los dos a la vez. Se cierran al salir de esta pantalla.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="53"/>
        <source>Each of you can write notes beside the cards. They are sealed with your own passphrase, and nobody else can ever read them.</source>
        <translation>Cada cual puede escribir notas junto a las tarjetas. Se sellan con su propia frase secreta, y nadie más podrá leerlas nunca.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="68"/>
        <source>%1&apos;s notes</source>
        <translation>Notas de %1</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="76"/>
        <source>Private notes need a passphrase. Set one up in the Vault first.</source>
        <translation>Las notas privadas necesitan una frase secreta. Créala primero en el Cofre.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="92"/>
        <source>Close my notes</source>
        <translation>Cerrar mis notas</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="111"/>
        <source>Questions to ask yourself</source>
        <translation>Preguntas para ti</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="125"/>
        <source>Ask my partner, in our next talk</source>
        <translation>Preguntárselo a mi pareja en nuestra próxima charla</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="146"/>
        <source>Ask in our next talk</source>
        <translation>Preguntar en la próxima charla</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="147"/>
        <source>Ask in our next talk: %1</source>
        <translation>Preguntar en la próxima charla: %1</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="150"/>
        <source>Your next talk will start with this question. Nothing else from here is shared.</source>
        <translation>La próxima charla empezará con esta pregunta. No se comparte nada más de aquí.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="168"/>
        <source>My private note</source>
        <translation>Mi nota privada</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="181"/>
        <source>Only you will ever read this.</source>
        <translation>Solo tú leerás esto.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="183"/>
        <source>My private note about %1</source>
        <translation>Mi nota privada sobre %1</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="210"/>
        <source>Keep my note</source>
        <translation>Guardar mi nota</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="211"/>
        <source>Kept, sealed to you.</source>
        <translation>Guardada y sellada solo para ti.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="12"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="17"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="23"/>
        <source>Light or dark. &quot;Like my computer&quot; follows your system&apos;s setting.</source>
        <translation>Claro u oscuro. “Como mi equipo” sigue el ajuste de tu sistema.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="32"/>
        <location filename="../screens/SettingsScreen.qml" line="287"/>
        <location filename="../screens/SettingsScreen.qml" line="325"/>
        <source>Like my computer</source>
        <translation>Como mi equipo</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="36"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="40"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="59"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="63"/>
        <source>When a planned talk comes up, OpenUp shows a short reminder with the time only — never a topic or anything you wrote.</source>
        <translation>Cuando se acerca una charla planeada, OpenUp muestra un breve recordatorio solo con la hora — nunca un tema ni nada de lo que se haya escrito.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="66"/>
        <source>When the window is closed</source>
        <translation>Al cerrar la ventana</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="75"/>
        <source>Quit OpenUp</source>
        <translation>Salir de OpenUp</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="81"/>
        <source>Keep running in the tray for reminders</source>
        <translation>Seguir en la bandeja del sistema para los recordatorios</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="90"/>
        <source>This system shows no tray icon, so reminders appear inside the OpenUp window while it is open.</source>
        <translation>Este sistema no muestra icono en la bandeja, así que los recordatorios aparecen dentro de la ventana de OpenUp mientras está abierta.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="97"/>
        <source>Vault</source>
        <translation>Cofre</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="101"/>
        <source>The vault locks itself when nobody has touched OpenUp for a while, when a talk starts, and when you quit.</source>
        <translation>El cofre se bloquea solo cuando nadie ha usado OpenUp durante un rato, cuando empieza una charla y al salir.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="104"/>
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/SettingsScreen.qml" line="116"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="123"/>
        <source>When OpenUp is minimised or in the background</source>
        <translation>Cuando OpenUp está minimizado o en segundo plano</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="134"/>
        <source>Lock the vault</source>
        <translation>Bloquear el cofre</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="140"/>
        <source>Keep it open</source>
        <translation>Dejarlo abierto</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="146"/>
        <source>When the screen locks</source>
        <translation>Cuando se bloquea la pantalla</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="156"/>
        <source>Screenshots and screen sharing</source>
        <translation>Capturas de pantalla y pantalla compartida</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="170"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="174"/>
        <source>OpenUp copies all your data once a day and after every talk, keeping a week of daily copies and a month of weekly ones. Kept moments stay sealed in every copy.</source>
        <translation>OpenUp copia todos los datos una vez al día y después de cada charla, y conserva una semana de copias diarias y un mes de copias semanales. Los momentos guardados siguen sellados en todas las copias.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="180"/>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="192"/>
        <source>No backups yet. The first one is made today.</source>
        <translation>Aún no hay copias. La primera se hará hoy.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="204"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="204"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="210"/>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="211"/>
        <source>Restore the backup of %1</source>
        <translation>Restaurar la copia de seguridad del %1</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="234"/>
        <source>Restore the backup of %1?</source>
        <translation>¿Restaurar la copia de seguridad del %1?</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="235"/>
        <source>OpenUp first keeps a copy of everything as it is now, then puts this backup in its place and starts again. Nothing is lost either way.</source>
        <translation>OpenUp primero guarda una copia de todo tal como está ahora, luego pone esta copia en su lugar y se reinicia. No se pierde nada en ningún caso.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="236"/>
        <source>Restore and restart</source>
        <translation>Restaurar y reiniciar</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="243"/>
        <source>Prompt decks</source>
        <translation>Barajas de preguntas</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="264"/>
        <source>Reading and motion</source>
        <translation>Lectura y movimiento</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="267"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="279"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="280"/>
        <source>Text size %1 percent</source>
        <translation>Tamaño del texto: %1 por ciento</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="293"/>
        <source>Motion</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="302"/>
        <source>Gentle animations</source>
        <translation>Animaciones suaves</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="308"/>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="314"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="350"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="356"/>
        <source>Go through the first steps again: your names, your colours and your promise to each other.</source>
        <translation>Repetir los primeros pasos: los nombres, los colores y la promesa entre los dos.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="361"/>
        <source>Set up again…</source>
        <translation>Configurar de nuevo…</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="370"/>
        <source>Set up OpenUp again?</source>
        <translation>¿Configurar OpenUp de nuevo?</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="371"/>
        <source>You will both enter your names and colours again and renew your promise. Nothing you have saved is deleted.</source>
        <translation>Se vuelven a escribir los nombres, a elegir los colores y a renovar la promesa. No se borra nada de lo guardado.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="372"/>
        <source>Set up again</source>
        <translation>Configurar de nuevo</translation>
    </message>
</context>
<context>
    <name>SourcesController</name>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="99"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="100"/>
        <source>Song</source>
        <translation>Canción</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="101"/>
        <source>Film or show</source>
        <translation>Película o serie</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="102"/>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="103"/>
        <source>Podcast</source>
        <translation>Pódcast</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="104"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="129"/>
        <source>That source no longer exists.</source>
        <translation>Esa fuente ya no existe.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="159"/>
        <source>The link could not be opened. Is a web browser installed?</source>
        <translation>No se pudo abrir el enlace. ¿Hay un navegador instalado?</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="174"/>
        <source>There are no prompts for sources right now.</source>
        <translation>Ahora mismo no hay preguntas para las fuentes.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="176"/>
        <source>About “%1”</source>
        <translation>Sobre “%1”</translation>
    </message>
</context>
<context>
    <name>SourcesScreen</name>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="14"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="15"/>
        <source>A song, a film, an article: talking about something outside you both is an easy way in.</source>
        <translation>Una canción, una película, un artículo: hablar de algo ajeno a los dos es una forma fácil de empezar.</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="71"/>
        <source>Add a source…</source>
        <translation>Añadir una fuente…</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="77"/>
        <source>Show OpenUp&apos;s examples again</source>
        <translation>Volver a mostrar los ejemplos de OpenUp</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="86"/>
        <source>Add a source</source>
        <translation>Añadir una fuente</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="86"/>
        <source>Change this source</source>
        <translation>Cambiar esta fuente</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="104"/>
        <location filename="../screens/SourcesScreen.qml" line="105"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="113"/>
        <source>Link (optional)</source>
        <translation>Enlace (opcional)</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="114"/>
        <source>Link (optional), e.g. https://…</source>
        <translation>Enlace (opcional), p. ej. https://…</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="122"/>
        <location filename="../screens/SourcesScreen.qml" line="123"/>
        <source>A short quote or note (optional)</source>
        <translation>Una cita o nota breve (opcional)</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="134"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="139"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="179"/>
        <source>Talk about this</source>
        <translation>Hablar de esto</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="180"/>
        <source>Talk about %1</source>
        <translation>Hablar de %1</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="186"/>
        <source>Open the link</source>
        <translation>Abrir el enlace</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="193"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="199"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="199"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="18"/>
        <source>This backup is damaged (it failed its integrity check), so it can&apos;t be used. Other backups are not affected.</source>
        <comment>backups.damaged</comment>
        <translation>Esta copia de seguridad está dañada (no pasó la comprobación de integridad), así que no se puede usar. Las demás copias no se ven afectadas.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="19"/>
        <source>OpenUp made a backup copy, but the copy failed its check, so it was deleted. Your earlier backups were kept. If this happens again, the saved data may be damaged: restoring a recent backup can help.</source>
        <comment>backups.failed_check</comment>
        <translation>OpenUp hizo una copia de seguridad, pero no pasó la comprobación y se eliminó. Las copias anteriores se conservan. Si vuelve a pasar, los datos guardados podrían estar dañados: restaurar una copia reciente puede ayudar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="20"/>
        <source>This file is not an OpenUp backup, so it can&apos;t be restored.</source>
        <comment>backups.foreign</comment>
        <translation>Este archivo no es una copia de seguridad de OpenUp, así que no se puede restaurar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="21"/>
        <source>This backup file is no longer there.</source>
        <comment>backups.missing</comment>
        <translation>Este archivo de copia de seguridad ya no está.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="22"/>
        <source>This backup was made by a newer version of OpenUp. Update OpenUp to restore it.</source>
        <comment>backups.newer</comment>
        <translation>Esta copia de seguridad la hizo una versión más nueva de OpenUp. Actualiza OpenUp para restaurarla.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="23"/>
        <source>OpenUp could not first save a copy of your current data, so it did not restore the backup. Nothing was changed. Check that the disk is not full.</source>
        <comment>backups.no_copy_first</comment>
        <translation>OpenUp no pudo guardar antes una copia de tus datos actuales, así que no restauró la copia de seguridad. No se cambió nada. Comprueba que el disco no esté lleno.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="24"/>
        <source>OpenUp could not prepare the backup (%1). Nothing was changed.</source>
        <comment>backups.not_prepared</comment>
        <translation>OpenUp no pudo preparar la copia de seguridad (%1). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="25"/>
        <source>OpenUp could not put the backup in place (%1). Your current data was not replaced.</source>
        <comment>backups.not_put_in_place</comment>
        <translation>OpenUp no pudo colocar la copia de seguridad (%1). Tus datos actuales no se sustituyeron.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="26"/>
        <source>The backup could not be read back correctly. Nothing was changed.</source>
        <comment>backups.not_read_back</comment>
        <translation>La copia de seguridad no se pudo volver a leer bien. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="27"/>
        <source>OpenUp could not save a backup copy just now (%1). Your data itself was not changed.</source>
        <comment>backups.not_saved</comment>
        <translation>OpenUp no pudo guardar una copia de seguridad ahora mismo (%1). Tus datos no cambiaron.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="28"/>
        <source>Nothing was changed.</source>
        <comment>backups.nothing_changed</comment>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="29"/>
        <source>OpenUp&apos;s data is still in use by another window or program, so the backup was not put in place. Your current data was not replaced.</source>
        <comment>backups.still_in_use</comment>
        <translation>Otra ventana u otro programa sigue usando los datos de OpenUp, así que la copia de seguridad no se colocó. Tus datos actuales no se sustituyeron.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="30"/>
        <source>OpenUp could not open its saved data at %1 (%2). Nothing was changed. Check that the folder is writable and the disk is not full.</source>
        <comment>database.cannot_open</comment>
        <translation>OpenUp no pudo abrir sus datos guardados en %1 (%2). No se cambió nada. Comprueba que se pueda escribir en la carpeta y que el disco no esté lleno.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="31"/>
        <source>OpenUp&apos;s saved data at %1 is damaged, and it could not be moved aside (%2). Nothing was deleted.</source>
        <comment>database.damaged_not_moved</comment>
        <translation>Los datos guardados de OpenUp en %1 están dañados y no se pudieron apartar (%2). No se borró nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="32"/>
        <source>OpenUp could not read its saved data, so it started fresh. The damaged file was kept, not deleted, as %1 in %2.</source>
        <comment>database.started_fresh</comment>
        <translation>OpenUp no pudo leer sus datos guardados, así que empezó de cero. El archivo dañado se conservó, sin borrarlo, como %1 en %2.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="33"/>
        <source>This is one of OpenUp&apos;s examples, so it can&apos;t be changed. You can add your own source instead, or hide this one.</source>
        <comment>sources.example_unchangeable</comment>
        <translation>Este es uno de los ejemplos de OpenUp, así que no se puede cambiar. Puedes añadir una fuente propia u ocultar esta.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="34"/>
        <source>OpenUp couldn&apos;t save just now because it can&apos;t reach its data file (was a drive unplugged or the folder moved?).</source>
        <comment>write.cannot_open</comment>
        <translation>OpenUp no pudo guardar ahora porque no encuentra su archivo de datos (¿se desconectó una unidad o se movió la carpeta?).</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="35"/>
        <source>Check that the drive with OpenUp&apos;s data folder is connected.</source>
        <comment>write.cannot_open_advice</comment>
        <translation>Comprueba que la unidad con la carpeta de datos de OpenUp esté conectada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="36"/>
        <source>OpenUp couldn&apos;t save just now because the disk is full.</source>
        <comment>write.disk_full</comment>
        <translation>OpenUp no pudo guardar ahora porque el disco está lleno.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="37"/>
        <source>Freeing some space on this computer will let it save.</source>
        <comment>write.disk_full_advice</comment>
        <translation>Si liberas algo de espacio en este equipo, podrá guardar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="38"/>
        <source>OpenUp couldn&apos;t save just now because the disk reported an error.</source>
        <comment>write.io_error</comment>
        <translation>OpenUp no pudo guardar ahora porque el disco informó de un error.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="39"/>
        <source>If this keeps happening, check the disk.</source>
        <comment>write.io_error_advice</comment>
        <translation>Si sigue pasando, revisa el disco.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="40"/>
        <source>Nothing you saved before was damaged. What you just did is kept and will be saved as soon as writing works again.</source>
        <comment>write.nothing_lost</comment>
        <translation>Nada de lo que ya estaba guardado se ha dañado. Lo que acabas de hacer se conserva y se guardará en cuanto se pueda volver a escribir.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="41"/>
        <source>OpenUp couldn&apos;t save just now because its data file can only be read, not written.</source>
        <comment>write.read_only</comment>
        <translation>OpenUp no pudo guardar ahora porque su archivo de datos solo se puede leer, no escribir.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_store.py" line="42"/>
        <source>Check that the data folder is on a drive you can write to.</source>
        <comment>write.read_only_advice</comment>
        <translation>Comprueba que la carpeta de datos esté en una unidad donde se pueda escribir.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../components/StrengthMeter.qml" line="20"/>
        <source>Strength: %1</source>
        <translation>Seguridad: %1</translation>
    </message>
</context>
<context>
    <name>TalkController</name>
    <message>
        <location filename="../../openup_desktop/bridge/talk_controller.py" line="113"/>
        <source>A talk is already under way.</source>
        <translation>Ya hay una charla en curso.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_controller.py" line="123"/>
        <source>That deck has no prompts yet. Add one, or pick another deck.</source>
        <translation>Esa baraja aún no tiene preguntas. Añade una o elige otra baraja.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="89"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="80"/>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="92"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/running_talk.py" line="118"/>
        <source>The talk has ended. Time to thank each other.</source>
        <translation>La charla ha terminado. Es momento de darse las gracias.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/running_talk.py" line="127"/>
        <source>Less than 15 seconds left in this turn.</source>
        <translation>Quedan menos de 15 segundos de este turno.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/running_talk.py" line="135"/>
        <source>%1&apos;s turn.</source>
        <translation>Turno de %1.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="59"/>
        <source>In 20 minutes</source>
        <extracomment>what the screen calls each action of the core (``core.talk.ALLOWED_ACTIONS``)</extracomment>
        <translation>En 20 minutos</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="60"/>
        <source>In an hour</source>
        <translation>En una hora</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="61"/>
        <source>In 3 hours</source>
        <translation>En 3 horas</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="62"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="68"/>
        <source>In %1 minutes</source>
        <translation>En %1 minutos</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="78"/>
        <source>5 minutes · Short and sweet</source>
        <translation>5 minutos · Breve y agradable</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="91"/>
        <source>1½ minutes</source>
        <translation>1½ minutos</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="101"/>
        <source>1 · A little</source>
        <translation>1 · Un poco</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="102"/>
        <source>3 · Somewhat</source>
        <translation>3 · Algo</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="103"/>
        <source>5 · Very close</source>
        <translation>5 · Mucha</translation>
    </message>
</context>
<context>
    <name>TalkHistory</name>
    <message>
        <location filename="../../openup_desktop/bridge/talk_history.py" line="69"/>
        <source>You are taking a break from your talk of %1.</source>
        <translation>La charla del %1 está en un descanso.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_history.py" line="76"/>
        <source>You took a break from your talk of %1.</source>
        <translation>La charla del %1 quedó en un descanso.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_history.py" line="79"/>
        <source>Your talk of %1 stopped before it ended.</source>
        <translation>La charla del %1 se detuvo antes de terminar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_history.py" line="91"/>
        <source>There is no talk to continue.</source>
        <translation>No hay ninguna charla que continuar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_history.py" line="94"/>
        <source>That talk had only just begun, so there is nothing to continue.</source>
        <translation>Esa charla acababa de empezar, así que no hay nada que continuar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_history.py" line="101"/>
        <source>That talk could not be restored, so it was closed. What was said is kept.</source>
        <translation>Esa charla no se pudo recuperar, así que se cerró. Lo dicho se conserva.</translation>
    </message>
</context>
<context>
    <name>TalkRunScreen</name>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="65"/>
        <source>%1, say back what you heard</source>
        <translation>%1, resume con tus palabras lo que has oído</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="65"/>
        <source>%1&apos;s turn</source>
        <translation>Turno de %1</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="76"/>
        <source>Then %1 says whether that&apos;s it.</source>
        <translation>Luego %1 dice si es eso.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="76"/>
        <source>%1 listens</source>
        <translation>%1 escucha</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="101"/>
        <source>%1 left in this turn</source>
        <translation>Quedan %1 de este turno</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="106"/>
        <source>%1 left in the talk</source>
        <translation>Quedan %1 de charla</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="118"/>
        <source>Both timers wait</source>
        <translation>Los dos temporizadores esperan</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="219"/>
        <source>Prompt: %1</source>
        <translation>Pregunta: %1</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="238"/>
        <source>Say it in your own words. There&apos;s no wrong way.</source>
        <translation>Dilo con tus palabras. No hay manera de hacerlo mal.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="238"/>
        <source>The turn&apos;s time is up. Pass the turn whenever you&apos;re ready.</source>
        <translation>Se acabó el tiempo del turno. Pasa el turno cuando quieras.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="238"/>
        <source>Take your time. You can pass, or say &quot;I&apos;d rather not&quot;, whenever you like.</source>
        <translation>Tómate tu tiempo. Puedes pasar, o decir “Prefiero no”, cuando quieras.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="238"/>
        <source>Less than 15 seconds left in this turn.</source>
        <translation>Quedan menos de 15 segundos de este turno.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="282"/>
        <source>Yes, that&apos;s it</source>
        <translation>Sí, es eso</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="291"/>
        <source>There&apos;s more</source>
        <translation>Hay más</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="303"/>
        <source>Pass the turn</source>
        <translation>Pasar el turno</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="304"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="311"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="320"/>
        <source>Next prompt</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="329"/>
        <source>I&apos;d rather not</source>
        <translation>Prefiero no</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="337"/>
        <source>We need a break</source>
        <translation>Necesitamos un descanso</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="347"/>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="348"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="376"/>
        <source>Taking a break</source>
        <translation>Un descanso</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="376"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="385"/>
        <source>Your talk is kept exactly where you left it. Come back after %1, or whenever suits you both — Home will offer to continue.</source>
        <translation>La charla queda guardada justo donde se quedó. Se puede volver a partir de %1, o cuando venga bien a los dos — Inicio ofrecerá retomarla.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="385"/>
        <source>Both timers are stopped. %1 had the floor, with %2 left in the talk.</source>
        <translation>Los dos temporizadores están parados. Hablaba %1, y quedaban %2 de charla.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="394"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="402"/>
        <source>Continue now</source>
        <translation>Continuar ahora</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="408"/>
        <source>Back to Home</source>
        <translation>Volver a Inicio</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="419"/>
        <source>End the talk here?</source>
        <translation>¿Terminar la charla aquí?</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="420"/>
        <source>Stopping early is fine. A short talk still counts, and you can thank each other next.</source>
        <translation>Parar antes está bien. Una charla corta también cuenta, y a continuación llega el momento de darse las gracias.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="421"/>
        <source>End the talk</source>
        <translation>Terminar la charla</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="422"/>
        <location filename="../screens/TalkRunScreen.qml" line="477"/>
        <source>Keep talking</source>
        <translation>Seguir hablando</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="452"/>
        <source>Take a break</source>
        <translation>Hacer un descanso</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="455"/>
        <source>The talk waits exactly where it is. When would you like to pick it up again?</source>
        <translation>La charla espera justo donde está. ¿Cuándo retomarla?</translation>
    </message>
</context>
<context>
    <name>TalkSetupScreen</name>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="41"/>
        <source>Set up your talk</source>
        <translation>Preparar la charla</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="42"/>
        <source>The defaults are a good start: five minutes, turns of a minute and a half.</source>
        <translation>Las opciones iniciales son un buen comienzo: cinco minutos, turnos de minuto y medio.</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="47"/>
        <source>What to talk about</source>
        <translation>De qué hablar</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="54"/>
        <source>Surprise us</source>
        <translation>Sorpréndenos</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="74"/>
        <source>Your prompt: “%1”</source>
        <translation>La pregunta: “%1”</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="74"/>
        <source>OpenUp picks a prompt for you, gentle at first.</source>
        <translation>OpenUp elige una pregunta, suave al principio.</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="74"/>
        <source>OpenUp picks a prompt from this deck, or choose one yourself.</source>
        <translation>OpenUp elige una pregunta de esta baraja, o puedes elegirla tú.</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="82"/>
        <source>Hide the list</source>
        <translation>Ocultar la lista</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="82"/>
        <source>Choose a prompt…</source>
        <translation>Elegir una pregunta…</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="89"/>
        <location filename="../screens/TalkSetupScreen.qml" line="203"/>
        <source>Let OpenUp pick</source>
        <translation>Que elija OpenUp</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="119"/>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="150"/>
        <source>Minutes, from %1 to %2</source>
        <translation>Minutos, de %1 a %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/TalkSetupScreen.qml" line="302"/>
        <source>%n minute(s), turns of %1 seconds.</source>
        <translation>
            <numerusform>%n minuto, turnos de %1 segundos.</numerusform>
            <numerusform>%n minutos, turnos de %1 segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="136"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="156"/>
        <source>A short talk that goes well is worth more than a long one.</source>
        <translation>Una charla corta que va bien vale más que una larga.</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="163"/>
        <source>Each turn</source>
        <translation>Cada turno</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="184"/>
        <source>Who starts</source>
        <translation>Quién empieza</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="213"/>
        <source>The scene (optional)</source>
        <translation>El ambiente (opcional)</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="217"/>
        <source>Some settings make talking easier. Note where you are, and OpenUp will show which settings suit you two best. Skip it if you like.</source>
        <translation>Algunos ambientes facilitan hablar. Anota cómo es este, y OpenUp mostrará cuáles funcionan mejor para los dos. Puedes saltarlo si quieres.</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="249"/>
        <source>A short note about the scene (optional)</source>
        <translation>Una nota breve sobre el ambiente (opcional)</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="250"/>
        <source>A note, if you like (optional)</source>
        <translation>Una nota, si quieres (opcional)</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="260"/>
        <source>Say back what you heard</source>
        <translation>Resumir lo que has oído</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="264"/>
        <source>After each turn, the listener takes half a minute to say back what they heard, and the speaker says whether that&apos;s it or there&apos;s more.</source>
        <translation>Después de cada turno, quien escucha tiene medio minuto para resumir con sus palabras lo que ha oído, y quien habló dice si es eso o si hay algo más.</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="271"/>
        <source>Not this time</source>
        <translation>Esta vez no</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="277"/>
        <source>Yes, let&apos;s try it</source>
        <translation>Sí, probemos</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="308"/>
        <source>Start the talk</source>
        <translation>Empezar la charla</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="309"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
</context>
<context>
    <name>TogetherController</name>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="96"/>
        <source>%1 at %2</source>
        <extracomment>a reminder is due: the text is generic (time only) and safe for a notification</extracomment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="176"/>
        <source>No problem — maybe another time.</source>
        <translation>No pasa nada — quizá en otro momento.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="187"/>
        <source>That&apos;s fine — the talk is off. You can always invite again.</source>
        <translation>Está bien: la charla queda anulada. Siempre se puede volver a invitar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="204"/>
        <source>The calendar file could not be written (%1).</source>
        <translation>No se pudo escribir el archivo de calendario (%1).</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="208"/>
        <source>Calendar file saved as %1.</source>
        <translation>Archivo de calendario guardado como %1.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="217"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="219"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="275"/>
        <source>Your talk planned for %1 is here, whenever you&apos;re both ready.</source>
        <translation>Ha llegado la charla planeada para las %1; puede empezar cuando venga bien a los dos.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="278"/>
        <source>Your talk is coming up at %1.</source>
        <translation>La charla es a las %1.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="353"/>
        <source>Note the setting (room, time, music) for a few more talks, and OpenUp shows what suits you best.</source>
        <translation>Anota el ambiente (lugar, hora, música) en unas cuantas charlas más y OpenUp mostrará lo que mejor le sienta a la pareja.</translation>
    </message>
</context>
<context>
    <name>TogetherScreen</name>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="13"/>
        <source>Together</source>
        <translation>En pareja</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="14"/>
        <source>Small steps add up. Here you see them, without scores or streaks.</source>
        <translation>Los pasos pequeños suman. Aquí se ven, sin puntuaciones ni rachas.</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="34"/>
        <source>Planned. OpenUp will remind you a little before.</source>
        <translation>Planeada. OpenUp lo recordará un poco antes.</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="65"/>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="69"/>
        <source>Ask for some time together. The one who is asked chooses when, where and how long — or says &quot;not this time&quot;, which is always fine.</source>
        <translation>Pide un rato en pareja. Quien recibe la invitación elige cuándo, dónde y cuánto tiempo — o dice “esta vez no”, y eso siempre está bien.</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="97"/>
        <source>%1 would love some time with you, %2. When would suit you?</source>
        <translation>A %1 le encantaría pasar un rato contigo, %2. ¿Cuándo te viene bien?</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/TogetherScreen.qml" line="97"/>
        <source>Your talk: %1%2, %n minute(s).</source>
        <translation>
            <numerusform>La charla: %1%2, %n minuto.</numerusform>
            <numerusform>La charla: %1%2, %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="102"/>
        <source>About: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="113"/>
        <source>%1: choose when</source>
        <translation>%1: elige cuándo</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="119"/>
        <source>Add to calendar</source>
        <translation>Añadir al calendario</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="125"/>
        <source>Move it</source>
        <translation>Cambiar la fecha</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="132"/>
        <source>%1: take it back</source>
        <translation>%1: retirarla</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="138"/>
        <source>Not this time</source>
        <translation>Esta vez no</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="149"/>
        <source>Which day?</source>
        <translation>¿Qué día?</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="169"/>
        <source>What time?</source>
        <translation>¿A qué hora?</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="183"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/TogetherScreen.qml" line="192"/>
        <source>%n minute(s) past</source>
        <translation>
            <numerusform>y %n minuto</numerusform>
            <numerusform>y %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/TogetherScreen.qml" line="234"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/TogetherScreen.qml" line="302"/>
        <source>About %n minute(s)</source>
        <translation>
            <numerusform>Unos %n minuto</numerusform>
            <numerusform>Unos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/TogetherScreen.qml" line="470"/>
        <source>%1 of 5 · %n talk(s)</source>
        <translation>
            <numerusform>%1 de 5 · %n charla</numerusform>
            <numerusform>%1 de 5 · %n charlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/TogetherScreen.qml" line="471"/>
        <source>%1: closeness %2 of 5 over %n talk(s)</source>
        <translation>
            <numerusform>%1: cercanía de %2 sobre 5 en %n charla</numerusform>
            <numerusform>%1: cercanía de %2 sobre 5 en %n charlas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="200"/>
        <source>Where?</source>
        <translation>¿Dónde?</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="221"/>
        <source>How long?</source>
        <translation>¿Cuánto tiempo?</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="245"/>
        <source>Plan it</source>
        <translation>Planear</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="245"/>
        <source>Move it here</source>
        <translation>Cambiar a esta fecha</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="250"/>
        <location filename="../screens/TogetherScreen.qml" line="325"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="269"/>
        <source>%1 invites %2</source>
        <translation>%1 invita a %2</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="283"/>
        <source>“I&apos;d love some time with you, %1 — when would suit you?”</source>
        <translation>“Me encantaría pasar un rato contigo, %1 — ¿cuándo te viene bien?”</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="287"/>
        <location filename="../screens/TogetherScreen.qml" line="288"/>
        <source>A topic, if you have one (optional)</source>
        <translation>Un tema, si tienes alguno (opcional)</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="315"/>
        <source>Send the invitation</source>
        <translation>Enviar la invitación</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="318"/>
        <source>Sent. %1 will see it on Home and choose when.</source>
        <translation>Enviada. %1 la verá en Inicio y elegirá cuándo.</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="362"/>
        <source>Your small victories</source>
        <translation>Pequeñas victorias</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="373"/>
        <source>Talks per week</source>
        <translation>Charlas por semana</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="422"/>
        <source>Recent talks</source>
        <translation>Charlas recientes</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="441"/>
        <source>What works for you two</source>
        <translation>Lo que mejor funciona para los dos</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../Tray.qml" line="23"/>
        <source>Open OpenUp</source>
        <translation>Abrir OpenUp</translation>
    </message>
    <message>
        <location filename="../Tray.qml" line="27"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <location filename="../../openup_desktop/bridge/vault_text.py" line="41"/>
        <source>The wait only slows guessing inside OpenUp. A copy of the data is protected by how long each guess takes (Argon2id) and by a passphrase nobody could guess.</source>
        <translation>La espera solo frena los intentos dentro de OpenUp. Una copia de los datos queda protegida por lo que tarda cada intento (Argon2id) y por una frase secreta que nadie pueda adivinar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="202"/>
        <source>Please wait a moment, the vault is still working.</source>
        <extracomment>(operation, error message or &apos;&apos;), when an operation that QML started has finished</extracomment>
        <translation>Espera un momento, el cofre sigue trabajando.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="286"/>
        <source>Some moments could not be read, so the list is not complete.</source>
        <translation>Algunos momentos no se pudieron leer, así que la lista no está completa.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_setup.py" line="68"/>
        <source>The two passphrases are not the same. Please try again.</source>
        <extracomment>the vault&apos;s to-do list for backup copies has work (a key rotation, V8)</extracomment>
        <translation>Las dos frases secretas no son iguales. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_setup.py" line="105"/>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos frases secretas nuevas no son iguales.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="257"/>
        <source>Please start again: both of you type, one by one.</source>
        <translation>Hay que empezar de nuevo: cada persona escribe su frase secreta, una después de otra.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/reflection_notes.py" line="165"/>
        <source>Your reflections are locked. Please open them again.</source>
        <extracomment>emitted just before a reflection session locks, so QML can seal unsaved drafts item ids of notes replaced or emptied: backups must forget them too (V3)</extracomment>
        <translation>Tus reflexiones están bloqueadas. Vuelve a abrirlas.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/reflection_notes.py" line="170"/>
        <source>The note has a character OpenUp can&apos;t show. Please retype it.</source>
        <translation>La nota tiene un carácter que OpenUp no puede mostrar. Vuelve a escribirla.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/reflection_notes.py" line="174"/>
        <source>Please keep a note under %1 characters.</source>
        <translation>Mantén la nota por debajo de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_moments.py" line="183"/>
        <source>The text has a character OpenUp can&apos;t show. Please retype it.</source>
        <extracomment>item ids the owner took back: backups must forget them too (V3) how many moments are still being opened changed (see ``openingText``)</extracomment>
        <translation>El texto tiene un carácter que OpenUp no puede mostrar. Vuelve a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_moments.py" line="187"/>
        <source>Please write a few words about the moment first.</source>
        <translation>Escribe primero unas palabras sobre el momento.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_moments.py" line="190"/>
        <source>Please keep the moment under %1 characters and its title under %2.</source>
        <translation>Mantén el momento por debajo de %1 caracteres y su título por debajo de %2.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_moments.py" line="269"/>
        <source>Only the one who shared a moment can take it back, from their shares.</source>
        <translation>Solo quien compartió un momento puede retirarlo, desde lo que compartió.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_moments.py" line="320"/>
        <source>The backup could not be written (%1). Nothing changed.</source>
        <translation>No se pudo escribir la copia de seguridad (%1). No cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_moments.py" line="335"/>
        <source>The backup could not be read (%1). Nothing changed.</source>
        <translation>No se pudo leer la copia de seguridad (%1). No cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_text.py" line="56"/>
        <source>On: the vault locks when this computer&apos;s screen locks or it goes to sleep.</source>
        <translation>Activado: el cofre se bloquea cuando se bloquea la pantalla de este ordenador o cuando entra en reposo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_text.py" line="61"/>
        <source>On: the vault locks when Windows locks the screen or you switch user.</source>
        <translation>Activado: el cofre se bloquea cuando Windows bloquea la pantalla o se cambia de usuario.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_text.py" line="65"/>
        <source>Not available on this computer: it doesn&apos;t tell OpenUp when the screen locks. Keep “Lock the vault” chosen for when OpenUp is in the background.</source>
        <translation>No disponible en este ordenador: no avisa a OpenUp cuando se bloquea la pantalla. Deja elegido “Bloquear el cofre” para cuando OpenUp queda en segundo plano.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/capture_guard.py" line="83"/>
        <source>Not available on this system: Linux offers no way to keep a window out of screenshots. Lock the vault before sharing your screen.</source>
        <extracomment>The first macOS whose ScreenCaptureKit ignores ``sharingType = none``.</extracomment>
        <translation>No disponible en este sistema: Linux no permite excluir una ventana de las capturas de pantalla. Bloquea el cofre antes de compartir la pantalla.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/capture_guard.py" line="88"/>
        <source>Best effort on this Mac: OpenUp asks macOS to keep the open vault out of screenshots and screen sharing, but macOS 15 and newer may still show it. Lock the vault before sharing your screen.</source>
        <translation>Protección parcial en este Mac: OpenUp pide a macOS que deje el cofre abierto fuera de las capturas y de la pantalla compartida, pero macOS 15 y posteriores pueden mostrarlo igualmente. Bloquea el cofre antes de compartir la pantalla.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/capture_guard.py" line="93"/>
        <source>Active: while the vault is open, screenshots and screen sharing show it blank.</source>
        <translation>Activa: mientras el cofre está abierto, las capturas y la pantalla compartida lo muestran en blanco.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/capture_guard.py" line="97"/>
        <source>Ready: the vault window is kept out of screenshots whenever it is open.</source>
        <translation>Preparada: la ventana del cofre queda fuera de las capturas siempre que está abierta.</translation>
    </message>
</context>
<context>
    <name>VaultItemCard</name>
    <message>
        <location filename="../components/VaultItemCard.qml" line="44"/>
        <source>This item was altered or damaged</source>
        <translation>Este elemento se ha alterado o dañado</translation>
    </message>
    <message>
        <location filename="../components/VaultItemCard.qml" line="44"/>
        <source>A moment</source>
        <translation>Un momento</translation>
    </message>
    <message>
        <location filename="../components/VaultItemCard.qml" line="65"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../components/VaultItemCard.qml" line="74"/>
        <source>Take back</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location filename="../components/VaultItemCard.qml" line="75"/>
        <source>Take back this moment</source>
        <translation>Retirar este momento</translation>
    </message>
</context>
<context>
    <name>VaultListing</name>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/vault_listing.py" line="98"/>
        <source>Still opening %n moment(s)…</source>
        <translation>
            <numerusform>Aún se está abriendo %n momento…</numerusform>
            <numerusform>Aún se están abriendo %n momentos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="19"/>
        <source>Fine for most people. One more unusual word makes it much stronger.</source>
        <comment>passphrase.advice_okay</comment>
        <translation>Suficiente para la mayoría. Una palabra poco común más la hace mucho más fuerte.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="20"/>
        <source>Hard to guess. Make sure you can remember it: nobody can reset it.</source>
        <comment>passphrase.advice_strong</comment>
        <translation>Difícil de adivinar. Asegúrate de recordarla: nadie puede restablecerla.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="21"/>
        <source>Very hard to guess. Make sure you can remember it: nobody can reset it.</source>
        <comment>passphrase.advice_very_strong</comment>
        <translation>Muy difícil de adivinar. Asegúrate de recordarla: nadie puede restablecerla.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="22"/>
        <source>This would be guessed almost at once.</source>
        <comment>passphrase.advice_very_weak</comment>
        <translation>Se adivinaría casi al instante.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="23"/>
        <source>Someone with a copy of the data could guess this. Add a few more words.</source>
        <comment>passphrase.advice_weak</comment>
        <translation>Alguien con una copia de los datos podría adivinarla. Añade unas cuantas palabras más.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="24"/>
        <source>This is one of the most common passwords, so it would be guessed quickly. Please choose something more personal.</source>
        <comment>passphrase.common</comment>
        <translation>Es una de las contraseñas más comunes, así que se adivinaría enseguida. Elige algo más personal.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="25"/>
        <source>Someone with a copy of the data could guess this. Add another unusual word or two.</source>
        <comment>passphrase.guessable</comment>
        <translation>Alguien con una copia de los datos podría adivinarla. Añade una o dos palabras poco habituales más.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="26"/>
        <source>Okay</source>
        <comment>passphrase.label_okay</comment>
        <translation>Aceptable</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="27"/>
        <source>Strong</source>
        <comment>passphrase.label_strong</comment>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="28"/>
        <source>Very strong</source>
        <comment>passphrase.label_very_strong</comment>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="29"/>
        <source>Very weak</source>
        <comment>passphrase.label_very_weak</comment>
        <translation>Muy débil</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="30"/>
        <source>Weak</source>
        <comment>passphrase.label_weak</comment>
        <translation>Débil</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="31"/>
        <source>This repeats or follows a simple pattern, so it would be guessed quickly. Try a few unrelated words.</source>
        <comment>passphrase.pattern</comment>
        <translation>Se repite o sigue un patrón sencillo, así que se adivinaría enseguida. Prueba con unas palabras sin relación.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="32"/>
        <source>This uses your names or a year, which is what someone who knows you would try first. Try a few unrelated words.</source>
        <comment>passphrase.personal</comment>
        <translation>Usa los nombres de la pareja o un año, que es lo primero que probaría alguien que te conoce. Prueba con unas cuantas palabras que no tengan relación entre sí.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="33"/>
        <source>Please keep it under %n character(s).</source>
        <comment>passphrase.too_long</comment>
        <translation>
            <numerusform>Mantenla por debajo de %Ln carácter.</numerusform>
            <numerusform>Mantenla por debajo de %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="34"/>
        <source>Please use at least %n character(s). A short sentence or a few unrelated words is easy to remember and hard to guess.</source>
        <comment>passphrase.too_short</comment>
        <translation>
            <numerusform>Usa al menos %n carácter. Una frase corta o unas pocas palabras sin relación son fáciles de recordar y difíciles de adivinar.</numerusform>
            <numerusform>Usa al menos %n caracteres. Una frase corta o unas pocas palabras sin relación son fáciles de recordar y difíciles de adivinar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="35"/>
        <source>This has a character OpenUp can&apos;t save (perhaps half of an emoji). Please delete it and type the passphrase again.</source>
        <comment>passphrase.unsavable</comment>
        <translation>Tiene un carácter que OpenUp no puede guardar (quizá medio emoji). Bórralo y vuelve a escribir la frase secreta.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="36"/>
        <source>Both partners need a passphrase before a moment can be kept.</source>
        <comment>vault.both_need_passphrase</comment>
        <translation>Los dos necesitan una frase secreta antes de poder guardar un momento.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="37"/>
        <source>The passphrase was changed somewhere else at the same time. Please try again.</source>
        <comment>vault.changed_elsewhere</comment>
        <translation>La frase secreta se cambió en otro sitio al mismo tiempo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="38"/>
        <source>Please choose a stronger passphrase.</source>
        <comment>vault.choose_stronger</comment>
        <translation>Elige una frase secreta más fuerte.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="39"/>
        <source>The vault&apos;s data was altered or damaged, so it can&apos;t be unlocked. Nothing was changed; a backup export can restore it.</source>
        <comment>vault.data_altered</comment>
        <translation>Los datos del cofre se alteraron o dañaron, así que no se puede abrir. No se cambió nada; una copia exportada puede restaurarlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="40"/>
        <source>This export file is damaged or incomplete. Nothing was changed.</source>
        <comment>vault.file_damaged</comment>
        <translation>Este archivo exportado está dañado o incompleto. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="41"/>
        <source>This file isn&apos;t an OpenUp vault export. Nothing was changed.</source>
        <comment>vault.file_foreign</comment>
        <translation>Este archivo no es una exportación de un cofre de OpenUp. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="42"/>
        <source>This file is not a complete OpenUp vault export. Nothing was changed.</source>
        <comment>vault.file_invalid</comment>
        <translation>Este archivo no es una exportación completa de un cofre de OpenUp. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="43"/>
        <source>This export was made by a newer version of OpenUp. Please update, then try again.</source>
        <comment>vault.file_newer</comment>
        <translation>Este archivo lo creó una versión más nueva de OpenUp. Actualiza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="44"/>
        <source>This file couldn&apos;t be read. Nothing was changed.</source>
        <comment>vault.file_unreadable</comment>
        <translation>No se pudo leer este archivo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="45"/>
        <source>Something went wrong with the vault.</source>
        <comment>vault.generic</comment>
        <translation>Algo salió mal con el cofre.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="46"/>
        <source>This item was altered or damaged, so it can&apos;t be opened. Your other items are fine.</source>
        <comment>vault.item_damaged</comment>
        <translation>Este elemento se alteró o dañó, así que no se puede abrir. Los demás elementos están bien.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="47"/>
        <source>This item is no longer in the vault.</source>
        <comment>vault.item_not_found</comment>
        <translation>Este elemento ya no está en el cofre.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="48"/>
        <source>This item is too long to keep (the limit is about 1 MB of text).</source>
        <comment>vault.item_too_long</comment>
        <translation>Es demasiado largo para guardarlo (el límite es de aproximadamente 1 MB de texto).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="49"/>
        <source>%1&apos;s passphrase was mistyped %n times since it was last used.</source>
        <comment>vault.mistyped</comment>
        <translation>
            <numerusform>La frase secreta de %1 se escribió mal una vez desde la última vez que se usó.</numerusform>
            <numerusform>La frase secreta de %1 se escribió mal %n veces desde la última vez que se usó.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="50"/>
        <source>This can only be done by the partner it belongs to.</source>
        <comment>vault.not_allowed</comment>
        <translation>Esto solo lo puede hacer la persona a quien pertenece.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="51"/>
        <source>This install already has a vault. A backup can only be restored into a fresh install. Nothing was changed.</source>
        <comment>vault.not_empty</comment>
        <translation>Esta instalación ya tiene un cofre. Una copia solo se puede restaurar en una instalación nueva. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="52"/>
        <source>The vault has not been set up yet.</source>
        <comment>vault.not_set_up</comment>
        <translation>El cofre aún no está preparado.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="53"/>
        <source>There is no vault to export yet.</source>
        <comment>vault.nothing_to_export</comment>
        <translation>Todavía no hay cofre que exportar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="54"/>
        <source>Only the person it belongs to can keep an item, with their passphrase.</source>
        <comment>vault.owner_keeps</comment>
        <translation>Solo la persona a quien pertenece puede guardarlo, con su frase secreta.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="55"/>
        <source>Only the person an item belongs to can withdraw it.</source>
        <comment>vault.owner_withdraws</comment>
        <translation>Solo la persona a quien pertenece puede retirarlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="56"/>
        <source>This partner already has a passphrase. It can only be changed by them, with their current passphrase.</source>
        <comment>vault.partner_already_set_up</comment>
        <translation>Esta persona ya tiene una frase secreta. Solo ella puede cambiarla, con su frase actual.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="57"/>
        <source>%1 hasn&apos;t chosen a passphrase yet.</source>
        <comment>vault.partner_not_set_up</comment>
        <translation>%1 todavía no ha elegido una frase secreta.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="58"/>
        <source>This belongs to your partner. It opens only when you&apos;re both here.</source>
        <comment>vault.partners_item</comment>
        <translation>Esto es de tu pareja. Solo se abre con los dos presentes.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="59"/>
        <source>Reflections are private to the person who wrote them, so they aren&apos;t shown when you open the vault together.</source>
        <comment>vault.reflection_private</comment>
        <translation>Las reflexiones son privadas de quien las escribió, así que no se muestran al abrir el cofre entre los dos.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="60"/>
        <source>That passphrase is already %1&apos;s. Each of you needs your own, so that neither of you can open the vault alone.</source>
        <comment>vault.same_as_partner</comment>
        <translation>Esa frase secreta ya es la de %1. Cada persona necesita la suya, para que nadie pueda abrir el cofre a solas.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="61"/>
        <source>The vault is locked. Please unlock it again.</source>
        <comment>vault.session_locked</comment>
        <translation>El cofre está bloqueado. Vuelve a abrirlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="62"/>
        <source>Too many wrong tries for %1.</source>
        <comment>vault.too_many_tries</comment>
        <translation>Demasiados intentos fallidos de %1.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="63"/>
        <source>Please try again.</source>
        <comment>vault.try_again</comment>
        <translation>Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="64"/>
        <source>The vault&apos;s data could not be read. Nothing was changed.</source>
        <comment>vault.unreadable</comment>
        <translation>No se pudieron leer los datos del cofre. No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="65"/>
        <source>Please wait %n minute(s) before trying again.</source>
        <comment>vault.wait_minutes</comment>
        <translation>
            <numerusform>Espera %n minuto antes de volver a intentarlo.</numerusform>
            <numerusform>Espera %n minutos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="66"/>
        <source>Please wait %n second(s) before trying again.</source>
        <comment>vault.wait_seconds</comment>
        <translation>
            <numerusform>Espera %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>Espera %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="67"/>
        <source>Withdrawing is done by the owner alone: unlock with just your passphrase.</source>
        <comment>vault.withdraw_alone</comment>
        <translation>Retirar lo hace solo quien lo compartió: abre con tu frase secreta únicamente.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="68"/>
        <source>The passphrases for %1 and %2 didn&apos;t match.</source>
        <comment>vault.wrong_both</comment>
        <translation>Las frases secretas de %1 y %2 no coinciden.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/messages_vault.py" line="69"/>
        <source>That passphrase for %1 didn&apos;t match.</source>
        <comment>vault.wrong_one</comment>
        <translation>Esa frase secreta de %1 no coincide.</translation>
    </message>
</context>
<context>
    <name>VaultMoments</name>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/vault_moments.py" line="323"/>
        <source>Saved %n sealed item(s) to %1.</source>
        <translation>
            <numerusform>Se guardó %n elemento sellado en %1.</numerusform>
            <numerusform>Se guardaron %n elementos sellados en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../openup_desktop/bridge/vault_moments.py" line="339"/>
        <source>Restored %n sealed item(s).</source>
        <translation>
            <numerusform>Se restauró %n elemento sellado.</numerusform>
            <numerusform>Se restauraron %n elementos sellados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultScreen</name>
    <message>
        <location filename="../../openup_desktop/bridge/vault_steps.py" line="216"/>
        <source>%1&apos;s passphrase is changed.</source>
        <translation>La frase secreta de %1 se ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_steps.py" line="220"/>
        <source>%1&apos;s passphrase is set.</source>
        <translation>%1 ya tiene su frase secreta.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_steps.py" line="224"/>
        <source>Kept safely. Only %1 alone, or both of you together, can open it.</source>
        <translation>Guardado a salvo. Solo pueden abrirlo %1 a solas o los dos a la vez.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="63"/>
        <source>Vault</source>
        <translation>Cofre</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="64"/>
        <source>Moments you chose to keep, sealed so that neither of you can open the other&apos;s alone.</source>
        <translation>Momentos elegidos para guardar, sellados para que nadie pueda abrir a solas lo que compartió su pareja.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="78"/>
        <source>There are no hints and no recovery. If this passphrase is forgotten, the moments kept in your name can never be opened again — not by you, not together, not by anyone. Choose something you will remember.</source>
        <translation>No hay pistas ni forma de recuperarla. Si se olvida esta frase secreta, los momentos guardados a tu nombre no podrán volver a abrirse nunca — ni por ti, ni entre los dos, ni por nadie. Elige algo que vayas a recordar.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="78"/>
        <source>Only you can change your passphrase, and only by knowing the current one. There is still no recovery. Your keys are renewed everywhere OpenUp keeps your data, so the old passphrase stops working here. Vault exports you saved earlier still open with the old passphrase: delete them if someone else may know it.</source>
        <translation>Solo tú puedes cambiar tu frase secreta, y solo si conoces la actual. Sigue sin haber forma de recuperarla. Tus claves se renuevan en todos los lugares donde OpenUp guarda tus datos, así que la frase antigua deja de funcionar aquí. Las copias del cofre que exportaste antes siguen abriéndose con la frase antigua: bórralas si alguien más puede conocerla.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="78"/>
        <source>Before a moment can be kept, each of you chooses a vault passphrase, so that %1 can never open %2&apos;s moments alone. What you wrote waits meanwhile. There is no recovery: choose something you will remember.</source>
        <translation>Antes de guardar un momento, cada persona elige una frase secreta para el cofre, para que %1 nunca pueda abrir a solas los momentos de %2. Lo que escribiste espera mientras tanto. No hay forma de recuperarla: elige algo que vayas a recordar.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="78"/>
        <source>Choosing your passphrase also keeps this moment in your name. There is no recovery: choose something you will remember.</source>
        <translation>Al elegir tu frase secreta, este momento queda guardado a tu nombre. No hay forma de recuperarla: elige algo que vayas a recordar.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="78"/>
        <source>Typing your passphrase is how you agree to keep this moment in your name.</source>
        <translation>Al escribir tu frase secreta, aceptas guardar este momento a tu nombre.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="78"/>
        <source>Both of you type your passphrase, one after the other. Step %1 of 2.</source>
        <translation>Cada persona escribe su frase secreta, por turnos. Paso %1 de 2.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="95"/>
        <location filename="../screens/VaultScreen.qml" line="287"/>
        <source>Keep a moment</source>
        <translation>Guardar un momento</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="101"/>
        <source>Your thanks from the talk are saved.</source>
        <translation>Los agradecimientos de la charla ya están guardados.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="105"/>
        <source>Write down something from a talk that you&apos;d like to keep. It is sealed in the name of the one who shared it, and only they can take it back.</source>
        <translation>Escribe algo de una charla que te gustaría guardar. Se sella a nombre de quien lo compartió, y solo esa persona puede retirarlo.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="108"/>
        <source>Whose moment is it?</source>
        <translation>¿De quién es este momento?</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="130"/>
        <location filename="../screens/VaultScreen.qml" line="131"/>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="147"/>
        <source>What was said, or what it meant to you…</source>
        <translation>Lo que se dijo, o lo que significó para ti…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="149"/>
        <source>The moment, in your words</source>
        <translation>El momento, con tus palabras</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/localizer.py" line="48"/>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="192"/>
        <source>This is your first moment: next, each of you chooses a vault passphrase, privately. What you wrote waits here meanwhile.</source>
        <translation>Es el primer momento que se guarda: ahora cada persona elige, en privado, una frase secreta para el cofre. Lo que escribiste espera aquí mientras tanto.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="201"/>
        <source>%1 confirms with their passphrase</source>
        <translation>%1 confirma con su frase secreta</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="201"/>
        <source>Choose passphrases and keep it</source>
        <translation>Elegir las frases secretas y guardarlo</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="206"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="223"/>
        <source>Set up the vault</source>
        <translation>Preparar el cofre</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="226"/>
        <source>Each of you chooses a passphrase, privately. A moment you keep can then be opened by both of you together, or by the one who shared it — never by the other alone.</source>
        <translation>Cada persona elige una frase secreta, en privado. Así, un momento guardado solo pueden abrirlo los dos a la vez o quien lo compartió — nunca su pareja a solas.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="230"/>
        <source>There are no hints and no way to recover a forgotten passphrase. That is what keeps it safe.</source>
        <translation>No hay pistas ni forma de recuperar una frase secreta olvidada. Eso es lo que la mantiene segura.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="245"/>
        <source>%1&apos;s passphrase is set ✓</source>
        <translation>%1 ya tiene su frase secreta ✓</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="245"/>
        <source>%1: choose a passphrase</source>
        <translation>%1: elige una frase secreta</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="256"/>
        <source>Open the vault</source>
        <translation>Abrir el cofre</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="260"/>
        <source>Together you see every moment you have kept. Alone, each of you sees only your own shares — and can take any of them back.</source>
        <translation>Entre los dos se ven todos los momentos guardados. A solas, cada cual ve solo lo que compartió — y puede retirar lo que quiera.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="268"/>
        <source>Open together</source>
        <translation>Abrir entre los dos</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="276"/>
        <location filename="../screens/VaultScreen.qml" line="385"/>
        <source>%1&apos;s shares</source>
        <translation>Lo que compartió %1</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="291"/>
        <source>Something from a talk you&apos;d like to hold on to. It is saved only when the one who shared it agrees with their passphrase.</source>
        <translation>Algo de una charla que te gustaría conservar. Solo se guarda cuando quien lo compartió lo acepta con su frase secreta.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="295"/>
        <source>Keep a moment…</source>
        <translation>Guardar un momento…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="304"/>
        <source>Change a passphrase</source>
        <translation>Cambiar una frase secreta</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="308"/>
        <source>Each of you can change your own passphrase, alone, by typing the current one. Nobody can change or reset the other&apos;s.</source>
        <translation>Cada cual puede cambiar su propia frase secreta, a solas, escribiendo la actual. Nadie puede cambiar ni restablecer la de su pareja.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="318"/>
        <source>%1: change my passphrase</source>
        <translation>%1: cambiar mi frase secreta</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="329"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="333"/>
        <source>A backup file holds only sealed data: nothing in it can be read without your passphrases. Restoring it into a new install needs just the file and your passphrases.</source>
        <translation>Un archivo de copia de seguridad solo contiene datos sellados: nada de lo que hay en él se puede leer sin las frases secretas. Para restaurarlo en una instalación nueva basta con el archivo y las frases secretas.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="340"/>
        <source>Save a backup…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="345"/>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="361"/>
        <location filename="../screens/VaultScreen.qml" line="367"/>
        <source>OpenUp vault backup (*.openup-vault)</source>
        <translation>Copia del cofre de OpenUp (*.openup-vault)</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="385"/>
        <source>Your moments, together</source>
        <translation>Los momentos de los dos</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="395"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="412"/>
        <source>Search your moments</source>
        <translation>Buscar en los momentos</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="413"/>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="420"/>
        <source>Take back all of mine…</source>
        <translation>Retirar todos los míos…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="435"/>
        <source>Nothing matches your search.</source>
        <translation>Nada coincide con la búsqueda.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="435"/>
        <source>Nothing kept here yet.</source>
        <translation>Aún no hay nada guardado aquí.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="478"/>
        <source>Discard what you wrote?</source>
        <translation>¿Descartar lo que has escrito?</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="479"/>
        <source>The words for this moment have not been kept. If you discard them, they are gone.</source>
        <translation>Las palabras de este momento aún no se han guardado. Si las descartas, se pierden.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="480"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="481"/>
        <source>Keep writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="490"/>
        <source>Take this moment back?</source>
        <translation>¿Retirar este momento?</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="491"/>
        <source>It will be gone for good: nobody will be able to open it again, not even together.</source>
        <translation>Desaparecerá para siempre: nadie podrá volver a abrirlo, ni siquiera entre los dos.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="492"/>
        <source>Take it back</source>
        <translation>Retirarlo</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="500"/>
        <source>Take back all of your moments?</source>
        <translation>¿Retirar todos tus momentos?</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="501"/>
        <source>Every moment kept in your name will be gone for good. Nobody will be able to open them again, not even together.</source>
        <translation>Todos los momentos guardados a tu nombre desaparecerán para siempre. Nadie podrá volver a abrirlos, ni siquiera entre los dos.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="502"/>
        <source>Take them all back</source>
        <translation>Retirarlos todos</translation>
    </message>
</context>
<context>
    <name>WrapUpScreen</name>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="57"/>
        <source>Well done, both of you</source>
        <translation>Bien hecho, los dos</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/WrapUpScreen.qml" line="57"/>
        <source>That&apos;s your %n minute(s)</source>
        <translation>
            <numerusform>Ya pasó el minuto</numerusform>
            <numerusform>Ya pasaron los %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="58"/>
        <source>Every talk counts, however it went. Take a moment to thank each other — only if you&apos;d like to.</source>
        <translation>Cada charla cuenta, haya salido como haya salido. Es un buen momento para darse las gracias, sin ninguna obligación.</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="71"/>
        <source>%1, anything to thank %2 for?</source>
        <translation>%1, ¿algo que agradecerle a %2?</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="97"/>
        <source>%1&apos;s own words of thanks</source>
        <translation>Palabras de agradecimiento de %1</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="98"/>
        <source>Or in your own words…</source>
        <translation>O con tus propias palabras…</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/running_talk.py" line="92"/>
        <source>%1 of %2 characters: thanks stop here.</source>
        <extracomment>a sentence for screen readers: whose turn it is, 15 seconds left, the talk has ended</extracomment>
        <translation>%1 de %2 caracteres: el agradecimiento no puede ser más largo.</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="116"/>
        <source>How close did this talk feel to you?</source>
        <translation>¿Cuánta cercanía sentiste en esta charla?</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="131"/>
        <source>Closeness %1 of %2</source>
        <translation>Cercanía %1 de %2</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="165"/>
        <source>Keep a moment…</source>
        <translation>Guardar un momento…</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="177"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="188"/>
        <source>Save and finish</source>
        <translation>Guardar y terminar</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="200"/>
        <source>Save your words of thanks?</source>
        <translation>¿Guardar las palabras de agradecimiento?</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="201"/>
        <source>What you wrote for each other is not saved yet. If you skip now, the words are gone.</source>
        <translation>El agradecimiento escrito aún no está guardado. Si saltas este paso ahora, esas palabras se pierden.</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="202"/>
        <source>Save them</source>
        <translation>Guardarlas</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="203"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="204"/>
        <source>Keep writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
</context>
<context>
    <name>WriteProblems</name>
    <message>
        <location filename="../../openup_desktop/bridge/write_problems.py" line="30"/>
        <source>OpenUp couldn&apos;t save that just now. Nothing you had saved before was changed; please try again in a moment.</source>
        <translation>OpenUp no pudo guardar eso ahora. Nada de lo que ya estaba guardado cambió; inténtalo de nuevo en un momento.</translation>
    </message>
</context>
</TS>
