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
        <location filename="../../openup_desktop/bridge/app_controller.py" line="237"/>
        <source>The backup was restored.</source>
        <extracomment>Quit from outside the window (the tray): the window asks first if a talk is under way the language in use (&quot;en&quot;/&quot;es&quot;), set by i18n.LanguageSwitcher</extracomment>
        <translation>Se restauró la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/app_controller.py" line="240"/>
        <source>What you had just before it was kept as %1 in the backups folder.</source>
        <translation>Lo que había justo antes se guardó como %1 en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/app_controller.py" line="245"/>
        <source>The backup was not restored: %1</source>
        <translation>No se restauró la copia de seguridad: %1</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/app_controller.py" line="255"/>
        <source>OpenUp closed unexpectedly last time. Everything you had saved is safe, and a talk that was under way can be continued from Home. A short report without anything you wrote was kept in the logs folder.</source>
        <translation>OpenUp se cerró de forma inesperada la última vez. Todo lo que se había guardado está a salvo, y una charla que estaba en marcha puede continuar desde Inicio. En la carpeta de registros quedó un informe breve sin nada de lo que escribiste.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../openup_desktop/bridge/backup_controller.py" line="151"/>
        <source>Backup saved (%1).</source>
        <extracomment>How long to wait before trying the vault&apos;s to-do list again while something blocks it (a reader holding the live WAL, a copy that can&apos;t be written just now). the couple confirmed a restore: the app should quit and finish it (see finish_restore) a pass over the vault&apos;s to-do list ended; True when nothing is left (V13)</extracomment>
        <translation>Copia de seguridad guardada (%1).</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/backup_controller.py" line="157"/>
        <source>1 talk</source>
        <translation>1 charla</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/backup_controller.py" line="159"/>
        <source>%1 talks</source>
        <translation>%1 charlas</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/backup_controller.py" line="162"/>
        <source>1 kept item</source>
        <translation>1 elemento guardado</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/backup_controller.py" line="164"/>
        <source>%1 kept items</source>
        <translation>%1 elementos guardados</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/backup_controller.py" line="190"/>
        <source>That backup is no longer there.</source>
        <translation>Esa copia de seguridad ya no está.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/backup_controller.py" line="192"/>
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
        <location filename="../../openup_desktop/bridge/core_messages.py" line="26"/>
        <source>Please keep the name to %1 characters or fewer.</source>
        <translation>Deja el nombre en %1 caracteres o menos.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="27"/>
        <source>That&apos;s a bit long to read from the sofa. Please keep it to %1 characters or fewer (it has %2).</source>
        <translation>Es un poco largo para leerlo desde el sofá. Déjalo en %1 caracteres o menos (tiene %2).</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="31"/>
        <source>Please pick the place from the list, or skip it.</source>
        <translation>Elige el lugar de la lista, o déjalo sin indicar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="32"/>
        <source>Please pick the time of day from the list, or skip it.</source>
        <translation>Elige el momento del día de la lista, o déjalo sin indicar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="33"/>
        <source>Please pick the activity from the list, or skip it.</source>
        <translation>Elige la actividad de la lista, o déjala sin indicar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="34"/>
        <source>Please keep the note to %1 characters or fewer.</source>
        <translation>Deja la nota en %1 caracteres o menos.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="35"/>
        <source>Please choose what kind of thing this is: %1.</source>
        <translation>Elige qué tipo de cosa es: %1.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="36"/>
        <source>That title is a bit long. Please keep it to %1 characters or fewer (it has %2).</source>
        <translation>Ese título es un poco largo. Déjalo en %1 caracteres o menos (tiene %2).</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="40"/>
        <source>Please keep the quote or note to %1 characters or fewer (it has %2). A short piece is plenty to start a talk.</source>
        <translation>Deja la cita o nota en %1 caracteres o menos (tiene %2). Un fragmento corto basta para empezar una charla.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="44"/>
        <source>That link is very long. Please use one of %1 characters or fewer.</source>
        <translation>Ese enlace es muy largo. Usa uno de %1 caracteres o menos.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="47"/>
        <source>Please choose a length between %1 and %2 minutes.</source>
        <translation>Elige una duración de entre %1 y %2 minutos.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="48"/>
        <source>The topic must be text.</source>
        <translation>El tema tiene que ser texto.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="49"/>
        <source>The place must be text.</source>
        <translation>El lugar tiene que ser texto.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="50"/>
        <source>Please keep the topic to %1 characters or fewer.</source>
        <translation>Deja el tema en %1 caracteres o menos.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="51"/>
        <source>Please keep the place to %1 characters or fewer.</source>
        <translation>Deja el lugar en %1 caracteres o menos.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="52"/>
        <source>The topic has a character OpenUp can&apos;t show. Please retype it.</source>
        <translation>El tema tiene un carácter que OpenUp no puede mostrar. Vuelve a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="55"/>
        <source>The place has a character OpenUp can&apos;t show. Please retype it.</source>
        <translation>El lugar tiene un carácter que OpenUp no puede mostrar. Vuelve a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="58"/>
        <source>Please keep your thanks under %1 characters.</source>
        <translation>Deja tu agradecimiento por debajo de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="59"/>
        <source>Both partners need a passphrase before a moment can be kept.</source>
        <translation>Los dos necesitan una frase secreta antes de poder guardar un momento.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="62"/>
        <source>Check that the data folder is on a drive you can write to.</source>
        <translation>Comprueba que la carpeta de datos esté en una unidad donde se pueda escribir.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="63"/>
        <source>Check that the drive with OpenUp&apos;s data folder is connected.</source>
        <translation>Comprueba que la unidad con la carpeta de datos de OpenUp esté conectada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="66"/>
        <source>Fine for most people. One more unusual word makes it much stronger.</source>
        <translation>Suficiente para la mayoría. Una palabra poco común más la hace mucho más fuerte.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="69"/>
        <source>Freeing some space on this computer will let it save.</source>
        <translation>Si liberas algo de espacio en este equipo, podrá guardar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="70"/>
        <source>Give it a title, even a short one, so you can find it again.</source>
        <translation>Ponle un título, aunque sea corto, para poder encontrarla de nuevo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="73"/>
        <source>Hard to guess. Make sure you can remember it: nobody can reset it.</source>
        <translation>Difícil de adivinar. Asegúrate de recordarla: nadie puede restablecerla.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="76"/>
        <source>If this keeps happening, check the disk.</source>
        <translation>Si sigue pasando, revisa el disco.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="77"/>
        <source>Music can be on, off, or skipped.</source>
        <translation>La música puede estar puesta, apagada o sin indicar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="78"/>
        <source>Nothing you saved before was damaged. What you just did is kept and will be saved as soon as writing works again.</source>
        <translation>Nada de lo que ya estaba guardado se ha dañado. Lo que acabas de hacer se conserva y se guardará en cuanto se pueda volver a escribir.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="82"/>
        <source>Okay</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="83"/>
        <source>Only a planned talk can be added to a calendar.</source>
        <translation>Solo se puede añadir al calendario una charla planeada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="84"/>
        <source>Only a planned talk can be marked as done.</source>
        <translation>Solo se puede marcar como hecha una charla planeada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="85"/>
        <source>Only a planned talk can be moved.</source>
        <translation>Solo se puede cambiar de hora una charla planeada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="86"/>
        <source>Only a saved, planned talk can be added to a calendar.</source>
        <translation>Solo se puede añadir al calendario una charla guardada y planeada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="87"/>
        <source>Only the person an item belongs to can withdraw it.</source>
        <translation>Solo la persona a quien pertenece puede retirarlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="88"/>
        <source>Only the person it belongs to can keep an item, with their passphrase.</source>
        <translation>Solo la persona a quien pertenece puede guardarlo, con su frase secreta.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="91"/>
        <source>OpenUp could not first save a copy of your current data, so it did not restore the backup. Nothing was changed. Check that the disk is not full.</source>
        <translation>OpenUp no pudo guardar antes una copia de tus datos actuales, así que no restauró la copia de seguridad. No se cambió nada. Comprueba que el disco no esté lleno.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="95"/>
        <source>OpenUp couldn&apos;t save just now because it can&apos;t reach its data file (was a drive unplugged or the folder moved?).</source>
        <translation>OpenUp no pudo guardar ahora porque no encuentra su archivo de datos (¿se desconectó una unidad o se movió la carpeta?).</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="99"/>
        <source>OpenUp couldn&apos;t save just now because its data file can only be read, not written.</source>
        <translation>OpenUp no pudo guardar ahora porque su archivo de datos solo se puede leer, no escribir.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="103"/>
        <source>OpenUp couldn&apos;t save just now because the disk is full.</source>
        <translation>OpenUp no pudo guardar ahora porque el disco está lleno.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="104"/>
        <source>OpenUp couldn&apos;t save just now because the disk reported an error.</source>
        <translation>OpenUp no pudo guardar ahora porque el disco informó de un error.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="107"/>
        <source>OpenUp made a backup copy, but the copy failed its check, so it was deleted. Your earlier backups were kept. If this happens again, the saved data may be damaged: restoring a recent backup can help.</source>
        <translation>OpenUp hizo una copia de seguridad, pero no pasó la comprobación y se eliminó. Las copias anteriores se conservan. Si vuelve a pasar, los datos guardados podrían estar dañados: restaurar una copia reciente puede ayudar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="111"/>
        <source>OpenUp&apos;s data is still in use by another window or program, so the backup was not put in place. Your current data was not replaced.</source>
        <translation>Otra ventana u otro programa sigue usando los datos de OpenUp, así que la copia de seguridad no se colocó. Tus datos actuales no se sustituyeron.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="115"/>
        <source>Paste or type a link first, or leave the link empty.</source>
        <translation>Pega o escribe primero un enlace, o deja el enlace vacío.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="116"/>
        <source>Please enter a name — a nickname is fine.</source>
        <translation>Escribe un nombre; un apodo también vale.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="117"/>
        <source>Please keep it under 1,024 characters.</source>
        <translation>Mantenla por debajo de 1024 caracteres.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="118"/>
        <source>Please keep the title on one line, without tabs or special characters.</source>
        <translation>Deja el título en una sola línea, sin tabulaciones ni caracteres especiales.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="121"/>
        <source>Please keep your prompt on one line, without tabs or special control characters.</source>
        <translation>Deja tu pregunta en una sola línea, sin tabulaciones ni caracteres de control.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="125"/>
        <source>Please pick a colour from the palette.</source>
        <translation>Elige un color de la paleta.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="126"/>
        <source>Please pick a day and a time.</source>
        <translation>Elige un día y una hora.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="127"/>
        <source>Please pick two different colours, one for each of you.</source>
        <translation>Hay que elegir dos colores distintos, uno por persona.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="128"/>
        <source>Please use at least 10 characters. A short sentence or a few unrelated words is easy to remember and hard to guess.</source>
        <translation>Usa al menos 10 caracteres. Una frase corta o unas pocas palabras sin relación son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="132"/>
        <source>Reflections are private to the person who wrote them, so they aren&apos;t shown when you open the vault together.</source>
        <translation>Las reflexiones son privadas de quien las escribió, así que no se muestran al abrir el cofre entre los dos.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="136"/>
        <source>Save the invitation before adding it to a calendar.</source>
        <translation>Guarda la invitación antes de añadirla al calendario.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="137"/>
        <source>Someone with a copy of the data could guess this. Add a few more words.</source>
        <translation>Alguien con una copia de los datos podría adivinarla. Añade unas cuantas palabras más.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="140"/>
        <source>Something went wrong with the vault.</source>
        <translation>Algo salió mal con el cofre.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="141"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="142"/>
        <source>That link has a name or password in it. Please use the plain web address.</source>
        <translation>Ese enlace contiene un nombre o una contraseña. Usa la dirección web sin ellos.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="145"/>
        <source>That link has spaces or line breaks in it. Please copy it again.</source>
        <translation>Ese enlace tiene espacios o saltos de línea. Cópialo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="148"/>
        <source>That partner isn&apos;t known here.</source>
        <translation>No se conoce a esa persona aquí.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="149"/>
        <source>That time has already passed. Please pick a time still ahead.</source>
        <translation>Esa hora ya pasó. Elige una hora que aún esté por llegar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="152"/>
        <source>The backup could not be read back correctly. Nothing was changed.</source>
        <translation>La copia de seguridad no se pudo volver a leer bien. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="155"/>
        <source>The name has a character OpenUp can&apos;t show. Please retype it.</source>
        <translation>El nombre tiene un carácter que OpenUp no puede mostrar. Vuelve a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="158"/>
        <source>The note has a character OpenUp can&apos;t show. Please retype it.</source>
        <translation>La nota tiene un carácter que OpenUp no puede mostrar. Vuelve a escribirla.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="161"/>
        <source>The note must be text.</source>
        <translation>La nota tiene que ser texto.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="162"/>
        <source>The passphrase was changed somewhere else at the same time. Please try again.</source>
        <translation>La frase secreta se cambió en otro sitio al mismo tiempo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="166"/>
        <source>The quote or note has a character OpenUp can&apos;t show. Please retype that part.</source>
        <translation>La cita o nota tiene un carácter que OpenUp no puede mostrar. Vuelve a escribir esa parte.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="170"/>
        <source>The quote or note needs to be text.</source>
        <translation>La cita o nota tiene que ser texto.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="171"/>
        <source>The title needs to be text.</source>
        <translation>El título tiene que ser texto.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="172"/>
        <source>The two names need to be different, so it&apos;s clear whose turn it is.</source>
        <translation>Los dos nombres tienen que ser distintos, para que se vea de quién es el turno.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="175"/>
        <source>The vault has not been set up yet.</source>
        <translation>El cofre aún no está preparado.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="176"/>
        <source>The vault is locked. Please unlock it again.</source>
        <translation>El cofre está bloqueado. Vuelve a abrirlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="177"/>
        <source>The vault&apos;s data was altered or damaged, so it can&apos;t be unlocked. Nothing was changed; a backup export can restore it.</source>
        <translation>Los datos del cofre se alteraron o dañaron, así que no se puede abrir. No se cambió nada; una copia exportada puede restaurarlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="181"/>
        <source>There are no prompts to choose from. Add a deck or a prompt of your own first.</source>
        <translation>No hay preguntas entre las que elegir. Añade primero una baraja o una pregunta propia.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="185"/>
        <source>There is no vault to export yet.</source>
        <translation>Todavía no hay cofre que exportar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="186"/>
        <source>There&apos;s already an invitation waiting for an answer.</source>
        <translation>Ya hay una invitación esperando respuesta.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="187"/>
        <source>There&apos;s already an invitation waiting for an answer. It can stay open for as long as it needs.</source>
        <translation>Ya hay una invitación esperando respuesta. Puede seguir abierta todo el tiempo que haga falta.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="191"/>
        <source>This belongs to your partner. It opens only when you&apos;re both here.</source>
        <translation>Esto es de tu pareja. Solo se abre con los dos presentes.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="194"/>
        <source>This can only be done by the partner it belongs to.</source>
        <translation>Esto solo lo puede hacer la persona a quien pertenece.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="195"/>
        <source>This export file is damaged or incomplete. Nothing was changed.</source>
        <translation>Este archivo exportado está dañado o incompleto. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="198"/>
        <source>This export was made by a newer version of OpenUp. Please update, then try again.</source>
        <translation>Este archivo lo creó una versión más nueva de OpenUp. Actualiza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="202"/>
        <source>This file couldn&apos;t be read. Nothing was changed.</source>
        <translation>No se pudo leer este archivo. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="203"/>
        <source>This file is not a complete OpenUp vault export. Nothing was changed.</source>
        <translation>Este archivo no es una exportación completa de un cofre de OpenUp. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="206"/>
        <source>This file isn&apos;t an OpenUp vault export. Nothing was changed.</source>
        <translation>Este archivo no es una exportación de un cofre de OpenUp. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="209"/>
        <source>This install already has a vault. A backup can only be restored into a fresh install. Nothing was changed.</source>
        <translation>Esta instalación ya tiene un cofre. Una copia solo se puede restaurar en una instalación nueva. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="213"/>
        <source>This invitation has no time yet.</source>
        <translation>Esta invitación aún no tiene hora.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="214"/>
        <source>This invitation is for your partner to answer: they choose the day and time.</source>
        <translation>Esta invitación la responde tu pareja: elige el día y la hora.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="218"/>
        <source>This is one of OpenUp&apos;s examples, so it can&apos;t be changed. You can add your own source instead, or hide this one.</source>
        <translation>Este es uno de los ejemplos de OpenUp, así que no se puede cambiar. Puedes añadir una fuente propia u ocultar esta.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="222"/>
        <source>This is one of the most common passwords, so it would be guessed quickly. Please choose something more personal.</source>
        <translation>Es una de las contraseñas más comunes, así que se adivinaría enseguida. Elige algo más personal.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="226"/>
        <source>This item is no longer in the vault.</source>
        <translation>Este elemento ya no está en el cofre.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="227"/>
        <source>This item is too long to keep (the limit is about 1 MB of text).</source>
        <translation>Es demasiado largo para guardarlo (el límite es de aproximadamente 1 MB de texto).</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="230"/>
        <source>This partner already has a passphrase. It can only be changed by them, with their current passphrase.</source>
        <translation>Esta persona ya tiene una frase secreta. Solo ella puede cambiarla, con su frase actual.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="234"/>
        <source>This repeats or follows a simple pattern, so it would be guessed quickly. Try a few unrelated words.</source>
        <translation>Se repite o sigue un patrón sencillo, así que se adivinaría enseguida. Prueba con unas palabras sin relación.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="238"/>
        <source>This would be guessed almost at once.</source>
        <translation>Se adivinaría casi al instante.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="239"/>
        <source>This uses your names or a year, which is what someone who knows you would try first. Try a few unrelated words.</source>
        <translation>Usa los nombres de la pareja o un año, que es lo primero que probaría alguien que te conoce. Prueba con unas cuantas palabras que no tengan relación entre sí.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="243"/>
        <source>Someone with a copy of the data could guess this. Add another unusual word or two.</source>
        <translation>Alguien con una copia de los datos podría adivinarla. Añade una o dos palabras poco habituales más.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="247"/>
        <source>This has a character OpenUp can&apos;t save (perhaps half of an emoji). Please delete it and type the passphrase again.</source>
        <translation>Tiene un carácter que OpenUp no puede guardar (quizá medio emoji). Bórralo y vuelve a escribir la frase secreta.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="251"/>
        <source>Very hard to guess. Make sure you can remember it: nobody can reset it.</source>
        <translation>Muy difícil de adivinar. Asegúrate de recordarla: nadie puede restablecerla.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="254"/>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="255"/>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="256"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="257"/>
        <source>Withdrawing is done by the owner alone: unlock with just your passphrase.</source>
        <translation>Retirar lo hace solo quien lo compartió: abre con tu frase secreta únicamente.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="260"/>
        <source>Write a few words first. Your prompt can&apos;t be empty.</source>
        <translation>Escribe primero unas palabras. Tu pregunta no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="261"/>
        <source>Your prompt needs to be text.</source>
        <translation>Tu pregunta tiene que ser texto.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/core_messages.py" line="262"/>
        <source>Your thanks has a character OpenUp can&apos;t show. Please retype it.</source>
        <translation>Tu agradecimiento tiene un carácter que OpenUp no puede mostrar. Vuelve a escribirlo.</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="30"/>
        <source>Please each pick a colour.</source>
        <translation>Cada persona tiene que elegir un color.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="61"/>
        <source>Welcome to OpenUp</source>
        <translation>Hola, esto es OpenUp</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="69"/>
        <source>OpenUp is for the two of you, side by side at this laptop. It offers small, safe steps towards talking more openly: a prompt, a few minutes, and turns you take when you are ready.</source>
        <translation>OpenUp es para dos personas que comparten esta pantalla, una al lado de la otra. Ofrece pasos pequeños y seguros para hablar con más apertura: una pregunta, unos minutos y turnos que cada cual toma cuando le apetece.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="72"/>
        <source>Everything stays on this computer. You can always pass, and nothing here keeps score.</source>
        <translation>Todo se queda en este equipo. Siempre se puede pasar, y aquí nadie lleva la cuenta.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="79"/>
        <source>Let&apos;s begin</source>
        <translation>Empecemos</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="94"/>
        <source>Who is here?</source>
        <translation>¿Quiénes están aquí?</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="102"/>
        <source>Each of you, type the name you&apos;d like to see and pick a colour. Your colour shows whose turn it is.</source>
        <translation>Cada persona escribe el nombre que quiere ver y elige un color. El color indica de quién es el turno.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="120"/>
        <source>One of you</source>
        <translation>Una persona</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="120"/>
        <source>The other</source>
        <translation>La otra</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="127"/>
        <source>First partner&apos;s name</source>
        <translation>Nombre de la primera persona</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="127"/>
        <source>Second partner&apos;s name</source>
        <translation>Nombre de la segunda persona</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="128"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="187"/>
        <location filename="../screens/FirstRunScreen.qml" line="261"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="193"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="205"/>
        <source>A promise to each other</source>
        <translation>Una promesa entre los dos</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="217"/>
        <source>What you share with me here is a gift. I will treat it with care, and I will never use it against you — not in an argument, not later, not ever.</source>
        <translation>Lo que compartes conmigo aquí es un regalo. Lo trataré con cuidado y nunca lo usaré en tu contra — ni en una discusión, ni más adelante, ni nunca.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="220"/>
        <source>Each of you, press your own button when you are ready to make this promise.</source>
        <translation>Cada persona pulsa su propio botón cuando quiera hacer esta promesa.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="240"/>
        <source>%1 promised ✓</source>
        <translation>%1 lo ha prometido ✓</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="240"/>
        <source>I promise — %1</source>
        <translation>Lo prometo — %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../components/HelpOverlay.qml" line="33"/>
        <source>Anywhere</source>
        <translation>En cualquier pantalla</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="34"/>
        <source>Go to Home, Talk, Together, Sources, Reflection, Vault, Settings, About</source>
        <translation>Ir a Inicio, Charla, En pareja, Fuentes, Reflexión, Cofre, Ajustes, Acerca de</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="34"/>
        <source>Move between controls</source>
        <translation>Moverse entre los controles</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="34"/>
        <source>Enter or Space</source>
        <translation>Intro o Espacio</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="34"/>
        <source>Press the control that has focus</source>
        <translation>Activar el control que tiene el foco</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="34"/>
        <source>Close a question or this help</source>
        <translation>Cerrar un aviso o esta ayuda</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="34"/>
        <source>Show this help</source>
        <translation>Mostrar esta ayuda</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="37"/>
        <source>During a talk</source>
        <translation>Durante una charla</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="38"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="38"/>
        <source>Pass the turn</source>
        <translation>Pasar el turno</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="38"/>
        <source>Pause or resume</source>
        <translation>Pausar o reanudar</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="38"/>
        <source>Next prompt</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="38"/>
        <source>I&apos;d rather not (pass this prompt, no reason needed)</source>
        <translation>Prefiero no (saltar esta pregunta, sin dar razones)</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="38"/>
        <source>We need a break</source>
        <translation>Necesitamos un descanso</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="38"/>
        <source>After saying back: &quot;Yes, that&apos;s it&quot; / &quot;There&apos;s more&quot;</source>
        <translation>Después de resumirlo: “Sí, es eso” / “Hay más”</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="38"/>
        <source>End the talk (asks first)</source>
        <translation>Terminar la charla (pregunta antes)</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="41"/>
        <source>Vault and reflections</source>
        <translation>Cofre y reflexiones</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="42"/>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="66"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="115"/>
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
    <message>
        <location filename="../screens/HomeScreen.qml" line="70"/>
        <source>%1, %2 minutes.</source>
        <translation>%1, %2 minutos.</translation>
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
        <location filename="../Main.qml" line="86"/>
        <source>Leave your talk?</source>
        <translation>¿Dejar la charla?</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="87"/>
        <source>You can keep it for later: it is paused and saved exactly where it is, and Home offers to continue it next time.</source>
        <translation>Puedes guardarla para más tarde: queda en pausa y guardada tal como está, e Inicio ofrece continuarla la próxima vez.</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="88"/>
        <source>Keep it for later</source>
        <translation>Guardarla para más tarde</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="89"/>
        <source>Stay in the talk</source>
        <translation>Seguir en la charla</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="96"/>
        <source>End the talk</source>
        <translation>Terminar la charla</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="107"/>
        <source>Discard what you wrote?</source>
        <translation>¿Descartar lo que has escrito?</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="108"/>
        <source>The moment you are writing has not been kept yet. If you close OpenUp now, the words are gone.</source>
        <translation>El momento que estás escribiendo aún no se ha guardado. Si cierras OpenUp ahora, esas palabras se pierden.</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="109"/>
        <source>Discard and close</source>
        <translation>Descartar y cerrar</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="110"/>
        <source>Keep writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="141"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="142"/>
        <source>Talk</source>
        <translation>Charla</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="143"/>
        <source>Vault</source>
        <translation>Cofre</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="144"/>
        <source>Together</source>
        <translation>En pareja</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="145"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="146"/>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="147"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="148"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="174"/>
        <source>Restore the backup of %1</source>
        <translation>Restaurar la copia de seguridad del %1</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="179"/>
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
        <location filename="../components/PassphraseField.qml" line="10"/>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseField.qml" line="58"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../components/PassphraseField.qml" line="58"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../components/PassphraseField.qml" line="59"/>
        <source>Hide the passphrase</source>
        <translation>Ocultar la frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseField.qml" line="59"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase secreta</translation>
    </message>
</context>
<context>
    <name>PassphraseStep</name>
    <message>
        <location filename="../components/PassphraseStep.qml" line="59"/>
        <source>%1, change your passphrase</source>
        <translation>%1, cambia tu frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="59"/>
        <source>%1, choose your passphrase</source>
        <translation>%1, elige tu frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="59"/>
        <source>%1, your passphrase</source>
        <translation>%1, tu frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="75"/>
        <source>Your current passphrase</source>
        <translation>Tu frase secreta actual</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="83"/>
        <source>New passphrase (at least 10 characters)</source>
        <translation>Nueva frase secreta (mínimo 10 caracteres)</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="83"/>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="104"/>
        <source>The same passphrase again</source>
        <translation>Repite la frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="122"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="122"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="129"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PromptLibrary</name>
    <message>
        <location filename="../../openup_desktop/bridge/prompt_library.py" line="147"/>
        <source>Ours</source>
        <translation>Nuestras</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/prompt_library.py" line="165"/>
        <source>Only your own prompts can be changed.</source>
        <translation>Solo se pueden cambiar las preguntas propias.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/prompt_library.py" line="169"/>
        <source>That prompt no longer exists.</source>
        <translation>Esa pregunta ya no existe.</translation>
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
        <location filename="../screens/ReflectionScreen.qml" line="42"/>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="43"/>
        <source>Not &quot;how do I get my partner to open up?&quot; but &quot;what might be in the way?&quot; A quiet space for each of you.</source>
        <translation>No “¿cómo consigo que mi pareja se abra?”, sino “¿qué podría estar impidiéndolo?”. Un espacio tranquilo para cada cual.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="54"/>
        <source>Your private notes are open</source>
        <translation>Tus notas privadas están abiertas</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="54"/>
        <source>Your private notes</source>
        <translation>Tus notas privadas</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="58"/>
        <source>Only you can read these notes — not your partner, and not both of you together. They close when you leave this screen.</source>
        <translation>Solo tú puedes leer estas notas — ni tu pareja, ni los dos a la vez. Se cierran al salir de esta pantalla.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="58"/>
        <source>Each of you can write notes beside the cards. They are sealed with your own passphrase, and nobody else can ever read them.</source>
        <translation>Cada cual puede escribir notas junto a las tarjetas. Se sellan con su propia frase secreta, y nadie más podrá leerlas nunca.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="73"/>
        <source>%1&apos;s notes</source>
        <translation>Notas de %1</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="85"/>
        <source>Private notes need a passphrase. Set one up in the Vault first.</source>
        <translation>Las notas privadas necesitan una frase secreta. Créala primero en el Cofre.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="101"/>
        <source>Close my notes</source>
        <translation>Cerrar mis notas</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="120"/>
        <source>Questions to ask yourself</source>
        <translation>Preguntas para ti</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="134"/>
        <source>Ask my partner, in our next talk</source>
        <translation>Preguntárselo a mi pareja en nuestra próxima charla</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="155"/>
        <source>Ask in our next talk</source>
        <translation>Preguntar en la próxima charla</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="156"/>
        <source>Ask in our next talk: %1</source>
        <translation>Preguntar en la próxima charla: %1</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="159"/>
        <source>Your next talk will start with this question. Nothing else from here is shared.</source>
        <translation>La próxima charla empezará con esta pregunta. No se comparte nada más de aquí.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="177"/>
        <source>My private note</source>
        <translation>Mi nota privada</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="190"/>
        <source>Only you will ever read this.</source>
        <translation>Solo tú leerás esto.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="192"/>
        <source>My private note about %1</source>
        <translation>Mi nota privada sobre %1</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="219"/>
        <source>Keep my note</source>
        <translation>Guardar mi nota</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="220"/>
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
    <message>
        <location filename="../screens/SettingsScreen.qml" line="116"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="116"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
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
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="89"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="90"/>
        <source>Song</source>
        <translation>Canción</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="91"/>
        <source>Film or show</source>
        <translation>Película o serie</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="92"/>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="93"/>
        <source>Podcast</source>
        <translation>Pódcast</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="94"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="117"/>
        <source>That source no longer exists.</source>
        <translation>Esa fuente ya no existe.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="145"/>
        <source>The link could not be opened. Is a web browser installed?</source>
        <translation>No se pudo abrir el enlace. ¿Hay un navegador instalado?</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="158"/>
        <source>There are no prompts for sources right now.</source>
        <translation>Ahora mismo no hay preguntas para las fuentes.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/sources_controller.py" line="160"/>
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
        <location filename="../../openup_desktop/bridge/talk_controller.py" line="205"/>
        <source>A talk is already under way.</source>
        <extracomment>a sentence for screen readers: whose turn it is, 15 seconds left, the talk has ended</extracomment>
        <translation>Ya hay una charla en curso.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_controller.py" line="215"/>
        <source>That deck has no prompts yet. Add one, or pick another deck.</source>
        <translation>Esa baraja aún no tiene preguntas. Añade una o elige otra baraja.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="54"/>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="92"/>
        <source>1 minute</source>
        <extracomment>what the screen calls each action of the core (``core.talk.ALLOWED_ACTIONS``)</extracomment>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="56"/>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="83"/>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="95"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_controller.py" line="455"/>
        <source>The talk has ended. Time to thank each other.</source>
        <translation>La charla ha terminado. Es momento de darse las gracias.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_controller.py" line="459"/>
        <source>About 15 seconds left in this turn.</source>
        <translation>Quedan unos 15 segundos en este turno.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_controller.py" line="465"/>
        <source>%1&apos;s turn.</source>
        <translation>Turno de %1.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="62"/>
        <source>In 20 minutes</source>
        <translation>En 20 minutos</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="63"/>
        <source>In an hour</source>
        <translation>En una hora</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="64"/>
        <source>In 3 hours</source>
        <translation>En 3 horas</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="65"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="71"/>
        <source>In %1 minutes</source>
        <translation>En %1 minutos</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="81"/>
        <source>5 minutes · Short and sweet</source>
        <translation>5 minutos · Breve y agradable</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="94"/>
        <source>1½ minutes</source>
        <translation>1½ minutos</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="104"/>
        <source>1 · A little</source>
        <translation>1 · Un poco</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="105"/>
        <source>3 · Somewhat</source>
        <translation>3 · Algo</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_choices.py" line="106"/>
        <source>5 · Very close</source>
        <translation>5 · Mucha</translation>
    </message>
</context>
<context>
    <name>TalkHistory</name>
    <message>
        <location filename="../../openup_desktop/bridge/talk_history.py" line="64"/>
        <source>You are taking a break from your talk of %1.</source>
        <translation>La charla del %1 está en un descanso.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_history.py" line="71"/>
        <source>You took a break from your talk of %1.</source>
        <translation>La charla del %1 quedó en un descanso.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_history.py" line="74"/>
        <source>Your talk of %1 stopped before it ended.</source>
        <translation>La charla del %1 se detuvo antes de terminar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_history.py" line="86"/>
        <source>There is no talk to continue.</source>
        <translation>No hay ninguna charla que continuar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_history.py" line="89"/>
        <source>That talk had only just begun, so there is nothing to continue.</source>
        <translation>Esa charla acababa de empezar, así que no hay nada que continuar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/talk_history.py" line="96"/>
        <source>That talk could not be restored, so it was closed. What was said is kept.</source>
        <translation>Esa charla no se pudo recuperar, así que se cerró. Lo dicho se conserva.</translation>
    </message>
</context>
<context>
    <name>TalkRunScreen</name>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="61"/>
        <source>%1, say back what you heard</source>
        <translation>%1, resume con tus palabras lo que has oído</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="61"/>
        <source>%1&apos;s turn</source>
        <translation>Turno de %1</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="72"/>
        <source>Then %1 says whether that&apos;s it.</source>
        <translation>Luego %1 dice si es eso.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="72"/>
        <source>%1 listens</source>
        <translation>%1 escucha</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="97"/>
        <source>%1 left in this turn</source>
        <translation>Quedan %1 de este turno</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="102"/>
        <source>%1 left in the talk</source>
        <translation>Quedan %1 de charla</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="114"/>
        <source>Both timers wait</source>
        <translation>Los dos temporizadores esperan</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="158"/>
        <source>Prompt: %1</source>
        <translation>Pregunta: %1</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="173"/>
        <source>Say it in your own words. There&apos;s no wrong way.</source>
        <translation>Dilo con tus palabras. No hay manera de hacerlo mal.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="173"/>
        <source>The turn&apos;s time is up. Pass the turn whenever you&apos;re ready.</source>
        <translation>Se acabó el tiempo del turno. Pasa el turno cuando quieras.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="173"/>
        <source>About 15 seconds left in this turn.</source>
        <translation>Quedan unos 15 segundos de este turno.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="173"/>
        <source>Take your time. You can pass, or say &quot;I&apos;d rather not&quot;, whenever you like.</source>
        <translation>Tómate tu tiempo. Puedes pasar, o decir “Prefiero no”, cuando quieras.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="217"/>
        <source>Yes, that&apos;s it</source>
        <translation>Sí, es eso</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="226"/>
        <source>There&apos;s more</source>
        <translation>Hay más</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="238"/>
        <source>Pass the turn</source>
        <translation>Pasar el turno</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="239"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="246"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="255"/>
        <source>Next prompt</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="264"/>
        <source>I&apos;d rather not</source>
        <translation>Prefiero no</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="272"/>
        <source>We need a break</source>
        <translation>Necesitamos un descanso</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="282"/>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="283"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="311"/>
        <source>Taking a break</source>
        <translation>Un descanso</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="311"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="320"/>
        <source>Your talk is kept exactly where you left it. Come back after %1, or whenever suits you both — Home will offer to continue.</source>
        <translation>La charla queda guardada justo donde se quedó. Se puede volver a partir de %1, o cuando venga bien a los dos — Inicio ofrecerá retomarla.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="320"/>
        <source>Both timers are stopped. %1 had the floor, with %2 left in the talk.</source>
        <translation>Los dos temporizadores están parados. Hablaba %1, y quedaban %2 de charla.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="329"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="337"/>
        <source>Continue now</source>
        <translation>Continuar ahora</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="343"/>
        <source>Back to Home</source>
        <translation>Volver a Inicio</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="354"/>
        <source>End the talk here?</source>
        <translation>¿Terminar la charla aquí?</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="355"/>
        <source>Stopping early is fine. A short talk still counts, and you can thank each other next.</source>
        <translation>Parar antes está bien. Una charla corta también cuenta, y a continuación llega el momento de darse las gracias.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="356"/>
        <source>End the talk</source>
        <translation>Terminar la charla</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="357"/>
        <location filename="../screens/TalkRunScreen.qml" line="412"/>
        <source>Keep talking</source>
        <translation>Seguir hablando</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="387"/>
        <source>Take a break</source>
        <translation>Hacer un descanso</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="390"/>
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
        <location filename="../screens/TalkSetupScreen.qml" line="302"/>
        <source>%1 minutes, turns of %2 seconds.</source>
        <translation>%1 minutos, turnos de %2 segundos.</translation>
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
        <location filename="../../openup_desktop/bridge/together_controller.py" line="86"/>
        <source>%1 at %2</source>
        <extracomment>a reminder is due: the text is generic (time only) and safe for a notification</extracomment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="166"/>
        <source>No problem — maybe another time.</source>
        <translation>No pasa nada — quizá en otro momento.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="177"/>
        <source>That&apos;s fine — the talk is off. You can always invite again.</source>
        <translation>Está bien: la charla queda anulada. Siempre se puede volver a invitar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="194"/>
        <source>The calendar file could not be written (%1).</source>
        <translation>No se pudo escribir el archivo de calendario (%1).</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="198"/>
        <source>Calendar file saved as %1.</source>
        <translation>Archivo de calendario guardado como %1.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="207"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="209"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="265"/>
        <source>Your talk planned for %1 is here, whenever you&apos;re both ready.</source>
        <translation>Ha llegado la charla planeada para las %1; puede empezar cuando venga bien a los dos.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="268"/>
        <source>Your talk is coming up at %1.</source>
        <translation>La charla es a las %1.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="278"/>
        <source>This month is wide open. Talk whenever it suits you.</source>
        <translation>Este mes está por estrenar: cualquier momento es bueno para hablar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="283"/>
        <source>1 talk this month</source>
        <translation>1 charla este mes</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="284"/>
        <source>%1 talks this month</source>
        <translation>%1 charlas este mes</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="292"/>
        <source>1 minute together this month</source>
        <translation>1 minuto compartido este mes</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="293"/>
        <source>%1 minutes together this month</source>
        <translation>%1 minutos compartidos este mes</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="300"/>
        <source>1 thank-you shared</source>
        <translation>1 agradecimiento compartido</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="301"/>
        <source>%1 thank-yous shared</source>
        <translation>%1 agradecimientos compartidos</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="309"/>
        <source>1 minute together</source>
        <translation>1 minuto compartido</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="309"/>
        <source>%1 minutes together</source>
        <translation>%1 minutos compartidos</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="311"/>
        <source>A short talk</source>
        <translation>Una charla corta</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="314"/>
        <source>1 thank-you</source>
        <translation>1 agradecimiento</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="314"/>
        <source>%1 thank-yous</source>
        <translation>%1 agradecimientos</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="325"/>
        <source>Week of %2: 1 talk</source>
        <translation>Semana del %2: 1 charla</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="325"/>
        <source>Week of %2: %1 talks</source>
        <translation>Semana del %2: %1 charlas</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="353"/>
        <source>Your recent %1-minute talks felt close. Would you like to try %2 minutes next time?</source>
        <translation>Las últimas charlas de %1 minutos fueron cercanas. ¿Probar con %2 minutos la próxima vez?</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="357"/>
        <source>Try %1 minutes</source>
        <translation>Probar %1 minutos</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="358"/>
        <source>Keep %1 minutes</source>
        <translation>Seguir con %1 minutos</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/together_controller.py" line="389"/>
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
    <message>
        <location filename="../screens/TogetherScreen.qml" line="97"/>
        <source>Your talk: %1%2, %3 minutes.</source>
        <translation>La charla: %1%2, %3 minutos.</translation>
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
    <message>
        <location filename="../screens/TogetherScreen.qml" line="192"/>
        <source>%1 minutes past</source>
        <translation>y %1 minutos</translation>
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
        <location filename="../screens/TogetherScreen.qml" line="234"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
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
        <location filename="../screens/TogetherScreen.qml" line="302"/>
        <source>About %1 minutes</source>
        <translation>Unos %1 minutos</translation>
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
        <location filename="../screens/TogetherScreen.qml" line="414"/>
        <source>Recent talks</source>
        <translation>Charlas recientes</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="433"/>
        <source>What works for you two</source>
        <translation>Lo que mejor funciona para los dos</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="462"/>
        <source>%1 of 5 · 1 talk</source>
        <translation>%1 de 5 · 1 charla</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="462"/>
        <source>%1 of 5 · %2 talks</source>
        <translation>%1 de 5 · %2 charlas</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="463"/>
        <source>%1: closeness %2 of 5 over %3 talks</source>
        <translation>%1: cercanía de %2 sobre 5 en %3 charlas</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="156"/>
        <source>That passphrase for %1 didn&apos;t match.</source>
        <translation>Esa frase secreta de %1 no coincide.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="158"/>
        <source>The passphrases for %1 and %2 didn&apos;t match.</source>
        <translation>Las frases secretas de %1 y %2 no coinciden.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="168"/>
        <source>The wait only slows guessing inside OpenUp. A copy of the data is protected by how long each guess takes (Argon2id) and by a passphrase nobody could guess.</source>
        <translation>La espera solo frena los intentos dentro de OpenUp. Una copia de los datos queda protegida por lo que tarda cada intento (Argon2id) y por una frase secreta que nadie pueda adivinar.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="235"/>
        <source>Please wait a moment, the vault is still working.</source>
        <translation>Espera un momento, el cofre sigue trabajando.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="118"/>
        <source>The vault&apos;s data could not be read. Nothing was changed.</source>
        <extracomment>(operation, error message or &apos;&apos;), when an operation that QML started has finished emitted just before a reflection session locks, so QML can seal unsaved drafts item ids the owner took back: backups must forget them too (V3) the vault&apos;s to-do list for backup copies has work (a key rotation, V8) how many moments are still being opened changed (see ``openingText``)</extracomment>
        <translation>No se pudieron leer los datos del cofre. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="266"/>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="587"/>
        <source>The two passphrases are not the same. Please try again.</source>
        <translation>Las dos frases secretas no son iguales. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="283"/>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos frases secretas nuevas no son iguales.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="299"/>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="303"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="305"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="307"/>
        <source>Please wait %1 before trying again.</source>
        <translation>Espera %1 antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="332"/>
        <source>Please start again: both of you type, one by one.</source>
        <translation>Hay que empezar de nuevo: cada persona escribe su frase secreta, una después de otra.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="361"/>
        <source>Some moments could not be read, so the list is not complete.</source>
        <translation>Algunos momentos no se pudieron leer, así que la lista no está completa.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="385"/>
        <source>%1&apos;s passphrase was mistyped once since it was last used.</source>
        <translation>La frase secreta de %1 se escribió mal una vez desde la última vez que se usó.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="387"/>
        <source>%1&apos;s passphrase was mistyped %2 times since it was last used.</source>
        <translation>La frase secreta de %1 se escribió mal %2 veces desde la última vez que se usó.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="465"/>
        <source>Your reflections are locked. Please open them again.</source>
        <translation>Tus reflexiones están bloqueadas. Vuelve a abrirlas.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="468"/>
        <source>The note has a character OpenUp can&apos;t show. Please retype it.</source>
        <translation>La nota tiene un carácter que OpenUp no puede mostrar. Vuelve a escribirla.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="470"/>
        <source>Please keep a note under %1 characters.</source>
        <translation>Mantén la nota por debajo de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="529"/>
        <source>The text has a character OpenUp can&apos;t show. Please retype it.</source>
        <translation>El texto tiene un carácter que OpenUp no puede mostrar. Vuelve a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="531"/>
        <source>Please write a few words about the moment first.</source>
        <translation>Escribe primero unas palabras sobre el momento.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="534"/>
        <source>Please keep the moment under %1 characters and its title under %2.</source>
        <translation>Mantén el momento por debajo de %1 caracteres y su título por debajo de %2.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="610"/>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="628"/>
        <source>Only the one who shared a moment can take it back, from their shares.</source>
        <translation>Solo quien compartió un momento puede retirarlo, desde lo que compartió.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="655"/>
        <source>The backup could not be written (%1). Nothing changed.</source>
        <translation>No se pudo escribir la copia de seguridad (%1). No cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="659"/>
        <source>Saved 1 sealed item to %2.</source>
        <translation>Se guardó 1 elemento sellado en %2.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="661"/>
        <source>Saved %1 sealed items to %2.</source>
        <translation>Se guardaron %1 elementos sellados en %2.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="675"/>
        <source>The backup could not be read (%1). Nothing changed.</source>
        <translation>No se pudo leer la copia de seguridad (%1). No cambió nada.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="680"/>
        <source>Restored 1 sealed item.</source>
        <translation>Se restauró 1 elemento sellado.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="681"/>
        <source>Restored %1 sealed items.</source>
        <translation>Se restauraron %1 elementos sellados.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="708"/>
        <source>On: the vault locks when this computer&apos;s screen locks or it goes to sleep.</source>
        <translation>Activado: el cofre se bloquea cuando se bloquea la pantalla de este ordenador o cuando entra en reposo.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="711"/>
        <source>On: the vault locks when Windows locks the screen or you switch user.</source>
        <translation>Activado: el cofre se bloquea cuando Windows bloquea la pantalla o se cambia de usuario.</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_controller.py" line="713"/>
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
    <message>
        <location filename="../../openup_desktop/bridge/vault_listing.py" line="96"/>
        <source>Still opening 1 moment…</source>
        <translation>Aún se está abriendo 1 momento…</translation>
    </message>
    <message>
        <location filename="../../openup_desktop/bridge/vault_listing.py" line="97"/>
        <source>Still opening %1 moments…</source>
        <translation>Aún se están abriendo %1 momentos…</translation>
    </message>
</context>
<context>
    <name>VaultScreen</name>
    <message>
        <location filename="../screens/VaultScreen.qml" line="120"/>
        <source>%1&apos;s passphrase is changed.</source>
        <translation>La frase secreta de %1 se ha cambiado.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="123"/>
        <source>%1&apos;s passphrase is set.</source>
        <translation>%1 ya tiene su frase secreta.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="126"/>
        <source>Kept safely. Only %1 alone, or both of you together, can open it.</source>
        <translation>Guardado a salvo. Solo pueden abrirlo %1 a solas o los dos a la vez.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="167"/>
        <source>Vault</source>
        <translation>Cofre</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="168"/>
        <source>Moments you chose to keep, sealed so that neither of you can open the other&apos;s alone.</source>
        <translation>Momentos elegidos para guardar, sellados para que nadie pueda abrir a solas lo que compartió su pareja.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="182"/>
        <source>There are no hints and no recovery. If this passphrase is forgotten, the moments kept in your name can never be opened again — not by you, not together, not by anyone. Choose something you will remember.</source>
        <translation>No hay pistas ni forma de recuperarla. Si se olvida esta frase secreta, los momentos guardados a tu nombre no podrán volver a abrirse nunca — ni por ti, ni entre los dos, ni por nadie. Elige algo que vayas a recordar.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="182"/>
        <source>Only you can change your passphrase, and only by knowing the current one. There is still no recovery. Your keys are renewed everywhere OpenUp keeps your data, so the old passphrase stops working here. Vault exports you saved earlier still open with the old passphrase: delete them if someone else may know it.</source>
        <translation>Solo tú puedes cambiar tu frase secreta, y solo si conoces la actual. Sigue sin haber forma de recuperarla. Tus claves se renuevan en todos los lugares donde OpenUp guarda tus datos, así que la frase antigua deja de funcionar aquí. Las copias del cofre que exportaste antes siguen abriéndose con la frase antigua: bórralas si alguien más puede conocerla.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="182"/>
        <source>Before a moment can be kept, each of you chooses a vault passphrase, so that %1 can never open %2&apos;s moments alone. What you wrote waits meanwhile. There is no recovery: choose something you will remember.</source>
        <translation>Antes de guardar un momento, cada persona elige una frase secreta para el cofre, para que %1 nunca pueda abrir a solas los momentos de %2. Lo que escribiste espera mientras tanto. No hay forma de recuperarla: elige algo que vayas a recordar.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="182"/>
        <source>Choosing your passphrase also keeps this moment in your name. There is no recovery: choose something you will remember.</source>
        <translation>Al elegir tu frase secreta, este momento queda guardado a tu nombre. No hay forma de recuperarla: elige algo que vayas a recordar.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="182"/>
        <source>Typing your passphrase is how you agree to keep this moment in your name.</source>
        <translation>Al escribir tu frase secreta, aceptas guardar este momento a tu nombre.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="182"/>
        <source>Both of you type your passphrase, one after the other. Step %1 of 2.</source>
        <translation>Cada persona escribe su frase secreta, por turnos. Paso %1 de 2.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="199"/>
        <location filename="../screens/VaultScreen.qml" line="395"/>
        <source>Keep a moment</source>
        <translation>Guardar un momento</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="205"/>
        <source>Your thanks from the talk are saved.</source>
        <translation>Los agradecimientos de la charla ya están guardados.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="209"/>
        <source>Write down something from a talk that you&apos;d like to keep. It is sealed in the name of the one who shared it, and only they can take it back.</source>
        <translation>Escribe algo de una charla que te gustaría guardar. Se sella a nombre de quien lo compartió, y solo esa persona puede retirarlo.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="212"/>
        <source>Whose moment is it?</source>
        <translation>¿De quién es este momento?</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="237"/>
        <location filename="../screens/VaultScreen.qml" line="238"/>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="254"/>
        <source>What was said, or what it meant to you…</source>
        <translation>Lo que se dijo, o lo que significó para ti…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="256"/>
        <source>The moment, in your words</source>
        <translation>El momento, con tus palabras</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="289"/>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="300"/>
        <source>This is your first moment: next, each of you chooses a vault passphrase, privately. What you wrote waits here meanwhile.</source>
        <translation>Es el primer momento que se guarda: ahora cada persona elige, en privado, una frase secreta para el cofre. Lo que escribiste espera aquí mientras tanto.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="309"/>
        <source>%1 confirms with their passphrase</source>
        <translation>%1 confirma con su frase secreta</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="309"/>
        <source>Choose passphrases and keep it</source>
        <translation>Elegir las frases secretas y guardarlo</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="314"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="331"/>
        <source>Set up the vault</source>
        <translation>Preparar el cofre</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="334"/>
        <source>Each of you chooses a passphrase, privately. A moment you keep can then be opened by both of you together, or by the one who shared it — never by the other alone.</source>
        <translation>Cada persona elige una frase secreta, en privado. Así, un momento guardado solo pueden abrirlo los dos a la vez o quien lo compartió — nunca su pareja a solas.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="338"/>
        <source>There are no hints and no way to recover a forgotten passphrase. That is what keeps it safe.</source>
        <translation>No hay pistas ni forma de recuperar una frase secreta olvidada. Eso es lo que la mantiene segura.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="353"/>
        <source>%1&apos;s passphrase is set ✓</source>
        <translation>%1 ya tiene su frase secreta ✓</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="353"/>
        <source>%1: choose a passphrase</source>
        <translation>%1: elige una frase secreta</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="364"/>
        <source>Open the vault</source>
        <translation>Abrir el cofre</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="368"/>
        <source>Together you see every moment you have kept. Alone, each of you sees only your own shares — and can take any of them back.</source>
        <translation>Entre los dos se ven todos los momentos guardados. A solas, cada cual ve solo lo que compartió — y puede retirar lo que quiera.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="376"/>
        <source>Open together</source>
        <translation>Abrir entre los dos</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="384"/>
        <location filename="../screens/VaultScreen.qml" line="493"/>
        <source>%1&apos;s shares</source>
        <translation>Lo que compartió %1</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="399"/>
        <source>Something from a talk you&apos;d like to hold on to. It is saved only when the one who shared it agrees with their passphrase.</source>
        <translation>Algo de una charla que te gustaría conservar. Solo se guarda cuando quien lo compartió lo acepta con su frase secreta.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="403"/>
        <source>Keep a moment…</source>
        <translation>Guardar un momento…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="412"/>
        <source>Change a passphrase</source>
        <translation>Cambiar una frase secreta</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="416"/>
        <source>Each of you can change your own passphrase, alone, by typing the current one. Nobody can change or reset the other&apos;s.</source>
        <translation>Cada cual puede cambiar su propia frase secreta, a solas, escribiendo la actual. Nadie puede cambiar ni restablecer la de su pareja.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="426"/>
        <source>%1: change my passphrase</source>
        <translation>%1: cambiar mi frase secreta</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="437"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="441"/>
        <source>A backup file holds only sealed data: nothing in it can be read without your passphrases. Restoring it into a new install needs just the file and your passphrases.</source>
        <translation>Un archivo de copia de seguridad solo contiene datos sellados: nada de lo que hay en él se puede leer sin las frases secretas. Para restaurarlo en una instalación nueva basta con el archivo y las frases secretas.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="448"/>
        <source>Save a backup…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="453"/>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="469"/>
        <location filename="../screens/VaultScreen.qml" line="475"/>
        <source>OpenUp vault backup (*.openup-vault)</source>
        <translation>Copia del cofre de OpenUp (*.openup-vault)</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="493"/>
        <source>Your moments, together</source>
        <translation>Los momentos de los dos</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="503"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="520"/>
        <source>Search your moments</source>
        <translation>Buscar en los momentos</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="521"/>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="528"/>
        <source>Take back all of mine…</source>
        <translation>Retirar todos los míos…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="543"/>
        <source>Nothing matches your search.</source>
        <translation>Nada coincide con la búsqueda.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="543"/>
        <source>Nothing kept here yet.</source>
        <translation>Aún no hay nada guardado aquí.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="586"/>
        <source>Discard what you wrote?</source>
        <translation>¿Descartar lo que has escrito?</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="587"/>
        <source>The words for this moment have not been kept. If you discard them, they are gone.</source>
        <translation>Las palabras de este momento aún no se han guardado. Si las descartas, se pierden.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="588"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="589"/>
        <source>Keep writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="601"/>
        <source>Take this moment back?</source>
        <translation>¿Retirar este momento?</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="602"/>
        <source>It will be gone for good: nobody will be able to open it again, not even together.</source>
        <translation>Desaparecerá para siempre: nadie podrá volver a abrirlo, ni siquiera entre los dos.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="603"/>
        <source>Take it back</source>
        <translation>Retirarlo</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="611"/>
        <source>Take back all of your moments?</source>
        <translation>¿Retirar todos tus momentos?</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="612"/>
        <source>Every moment kept in your name will be gone for good. Nobody will be able to open them again, not even together.</source>
        <translation>Todos los momentos guardados a tu nombre desaparecerán para siempre. Nadie podrá volver a abrirlos, ni siquiera entre los dos.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="613"/>
        <source>Take them all back</source>
        <translation>Retirarlos todos</translation>
    </message>
</context>
<context>
    <name>WrapUpScreen</name>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="36"/>
        <source>That&apos;s your %1 minutes</source>
        <translation>Ya pasaron los %1 minutos</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="36"/>
        <source>Well done, both of you</source>
        <translation>Bien hecho, los dos</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="37"/>
        <source>Every talk counts, however it went. Take a moment to thank each other — only if you&apos;d like to.</source>
        <translation>Cada charla cuenta, haya salido como haya salido. Es un buen momento para darse las gracias, sin ninguna obligación.</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="50"/>
        <source>%1, anything to thank %2 for?</source>
        <translation>%1, ¿algo que agradecerle a %2?</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="75"/>
        <source>%1&apos;s own words of thanks</source>
        <translation>Palabras de agradecimiento de %1</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="76"/>
        <source>Or in your own words…</source>
        <translation>O con tus propias palabras…</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="82"/>
        <source>How close did this talk feel to you?</source>
        <translation>¿Cuánta cercanía sentiste en esta charla?</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="97"/>
        <source>Closeness %1 of %2</source>
        <translation>Cercanía %1 de %2</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="131"/>
        <source>Keep a moment…</source>
        <translation>Guardar un momento…</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="143"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="152"/>
        <source>Save and finish</source>
        <translation>Guardar y terminar</translation>
    </message>
</context>
</TS>
