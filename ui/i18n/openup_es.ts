<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutScreen</name>
    <message>
        <location filename="../screens/AboutScreen.qml" line="10"/>
        <source>About OpenUp</source>
        <translation>Acerca de OpenUp</translation>
    </message>
    <message>
        <location filename="../screens/AboutScreen.qml" line="11"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../screens/AboutScreen.qml" line="14"/>
        <source>What OpenUp is</source>
        <translation>Qué es OpenUp</translation>
    </message>
    <message>
        <location filename="../screens/AboutScreen.qml" line="16"/>
        <source>OpenUp helps two people who sit together at one laptop talk a little more openly, in small and safe steps. You take turns with a prompt, a timer keeps each talk short, and you can always pass.</source>
        <translation>OpenUp ayuda a dos personas sentadas juntas frente a la misma pantalla a hablar con un poco más de apertura, en pasos pequeños y seguros. Se turnan con una pregunta, un temporizador mantiene cada charla corta y siempre se puede pasar.</translation>
    </message>
    <message>
        <location filename="../screens/AboutScreen.qml" line="19"/>
        <source>Everything stays on this computer. OpenUp needs no account, sends nothing anywhere and keeps no statistics about you. Its log files never contain what either of you wrote.</source>
        <translation>Todo se queda en este equipo. OpenUp no necesita cuenta, no envía nada a ningún sitio y no guarda estadísticas sobre ninguno de los dos. Sus archivos de registro nunca contienen lo que alguno de los dos haya escrito.</translation>
    </message>
    <message>
        <location filename="../screens/AboutScreen.qml" line="25"/>
        <source>Why this works</source>
        <translation>Por qué funciona</translation>
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
    <name>FirstRunScreen</name>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="26"/>
        <source>Please each pick a colour.</source>
        <translation>Que cada uno elija un color, por favor.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="57"/>
        <source>Welcome to OpenUp</source>
        <translation>Bienvenidos a OpenUp</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="65"/>
        <source>OpenUp is for the two of you, side by side at this laptop. It offers small, safe steps towards talking more openly: a prompt, a few minutes, and turns you take when you are ready.</source>
        <translation>OpenUp es para los dos, uno al lado del otro frente a esta pantalla. Ofrece pasos pequeños y seguros para hablar con más apertura: una pregunta, unos minutos y turnos que cada uno toma cuando está listo.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="68"/>
        <source>Everything stays on this computer. You can always pass, and nothing here keeps score.</source>
        <translation>Todo se queda en este equipo. Siempre se puede pasar, y aquí nadie lleva la cuenta.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="75"/>
        <source>Let&apos;s begin</source>
        <translation>Empecemos</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="87"/>
        <source>Who is here?</source>
        <translation>¿Quiénes están aquí?</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="93"/>
        <source>Each of you, type the name you&apos;d like to see and pick a colour. Your colour shows whose turn it is.</source>
        <translation>Que cada uno escriba el nombre que quiere ver y elija un color. El color indica de quién es el turno.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="111"/>
        <source>One of you</source>
        <translation>Una persona</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="111"/>
        <source>The other</source>
        <translation>La otra</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="118"/>
        <source>First partner&apos;s name</source>
        <translation>Nombre de la primera persona</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="118"/>
        <source>Second partner&apos;s name</source>
        <translation>Nombre de la segunda persona</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="119"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="162"/>
        <location filename="../screens/FirstRunScreen.qml" line="229"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="168"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="180"/>
        <source>A promise to each other</source>
        <translation>Una promesa entre los dos</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="190"/>
        <source>What you share with me here is a gift. I will treat it with care, and I will never use it against you — not in an argument, not later, not ever.</source>
        <translation>Lo que compartes conmigo aquí es un regalo. Lo trataré con cuidado y nunca lo usaré en tu contra — ni en una discusión, ni más adelante, ni nunca.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="193"/>
        <source>Each of you, press your own button when you are ready to make this promise.</source>
        <translation>Que cada uno pulse su propio botón cuando esté listo para hacer esta promesa.</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="210"/>
        <source>%1 promised ✓</source>
        <translation>%1 lo ha prometido ✓</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="210"/>
        <source>I promise — %1</source>
        <translation>Lo prometo — %1</translation>
    </message>
    <message>
        <location filename="../screens/FirstRunScreen.qml" line="236"/>
        <source>Start using OpenUp</source>
        <translation>Empezar a usar OpenUp</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../components/HelpOverlay.qml" line="22"/>
        <source>Anywhere</source>
        <translation>En cualquier pantalla</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="23"/>
        <source>Go to Home, Talk, Together, Sources, Reflection, Vault, Settings, About</source>
        <translation>Ir a Inicio, Charla, Juntos, Fuentes, Reflexión, Cofre, Ajustes, Acerca de</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="24"/>
        <source>Move between controls</source>
        <translation>Moverse entre los controles</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="25"/>
        <source>Enter or Space</source>
        <translation>Intro o Espacio</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="25"/>
        <source>Press the control that has focus</source>
        <translation>Activar el control que tiene el foco</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="26"/>
        <source>Close a question or this help</source>
        <translation>Cerrar un aviso o esta ayuda</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="27"/>
        <source>Show this help</source>
        <translation>Mostrar esta ayuda</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="28"/>
        <source>During a talk</source>
        <translation>Durante una charla</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="29"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="29"/>
        <source>Pass the turn</source>
        <translation>Pasar el turno</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="30"/>
        <source>Pause or resume</source>
        <translation>Pausar o reanudar</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="31"/>
        <source>Next prompt</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="32"/>
        <source>I&apos;d rather not (pass this prompt, no reason needed)</source>
        <translation>Prefiero no (saltar esta pregunta, sin dar razones)</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="33"/>
        <source>We need a break</source>
        <translation>Necesitamos un descanso</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="34"/>
        <source>After saying back: &quot;Yes, that&apos;s it&quot; / &quot;There&apos;s more&quot;</source>
        <translation>Tras contar lo escuchado: “Sí, es eso” / “Hay más”</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="35"/>
        <source>End the talk (asks first)</source>
        <translation>Terminar la charla (pregunta antes)</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="36"/>
        <source>Vault and reflections</source>
        <translation>Cofre y reflexiones</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="37"/>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="48"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../components/HelpOverlay.qml" line="90"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/HomeScreen.qml" line="9"/>
        <source>Hello, %1 and %2</source>
        <translation>Hola, %1 y %2</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="10"/>
        <source>A few calm minutes together, whenever you both feel like it.</source>
        <translation>Unos minutos de calma juntos, cuando los dos quieran.</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="17"/>
        <source>Continue where you left off?</source>
        <translation>¿Retomar la charla donde se quedó?</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="20"/>
        <source>Everything you had done is kept. You can pick it up again, or close it — either is fine.</source>
        <translation>Todo lo hecho hasta ahora está guardado. Se puede retomar o cerrar — cualquiera de las dos cosas está bien.</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="33"/>
        <source>Continue the talk</source>
        <translation>Retomar la charla</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="42"/>
        <source>Close it</source>
        <translation>Cerrarla</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="51"/>
        <source>Your next talk</source>
        <translation>La próxima charla</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="51"/>
        <source>An invitation</source>
        <translation>Una invitación</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="63"/>
        <source>%1 would love some time with you, %2. When would suit you?</source>
        <translation>A %1 le encantaría pasar un rato contigo, %2. ¿Cuándo te viene bien?</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="64"/>
        <source>%1, %2 minutes.</source>
        <translation>%1, %2 minutos.</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="69"/>
        <source>Open Together</source>
        <translation>Abrir Juntos</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="76"/>
        <location filename="../screens/HomeScreen.qml" line="84"/>
        <source>Start a talk</source>
        <translation>Empezar una charla</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="78"/>
        <source>Take turns with one prompt for five short minutes. Either of you can pass at any time, no reason needed.</source>
        <translation>Turnarse con una pregunta durante cinco minutos cortos. Cualquiera de los dos puede pasar en cualquier momento, sin dar razones.</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="91"/>
        <source>Your recent talks</source>
        <translation>Charlas recientes</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="94"/>
        <source>Your talks will be listed here, with their date and length.</source>
        <translation>Aquí aparecerán las charlas, con su fecha y duración.</translation>
    </message>
    <message>
        <location filename="../screens/HomeScreen.qml" line="106"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>LicenceList</name>
    <message>
        <location filename="../components/LicenceList.qml" line="18"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../components/LicenceList.qml" line="21"/>
        <source>OpenUp is free software under the MIT licence. It is built with the work of many others, listed here with their licences. Choose one to read its full text.</source>
        <translation>OpenUp es software libre con licencia MIT. Está hecho con el trabajo de muchas otras personas, que aparecen aquí con sus licencias. Elige una para leer el texto completo.</translation>
    </message>
    <message>
        <location filename="../components/LicenceList.qml" line="35"/>
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
        <location filename="../components/LicenceList.qml" line="61"/>
        <source>Show the licence text</source>
        <translation>Mostrar el texto de la licencia</translation>
    </message>
    <message>
        <location filename="../components/LicenceList.qml" line="128"/>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <location filename="../components/LicenceList.qml" line="156"/>
        <source>Licence text of %1</source>
        <translation>Texto de la licencia de %1</translation>
    </message>
</context>
<context>
    <name>LookAway</name>
    <message>
        <location filename="../components/LookAway.qml" line="27"/>
        <source>%1, please look away for a moment</source>
        <translation>%1, por favor, mira hacia otro lado un momento</translation>
    </message>
    <message>
        <location filename="../components/LookAway.qml" line="35"/>
        <source>%1 is about to type something private. It only takes a moment.</source>
        <translation>%1 va a escribir algo privado. Solo será un momento.</translation>
    </message>
    <message>
        <location filename="../components/LookAway.qml" line="51"/>
        <source>%1 is looking away</source>
        <translation>%1 ya no está mirando</translation>
    </message>
    <message>
        <location filename="../components/LookAway.qml" line="56"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="59"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="60"/>
        <source>Talk</source>
        <translation>Charla</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="61"/>
        <source>Vault</source>
        <translation>Cofre</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="62"/>
        <source>Together</source>
        <translation>Juntos</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="63"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="64"/>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="65"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="66"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="92"/>
        <source>Restore the backup of %1</source>
        <translation>Restaurar la copia de seguridad del %1</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="97"/>
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
        <location filename="../components/PassphraseField.qml" line="36"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../components/PassphraseField.qml" line="36"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../components/PassphraseField.qml" line="37"/>
        <source>Hide the passphrase</source>
        <translation>Ocultar la frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseField.qml" line="37"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase secreta</translation>
    </message>
</context>
<context>
    <name>PassphraseStep</name>
    <message>
        <location filename="../components/PassphraseStep.qml" line="47"/>
        <source>%1, change your passphrase</source>
        <translation>%1, cambia tu frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="48"/>
        <source>%1, choose your passphrase</source>
        <translation>%1, elige tu frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="49"/>
        <source>%1, your passphrase</source>
        <translation>%1, tu frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="65"/>
        <source>Your current passphrase</source>
        <translation>Tu frase secreta actual</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="72"/>
        <source>New passphrase (at least 10 characters)</source>
        <translation>Nueva frase secreta (mínimo 10 caracteres)</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="72"/>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="86"/>
        <source>The same passphrase again</source>
        <translation>Repite la frase secreta</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="102"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="102"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../components/PassphraseStep.qml" line="109"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <location filename="../components/PromptRow.qml" line="76"/>
        <source>Chosen</source>
        <translation>Elegida</translation>
    </message>
    <message>
        <location filename="../components/PromptRow.qml" line="76"/>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <location filename="../components/PromptRow.qml" line="78"/>
        <source>Choose: %1</source>
        <translation>Elegir: %1</translation>
    </message>
    <message>
        <location filename="../components/PromptRow.qml" line="85"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../components/PromptRow.qml" line="86"/>
        <source>Remove: %1</source>
        <translation>Quitar: %1</translation>
    </message>
</context>
<context>
    <name>ReflectionScreen</name>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="35"/>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="36"/>
        <source>Not &quot;how do I get my partner to open up?&quot; but &quot;what might be in the way?&quot; A quiet space for each of you.</source>
        <translation>No “¿cómo consigo que mi pareja se abra?”, sino “¿qué podría estar impidiéndolo?”. Un espacio tranquilo para cada uno.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="47"/>
        <source>Your private notes are open</source>
        <translation>Tus notas privadas están abiertas</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="47"/>
        <source>Your private notes</source>
        <translation>Tus notas privadas</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="52"/>
        <source>Only you can read these notes — not your partner, and not both of you together. They close when you leave this screen.</source>
        <translation>Solo tú puedes leer estas notas — ni tu pareja, ni los dos juntos. Se cierran al salir de esta pantalla.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="53"/>
        <source>Each of you can write notes beside the cards. They are sealed with your own passphrase, and nobody else can ever read them.</source>
        <translation>Cada uno puede escribir notas junto a las tarjetas. Se sellan con su propia frase secreta, y nadie más podrá leerlas nunca.</translation>
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
        <location filename="../screens/ReflectionScreen.qml" line="90"/>
        <source>Close my notes</source>
        <translation>Cerrar mis notas</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="105"/>
        <source>Questions to ask yourself</source>
        <translation>Preguntas para ti</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="117"/>
        <source>Ask my partner, in our next talk</source>
        <translation>Preguntárselo a mi pareja en nuestra próxima charla</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="130"/>
        <source>Ask in our next talk</source>
        <translation>Preguntar en la próxima charla</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="131"/>
        <source>Ask in our next talk: %1</source>
        <translation>Preguntar en la próxima charla: %1</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="134"/>
        <source>Your next talk will start with this question. Nothing else from here is shared.</source>
        <translation>La próxima charla empezará con esta pregunta. No se comparte nada más de aquí.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="144"/>
        <source>My private note</source>
        <translation>Mi nota privada</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="157"/>
        <source>Only you will ever read this.</source>
        <translation>Solo tú leerás esto.</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="159"/>
        <source>My private note about %1</source>
        <translation>Mi nota privada sobre %1</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="171"/>
        <source>Keep my note</source>
        <translation>Guardar mi nota</translation>
    </message>
    <message>
        <location filename="../screens/ReflectionScreen.qml" line="172"/>
        <source>Kept, sealed to you.</source>
        <translation>Guardada y sellada solo para ti.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="10"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="15"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="21"/>
        <source>Light or dark. &quot;Like my computer&quot; follows your system&apos;s setting.</source>
        <translation>Claro u oscuro. “Como mi equipo” sigue el ajuste de tu sistema.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="28"/>
        <location filename="../screens/SettingsScreen.qml" line="252"/>
        <source>Like my computer</source>
        <translation>Como mi equipo</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="29"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="30"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="47"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="50"/>
        <source>When a planned talk comes up, OpenUp shows a short reminder with the time only — never a topic or anything you wrote.</source>
        <translation>Cuando se acerca una charla planeada, OpenUp muestra un breve recordatorio solo con la hora — nunca un tema ni nada de lo que se haya escrito.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="52"/>
        <source>When the window is closed</source>
        <translation>Al cerrar la ventana</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="58"/>
        <source>Quit OpenUp</source>
        <translation>Salir de OpenUp</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="64"/>
        <source>Keep running in the tray for reminders</source>
        <translation>Seguir en la bandeja del sistema para los recordatorios</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="73"/>
        <source>This system shows no tray icon, so reminders appear inside the OpenUp window while it is open.</source>
        <translation>Este sistema no muestra icono en la bandeja, así que los recordatorios aparecen dentro de la ventana de OpenUp mientras está abierta.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="79"/>
        <source>Vault</source>
        <translation>Cofre</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="82"/>
        <source>The vault locks itself when nobody has touched OpenUp for a while, when a talk starts, and when you quit.</source>
        <translation>El cofre se bloquea solo cuando nadie ha usado OpenUp durante un rato, cuando empieza una charla y al salir.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="84"/>
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="93"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="93"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="99"/>
        <source>When OpenUp is minimised or in the background</source>
        <translation>Cuando OpenUp está minimizado o en segundo plano</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="105"/>
        <source>Lock the vault</source>
        <translation>Bloquear el cofre</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="111"/>
        <source>Keep it open</source>
        <translation>Dejarlo abierto</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="116"/>
        <source>Screenshots and screen sharing</source>
        <translation>Capturas de pantalla y pantalla compartida</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="126"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="129"/>
        <source>OpenUp copies all your data once a day and after every talk, keeping a week of daily copies and a month of weekly ones. Kept moments stay sealed in every copy.</source>
        <translation>OpenUp copia todos los datos una vez al día y después de cada charla, y conserva una semana de copias diarias y un mes de copias semanales. Los momentos guardados siguen sellados en todas las copias.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="135"/>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="147"/>
        <source>No backups yet. The first one is made today.</source>
        <translation>Aún no hay copias. La primera se hará hoy.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="158"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="159"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="165"/>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="166"/>
        <source>Restore the backup of %1</source>
        <translation>Restaurar la copia de seguridad del %1</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="185"/>
        <source>Restore the backup of %1?</source>
        <translation>¿Restaurar la copia de seguridad del %1?</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="186"/>
        <source>OpenUp first keeps a copy of everything as it is now, then puts this backup in its place and starts again. Nothing is lost either way.</source>
        <translation>OpenUp primero guarda una copia de todo tal como está ahora, luego pone esta copia en su lugar y se reinicia. No se pierde nada en ningún caso.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="187"/>
        <source>Restore and restart</source>
        <translation>Restaurar y reiniciar</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="193"/>
        <source>Prompt decks</source>
        <translation>Barajas de preguntas</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="212"/>
        <source>Reading and motion</source>
        <translation>Lectura y movimiento</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="213"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="222"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="223"/>
        <source>Text size %1 percent</source>
        <translation>Tamaño del texto: %1 por ciento</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="229"/>
        <source>Motion</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="235"/>
        <source>Gentle animations</source>
        <translation>Animaciones suaves</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="241"/>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="246"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="270"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="276"/>
        <source>Go through the first steps again: your names, your colours and your promise to each other.</source>
        <translation>Repetir los primeros pasos: los nombres, los colores y la promesa entre los dos.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="281"/>
        <source>Set up again…</source>
        <translation>Configurar de nuevo…</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="290"/>
        <source>Set up OpenUp again?</source>
        <translation>¿Configurar OpenUp de nuevo?</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="291"/>
        <source>You will both enter your names and colours again and renew your promise. Nothing you have saved is deleted.</source>
        <translation>Los dos volverán a escribir su nombre y su color y renovarán su promesa. No se borra nada de lo guardado.</translation>
    </message>
    <message>
        <location filename="../screens/SettingsScreen.qml" line="292"/>
        <source>Set up again</source>
        <translation>Configurar de nuevo</translation>
    </message>
</context>
<context>
    <name>SourcesScreen</name>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="12"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="13"/>
        <source>A song, a film, an article: talking about something outside you both is an easy way in.</source>
        <translation>Una canción, una película, un artículo: hablar de algo ajeno a los dos es una forma fácil de empezar.</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="60"/>
        <source>Add a source…</source>
        <translation>Añadir una fuente…</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="66"/>
        <source>Show OpenUp&apos;s examples again</source>
        <translation>Volver a mostrar los ejemplos de OpenUp</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="74"/>
        <source>Add a source</source>
        <translation>Añadir una fuente</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="74"/>
        <source>Change this source</source>
        <translation>Cambiar esta fuente</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="91"/>
        <location filename="../screens/SourcesScreen.qml" line="92"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="100"/>
        <source>Link (optional)</source>
        <translation>Enlace (opcional)</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="101"/>
        <source>Link (optional), e.g. https://…</source>
        <translation>Enlace (opcional), p. ej. https://…</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="109"/>
        <location filename="../screens/SourcesScreen.qml" line="110"/>
        <source>A short quote or note (optional)</source>
        <translation>Una cita o nota breve (opcional)</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="121"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="126"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="166"/>
        <source>Talk about this</source>
        <translation>Hablar de esto</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="167"/>
        <source>Talk about %1</source>
        <translation>Hablar de %1</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="173"/>
        <source>Open the link</source>
        <translation>Abrir el enlace</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="180"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="186"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../screens/SourcesScreen.qml" line="186"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../components/StrengthMeter.qml" line="13"/>
        <source>Strength: %1</source>
        <translation>Seguridad: %1</translation>
    </message>
</context>
<context>
    <name>TalkRunScreen</name>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="59"/>
        <source>%1, say back what you heard</source>
        <translation>%1, cuenta lo que has escuchado</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="60"/>
        <source>%1&apos;s turn</source>
        <translation>Turno de %1</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="71"/>
        <source>Then %1 says whether that&apos;s it.</source>
        <translation>Luego %1 dice si es eso.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="72"/>
        <source>%1 listens</source>
        <translation>%1 escucha</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="95"/>
        <source>%1 left in this turn</source>
        <translation>Quedan %1 de este turno</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="100"/>
        <source>%1 left in the talk</source>
        <translation>Quedan %1 de charla</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="142"/>
        <source>Prompt: %1</source>
        <translation>Pregunta: %1</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="157"/>
        <source>Say it in your own words. There&apos;s no wrong way.</source>
        <translation>Dilo con tus palabras. No hay manera de hacerlo mal.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="158"/>
        <source>The turn&apos;s time is up. Pass the turn whenever you&apos;re ready.</source>
        <translation>Se acabó el tiempo del turno. Pasa el turno cuando quieras.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="159"/>
        <source>About 15 seconds left in this turn.</source>
        <translation>Quedan unos 15 segundos de este turno.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="160"/>
        <source>Take your time. You can pass, or say &quot;I&apos;d rather not&quot;, whenever you like.</source>
        <translation>Tómate tu tiempo. Puedes pasar, o decir “Prefiero no”, cuando quieras.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="201"/>
        <source>Yes, that&apos;s it</source>
        <translation>Sí, es eso</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="209"/>
        <source>There&apos;s more</source>
        <translation>Hay más</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="220"/>
        <source>Pass the turn</source>
        <translation>Pasar el turno</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="221"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="227"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="235"/>
        <source>Next prompt</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="243"/>
        <source>I&apos;d rather not</source>
        <translation>Prefiero no</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="250"/>
        <source>We need a break</source>
        <translation>Necesitamos un descanso</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="259"/>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="260"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="283"/>
        <source>Taking a break</source>
        <translation>Un descanso</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="283"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="293"/>
        <source>Your talk is kept exactly where you left it. Come back after %1, or whenever suits you both — Home will offer to continue.</source>
        <translation>La charla queda guardada justo donde se quedó. Se puede volver a partir de %1, o cuando a los dos les venga bien — Inicio ofrecerá retomarla.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="294"/>
        <source>Both timers are stopped. %1 had the floor, with %2 left in the talk.</source>
        <translation>Los dos temporizadores están parados. Hablaba %1, y quedaban %2 de charla.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="303"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="311"/>
        <source>Continue now</source>
        <translation>Continuar ahora</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="317"/>
        <source>Back to Home</source>
        <translation>Volver a Inicio</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="328"/>
        <source>End the talk here?</source>
        <translation>¿Terminar la charla aquí?</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="329"/>
        <source>Stopping early is fine. A short talk still counts, and you can thank each other next.</source>
        <translation>Parar antes está bien. Una charla corta también cuenta, y a continuación llega el momento de darse las gracias.</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="330"/>
        <source>End the talk</source>
        <translation>Terminar la charla</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="331"/>
        <location filename="../screens/TalkRunScreen.qml" line="381"/>
        <source>Keep talking</source>
        <translation>Seguir hablando</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="349"/>
        <source>Take a break</source>
        <translation>Hacer un descanso</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="351"/>
        <source>The talk waits exactly where it is. When would you like to pick it up again?</source>
        <translation>La charla espera justo donde está. ¿Cuándo retomarla?</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="359"/>
        <source>In 20 minutes</source>
        <translation>En 20 minutos</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="364"/>
        <source>In an hour</source>
        <translation>En una hora</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="369"/>
        <source>This evening</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location filename="../screens/TalkRunScreen.qml" line="374"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
</context>
<context>
    <name>TalkSetupScreen</name>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="26"/>
        <source>Set up your talk</source>
        <translation>Preparar la charla</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="27"/>
        <source>The defaults are a good start: five minutes, turns of a minute and a half.</source>
        <translation>Las opciones iniciales son un buen comienzo: cinco minutos, turnos de minuto y medio.</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="31"/>
        <source>What to talk about</source>
        <translation>De qué hablar</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="37"/>
        <source>Surprise us</source>
        <translation>Sorpréndenos</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="55"/>
        <source>Your prompt: “%1”</source>
        <translation>La pregunta: “%1”</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="57"/>
        <source>OpenUp picks a prompt for you, gentle at first.</source>
        <translation>OpenUp elige una pregunta, suave al principio.</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="58"/>
        <source>OpenUp picks a prompt from this deck, or choose one yourself.</source>
        <translation>OpenUp elige una pregunta de esta baraja, o puedes elegirla tú.</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="66"/>
        <source>Hide the list</source>
        <translation>Ocultar la lista</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="66"/>
        <source>Choose a prompt…</source>
        <translation>Elegir una pregunta…</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="73"/>
        <location filename="../screens/TalkSetupScreen.qml" line="184"/>
        <source>Let OpenUp pick</source>
        <translation>Que elija OpenUp</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="102"/>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="111"/>
        <source>5 minutes · Short and sweet</source>
        <translation>5 minutos · Breve y agradable</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="112"/>
        <location filename="../screens/TalkSetupScreen.qml" line="156"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="119"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="133"/>
        <source>Minutes, from 2 to 30</source>
        <translation>Minutos, de 2 a 30</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="139"/>
        <source>A short talk that goes well is worth more than a long one.</source>
        <translation>Una charla corta que va bien vale más que una larga.</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="145"/>
        <source>Each turn</source>
        <translation>Cada turno</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="154"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="155"/>
        <source>1½ minutes</source>
        <translation>1½ minutos</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="166"/>
        <source>Who starts</source>
        <translation>Quién empieza</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="193"/>
        <source>The scene (optional)</source>
        <translation>El ambiente (opcional)</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="196"/>
        <source>Some settings make talking easier. Note where you are, and OpenUp will show which settings suit you two best. Skip it if you like.</source>
        <translation>Algunos ambientes facilitan hablar. Anota cómo es este, y OpenUp mostrará cuáles funcionan mejor para los dos. Puedes saltarlo si quieres.</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="200"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="201"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="202"/>
        <source>Doing</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="203"/>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="233"/>
        <source>A short note about the scene (optional)</source>
        <translation>Una nota breve sobre el ambiente (opcional)</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="234"/>
        <source>A note, if you like (optional)</source>
        <translation>Una nota, si quieres (opcional)</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="243"/>
        <source>Say back what you heard</source>
        <translation>Contar lo escuchado</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="246"/>
        <source>After each turn, the listener takes half a minute to say back what they heard, and the speaker says whether that&apos;s it or there&apos;s more.</source>
        <translation>Después de cada turno, quien escucha dedica medio minuto a contar lo que ha escuchado, y quien habló dice si es eso o si hay más.</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="253"/>
        <source>Not this time</source>
        <translation>Esta vez no</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="259"/>
        <source>Yes, let&apos;s try it</source>
        <translation>Sí, probemos</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="285"/>
        <source>%1 minutes, turns of %2 seconds.</source>
        <translation>%1 minutos, turnos de %2 segundos.</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="291"/>
        <source>Start the talk</source>
        <translation>Empezar la charla</translation>
    </message>
    <message>
        <location filename="../screens/TalkSetupScreen.qml" line="292"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
</context>
<context>
    <name>TogetherScreen</name>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="11"/>
        <source>Together</source>
        <translation>Juntos</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="12"/>
        <source>Small steps add up. Here you see them, without scores or streaks.</source>
        <translation>Los pasos pequeños suman. Aquí se ven, sin puntuaciones ni rachas.</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="34"/>
        <source>Planned. OpenUp will remind you a little before.</source>
        <translation>Planeada. OpenUp lo recordará un poco antes.</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="57"/>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="60"/>
        <source>Ask for some time together. The one who is asked chooses when, where and how long — or says &quot;not this time&quot;, which is always fine.</source>
        <translation>Pide un rato juntos. Quien recibe la invitación elige cuándo, dónde y cuánto tiempo — o dice “esta vez no”, y eso siempre está bien.</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="89"/>
        <source>%1 would love some time with you, %2. When would suit you?</source>
        <translation>A %1 le encantaría pasar un rato contigo, %2. ¿Cuándo te viene bien?</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="90"/>
        <source>Your talk: %1%2, %3 minutes.</source>
        <translation>La charla: %1%2, %3 minutos.</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="97"/>
        <source>About: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="108"/>
        <source>%1: choose when</source>
        <translation>%1: elige cuándo</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="114"/>
        <source>Add to calendar</source>
        <translation>Añadir al calendario</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="120"/>
        <source>Move it</source>
        <translation>Cambiar la fecha</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="126"/>
        <source>Not this time</source>
        <translation>Esta vez no</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="136"/>
        <source>Which day?</source>
        <translation>¿Qué día?</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="152"/>
        <source>What time?</source>
        <translation>¿A qué hora?</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="162"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="171"/>
        <source>%1 minutes past</source>
        <translation>y %1 minutos</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="177"/>
        <source>Where?</source>
        <translation>¿Dónde?</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="193"/>
        <source>How long?</source>
        <translation>¿Cuánto tiempo?</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="203"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="214"/>
        <source>Plan it</source>
        <translation>Planear</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="214"/>
        <source>Move it here</source>
        <translation>Cambiar a esta fecha</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="219"/>
        <location filename="../screens/TogetherScreen.qml" line="289"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="238"/>
        <source>%1 invites %2</source>
        <translation>%1 invita a %2</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="248"/>
        <source>“I&apos;d love some time with you, %1 — when would suit you?”</source>
        <translation>“Me encantaría pasar un rato contigo, %1 — ¿cuándo te viene bien?”</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="252"/>
        <location filename="../screens/TogetherScreen.qml" line="253"/>
        <source>A topic, if you have one (optional)</source>
        <translation>Un tema, si tienes alguno (opcional)</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="267"/>
        <source>About %1 minutes</source>
        <translation>Unos %1 minutos</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="280"/>
        <source>Send the invitation</source>
        <translation>Enviar la invitación</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="283"/>
        <source>Sent. %1 will see it on Home and choose when.</source>
        <translation>Enviada. %1 la verá en Inicio y elegirá cuándo.</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="320"/>
        <source>Your small victories</source>
        <translation>Pequeñas victorias</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="329"/>
        <source>Talks per week</source>
        <translation>Charlas por semana</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="365"/>
        <source>Recent talks</source>
        <translation>Charlas recientes</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="379"/>
        <source>What works for you two</source>
        <translation>Lo que mejor funciona para los dos</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="399"/>
        <source>%1 of 5 · 1 talk</source>
        <translation>%1 de 5 · 1 charla</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="400"/>
        <source>%1 of 5 · %2 talks</source>
        <translation>%1 de 5 · %2 charlas</translation>
    </message>
    <message>
        <location filename="../screens/TogetherScreen.qml" line="401"/>
        <source>%1: closeness %2 of 5 over %3 talks</source>
        <translation>%1: cercanía de %2 sobre 5 en %3 charlas</translation>
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
    <name>VaultScreen</name>
    <message>
        <location filename="../screens/VaultScreen.qml" line="71"/>
        <source>%1&apos;s passphrase is changed.</source>
        <translation>La frase secreta de %1 se ha cambiado.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="74"/>
        <source>%1&apos;s passphrase is set.</source>
        <translation>La frase secreta de %1 está lista.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="77"/>
        <source>Kept safely. Only %1 alone, or both of you together, can open it.</source>
        <translation>Guardado a salvo. Solo %1 a solas, o los dos juntos, pueden abrirlo.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="106"/>
        <source>Vault</source>
        <translation>Cofre</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="107"/>
        <source>Moments you chose to keep, sealed so that neither of you can open the other&apos;s alone.</source>
        <translation>Momentos elegidos para guardar, sellados para que ninguno pueda abrir a solas los del otro.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="123"/>
        <source>There are no hints and no recovery. If this passphrase is forgotten, the moments kept in your name can never be opened again — not by you, not together, not by anyone. Choose something you will remember.</source>
        <translation>No hay pistas ni forma de recuperarla. Si se olvida esta frase secreta, los momentos guardados a tu nombre no podrán volver a abrirse nunca — ni por ti, ni juntos, ni por nadie. Elige algo que vayas a recordar.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="124"/>
        <source>Only you can change your passphrase, and only by knowing the current one. There is still no recovery.</source>
        <translation>Solo tú puedes cambiar tu frase secreta, y solo si conoces la actual. Sigue sin haber forma de recuperarla.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="125"/>
        <source>Typing your passphrase is how you agree to keep this moment in your name.</source>
        <translation>Al escribir tu frase secreta, aceptas guardar este momento a tu nombre.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="126"/>
        <source>Both of you type your passphrase, one after the other. Step %1 of 2.</source>
        <translation>Cada uno escribe su frase secreta, uno después del otro. Paso %1 de 2.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="141"/>
        <location filename="../screens/VaultScreen.qml" line="293"/>
        <source>Keep a moment</source>
        <translation>Guardar un momento</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="144"/>
        <source>Write down something from a talk that you&apos;d like to keep. It is sealed in the name of the one who shared it, and only they can take it back.</source>
        <translation>Escribe algo de una charla que te gustaría guardar. Se sella a nombre de quien lo compartió, y solo esa persona puede retirarlo.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="146"/>
        <source>Whose moment is it?</source>
        <translation>¿De quién es este momento?</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="165"/>
        <location filename="../screens/VaultScreen.qml" line="166"/>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="182"/>
        <source>What was said, or what it meant to you…</source>
        <translation>Lo que se dijo, o lo que significó para ti…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="184"/>
        <source>The moment, in your words</source>
        <translation>El momento, con tus palabras</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="198"/>
        <source>%1 of 10,000 characters</source>
        <translation>%1 de 10&#xa0;000 caracteres</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="211"/>
        <source>%1 confirms with their passphrase</source>
        <translation>%1 confirma con su frase secreta</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="216"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="232"/>
        <source>Set up the vault</source>
        <translation>Preparar el cofre</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="234"/>
        <source>Each of you chooses a passphrase, privately. A moment you keep can then be opened by both of you together, or by the one who shared it — never by the other alone.</source>
        <translation>Cada uno elige una frase secreta, en privado. Así, un momento guardado solo pueden abrirlo los dos juntos o quien lo compartió — nunca el otro a solas.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="238"/>
        <source>There are no hints and no way to recover a forgotten passphrase. That is what keeps it safe.</source>
        <translation>No hay pistas ni forma de recuperar una frase secreta olvidada. Eso es lo que la mantiene segura.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="253"/>
        <source>%1&apos;s passphrase is set ✓</source>
        <translation>La frase secreta de %1 está lista ✓</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="254"/>
        <source>%1: choose a passphrase</source>
        <translation>%1: elige una frase secreta</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="264"/>
        <source>Open the vault</source>
        <translation>Abrir el cofre</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="267"/>
        <source>Together you see every moment you have kept. Alone, each of you sees only your own shares — and can take any of them back.</source>
        <translation>Juntos se ven todos los momentos guardados. A solas, cada uno ve solo lo que compartió — y puede retirar lo que quiera.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="275"/>
        <source>Open together</source>
        <translation>Abrir juntos</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="283"/>
        <location filename="../screens/VaultScreen.qml" line="387"/>
        <source>%1&apos;s shares</source>
        <translation>Lo que compartió %1</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="296"/>
        <source>Something from a talk you&apos;d like to hold on to. It is saved only when the one who shared it agrees with their passphrase.</source>
        <translation>Algo de una charla que te gustaría conservar. Solo se guarda cuando quien lo compartió lo acepta con su frase secreta.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="300"/>
        <source>Keep a moment…</source>
        <translation>Guardar un momento…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="308"/>
        <source>Change a passphrase</source>
        <translation>Cambiar una frase secreta</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="311"/>
        <source>Each of you can change your own passphrase, alone, by typing the current one. Nobody can change or reset the other&apos;s.</source>
        <translation>Cada uno puede cambiar su propia frase secreta, a solas, escribiendo la actual. Nadie puede cambiar ni restablecer la del otro.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="321"/>
        <source>%1: change my passphrase</source>
        <translation>%1: cambiar mi frase secreta</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="331"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="334"/>
        <source>A backup file holds only sealed data: nothing in it can be read without your passphrases. Restoring it into a new install needs just the file and your passphrases.</source>
        <translation>Un archivo de copia de seguridad solo contiene datos sellados: nada de lo que hay en él se puede leer sin las frases secretas. Para restaurarlo en una instalación nueva basta con el archivo y las frases secretas.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="341"/>
        <source>Save a backup…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="346"/>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="362"/>
        <location filename="../screens/VaultScreen.qml" line="368"/>
        <source>OpenUp vault backup (*.openup-vault)</source>
        <translation>Copia del cofre de OpenUp (*.openup-vault)</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="386"/>
        <source>Your moments, together</source>
        <translation>Los momentos de los dos</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="397"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="414"/>
        <source>Search your moments</source>
        <translation>Buscar en los momentos</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="415"/>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="422"/>
        <source>Take back all of mine…</source>
        <translation>Retirar todos los míos…</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="430"/>
        <source>Nothing matches your search.</source>
        <translation>Nada coincide con la búsqueda.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="431"/>
        <source>Nothing kept here yet.</source>
        <translation>Aún no hay nada guardado aquí.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="470"/>
        <source>Take this moment back?</source>
        <translation>¿Retirar este momento?</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="471"/>
        <source>It will be gone for good: nobody will be able to open it again, not even together.</source>
        <translation>Desaparecerá para siempre: nadie podrá volver a abrirlo, ni siquiera juntos.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="472"/>
        <source>Take it back</source>
        <translation>Retirarlo</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="480"/>
        <source>Take back all of your moments?</source>
        <translation>¿Retirar todos tus momentos?</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="481"/>
        <source>Every moment kept in your name will be gone for good. Nobody will be able to open them again, not even together.</source>
        <translation>Todos los momentos guardados a tu nombre desaparecerán para siempre. Nadie podrá volver a abrirlos, ni siquiera juntos.</translation>
    </message>
    <message>
        <location filename="../screens/VaultScreen.qml" line="482"/>
        <source>Take them all back</source>
        <translation>Retirarlos todos</translation>
    </message>
</context>
<context>
    <name>WrapUpScreen</name>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="30"/>
        <source>That&apos;s your %1 minutes</source>
        <translation>Ya pasaron los %1 minutos</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="31"/>
        <source>Well done, both of you</source>
        <translation>Bien hecho, los dos</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="32"/>
        <source>Every talk counts, however it went. Take a moment to thank each other — only if you&apos;d like to.</source>
        <translation>Cada charla cuenta, haya salido como haya salido. Es un buen momento para darse las gracias, sin ninguna obligación.</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="45"/>
        <source>%1, anything to thank %2 for?</source>
        <translation>%1, ¿algo que agradecerle a %2?</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="70"/>
        <source>%1&apos;s own words of thanks</source>
        <translation>Palabras de agradecimiento de %1</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="71"/>
        <source>Or in your own words…</source>
        <translation>O con tus propias palabras…</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="77"/>
        <source>How close did this talk feel to you?</source>
        <translation>¿Cuánta cercanía sentiste en esta charla?</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="88"/>
        <source>1 · A little</source>
        <translation>1 · Un poco</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="89"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="90"/>
        <source>3 · Somewhat</source>
        <translation>3 · Algo</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="91"/>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="92"/>
        <source>5 · Very close</source>
        <translation>5 · Mucha</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="98"/>
        <source>Closeness %1 of 5</source>
        <translation>Cercanía %1 de 5</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="132"/>
        <source>Keep a moment…</source>
        <translation>Guardar un momento…</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="144"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../screens/WrapUpScreen.qml" line="150"/>
        <source>Save and finish</source>
        <translation>Guardar y terminar</translation>
    </message>
</context>
</TS>
