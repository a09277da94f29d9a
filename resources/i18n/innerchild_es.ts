<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>access_dialogs</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/access_dialogs.py" line="+39"/>
        <source>That isn&apos;t the passphrase this journal opens with now. Take your time and try again; nothing was changed.</source>
        <translation>Esa no es la frase de contraseña con la que se abre ahora este diario. Tómate tu tiempo y vuelve a intentarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That isn&apos;t the passphrase this journal opens with now. Take your time and try again.</source>
        <translation>Esa no es la frase de contraseña con la que se abre ahora este diario. Tómate tu tiempo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Something went wrong inside Inner Child ({kind}). Nothing was changed.</source>
        <translation>Algo ha fallado dentro de Inner Child ({kind}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your entries stay as they are: only the key to the journal changes. Your recovery key stays the same.</source>
        <translation>Tus entradas se quedan como están: solo cambia la llave del diario. Tu clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your entries stay as they are. Your journal gets a new key and a new recovery key.</source>
        <translation>Tus entradas se quedan como están. Tu diario recibe una clave nueva y una nueva clave de recuperación.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Change your passphrase</source>
        <translation>Cambiar tu frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your passphrase now</source>
        <translation>Tu frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new passphrase again</source>
        <translation>La nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm new passphrase</source>
        <translation>Confirmar la nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+198"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Changing your passphrase</source>
        <translation>Cambiando tu frase de contraseña</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>Change passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Change passphrase and key</source>
        <translation>Cambiar frase de contraseña y clave</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Please type the passphrase your journal opens with now.</source>
        <translation>Escribe la frase de contraseña con la que se abre ahora tu diario, por favor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please use at least {count} characters.</source>
        <translation>Usa al menos {count} caracteres, por favor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two new passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña nuevas todavía no coinciden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is the passphrase it has now; choose a new one.</source>
        <translation>Esa es la frase de contraseña que tiene ahora; elige una nueva.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your journal has a new key</source>
        <translation>Tu diario tiene una clave nueva</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery key opens your journal without the passphrase, so it is shown only after you type your passphrase. Show it somewhere nobody is looking over your shoulder.</source>
        <translation>La clave de recuperación abre tu diario sin la frase de contraseña, por eso solo se muestra después de que escribas tu frase de contraseña. Muéstrala donde nadie esté mirando por encima de tu hombro.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show my recovery key</source>
        <translation>&amp;Mostrar mi clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the passphrase, then show the recovery key</source>
        <translation>Comprobar la frase de contraseña y después mostrar la clave de recuperación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking your passphrase</source>
        <translation>Comprobando tu frase de contraseña</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the recovery key to the clipboard</source>
        <translation>Copiar la clave de recuperación al portapapeles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;file…</source>
        <translation>Guardar como &amp;archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key to a file</source>
        <translation>Guardar la clave de recuperación en un archivo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Please type your passphrase first.</source>
        <translation>Escribe primero tu frase de contraseña, por favor.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+7"/>
        <source>Your passphrase and recovery key</source>
        <translation>Tu frase de contraseña y tu clave de recuperación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change my &amp;passphrase…</source>
        <translation>Cambiar mi &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a new passphrase; your recovery key stays the same</source>
        <translation>Elige una nueva frase de contraseña; tu clave de recuperación sigue siendo la misma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show my &amp;recovery key again…</source>
        <translation>Volver a mostrar mi clave de &amp;recuperación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your passphrase to see the recovery key once more</source>
        <translation>Escribe tu frase de contraseña para ver la clave de recuperación otra vez</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase news</source>
        <translation>Novedades de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your passphrase is changed. Your recovery key stays the same.</source>
        <translation>Tu frase de contraseña ha cambiado. Tu clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your journal has a new key, passphrase and recovery key. The old ones no longer open it.</source>
        <translation>Tu diario tiene una clave, una frase de contraseña y una clave de recuperación nuevas. Las antiguas ya no lo abren.</translation>
    </message>
</context>
<context>
    <name>cli.backup_cmds</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/backup_cmds.py" line="+25"/>
        <source>Choose a passphrase: </source>
        <translation>Elige una frase de contraseña: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your journal is ready in {folder}.</source>
        <translation>Tu diario está listo en {folder}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is your recovery key. It is shown only this once:</source>
        <translation>Esta es tu clave de recuperación. Solo se muestra esta vez:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write it down or keep it somewhere safe and private. If you ever forget your
passphrase, it is the only way back into your journal: there is no reset.</source>
        <translation>Anótala o guárdala en un lugar seguro y privado. Si alguna vez olvidas tu
frase de contraseña, es la única forma de volver a tu diario: no hay otra manera.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Removed what an interrupted export or backup left behind: {path}</source>
        <translation>Se quitó lo que dejó una exportación o copia interrumpida: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left behind by an interrupted export or backup (not removed): {path}</source>
        <translation>Quedó de una exportación o copia interrumpida (no se quitó): {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All good: the encryption checks and the database integrity check passed.</source>
        <translation>Todo bien: el cifrado y la integridad de la base de datos están en orden.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The journal is sound, but %n attachments need a look:</source>
        <translation>
            <numerusform>El diario está bien, pero %n adjunto necesita una revisión:</numerusform>
            <numerusform>El diario está bien, pero %n adjuntos necesitan una revisión:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal has problems:</source>
        <translation>El diario tiene problemas:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the search index is damaged</source>
        <translation>el índice de búsqueda está dañado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current passphrase: </source>
        <translation>Frase de contraseña actual: </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Your passphrase is changed. Your recovery key stays the same.
If someone may know your old passphrase, &apos;innerchild passwd --new-key&apos; also locks out the old one (and old copies of the key file).</source>
        <translation>Tu frase de contraseña ha cambiado. Tu clave de recuperación sigue siendo la misma.
Si alguien pudiera conocer tu frase anterior, &apos;innerchild passwd --new-key&apos; también la deja fuera (y las copias antiguas del archivo de claves).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your journal now has a new key and a new passphrase.
Old passphrases, the old recovery key and old key files no longer open it;
older backups still open with the passphrase and recovery key they were made with.</source>
        <translation>Tu diario tiene ahora una clave nueva y una frase de contraseña nueva.
Las frases anteriores, la clave de recuperación anterior y los archivos de claves antiguos ya no lo abren;
las copias de seguridad antiguas se siguen abriendo con la frase y la clave de recuperación con las que se hicieron.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is your new recovery key. It is shown only this once:</source>
        <translation>Esta es tu nueva clave de recuperación. Solo se muestra esta vez:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write it down or keep it somewhere safe and private. The old one no longer works.</source>
        <translation>Anótala o guárdala en un lugar seguro y privado. La anterior ya no funciona.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovery key: </source>
        <translation>Clave de recuperación: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome back. Your journal opens with the new passphrase now.</source>
        <translation>Hola de nuevo. Tu diario se abre ahora con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Encrypted backup written: {path}</source>
        <translation>Copia de seguridad cifrada guardada: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There are no backups in {folder} yet.</source>
        <translation>Todavía no hay copias de seguridad en {folder}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Passphrase (or recovery key) of the backup: </source>
        <translation>Frase de contraseña (o clave de recuperación) de la copia: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup is restored.</source>
        <translation>La copia de seguridad está restaurada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your previous journal files are kept in {folder}.</source>
        <translation>Los archivos anteriores de tu diario se guardan en {folder}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Writing sample entries</source>
        <translation>Escribiendo entradas de ejemplo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added {entries} sample entries, {memories} memories and {sessions} exercise sessions, tagged #sample.</source>
        <translation>Se añadieron {entries} entradas de ejemplo, {memories} recuerdos y {sessions} sesiones de ejercicios, con la etiqueta #sample.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New demo journal; its recovery key: {key}</source>
        <translation>Nuevo diario de demostración; su clave de recuperación: {key}</translation>
    </message>
</context>
<context>
    <name>cli.common</name>
    <message>
        <location line="-35"/>
        <location filename="../../src/innerchild_desktop/cli/common.py" line="+43"/>
        <location filename="../../src/innerchild_desktop/cli/sync_cmds.py" line="+35"/>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <location filename="../../src/innerchild_desktop/cli/common.py" line="-19"/>
        <source>(a heavy memory: open it in the app when you choose)</source>
        <translation>(un recuerdo difícil: ábrelo en la aplicación cuando tú decidas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entry has that id. &apos;innerchild list&apos; shows the ids.</source>
        <translation>Ninguna entrada tiene ese id. &apos;innerchild list&apos; muestra los ids.</translation>
    </message>
</context>
<context>
    <name>cli.entry_cmds</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/entry_cmds.py" line="+26"/>
        <source>Say what to change: --title, --body (or pipe the new text in), --heavy or --not-heavy.</source>
        <translation>Indica qué cambiar: --title, --body (o pasa el texto nuevo por una tubería), --heavy o --not-heavy.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved ({id}). The earlier text is kept in its history.</source>
        <translation>Guardado ({id}). El texto anterior se conserva en su historial.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Marked heavy ({id}): it stays veiled until you choose to open it.</source>
        <translation>Marcada como difícil ({id}): queda velada hasta que decidas abrirla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No longer marked heavy ({id}).</source>
        <translation>Ya no está marcada como difícil ({id}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Moved to the trash ({id}).</source>
        <translation>Movida a la papelera ({id}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already in the trash ({id}).</source>
        <translation>Ya estaba en la papelera ({id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries stay in the trash until you empty it; the app can bring them back.</source>
        <translation>Las entradas se quedan en la papelera hasta que la vacíes; la aplicación puede recuperarlas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Version {number} is back ({id}). The text it replaced is kept in the history too.</source>
        <translation>La versión {number} ha vuelto ({id}). El texto que sustituyó también se conserva en el historial.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No earlier versions of this entry yet. They are kept as you change it.</source>
        <translation>Todavía no hay versiones anteriores de esta entrada. Se guardan a medida que la cambias.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Earlier versions of {title}, newest first:</source>
        <translation>Versiones anteriores de {title}, la más reciente primero:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To bring one back: innerchild history {id} --restore NUMBER (the text you have now is kept here too).</source>
        <translation>Para recuperar una: innerchild history {id} --restore NÚMERO (el texto que tienes ahora también se guarda aquí).</translation>
    </message>
</context>
<context>
    <name>cli.errors</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/errors.py" line="+15"/>
        <source>stopped. Nothing was left half-written.</source>
        <translation>detenido. No quedó nada escrito a medias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something went wrong inside Inner Child ({where}). Your journal was not changed by the failed step. Please report this.</source>
        <translation>algo salió mal dentro de Inner Child ({where}). Tu diario no cambió por el paso fallido. Por favor, avísanos.</translation>
    </message>
</context>
<context>
    <name>cli.io</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/backup_cmds.py" line="-86"/>
        <source>recovery key</source>
        <translation>clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../src/innerchild_desktop/cli/io.py" line="+31"/>
        <source>Expected the {what} on standard input, but it ended.</source>
        <translation>Se esperaba la {what} en la entrada estándar, pero terminó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>passphrase</source>
        <translation>frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no terminal to ask for the passphrase. Use --passphrase-stdin to pass it on standard input.</source>
        <translation>No hay una terminal donde pedir la frase de contraseña. Usa --passphrase-stdin para pasarla por la entrada estándar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new passphrase</source>
        <translation>nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type it once more: </source>
        <translation>Escríbela una vez más: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases were different. Nothing was changed.</source>
        <translation>Las dos frases eran distintas. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/innerchild_desktop/cli/sync_cmds.py" line="+13"/>
        <source>sync passphrase</source>
        <translation>frase de contraseña de sincronización</translation>
    </message>
</context>
<context>
    <name>cli.journal_cmds</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/journal_cmds.py" line="+27"/>
        <source>Give the entry text with --body, or pipe it in.</source>
        <translation>Da el texto de la entrada con --body, o pásalo por una tubería.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved ({id}).</source>
        <translation>Guardado ({id}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No entries yet. Whenever you&apos;re ready: innerchild add --title …</source>
        <translation>Todavía no hay entradas. Cuando quieras: innerchild add --title …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>feeling {feeling}</source>
        <translation>sentimiento: {feeling}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>marked heavy</source>
        <translation>marcada como difícil</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory</source>
        <translation>recuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>cli.parser</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/parser.py" line="+20"/>
        <source>needs a date like 2024-05-17, not {text}</source>
        <translation>necesita una fecha como 2024-05-17, no {text}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>journal folder (default: $INNERCHILD_DATA_DIR or the platform&apos;s user data folder)</source>
        <translation>carpeta del diario (por defecto: $INNERCHILD_DATA_DIR o la carpeta de datos del usuario del sistema)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the passphrase (and other secrets) from standard input, one per line</source>
        <translation>leer la frase de contraseña (y otros secretos) de la entrada estándar, uno por línea</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>machine-readable output</source>
        <translation>salida legible por máquina</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{app}: an offline, encrypted journal for inner child work. Without a command, the app window opens.</source>
        <translation>{app}: un diario cifrado y sin conexión para el trabajo con el niño interior. Sin un comando, se abre la ventana de la aplicación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>open the app window (the default)</source>
        <translation>abrir la ventana de la aplicación (por defecto)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start with only the tray icon (the login entry gentle reminders may write)</source>
        <translation>empezar solo con el icono de la bandeja (la entrada de inicio de sesión que pueden escribir los recordatorios)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>create a new journal and show its recovery key once</source>
        <translation>crear un diario nuevo y mostrar su clave de recuperación una vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a new entry (body from --body or standard input)</source>
        <translation>escribir una entrada nueva (texto con --body o desde la entrada estándar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repeatable</source>
        <translation>se puede repetir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry date, YYYY-MM-DD (default: today)</source>
        <translation>fecha de la entrada, AAAA-MM-DD (por defecto: hoy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a named feeling, e.g. calm</source>
        <translation>un sentimiento con nombre, p. ej. calm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is heavy: keep it veiled in lists and search, never in On this day</source>
        <translation>es difícil: mantenerla velada en listas y búsquedas, nunca en «Un día como hoy»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change an entry&apos;s title or text (--body or standard input), or mark it heavy or not; the text it replaces is kept in its history</source>
        <translation>cambiar el título o el texto de una entrada (--body o entrada estándar), o marcarla como difícil o no; el texto sustituido se conserva en su historial</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <location line="+13"/>
        <source>an id or its first 8 characters</source>
        <translation>un id o sus primeros 8 caracteres</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>a new title</source>
        <translation>un título nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new text (or pipe it in)</source>
        <translation>texto nuevo (o pásalo por una tubería)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keep it veiled</source>
        <translation>mantenerla velada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show it like any other entry</source>
        <translation>mostrarla como cualquier otra entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>move entries to the trash (the app can bring them back)</source>
        <translation>mover entradas a la papelera (la aplicación puede recuperarlas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ids or their first 8 characters</source>
        <translation>ids o sus primeros 8 caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an entry&apos;s earlier versions, newest first; --restore brings one back</source>
        <translation>versiones anteriores de una entrada, la más reciente primero; --restore recupera una</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bring this version back (the text it replaces is kept in the history too)</source>
        <translation>recuperar esta versión (el texto que sustituye también se conserva en el historial)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list entries, newest first</source>
        <translation>listar entradas, la más reciente primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show one entry</source>
        <translation>mostrar una entrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>search entries and memories (words, &quot;phrases&quot;, tag:name, after:YYYY-MM-DD …)</source>
        <translation>buscar en entradas y recuerdos (palabras, &quot;frases&quot;, tag:nombre, after:AAAA-MM-DD …)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check the journal&apos;s encryption and integrity</source>
        <translation>comprobar el cifrado y la integridad del diario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rebuild the search index if it is out of step (your entries are not touched)</source>
        <translation>reconstruir el índice de búsqueda si está desfasado (tus entradas no se tocan)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>change the passphrase (old, then new)</source>
        <translation>cambiar la frase de contraseña (la actual y luego la nueva)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>someone may know my old passphrase or recovery key: re-encrypt the journal under a new key, so old passphrases, recovery keys and key files no longer open it</source>
        <translation>alguien podría conocer mi frase anterior o mi clave de recuperación: volver a cifrar el diario con una clave nueva, para que las frases, claves de recuperación y archivos de claves antiguos ya no lo abran</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>measure this computer again for the key&apos;s strength (otherwise the passphrase gets the same cost as when the journal was set up)</source>
        <translation>volver a medir este ordenador para la fuerza de la clave (si no, la frase tiene el mismo coste que cuando se creó el diario)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>set a new passphrase with the recovery key (also when the key file is lost)</source>
        <translation>poner una frase de contraseña nueva con la clave de recuperación (también si se perdió el archivo de claves)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write an encrypted backup (default: into the journal&apos;s backups folder)</source>
        <translation>escribir una copia de seguridad cifrada (por defecto: en la carpeta de copias del diario)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a backup file to write instead</source>
        <translation>un archivo de copia donde escribir en su lugar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list the backups in the backups folder</source>
        <translation>listar las copias de la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restore an encrypted backup, keeping the current journal aside</source>
        <translation>restaurar una copia de seguridad cifrada, guardando aparte el diario actual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fill a new, empty journal with realistic sample entries, memories and sessions (tagged #sample); a journal with entries or memories is left as it is</source>
        <translation>llenar un diario nuevo y vacío con entradas, recuerdos y sesiones de ejemplo (etiquetados #sample); un diario con entradas o recuerdos se deja como está</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>today&apos;s prompt (or more), or import a therapist&apos;s prompt pack</source>
        <translation>la propuesta de hoy (o más), o importar un paquete de propuestas de tu terapeuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this theme, e.g. play</source>
        <translation>solo este tema, p. ej. play</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the deepest you want today (deep prompts come with a note first)</source>
        <translation>lo más hondo que quieras hoy (las propuestas profundas llegan con una nota antes)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import a prompt pack (TOML); importing it again replaces it</source>
        <translation>importar un paquete de propuestas (TOML); importarlo de nuevo lo reemplaza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove an imported prompt pack</source>
        <translation>quitar un paquete de propuestas importado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list the soothing exercises with their phases or steps</source>
        <translation>listar los ejercicios para calmarte con sus fases o pasos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import another journal (one transaction: all or nothing)</source>
        <translation>importar otro diario (una sola transacción: todo o nada)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>export the journal (plaintext: only where you choose)</source>
        <translation>exportar el diario (texto sin cifrar: solo donde tú elijas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>replace a file already at --out (never a folder)</source>
        <translation>reemplazar un archivo que ya esté en --out (nunca una carpeta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add or list childhood memories</source>
        <translation>añadir o listar recuerdos de la infancia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a memory</source>
        <translation>añadir un recuerdo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fuzzy time: &quot;around age 7&quot;, &quot;age 6-8&quot;, &quot;summer 1994&quot;, &quot;1990s&quot;, &quot;primary school&quot;</source>
        <translation>tiempo aproximado: «alrededor de los 7 años», «a los 6-8», «verano de 1994», «años 90», «primaria» (o en inglés)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. scared, safe (repeatable)</source>
        <translation>p. ej. scared, safe (se puede repetir)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. comfort (repeatable)</source>
        <translation>p. ej. comfort (se puede repetir)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>never shown in full unless you ask</source>
        <translation>nunca se muestra completo a menos que lo pidas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list memories in timeline order</source>
        <translation>listar recuerdos en el orden de la línea de tiempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>memories in order, with their time span and life stage</source>
        <translation>recuerdos en orden, con su intervalo de tiempo y etapa de la vida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use the journal on more than one computer through a folder you already sync (Syncthing, Dropbox, a USB stick); with no action: send and receive once</source>
        <translation>usar el diario en más de un ordenador a través de una carpeta que ya sincronizas (Syncthing, Dropbox, una memoria USB); sin acción: enviar y recibir una vez</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>apply a change from another computer that moves many entries to the trash</source>
        <translation>aplicar un cambio de otro ordenador que mueve muchas entradas a la papelera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>first computer: make the encrypted sync files in FOLDER and send the journal</source>
        <translation>primer ordenador: crear los archivos de sincronización cifrados en CARPETA y enviar el diario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>another computer: join the sync files in FOLDER; both journals are merged</source>
        <translation>otro ordenador: unirse a los archivos de sincronización de CARPETA; se juntan ambos diarios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this computer&apos;s name, as the others show it</source>
        <translation>el nombre de este ordenador, tal como lo muestran los demás</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder, the computers, what waits, and texts to look at</source>
        <translation>la carpeta, los ordenadores, lo que espera y los textos que revisar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stop syncing on this computer (the folder is left as it is)</source>
        <translation>dejar de sincronizar en este ordenador (la carpeta se deja como está)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>save a PNG of each main screen (offscreen, demo journal)</source>
        <translation>guardar un PNG de cada pantalla principal (fuera de pantalla, diario de demostración)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>both (default: NN-name.png and NN-name-dark.png), or one theme only</source>
        <translation>ambos (por defecto: NN-nombre.png y NN-nombre-dark.png), o un solo tema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the window&apos;s language (&quot;en&quot;, &quot;es&quot;, &quot;de&quot;; default: the system&apos;s), or &quot;pseudo&quot;: every text bracketed and 30%% longer, with untranslated and cut-off text listed in language-problems.txt</source>
        <translation>el idioma de la ventana (&quot;en&quot;, &quot;es&quot;, &quot;de&quot;; por defecto: el del sistema), o &quot;pseudo&quot;: cada texto entre corchetes y un 30%% más largo, con lo no traducido o cortado listado en language-problems.txt</translation>
    </message>
</context>
<context>
    <name>cli.prompt_cmds</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/prompt_cmds.py" line="+24"/>
        <source>--count can be at most {most}; one or two prompts are usually plenty.</source>
        <translation>--count puede ser como mucho {most}; una o dos propuestas suelen bastar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No imported pack has the id {id}.</source>
        <translation>Ningún paquete importado tiene el id {id}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pack is removed. Your entries that answered its prompts stay.</source>
        <translation>El paquete se ha quitado. Tus entradas que respondían a sus propuestas se quedan.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported “{name}”: %n prompts. Find them on the Prompts screen.</source>
        <translation>
            <numerusform>Importado «{name}»: %n propuesta. La encontrarás en la pantalla Propuestas.</numerusform>
            <numerusform>Importado «{name}»: %n propuestas. Las encontrarás en la pantalla Propuestas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No prompt fits those choices right now. That&apos;s okay; free writing is welcome.</source>
        <translation>Ahora mismo ninguna propuesta encaja con esa elección. Está bien; escribir libremente también es bienvenido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(A note first: {note})</source>
        <translation>(Una nota antes: {note})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(with holds: opt-in)</source>
        <translation>(con pausas de retención: solo si lo eliges)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{shape} s, {rate} breaths a minute</source>
        <translation>{shape} s, {rate} respiraciones por minuto</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.sync_cmds</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/sync_cmds.py" line="-24"/>
        <source>A change from {name} would move {deleting} of your {live} entries to the trash, so it waits for you. If that is what you meant, run &apos;innerchild sync --allow-deletes&apos; (or confirm in the app); entries in the trash can be brought back.</source>
        <translation>Un cambio de {name} movería {deleting} de tus {live} entradas a la papelera, así que espera por ti. Si es lo que querías, ejecuta &apos;innerchild sync --allow-deletes&apos; (o confírmalo en la aplicación); las entradas de la papelera se pueden recuperar.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sync passphrase (Enter: the same as this journal&apos;s): </source>
        <translation>Frase de sincronización (Intro: la misma que la de este diario): </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync folder&apos;s passphrase (Enter: the same as this journal&apos;s): </source>
        <translation>Frase de la carpeta de sincronización (Intro: la misma que la de este diario): </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This computer no longer syncs. The folder and the other computers are left as they are; your journal here is untouched.</source>
        <translation>Este ordenador ya no sincroniza. La carpeta y los demás ordenadores se quedan como están; tu diario aquí no cambia.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Syncing is set up. On your other computer: innerchild sync join FOLDER</source>
        <translation>La sincronización está lista. En tu otro ordenador: innerchild sync join CARPETA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer has joined. Both journals are merged.</source>
        <translation>Este ordenador se ha unido. Los dos diarios están juntos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synced: sent what you wrote here and brought in what changed on your other computers.</source>
        <translation>Sincronizado: se envió lo que escribiste aquí y llegó lo que cambió en tus otros ordenadores.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Synced: sent what you wrote here.</source>
        <translation>Sincronizado: se envió lo que escribiste aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced: brought in what changed on your other computers.</source>
        <translation>Sincronizado: llegó lo que cambió en tus otros ordenadores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In step: nothing new here or on your other computers.</source>
        <translation>Al día: nada nuevo aquí ni en tus otros ordenadores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some writing changed on two computers at once. Both versions are kept: the entry&apos;s History has the other one (&apos;innerchild sync status&apos; lists them).</source>
        <translation>Algún texto cambió en dos ordenadores a la vez. Se conservan las dos versiones: el Historial de la entrada tiene la otra (&apos;innerchild sync status&apos; las lista).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n files from another computer are not complete yet (your sync tool may still be copying them). They are tried again next time.</source>
        <translation>
            <numerusform>%n archivo de otro ordenador aún no está completo (puede que tu herramienta de sincronización lo esté copiando). Se intentará de nuevo la próxima vez.</numerusform>
            <numerusform>%n archivos de otro ordenador aún no están completos (puede que tu herramienta de sincronización los esté copiando). Se intentarán de nuevo la próxima vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n files in the sync folder are damaged and were not used: {names}</source>
        <translation>
            <numerusform>%n archivo de la carpeta de sincronización está dañado y no se usó: {names}</numerusform>
            <numerusform>%n archivos de la carpeta de sincronización están dañados y no se usaron: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n files in the sync folder belong to another journal&apos;s sync and were left alone.</source>
        <translation>
            <numerusform>%n archivo de la carpeta de sincronización pertenece a la sincronización de otro diario y se dejó tal cual.</numerusform>
            <numerusform>%n archivos de la carpeta de sincronización pertenecen a la sincronización de otro diario y se dejaron tal cual.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another computer uses a newer version of Inner Child. Update this one to receive its changes; nothing is lost meanwhile.</source>
        <translation>Otro ordenador usa una versión más nueva de Inner Child. Actualiza este para recibir sus cambios; mientras tanto no se pierde nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another computer</source>
        <translation>otro ordenador</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This journal is only on this computer. To use it on another one too: innerchild sync setup FOLDER (a folder Syncthing, Dropbox or a USB stick carries).</source>
        <translation>Este diario solo está en este ordenador. Para usarlo también en otro: innerchild sync setup CARPETA (una carpeta que lleven Syncthing, Dropbox o una memoria USB).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing through {folder}</source>
        <translation>Sincronizando a través de {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing through {folder} (not there now)</source>
        <translation>Sincronizando a través de {folder} (ahora no está)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} (this computer): last synced {when}</source>
        <translation>{name} (este ordenador): última sincronización {when}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{name}: last heard from {when}; %n change files to bring in</source>
        <translation>
            <numerusform>{name}: última noticia {when}; %n archivo de cambios por traer</numerusform>
            <numerusform>{name}: última noticia {when}; %n archivos de cambios por traer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: last heard from {when}</source>
        <translation>{name}: última noticia {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some of what you wrote here waits to be sent: it goes out at the next sync.</source>
        <translation>Parte de lo que escribiste aquí espera para enviarse: saldrá en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing that changed on two computers at once (both versions kept):</source>
        <translation>Textos que cambiaron en dos ordenadores a la vez (se conservan ambas versiones):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind} {id}: its {field}; History has the other version</source>
        <translation>{kind} {id}: su {field}; el Historial tiene la otra versión</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
</context>
<context>
    <name>cli.timeline_cmds</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/timeline_cmds.py" line="+35"/>
        <source>The journal is open in Inner Child right now, so the memory can&apos;t be added from here: close the app first, or add it in the app (Timeline → Add a memory).</source>
        <translation>El diario está abierto en Inner Child ahora mismo, así que el recuerdo no se puede añadir desde aquí: cierra antes la aplicación, o añádelo en ella (Línea de tiempo → Añadir un recuerdo).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kept ({id}).</source>
        <translation>Guardado ({id}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(heavy memory)</source>
        <translation>(recuerdo difícil)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>age</source>
        <translation>edad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year</source>
        <translation>año</translation>
    </message>
</context>
<context>
    <name>cli.transfer_cmds</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/transfer_cmds.py" line="+30"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported {added} entries ({present} were already here), {photos} photos, {memories} memories.</source>
        <translation>Se importaron {added} entradas ({present} ya estaban aquí), {photos} fotos y {memories} recuerdos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>skipped {where}: {reason}</source>
        <translation>omitido {where}: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>choose another name, or add --force to replace it</source>
        <translation>elige otro nombre, o añade --force para reemplazarlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported {entries} entries and {memories} memories to {path}. This file is not encrypted: keep it somewhere private.</source>
        <translation>Se exportaron {entries} entradas y {memories} recuerdos a {path}. Este archivo no está cifrado: guárdalo en un lugar privado.</translation>
    </message>
</context>
<context>
    <name>comfort.box</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/comfort/box.py" line="+38"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Voice note</source>
        <translation>Nota de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From my journal</source>
        <translation>De mi diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit this card</source>
        <translation>Editar esta tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this photo</source>
        <translation>Editar esta foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this voice note</source>
        <translation>Editar esta nota de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this from my journal</source>
        <translation>Editar este fragmento de mi diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this card</source>
        <translation>Quitar esta tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this photo</source>
        <translation>Quitar esta foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this voice note</source>
        <translation>Quitar esta nota de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this from my journal</source>
        <translation>Quitar este fragmento de mi diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed “card” from your box.</source>
        <translation>Has quitado una tarjeta de tu caja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed “photo” from your box.</source>
        <translation>Has quitado una foto de tu caja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed “voice note” from your box.</source>
        <translation>Has quitado una nota de voz de tu caja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed “from my journal” from your box.</source>
        <translation>Has quitado un fragmento de tu diario de tu caja.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While the journal is locked, only the cards you chose to see while locked show here, words only. Your photos, voice notes and passages wait inside the journal until you unlock.</source>
        <translation>Mientras el diario está bloqueado, aquí solo aparecen las tarjetas que elegiste ver así, y solo sus palabras. Tus fotos, notas de voz y fragmentos esperan dentro del diario hasta que lo desbloquees.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no words</source>
        <translation>sin palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}: {words}</source>
        <translation>{kind}: {words}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This photo is no longer in the journal.</source>
        <translation>Esta foto ya no está en el diario.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shows while locked</source>
        <translation>Se ve con el diario bloqueado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play {name}</source>
        <translation>Reproducir {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play the voice note</source>
        <translation>Escuchar la nota de voz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <location line="+11"/>
        <source>My comfort box</source>
        <translation>Mi caja de consuelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What helps you, kept encrypted in your journal. Add whatever you like; nothing here is ever shown unasked.</source>
        <translation>Lo que te ayuda, guardado y cifrado en tu diario. Añade lo que quieras; nada de esto se muestra si no lo pides.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a &amp;card</source>
        <translation>Añadir una &amp;tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;photo</source>
        <translation>Añadir una &amp;foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;voice note</source>
        <translation>Añadir una nota de &amp;voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a p&amp;assage</source>
        <translation>Añadir un f&amp;ragmento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put it back</source>
        <translation>Volver a ponerlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comfort box message</source>
        <translation>Mensaje de la caja de consuelo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the box (Esc)</source>
        <translation>Cerrar la caja (Esc)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing here yet. If you like, start with a card: a few words that help.</source>
        <translation>Todavía no hay nada. Si quieres, empieza con una tarjeta: unas palabras que te ayuden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cards were chosen to show while locked.</source>
        <translation>No hay tarjetas elegidas para verse con el diario bloqueado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+109"/>
        <source>That could not be saved.</source>
        <translation>No se ha podido guardar.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>A photo</source>
        <translation>Una foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a file…</source>
        <translation>Desde un archivo…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A voice note</source>
        <translation>Una nota de voz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a new one…</source>
        <translation>Grabar una nueva…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Keep in my box</source>
        <translation>&amp;Guardar en mi caja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep in my comfort box</source>
        <translation>Guardar en mi caja de consuelo</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This voice note is no longer in the journal.</source>
        <translation>Esta nota de voz ya no está en el diario.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a photo</source>
        <translation>Elige una foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos ({patterns})</source>
        <translation>Fotos ({patterns})</translation>
    </message>
</context>
<context>
    <name>comfort.editors</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/comfort/editors.py" line="+22"/>
        <source>Show this card while the journal is locked (only its words, kept in a small file beside the journal that is not encrypted; photos and voice notes never show while locked)</source>
        <translation>Mostrar esta tarjeta con el diario bloqueado (solo sus palabras, guardadas en un pequeño archivo junto al diario que no está cifrado; las fotos y notas de voz nunca se ven con el diario bloqueado)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without changing anything (Esc)</source>
        <translation>Cerrar sin cambiar nada (Esc)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A coping card</source>
        <translation>Una tarjeta que ayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few words</source>
        <translation>Unas palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coping card</source>
        <translation>Tarjeta que ayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card&apos;s words</source>
        <translation>Las palabras de la tarjeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few words that help, e.g. &quot;call Maya&quot; or &quot;cold water&quot;</source>
        <translation>Unas palabras que ayuden, p. ej. «llamar a Maya» o «agua fría»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show this card while locked</source>
        <translation>Mostrar esta tarjeta con el diario bloqueado</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Up to %n characters.</source>
        <translation>
            <numerusform>Hasta %n carácter.</numerusform>
            <numerusform>Hasta %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only cards can show while locked: this stays inside the journal.</source>
        <translation>Solo las tarjetas pueden verse con el diario bloqueado: esto se queda dentro del diario.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep card</source>
        <translation>&amp;Guardar tarjeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What helps, in your words</source>
        <translation>Lo que ayuda, con tus palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your words with it</source>
        <translation>Tus palabras para acompañarlo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A favourite passage</source>
        <translation>Un fragmento favorito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite passage</source>
        <translation>Fragmento favorito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The entry&apos;s words: select the passage to keep</source>
        <translation>Las palabras de la entrada: selecciona el fragmento que quieres guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the words you want to keep (with the mouse, or Shift and the arrow keys).</source>
        <translation>Selecciona las palabras que quieres guardar (con el ratón, o con Mayús y las flechas).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no entries yet to choose from.</source>
        <translation>Todavía no hay entradas para elegir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep these words</source>
        <translation>&amp;Guardar estas palabras</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+3"/>
        <source>A few words with it, if you like</source>
        <translation>Unas palabras para acompañarlo, si quieres</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A photo</source>
        <translation>Una foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a photo</source>
        <translation>Añadir una foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo already in your journal</source>
        <translation>Una foto que ya está en tu diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new photo, kept encrypted</source>
        <translation>Añadir una foto nueva, guardada y cifrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add this photo</source>
        <translation>&amp;Añadir esta foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo from your journal</source>
        <translation>Una foto de tu diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no photo in your journal yet.</source>
        <translation>Todavía no hay ninguna foto en tu diario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A voice note</source>
        <translation>Una nota de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a voice note</source>
        <translation>Añadir una nota de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A voice note already in your journal</source>
        <translation>Una nota de voz que ya está en tu diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new voice note, kept encrypted</source>
        <translation>Añadir una nota de voz nueva, guardada y cifrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add this voice note</source>
        <translation>&amp;Añadir esta nota de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A voice note from your journal</source>
        <translation>Una nota de voz de tu diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no voice note in your journal yet.</source>
        <translation>Todavía no hay ninguna nota de voz en tu diario.</translation>
    </message>
</context>
<context>
    <name>crash_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/crash_dialog.py" line="+24"/>
        <source>Something went wrong inside Inner Child. Your journal is safe; what you saved is kept.</source>
        <translation>Algo ha fallado dentro de Inner Child. Tu diario está a salvo; lo que guardaste se conserva.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>If you report it, this says where it happened and holds nothing you wrote: {place}.</source>
        <translation>Si quieres informar de ello, esto indica dónde ocurrió y no contiene nada de lo que escribiste: {place}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
</context>
<context>
    <name>domain.breath_safety</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/domain/breath_safety.py" line="+38"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} seconds</source>
        <translation>{number} segundos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each breath needs to last at least {minimum} in all (this one lasts {length}), so breathing stays slow and easy.</source>
        <translation>Cada respiración completa necesita durar al menos {minimum} (esta dura {length}), para que respirar siga siendo lento y fácil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With the holds skipped, each breath would last only {length}; it needs at least {minimum}.</source>
        <translation>Sin las pausas, cada respiración duraría solo {length}; necesita al menos {minimum}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The in-breath needs at least {minimum} (this one has {length}).</source>
        <translation>Tomar aire necesita al menos {minimum} (aquí son {length}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The top-up breath should be shorter than the first in-breath.</source>
        <translation>El sorbito de aire extra debería ser más corto que la primera inspiración.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For a calming breath, the out-breath should be at least as long as the in-breath.</source>
        <translation>Para que la respiración calme, soltar el aire debería durar al menos lo mismo que tomarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The in-breath can be at most {maximum}.</source>
        <translation>Tomar aire puede durar como mucho {maximum}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The out-breath can be at most {maximum}.</source>
        <translation>Soltar el aire puede durar como mucho {maximum}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each hold can be at most {maximum}.</source>
        <translation>Cada pausa puede durar como mucho {maximum}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{rate} breaths a minute is too quick; at most {maximum} keeps each breath {minimum} or longer.</source>
        <translation>{rate} respiraciones por minuto es demasiado rápido; con {maximum} como mucho, cada respiración dura {minimum} o más.</translation>
    </message>
</context>
<context>
    <name>domain.comfort</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/comfort.py" line="+87"/>
        <source>A card needs a few words.</source>
        <translation>Una tarjeta necesita unas palabras.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The comfort box is full: remove something first, if you like.</source>
        <translation>La caja de consuelo está llena: si quieres, quita algo primero.</translation>
    </message>
</context>
<context>
    <name>domain.drawing</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/drawing.py" line="+254"/>
        <source>This drawing was made by a newer Inner Child; it can be shown but not edited here.</source>
        <translation>Este dibujo se hizo con un Inner Child más reciente; aquí se puede ver, pero no editar.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The strokes of this drawing could not be read.</source>
        <translation>No se han podido leer los trazos de este dibujo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The drawing could not be made into a picture.</source>
        <translation>No se ha podido convertir el dibujo en una imagen.</translation>
    </message>
</context>
<context>
    <name>domain.entries</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/entries.py" line="+26"/>
        <source>Prompt answer</source>
        <translation>Respuesta a una propuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter to my younger self</source>
        <translation>Carta a mi yo más joven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter from my younger self</source>
        <translation>Carta de mi yo más joven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory reflection</source>
        <translation>Reflexión sobre un recuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A heavy entry</source>
        <translation>Una entrada difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open it when you choose</source>
        <translation>ábrela cuando tú decidas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>An entry&apos;s {field} must be text.</source>
        <translation>El campo «{field}» de una entrada tiene que ser texto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That entry is too long to save in one piece (more than {count} characters).</source>
        <translation>Esa entrada es demasiado larga para guardarla de una vez (más de {count} caracteres).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distress is a number from 0 (calm) to 10 (the most distress).</source>
        <translation>El malestar es un número del 0 (en calma) al 10 (el mayor malestar).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An entry&apos;s kind is one of: {kinds}.</source>
        <translation>El tipo de una entrada es uno de estos: {kinds}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An entry&apos;s date must be a calendar date (YYYY-MM-DD).</source>
        <translation>La fecha de una entrada tiene que ser una fecha del calendario (AAAA-MM-DD).</translation>
    </message>
</context>
<context>
    <name>domain.errors</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/errors.py" line="+31"/>
        <source>That passphrase doesn&apos;t open this journal. Take your time and try again.</source>
        <translation>Esa frase de acceso no abre este diario. Tómate tu tiempo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That recovery key doesn&apos;t open this journal. Check it letter by letter and try again.</source>
        <translation>Esa clave de recuperación no abre este diario. Revísala letra a letra y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That passphrase doesn&apos;t open this backup. It needs the passphrase the journal had when the backup was made (or the recovery key it had then).</source>
        <translation>Esa frase de acceso no abre esta copia de seguridad. Necesita la frase que tenía el diario cuando se hizo la copia (o la clave de recuperación de entonces).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That recovery key doesn&apos;t open this backup: only the recovery key the journal had when the backup was made can. Check it letter by letter and try again.</source>
        <translation>Esa clave de recuperación no abre esta copia de seguridad: solo puede abrirla la clave que tenía el diario cuando se hizo la copia. Revísala letra a letra y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Inner Child cannot write in the journal&apos;s folder {folder}: it is read-only (perhaps a locked drive, or a folder without write permission). Nothing was changed. Allow writing there, or copy the folder somewhere you can write and point --data-dir at the copy.</source>
        <translation>Inner Child no puede escribir en la carpeta del diario {folder}: es de solo lectura (quizá una unidad bloqueada o una carpeta sin permiso de escritura). No se ha cambiado nada. Permite escribir allí, o copia la carpeta a un lugar donde puedas escribir y apunta --data-dir a la copia.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This journal&apos;s folder is read-only, so Inner Child can show entries but cannot save changes.</source>
        <translation>La carpeta de este diario es de solo lectura: Inner Child puede mostrar las entradas, pero no guardar cambios.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The disk is full, so Inner Child could not write. Nothing was changed: free some space (empty the bin, move large files elsewhere), then try again.</source>
        <translation>El disco está lleno, así que Inner Child no ha podido escribir. No se ha cambiado nada: libera algo de espacio (vacía la papelera, mueve archivos grandes a otro sitio) y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>domain.exercises</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/exercises.py" line="+202"/>
        <source>Please give your pattern a name.</source>
        <translation>Ponle un nombre a tu patrón, por favor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your own pattern.</source>
        <translation>Tu propio patrón.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe along with the circle, if you like. You can stop at any time.</source>
        <translation>Si te apetece, respira con el círculo. Puedes parar cuando quieras.</translation>
    </message>
</context>
<context>
    <name>domain.feelings</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/feelings.py" line="+23"/>
        <source>lively and pleasant</source>
        <translation>animado y agradable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calm and pleasant</source>
        <translation>tranquilo y agradable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tense and unpleasant</source>
        <translation>tenso y desagradable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low and unpleasant</source>
        <translation>bajo y desagradable</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>joyful</source>
        <translation>alegría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excited</source>
        <translation>ilusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>playful</source>
        <translation>ganas de jugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proud</source>
        <translation>orgullo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hopeful</source>
        <translation>esperanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curious</source>
        <translation>curiosidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loved</source>
        <translation>amor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grateful</source>
        <translation>gratitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content</source>
        <translation>satisfacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safe</source>
        <translation>seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relieved</source>
        <translation>alivio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tender</source>
        <translation>ternura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peaceful</source>
        <translation>paz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rested</source>
        <translation>descanso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anxious</source>
        <translation>ansiedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scared</source>
        <translation>miedo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angry</source>
        <translation>enfado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frustrated</source>
        <translation>frustración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ashamed</source>
        <translation>vergüenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwhelmed</source>
        <translation>agobio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jealous</source>
        <translation>celos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nervous</source>
        <translation>nervios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sad</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lonely</source>
        <translation>soledad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tired</source>
        <translation>cansancio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numb</source>
        <translation>entumecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hurt</source>
        <translation>dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disappointed</source>
        <translation>decepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guilty</source>
        <translation>culpa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>homesick</source>
        <translation>nostalgia</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>safety</source>
        <translation>seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comfort</source>
        <translation>consuelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attention</source>
        <translation>atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play</source>
        <translation>juego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protection</source>
        <translation>protección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being believed</source>
        <translation>que me creyeran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being seen</source>
        <translation>que me vieran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belonging</source>
        <translation>pertenecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encouragement</source>
        <translation>ánimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fairness</source>
        <translation>justicia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>privacy</source>
        <translation>intimidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guidance</source>
        <translation>orientación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>affection</source>
        <translation>cariño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>independence</source>
        <translation>independencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stability</source>
        <translation>estabilidad</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A life stage needs a name.</source>
        <translation>Una etapa de la vida necesita un nombre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ages for &quot;{name}&quot; should run forwards, from 0 to 120.</source>
        <translation>Las edades de «{name}» van hacia delante, de 0 a 120.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The years for &quot;{name}&quot; should run forwards.</source>
        <translation>Los años de «{name}» van hacia delante.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;{name}&quot; needs either an age range (like 4 to 9) or a year range (like 1990 to 1995), not both.</source>
        <translation>«{name}» necesita unas edades (como de 4 a 9) o unos años (como de 1990 a 1995), no las dos cosas.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>before school</source>
        <translation>antes del colegio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>primary school</source>
        <translation>primaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teenage years</source>
        <translation>años de adolescencia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>early childhood</source>
        <translation>primera infancia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>toddler</source>
        <translation>primeros pasos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>preschool</source>
        <translation>preescolar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>middle school</source>
        <translation>secundaria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>high school</source>
        <translation>bachillerato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>adolescence</source>
        <translation>adolescencia</translation>
    </message>
</context>
<context>
    <name>domain.fuzzy_dates</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/fuzzy_dates.py" line="+340"/>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>around {year}</source>
        <translation>hacia {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{year}s</source>
        <translation>década de {year}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>around age %n</source>
        <translation>
            <numerusform>alrededor de %n año</numerusform>
            <numerusform>alrededor de los %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>age %n</source>
        <translation>
            <numerusform>con %n año</numerusform>
            <numerusform>a los %n años</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ages {first}–{last}</source>
        <translation>de {first} a {last} años</translation>
    </message>
</context>
<context>
    <name>domain.fuzzy_parse</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/fuzzy_parse.py" line="+129"/>
        <source>When was this, roughly? {hint}</source>
        <translation>¿Cuándo fue, más o menos? {hint}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>I couldn&apos;t read &quot;{text}&quot; as a time. {hint}</source>
        <translation>No he podido leer «{text}» como un momento. {hint}</translation>
    </message>
</context>
<context>
    <name>domain.fuzzy_preview</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/fuzzy_preview.py" line="+18"/>
        <source>on the Year line (a birth date in Settings, if you like, places it by age)</source>
        <translation>en la línea de los años (si quieres, una fecha de nacimiento en Ajustes lo sitúa por edad)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You could write &quot;around age 7&quot;, &quot;ages 6–8&quot;, &quot;toddler&quot;, &quot;primary school&quot;, &quot;high school&quot;, &quot;summer 1994&quot; or &quot;the 1990s&quot;. Roughly is fine.</source>
        <translation>Puedes escribir «alrededor de los 7 años», «de 6 a 8 años», «primeros pasos», «primaria», «bachillerato», «verano de 1994» o «década de 1990». Aproximado está bien.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>before you were born</source>
        <translation>antes de que nacieras</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>age %n</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ages {first}–{last}</source>
        <translation>{first}–{last} años</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>about {years}</source>
        <translation>hacia {years}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in {year}</source>
        <translation>en {year}</translation>
    </message>
</context>
<context>
    <name>domain.fuzzy_said</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/fuzzy_said.py" line="+12"/>
        <source>Try &quot;around age 7&quot;, &quot;summer 1994&quot; or &quot;1990s&quot;.</source>
        <translation>Prueba con «alrededor de los 7 años», «verano de 1994» o «década de 1990».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>spring {year}</source>
        <translation>primavera de {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summer {year}</source>
        <translation>verano de {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autumn {year}</source>
        <translation>otoño de {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>winter {year}</source>
        <translation>invierno de {year}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There&apos;s no {day}. Could it be another day, or just the month?</source>
        <translation>El {day} no existe. ¿Quizá fue otro día, o basta con el mes?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I can place years from {first} to {last}. {hint}</source>
        <translation>Puedo situar años de {first} a {last}. {hint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A month is a number from 1 to 12. {hint}</source>
        <translation>Un mes es un número del 1 al 12. {hint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A decade starts with a year ending in 0, like 1990. {hint}</source>
        <translation>Una década empieza en un año acabado en 0, como 1990. {hint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which season was it? {hint}</source>
        <translation>¿Qué estación era? {hint}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ages here go from 0 to {last}. {hint}</source>
        <translation>Aquí las edades van de 0 a {last}. {hint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An age range goes from a younger to an older age. {hint}</source>
        <translation>Un rango de edades va de la menor a la mayor. {hint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which part of life was it? {hint}</source>
        <translation>¿Qué etapa de la vida era? {hint}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This memory&apos;s time was saved in a form I can&apos;t read.</source>
        <translation>El momento de este recuerdo se guardó de una forma que no sé leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t know the life stage &quot;{name}&quot; any more.</source>
        <translation>Ya no conozco la etapa de la vida «{name}».</translation>
    </message>
</context>
<context>
    <name>domain.insights</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/insights.py" line="+24"/>
        <source>A breathing pattern of your own</source>
        <translation>Un patrón de respiración propio</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>often much calmer after</source>
        <translation>a menudo mucho más en calma después</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usually a little calmer after</source>
        <translation>normalmente un poco más en calma después</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about the same</source>
        <translation>más o menos igual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usually a little harder after</source>
        <translation>normalmente un poco más difícil después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>often much harder after</source>
        <translation>a menudo mucho más difícil después</translation>
    </message>
</context>
<context>
    <name>domain.letters</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/domain/letters.py" line="+42"/>
        <source>%n letters</source>
        <translation>
            <numerusform>%n carta</numerusform>
            <numerusform>%n cartas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.looking_back</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/looking_back.py" line="+42"/>
        <source>written, no feeling named</source>
        <translation>escrito, sin nombrar un sentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a heavy day, veiled: press Enter or click to see its colour</source>
        <translation>un día difícil, velado: pulsa Intro o haz clic para ver su color</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{day}: {feelings}</source>
        <translation>{day}: {feelings}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>{feelings} and more</source>
        <translation>{feelings} y más</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{feelings} and {last}</source>
        <translation>{feelings} y {last}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a heavy day: {feelings}</source>
        <translation>un día difícil: {feelings}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{weekday}, the {ordinal} of {month}</source>
        <translation>{weekday}, {ordinal} de {month}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>From a letter to my younger self</source>
        <translation>De una carta a mi yo más joven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From a letter from my younger self</source>
        <translation>De una carta de mi yo más joven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a kind word to myself</source>
        <translation>De unas palabras amables para mí</translation>
    </message>
</context>
<context>
    <name>domain.memories</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/memories.py" line="+60"/>
        <source>sometime</source>
        <translation>en algún momento</translation>
    </message>
</context>
<context>
    <name>domain.pacer</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/pacer.py" line="+32"/>
        <source>Breathe in</source>
        <translation>Toma aire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little more in</source>
        <translation>Un poco más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold gently</source>
        <translation>Retén con suavidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Suelta el aire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
</context>
<context>
    <name>domain.passphrase</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/passphrase.py" line="+29"/>
        <source>Very easy to guess</source>
        <translation>Muy fácil de adivinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy to guess</source>
        <translation>Fácil de adivinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could be guessed</source>
        <translation>Se podría adivinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>This is one of the most used passwords, so it would be among the first tried.</source>
        <translation>Es una de las contraseñas más usadas, así que estaría entre las primeras en probarse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a very common password, so it would be tried early.</source>
        <translation>Es una contraseña muy común, así que se probaría pronto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is close to a password many people use.</source>
        <translation>Se parece a una contraseña que usa mucha gente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A single word on its own is easy to guess.</source>
        <translation>Una sola palabra es fácil de adivinar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name on its own is easy to guess.</source>
        <translation>Un nombre solo es fácil de adivinar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Common names are easy to guess.</source>
        <translation>Los nombres comunes son fáciles de adivinar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys next to each other, like qwerty, are easy to guess.</source>
        <translation>Las teclas seguidas, como qwerty, son fáciles de adivinar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short patterns on the keyboard are easy to guess.</source>
        <translation>Los patrones cortos del teclado son fáciles de adivinar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same letter over and over is easy to guess.</source>
        <translation>La misma letra una y otra vez es fácil de adivinar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saying the same part twice adds very little.</source>
        <translation>Repetir la misma parte añade muy poco.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs like abc or 6543 are easy to guess.</source>
        <translation>Las series como abc o 6543 son fáciles de adivinar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent years are easy to guess.</source>
        <translation>Los años recientes son fáciles de adivinar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates are easy to guess, above all ones that mean something to you.</source>
        <translation>Las fechas son fáciles de adivinar, sobre todo las que significan algo para ti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding a word or two helps most; unusual words are best.</source>
        <translation>Lo que más ayuda es añadir una o dos palabras; mejor si son poco comunes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A few unrelated words work well; well-known phrases do not.</source>
        <translation>Unas cuantas palabras sin relación funcionan bien; las frases conocidas, no.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no need for symbols, digits or capitals.</source>
        <translation>No hacen falta símbolos, números ni mayúsculas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words are easier to remember than keyboard patterns, and harder to guess.</source>
        <translation>Las palabras se recuerdan mejor que los patrones del teclado, y son más difíciles de adivinar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try not to repeat words or letters.</source>
        <translation>Intenta no repetir palabras ni letras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try not to use runs of letters or numbers.</source>
        <translation>Intenta no usar series de letras o números.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Leave out years, above all ones that have to do with you.</source>
        <translation>Deja fuera los años, sobre todo los que tienen que ver contigo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A capital letter adds very little.</source>
        <translation>Una mayúscula añade muy poco.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All capitals is hardly harder to guess than all small letters.</source>
        <translation>Todo en mayúsculas apenas es más difícil de adivinar que todo en minúsculas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A word spelled backwards is hardly harder to guess.</source>
        <translation>Una palabra escrita al revés apenas es más difícil de adivinar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Swapping letters for look-alikes, like @ for a, adds very little.</source>
        <translation>Cambiar letras por otras parecidas, como @ por a, añade muy poco.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{strength}. Make sure it is one you will remember.</source>
        <translation>{strength}. Asegúrate de que la vas a recordar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{strength}. {why}</source>
        <translation>{strength}. {why}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A few more unrelated words would help.</source>
        <translation>Ayudarían unas cuantas palabras más sin relación entre sí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose something long that only you would think of.</source>
        <translation>Elige algo largo que solo se te ocurriría a ti.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Please choose a passphrase of at least {count} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Elige una frase de acceso de al menos {count} caracteres. Unas cuantas palabras sin relación son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That passphrase would be too easy to guess, so nothing was changed: a few unrelated words are much stronger and still easy to remember.</source>
        <translation>Esa frase de acceso sería demasiado fácil de adivinar, así que no se ha cambiado nada: unas cuantas palabras sin relación son mucho más fuertes y siguen siendo fáciles de recordar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That passphrase would be too easy to guess ({why}), so nothing was changed: a few unrelated words are much stronger and still easy to remember.</source>
        <translation>Esa frase de acceso sería demasiado fácil de adivinar ({why}), así que no se ha cambiado nada: unas cuantas palabras sin relación son mucho más fuertes y siguen siendo fáciles de recordar.</translation>
    </message>
</context>
<context>
    <name>domain.prompt_browse</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/prompt_browse.py" line="+21"/>
        <source>This one reaches deeper. Read it only if you feel ready.</source>
        <translation>Esta llega más hondo. Léela solo si te sientes preparada o preparado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chose this one.</source>
        <translation>Elegiste esta.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A note before this one: {note}</source>
        <translation>Un aviso antes de esta: {note}</translation>
    </message>
</context>
<context>
    <name>domain.prompt_selection</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/prompt_selection.py" line="+55"/>
        <source>A gentle one, because today felt heavy.</source>
        <translation>Una propuesta suave, porque hoy ha sido un día difícil.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>About a memory you saved from {when}.</source>
        <translation>Sobre un recuerdo que guardaste de {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About one of the memories you saved.</source>
        <translation>Sobre uno de los recuerdos que guardaste.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>You&apos;ve met every prompt that fits your settings lately, so here is the one from longest ago.</source>
        <translation>Últimamente ya has visto todas las propuestas que encajan con tus ajustes, así que aquí tienes la que viste hace más tiempo.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>One of your favourites, back again.</source>
        <translation>Una de tus favoritas, de vuelta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the prompts you wrote yourself.</source>
        <translation>Una de las propuestas que escribiste tú.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From a theme you haven&apos;t visited yet: {theme}.</source>
        <translation>De un tema que aún no has visitado: {theme}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From a theme you haven&apos;t visited in a while: {theme}.</source>
        <translation>De un tema que hace tiempo que no visitas: {theme}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {theme}, so that every theme gets its turn.</source>
        <translation>De {theme}, para que cada tema tenga su turno.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A follow-up to something you answered earlier today.</source>
        <translation>Una continuación de algo que respondiste hoy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A follow-up to something you answered yesterday.</source>
        <translation>Una continuación de algo que respondiste ayer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} {month}</source>
        <translation>{day} de {month}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A follow-up to something you answered on {date}.</source>
        <translation>Una continuación de algo que respondiste el {date}.</translation>
    </message>
</context>
<context>
    <name>domain.reminders</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/reminders.py" line="+23"/>
        <source>A few minutes for little me?</source>
        <translation>¿Unos minutos para mi yo pequeño?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle moment for yourself, if you like.</source>
        <translation>Un momento tranquilo para ti, si te apetece.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mondays</source>
        <translation>los lunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesdays</source>
        <translation>los martes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesdays</source>
        <translation>los miércoles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursdays</source>
        <translation>los jueves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fridays</source>
        <translation>los viernes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturdays</source>
        <translation>los sábados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sundays</source>
        <translation>los domingos</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on weekdays</source>
        <translation>entre semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at weekends</source>
        <translation>los fines de semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on no day yet</source>
        <translation>ningún día todavía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{days} and {last}</source>
        <translation>{days} y {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on {days}</source>
        <translation>{days}</translation>
    </message>
</context>
<context>
    <name>domain.safety_plan</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/safety_plan.py" line="+21"/>
        <source>Signs that a hard time may be starting</source>
        <translation>Señales de que puede empezar un momento difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thoughts, feelings, situations you notice first.</source>
        <translation>Pensamientos, sentimientos, situaciones que notas primero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Things I can do on my own to feel a little safer</source>
        <translation>Cosas que puedo hacer por mi cuenta para sentirme algo más a salvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small, doable things: a warm drink, a walk, music, a breathing exercise.</source>
        <translation>Cosas pequeñas y posibles: una bebida caliente, un paseo, música, un ejercicio de respiración.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People and places that help me feel less alone</source>
        <translation>Personas y lugares que me hacen sentir menos soledad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A café, a friend&apos;s kitchen, a park bench, an online group.</source>
        <translation>Una cafetería, la cocina de una amistad, un banco del parque, un grupo en línea.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People I can ask for help</source>
        <translation>Personas a las que puedo pedir ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and numbers.</source>
        <translation>Nombres y números.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Professionals I can contact</source>
        <translation>Profesionales con quienes puedo contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therapist, doctor, group leader, with their numbers and hours.</source>
        <translation>Terapeuta, personal médico, responsable de grupo, con sus números y horarios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making where I am safer</source>
        <translation>Hacer más seguro el lugar donde estoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I can put away or ask someone to keep.</source>
        <translation>Lo que puedo guardar lejos o pedir a alguien que guarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My reasons to stay safe</source>
        <translation>Mis razones para cuidarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People, animals, hopes, small things I love.</source>
        <translation>Personas, animales, esperanzas, cosas pequeñas que quiero.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers change and differ by country. Please check them for where you are.</source>
        <translation>Los números cambian y varían según el país. Compruébalos para el lugar donde estés.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
</context>
<context>
    <name>domain.search</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/search.py" line="+32"/>
        <source>Nothing found for “{query}”. You might try fewer or shorter words.</source>
        <translation>No se ha encontrado nada para «{query}». Quizá puedas probar con menos palabras o más cortas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{entries} and {memories}</source>
        <translation>{entries} y {memories}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+4"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <location line="+5"/>
        <source>%n memories</source>
        <translation>
            <numerusform>%n recuerdo</numerusform>
            <numerusform>%n recuerdos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n closest: {found}</source>
        <translation>
            <numerusform>Los %n más cercanos: {found}</numerusform>
            <numerusform>Los %n más cercanos: {found}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.sync_merge</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/sync_merge.py" line="+212"/>
        <source>Two different changes arrived under the same id; neither was applied. The sync folder may hold a damaged or foreign file.</source>
        <translation>Han llegado dos cambios distintos con el mismo id; no se ha aplicado ninguno. Puede que la carpeta de sincronización tenga un archivo dañado o ajeno.</translation>
    </message>
</context>
<context>
    <name>drawing.canvas</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/drawing/canvas.py" line="+58"/>
        <source>Drawing paper</source>
        <translation>Papel de dibujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw with a mouse, a finger or a pen. Tools are above and below the paper.</source>
        <translation>Dibuja con el ratón, un dedo o un lápiz. Las herramientas están encima y debajo del papel.</translation>
    </message>
</context>
<context>
    <name>drawing.dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/drawing/dialog.py" line="+35"/>
        <source>Pencil</source>
        <translation>Lápiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crayon</source>
        <translation>Cera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marker</source>
        <translation>Rotulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser</source>
        <translation>Goma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charcoal</source>
        <translation>Carbón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sky</source>
        <translation>Cielo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moss</source>
        <translation>Musgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Sol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clay</source>
        <translation>Arcilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berry</source>
        <translation>Mora</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+1"/>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draw whatever comes, if you like. Nothing here needs to be good. Esc closes and keeps what you drew.</source>
        <translation>Dibuja lo que salga, si quieres. Nada aquí tiene que quedar bien. Esc cierra y guarda lo que dibujaste.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Any colour…</source>
        <translation>Otro color…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&apos;m using my &amp;other hand</source>
        <translation>Uso mi &amp;otra mano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;m using my other hand: larger, forgiving lines</source>
        <translation>Uso mi otra mano: trazos más grandes y amables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger, smoother lines for a hand that is not used to it (Alt+O)</source>
        <translation>Trazos más grandes y suaves para una mano que no está acostumbrada (Alt+O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last stroke ({shortcut})</source>
        <translation>Deshacer el último trazo ({shortcut})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo ({shortcut})</source>
        <translation>Rehacer ({shortcut})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again on clean paper ({shortcut}); undo brings it back</source>
        <translation>Empezar de nuevo en papel limpio ({shortcut}); deshacer lo recupera</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Don&apos;t keep</source>
        <translation>No guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close and let this drawing go</source>
        <translation>Cerrar y dejar ir este dibujo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep drawing</source>
        <translation>Guardar el dibujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the drawing in the entry ({shortcut})</source>
        <translation>Poner el dibujo en la entrada ({shortcut})</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Any colour</source>
        <translation>Otro color</translation>
    </message>
</context>
<context>
    <name>drawing.two_hands</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/drawing/two_hands.py" line="+14"/>
        <source>What would you like to ask the little one? (your usual hand)</source>
        <translation>¿Qué te gustaría preguntarle a tu yo pequeño? (con tu mano habitual)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>**Me, now:** {question}</source>
        <translation>**Yo, ahora:** {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**Me, now:**</source>
        <translation>**Yo, ahora:**</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**The little one, with my other hand:**</source>
        <translation>**Mi yo pequeño, con mi otra mano:**</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Draw and write with your other hand</source>
        <translation>Dibuja y escribe con tu otra mano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you like: ask with your usual hand, then let the little one answer on the paper with your other hand: a drawing, or big, wobbly letters. Esc closes and keeps it.</source>
        <translation>Si quieres: pregunta con tu mano habitual y deja que tu yo pequeño conteste en el papel con tu otra mano: un dibujo, o letras grandes y temblorosas. Esc cierra y lo guarda.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your question, written with your usual hand</source>
        <translation>Tu pregunta, escrita con tu mano habitual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The little one answers (your other hand):</source>
        <translation>Tu yo pequeño contesta (con tu otra mano):</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/failures.py" line="+15"/>
        <source>Something went wrong inside Inner Child ({kind}). Your journal was not changed.</source>
        <translation>Algo ha fallado dentro de Inner Child ({kind}). Tu diario no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/first_run.py" line="+35"/>
        <source>Gentle only (a good place to start)</source>
        <translation>Solo suaves (un buen punto de partida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to reflective</source>
        <translation>Hasta reflexivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep too (with a note first)</source>
        <translation>También profundas (con un aviso antes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is here</source>
        <translation>Qué hay aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it gets too much</source>
        <translation>Cuando todo es demasiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few choices, if you like</source>
        <translation>Algunas elecciones, si quieres</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Welcome to your journal</source>
        <translation>Te damos la bienvenida a tu diario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where you are in the welcome</source>
        <translation>Dónde estás en la bienvenida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous screen</source>
        <translation>La pantalla anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to your journal now (Esc). Anything you chose here is kept.</source>
        <translation>Ve a tu diario ahora (Esc). Lo que hayas elegido aquí se guarda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+192"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>The next screen</source>
        <translation>La pantalla siguiente</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Inner Child is a private place to write to, and about, the child you were. Use as much or as little of it as you like:</source>
        <translation>Inner Child es un lugar privado para escribirle a la niña o al niño que fuiste, y sobre ella o él. Usa tanto o tan poco como quieras:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>•  A journal, with letters to and from your younger self.
•  A timeline of memories, placed by age or year, as roughly as you like.
•  Prompts, if you would like a question to start from.
•  Soothing exercises: breathing, grounding and your safety plan.</source>
        <translation>•  Un diario, con cartas a tu yo más joven y de tu yo más joven.
•  Una línea de tiempo de recuerdos, por edad o año, tan aproximada como quieras.
•  Propuestas, si te apetece empezar desde una.
•  Ejercicios para calmarte: respiración, anclaje y tu plan de seguridad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inner Child is not therapy, and it is not a crisis service. If you are in danger, please call your local emergency number or a crisis line.</source>
        <translation>Inner Child no es terapia ni un servicio de crisis. Si estás en peligro, llama al número de emergencias de tu zona o a una línea de crisis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It works offline. Nothing you write leaves this computer: your journal is encrypted here, and the app never connects to the internet.</source>
        <translation>Funciona sin conexión. Nada de lo que escribes sale de este ordenador: tu diario se cifra aquí y la aplicación nunca se conecta a internet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“I feel overwhelmed” is in the sidebar, and Ctrl+Shift+B opens it from anywhere in the app. It is on the lock screen too, so you never need your passphrase to reach it.</source>
        <translation>«Todo me desborda» está en la barra lateral, y Ctrl+Shift+B lo abre desde cualquier parte de la aplicación. También está en la pantalla de bloqueo, así que nunca necesitas tu frase de contraseña para llegar a él.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“I feel far away” is in the sidebar as well, and Ctrl+Shift+G opens it.</source>
        <translation>«Me siento lejos» también está en la barra lateral, y Ctrl+Shift+G lo abre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every exercise is optional. You can stop any of them at any moment with Esc; nothing is counted or expected of you.</source>
        <translation>Cada ejercicio es opcional. Puedes detener cualquiera en cualquier momento con Esc; nada se cuenta ni se espera de ti.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open my safety plan…</source>
        <translation>Abrir mi plan de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your safety plan now; you can also do it any time later (Ctrl+Shift+S)</source>
        <translation>Escribe tu plan de seguridad ahora; también puedes hacerlo más adelante, cuando quieras (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your country, for crisis lines</source>
        <translation>Tu país, para las líneas de crisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not chosen yet</source>
        <translation>Aún sin elegir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deepest prompts to offer</source>
        <translation>Propuestas más profundas que ofrecer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show “On this day”: entries from this day in earlier years</source>
        <translation>Mostrar «Un día como hoy»: entradas de este día en años anteriores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show On this day</source>
        <translation>Mostrar Un día como hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries you marked heavy never show there</source>
        <translation>Las entradas que marcaste como difíciles nunca aparecen ahí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crisis lines for</source>
        <translation>Líneas de crisis de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt depth</source>
        <translation>Profundidad de las propuestas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A safety plan is a short list for hard moments: signs to notice, what helps, who to reach. You can write it now or any time later.</source>
        <translation>Un plan de seguridad es una lista breve para los momentos difíciles: señales a las que prestar atención, qué te ayuda, a quién acudir. Puedes escribirlo ahora o más adelante, cuando quieras.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choices are kept inside your encrypted journal as you make them (the country is kept beside it, so crisis lines show while it is locked). Settings and Prompts can change them later.</source>
        <translation>Tus elecciones se guardan en tu diario cifrado en cuanto las haces (el país se guarda a su lado, para que las líneas de crisis se vean con el diario bloqueado). Puedes cambiarlas luego en Ajustes y Propuestas.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Welcome · {step} of {total}</source>
        <translation>Te damos la bienvenida · {step} de {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to my &amp;journal</source>
        <translation>Ir a mi &amp;diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to my journal</source>
        <translation>Ir a mi diario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The country could not be remembered just now; the safety plan will ask again.</source>
        <translation>No se pudo guardar el país ahora mismo; el plan de seguridad te lo volverá a preguntar.</translation>
    </message>
</context>
<context>
    <name>heavy</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/heavy.py" line="+26"/>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it now</source>
        <translation>Abrirlo ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathe first</source>
        <translation>Respirar primero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it veiled and start a breathing exercise</source>
        <translation>Mantenerlo velado y empezar un ejercicio de respiración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it veiled</source>
        <translation>Mantenerlo velado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A heavy memory</source>
        <translation>Un recuerdo difícil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This memory is marked heavy.</source>
        <translation>Este recuerdo está marcado como difícil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would you like to open it now, breathe first, or leave it for another time?</source>
        <translation>¿Quieres abrirlo ahora, respirar primero o dejarlo para otro momento?</translation>
    </message>
</context>
<context>
    <name>journal.calendar</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/calendar.py" line="+21"/>
        <source>Choose a day to see what you wrote then. Days with entries are marked.</source>
        <translation>Elige un día para ver lo que escribiste entonces. Los días con entradas están marcados.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Calendar of entries</source>
        <translation>Calendario de entradas</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>About the chosen day</source>
        <translation>Sobre el día elegido</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No entries on {day}.</source>
        <translation>No hay entradas el {day}.</translation>
    </message>
</context>
<context>
    <name>journal.dates</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/dates.py" line="+24"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd dd</source>
        <translation>ddd dd</translation>
    </message>
</context>
<context>
    <name>journal.delegates</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/delegates.py" line="+32"/>
        <source>A heavy memory</source>
        <translation>Un recuerdo difícil</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sometime</source>
        <translation>en algún momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when} · memory</source>
        <translation>{when} · recuerdo</translation>
    </message>
</context>
<context>
    <name>journal.details</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/details.py" line="+37"/>
        <source>How heavy does today feel?</source>
        <translation>¿Cuánto te pesa el día de hoy?</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+39"/>
        <location line="+111"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Kind, date, feeling, how heavy today feels, and tags ({shortcut})</source>
        <translation>Tipo, fecha, sentimiento, cuánto pesa el día y etiquetas ({shortcut})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind of entry</source>
        <translation>Tipo de entrada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entry date</source>
        <translation>Fecha de la entrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of 10</source>
        <translation> de 10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 is light, 10 is very heavy. Only if you like.</source>
        <translation>0 es ligero, 10 es muy pesado. Solo si quieres.</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>%n tags</source>
        <translation>
            <numerusform>%n etiqueta</numerusform>
            <numerusform>%n etiquetas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journal.draw_invitation</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/draw_invitation.py" line="+24"/>
        <source>If you like, you can draw your answer.</source>
        <translation>Si te apetece, puedes dibujar tu respuesta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw…</source>
        <translation>Dibujar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw your answer</source>
        <translation>Dibuja tu respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the drawing canvas ({shortcut}); the drawing is kept in this entry</source>
        <translation>Abre el lienzo de dibujo ({shortcut}); el dibujo se guarda en esta entrada</translation>
    </message>
</context>
<context>
    <name>journal.drawings</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/drawings.py" line="+26"/>
        <source>Draw and write with your other hand</source>
        <translation>Dibuja y escribe con tu otra mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the cursor on a drawing&apos;s line to edit it, or choose Draw… for a new one.</source>
        <translation>Pon el cursor en la línea de un dibujo para editarlo, o elige Dibujar… para hacer uno nuevo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draw…</source>
        <translation>Dibujar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw a picture</source>
        <translation>Hacer un dibujo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit drawing…</source>
        <translation>Editar dibujo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit this drawing</source>
        <translation>Editar este dibujo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two hands…</source>
        <translation>Dos manos…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drawing</source>
        <translation>Dibujo</translation>
    </message>
</context>
<context>
    <name>journal.editor</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/editor.py" line="+64"/>
        <source>Marked heavy: veiled in lists and search, never in On this day.</source>
        <translation>Marcada como difícil: velada en las listas y la búsqueda, nunca en «Un día como hoy».</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Prompt</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter thread</source>
        <translation>Hilo de cartas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not saved yet…</source>
        <translation>Aún sin guardar…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Prompt: {prompt}</source>
        <translation>Propuesta: {prompt}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New entry: it saves itself as you write</source>
        <translation>Entrada nueva: se guarda sola mientras escribes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved · marked heavy, kept veiled</source>
        <translation>Guardada · marcada como difícil, velada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
</context>
<context>
    <name>journal.editor_toolbar</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/editor_toolbar.py" line="+25"/>
        <source>This is heavy — keep it veiled</source>
        <translation>Esto es difícil: mantenerlo velado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sans-serif</source>
        <translation>Sin serifa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serif</source>
        <translation>Con serifa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monospace</source>
        <translation>Monoespaciada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Narrow</source>
        <translation>Estrecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comfortable</source>
        <translation>Cómoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wide</source>
        <translation>Ancha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full width</source>
        <translation>Todo el ancho</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+ New</source>
        <translation>+ Nueva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New entry</source>
        <translation>Entrada nueva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heavy</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focus: only the writing</source>
        <translation>Enfoque: solo la escritura</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>B</source>
        <comment>the Bold button: its first letter</comment>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I</source>
        <comment>the Italic button: its first letter</comment>
        <translation>K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heading (again: smaller)</source>
        <translation>Encabezado (otra vez: más pequeño)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Checklist</source>
        <translation>Casillas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick or untick</source>
        <translation>Marcar o desmarcar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+102"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Photo…</source>
        <translation>Foto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voice note…</source>
        <translation>Nota de voz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a voice note</source>
        <translation>Grabar una nota de voz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide details</source>
        <translation>Mostrar u ocultar los detalles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a reply from my younger self</source>
        <translation>Escribir una respuesta de mi yo más joven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory…</source>
        <translation>Recuerdo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make this a memory</source>
        <translation>Convertir esto en un recuerdo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier versions of this entry</source>
        <translation>Versiones anteriores de esta entrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing font</source>
        <translation>Tipo de letra</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line length</source>
        <translation>Ancho de línea</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{width} (about {chars} characters)</source>
        <translation>{width} (unos {chars} caracteres)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check spelling</source>
        <translation>Revisar la ortografía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Underline words that may be misspelled</source>
        <translation>Subrayar las palabras que quizá estén mal escritas</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More: photos, drawing, details, reply, history, trash…</source>
        <translation>Más: fotos, dibujo, detalles, respuesta, historial, papelera…</translation>
    </message>
</context>
<context>
    <name>journal.entry_actions</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/entry_actions.py" line="+22"/>
        <source>In reply to {letter}</source>
        <translation>En respuesta a {letter}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reply: {letter}</source>
        <translation>Respuesta: {letter}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write a few words first; then this entry can become a memory.</source>
        <translation>Escribe primero unas palabras; luego esta entrada podrá convertirse en un recuerdo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reply to: {title}</source>
        <translation>Respuesta a: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dear grown-up me,

</source>
        <translation>Querido yo adulto:

</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Earlier versions are kept once this entry has some words</source>
        <translation>Las versiones anteriores se guardan en cuanto esta entrada tenga algunas palabras</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored · the text it replaced is kept in History</source>
        <translation>Restaurada · el texto que sustituyó se guarda en el historial</translation>
    </message>
</context>
<context>
    <name>journal.history_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/history_dialog.py" line="+33"/>
        <source>Earlier versions of this entry, kept as you write. Choose one to read it. If you like, you can bring it back: the text you have now stays in this history too.</source>
        <translation>Versiones anteriores de esta entrada, guardadas mientras escribes. Elige una para leerla. Si quieres, puedes recuperarla: el texto que tienes ahora también se queda en este historial.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No earlier versions yet. They are kept as you write, so you can look back whenever you like.</source>
        <translation>Aún no hay versiones anteriores. Se guardan mientras escribes, para que puedas mirar atrás cuando quieras.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of this entry</source>
        <translation>Historial de esta entrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{when} · on {computer}</source>
        <translation>{when} · en {computer}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {when}: {line}</source>
        <translation>Guardada {when}: {line}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title of this version</source>
        <translation>Título de esta versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version, read-only</source>
        <translation>Esta versión, solo lectura</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring this version back; the text you have now is kept in the history</source>
        <translation>Recupera esta versión; el texto que tienes ahora se guarda en el historial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History message</source>
        <translation>Mensaje del historial</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the history</source>
        <translation>Cerrar el historial</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Title: {title}</source>
        <translation>Título: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No title</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>journal.letters</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/letters.py" line="+25"/>
        <source>To my younger self</source>
        <translation>A mi yo más joven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From my younger self</source>
        <translation>De mi yo más joven</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter threads</source>
        <translation>Hilos de cartas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write a letter to my younger self</source>
        <translation>Escribir una carta a mi yo más joven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new letter to the child you were</source>
        <translation>Empezar una carta nueva a la niña o al niño que fuiste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No letters yet. If you like, you can write one to the child you were, and later let them write back.</source>
        <translation>Aún no hay cartas. Si quieres, puedes escribir una a la niña o al niño que fuiste, y más adelante dejar que te responda.</translation>
    </message>
</context>
<context>
    <name>journal.markdown_edit</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/markdown_edit.py" line="+44"/>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write in Markdown. Ctrl+B bold, Ctrl+I italic.</source>
        <translation>Escribe en Markdown. Ctrl+B negrita, Ctrl+I cursiva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whatever you&apos;d like to write. There is no wrong way.</source>
        <translation>Lo que te apetezca escribir. No hay una forma equivocada.</translation>
    </message>
</context>
<context>
    <name>journal.mood_picker</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/mood_picker.py" line="+29"/>
        <source>Feeling</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are you feeling? (optional)</source>
        <translation>¿Cómo te sientes? (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No feeling chosen</source>
        <translation>Ningún sentimiento elegido</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Feeling: {feeling}</source>
        <translation>Sentimiento: {feeling}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feeling…</source>
        <translation>Sentimiento…</translation>
    </message>
</context>
<context>
    <name>journal.page</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/page.py" line="+63"/>
        <location line="+110"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Search (words, &quot;phrases&quot;, tag:name, after:2024-01-01)</source>
        <translation>Buscar (palabras, &quot;frases&quot;, tag:nombre, after:2024-01-01)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All entries</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all entries</source>
        <translation>Mostrar todas las entradas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show calendar</source>
        <translation>Mostrar el calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show trash</source>
        <translation>Mostrar la papelera</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show letters to and from my younger self</source>
        <translation>Mostrar las cartas a mi yo más joven y de mi yo más joven</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entries from this day in earlier years (never ones you marked heavy)</source>
        <translation>Entradas de este día en años anteriores (nunca las que marcaste como difíciles)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entries on the chosen day</source>
        <translation>Entradas del día elegido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tags…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename or merge tags</source>
        <translation>Renombrar o unir etiquetas</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Dear little me,

</source>
        <translation>Querido yo pequeño:

</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>On this day: %n entries from earlier years</source>
        <translation>
            <numerusform>Un día como hoy: %n entrada de años anteriores</numerusform>
            <numerusform>Un día como hoy: %n entradas de años anteriores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journal.photo_veil</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/photo_veil.py" line="+26"/>
        <source>Blurred photos: choose one, or Tab to it and press Enter, to look.</source>
        <translation>Fotos difuminadas: elige una, o llega a ella con Tab y pulsa Intro, para verla.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A blurred photo: choose it to look</source>
        <translation>Una foto difuminada: elígela para verla</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This photo</source>
        <translation>Esta foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blur it again</source>
        <translation>Volver a difuminarla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Always show this photo</source>
        <translation>Mostrar siempre esta foto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blur this photo until I choose to look</source>
        <translation>Difuminar esta foto hasta que yo decida verla</translation>
    </message>
</context>
<context>
    <name>journal.photos</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/photos.py" line="+23"/>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos ({patterns})</source>
        <translation>Fotos ({patterns})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Couldn&apos;t read {name}.</source>
        <translation>No se pudo leer {name}.</translation>
    </message>
</context>
<context>
    <name>journal.preview</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/preview.py" line="+62"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Open this link?</source>
        <translation>¿Abrir este enlace?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This will open your web browser at:

{address}</source>
        <translation>Se abrirá tu navegador web en:

{address}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inner Child itself never goes online.</source>
        <translation>Inner Child nunca se conecta a internet por sí mismo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the link</source>
        <translation>Abrir el enlace</translation>
    </message>
</context>
<context>
    <name>journal.spell_highlight</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/spell_highlight.py" line="+257"/>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to my dictionary</source>
        <translation>Añadir a mi diccionario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept inside your encrypted journal</source>
        <translation>Se guarda dentro de tu diario cifrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore in this entry</source>
        <translation>Ignorar en esta entrada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spelling language of this entry</source>
        <translation>Idioma de la ortografía de esta entrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As the journal ({language})</source>
        <translation>Como el diario ({language})</translation>
    </message>
</context>
<context>
    <name>journal.tag_edit</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/tag_edit.py" line="+15"/>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>journal.tags_dialog</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/journal/tags_dialog.py" line="+48"/>
        <source>#{tag}  (%n entries)</source>
        <translation>
            <numerusform>#{tag}  (%n entrada)</numerusform>
            <numerusform>#{tag}  (%n entradas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename or merge…</source>
        <translation>Renombrar o unir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected tag a new name; using an existing name merges the two</source>
        <translation>Dale un nombre nuevo a la etiqueta elegida; si usas un nombre que ya existe, se unen las dos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renaming a tag changes it on every entry and memory. Choosing a name that already exists merges the two tags.</source>
        <translation>Renombrar una etiqueta la cambia en todas las entradas y recuerdos. Si eliges un nombre que ya existe, las dos etiquetas se unen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Merge tags?</source>
        <translation>¿Unir las etiquetas?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#{target} already exists. Merge #{tag} into it?</source>
        <translation>#{target} ya existe. ¿Unir #{tag} con ella?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge them</source>
        <translation>Unirlas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename tag</source>
        <translation>Renombrar etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New name for #{tag}:</source>
        <translation>Nuevo nombre para #{tag}:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merged into #{tag}.</source>
        <translation>Unida con #{tag}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renamed to #{tag}.</source>
        <translation>Renombrada como #{tag}.</translation>
    </message>
</context>
<context>
    <name>journal.trash</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/trash.py" line="+47"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the entry out of the trash</source>
        <translation>Sacar la entrada de la papelera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty the trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the entries in the trash go for good (asks first)</source>
        <translation>Dejar ir para siempre las entradas de la papelera (pregunta antes)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the entry back from the trash</source>
        <translation>Recuperar la entrada de la papelera</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Moved to the trash.</source>
        <translation>Movida a la papelera.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Empty the trash?</source>
        <translation>¿Vaciar la papelera?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The %n entries in the trash will be gone for good, even from the history.</source>
        <translation>
            <numerusform>La entrada de la papelera desaparecerá para siempre, también del historial.</numerusform>
            <numerusform>Las %n entradas de la papelera desaparecerán para siempre, también del historial.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Until then, anything in the trash can still be brought back.</source>
        <translation>Hasta entonces, todo lo que está en la papelera se puede recuperar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
</context>
<context>
    <name>journal.two_computers</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/two_computers.py" line="+16"/>
        <source>This entry was changed on two computers at once. Both versions are kept: this one is the later, the other is in its History.</source>
        <translation>Esta entrada se cambió en dos ordenadores a la vez. Se guardan las dos versiones: esta es la más reciente y la otra está en su historial.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edited on two computers</source>
        <translation>Editada en dos ordenadores</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show History</source>
        <translation>Ver el historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the other version, and bring it back if you like</source>
        <translation>Ver la otra versión y recuperarla si quieres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&apos;ve seen it</source>
        <translation>Ya lo he visto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this note on every computer</source>
        <translation>Ocultar este aviso en todos los ordenadores</translation>
    </message>
</context>
<context>
    <name>journal.veil</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/veil.py" line="+30"/>
        <source>A heavy entry, veiled</source>
        <translation>Una entrada difícil, velada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This entry is marked heavy. Would you like to open it now?</source>
        <translation>Esta entrada está marcada como difícil. ¿Quieres abrirla ahora?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can breathe first, or leave it for another time and choose another entry.</source>
        <translation>Puedes respirar primero, o dejarla para otro momento y elegir otra entrada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open it</source>
        <translation>Abrirla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the heavy entry now</source>
        <translation>Abrir ahora la entrada difícil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathe first</source>
        <translation>Respirar primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it veiled and start a breathing exercise</source>
        <translation>Mantenerla velada y empezar un ejercicio de respiración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write something new</source>
        <translation>Escribir algo nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new entry ({shortcut})</source>
        <translation>Empezar una entrada nueva ({shortcut})</translation>
    </message>
</context>
<context>
    <name>journal.voice_actions</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/voice_actions.py" line="+30"/>
        <source>Voice note</source>
        <translation>Nota de voz</translation>
    </message>
</context>
<context>
    <name>journal.voice_audio</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/voice_audio.py" line="+24"/>
        <source>Sound isn&apos;t available on this computer, so voice notes can&apos;t be recorded or played.</source>
        <translation>El sonido no está disponible en este ordenador, así que no se pueden grabar ni escuchar notas de voz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No microphone was found, so recording is off. Notes you kept can still be played.</source>
        <translation>No se encontró ningún micrófono, así que no se puede grabar. Las notas que guardaste se pueden seguir escuchando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No speaker or headphones were found, so voice notes can&apos;t be played here.</source>
        <translation>No se encontraron altavoces ni auriculares, así que aquí no se pueden escuchar notas de voz.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The microphone could not be opened. Is another app using it?</source>
        <translation>No se pudo abrir el micrófono. ¿Lo está usando otra aplicación?</translation>
    </message>
</context>
<context>
    <name>journal.voice_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/voice_dialog.py" line="+69"/>
        <location line="+234"/>
        <source>Voice note</source>
        <translation>Nota de voz</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Voice note recorder</source>
        <translation>Grabadora de notas de voz</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>If you like, say what is here for you. It stays inside your journal, encrypted; nothing is saved anywhere else.</source>
        <translation>Si quieres, di lo que sientes ahora. Se queda dentro de tu diario, cifrado; no se guarda en ningún otro sitio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sound level</source>
        <translation>Nivel de sonido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded time and limit</source>
        <translation>Tiempo grabado y límite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder status</source>
        <translation>Estado de la grabadora</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+133"/>
        <source>&amp;Record</source>
        <translation>&amp;Grabar</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+134"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+138"/>
        <source>Pause recording</source>
        <translation>Pausar la grabación</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording</source>
        <translation>Detener la grabación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep in entry</source>
        <translation>Guardar en la &amp;entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep in entry</source>
        <translation>Guardar en la entrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+127"/>
        <source>Don&apos;t keep</source>
        <translation>No guardar</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Close without keeping (Esc)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+38"/>
        <source>Recording… pause or stop whenever you like.</source>
        <translation>Grabando… pausa o detén cuando quieras.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>That is the {limit} limit, so recording stopped. Listen if you like, then keep it.</source>
        <translation>Has llegado al límite de {limit}, así que la grabación se ha detenido. Escúchala si quieres y luego guárdala.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paused. Resume when you are ready.</source>
        <translation>En pausa. Continúa cuando quieras.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopped. Listen if you like, record more, or keep it.</source>
        <translation>Detenida. Escúchala si quieres, graba más o guárdala.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Record more</source>
        <translation>&amp;Grabar más</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume recording</source>
        <translation>Reanudar la grabación</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+58"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Voice note player</source>
        <translation>Reproductor de notas de voz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voice note, {length}</source>
        <translation>Nota de voz, {length}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
</context>
<context>
    <name>journal.voice_playback</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/voice_playback.py" line="+26"/>
        <location line="+54"/>
        <location line="+9"/>
        <source>P&amp;lay</source>
        <translation>Esc&amp;uchar</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Play the voice note</source>
        <translation>Escuchar la nota de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause (Alt+L)</source>
        <translation>Escuchar o pausar (Alt+U)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Playback position</source>
        <translation>Posición de reproducción</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;usar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{position} of {length}</source>
        <translation>{position} de {length}</translation>
    </message>
</context>
<context>
    <name>language_settings</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/language_settings.py" line="+26"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As on this computer ({language})</source>
        <translation>Como en este ordenador ({language})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use this language</source>
        <translation>Usar este idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window is shown again in this language. What you are writing is saved first.</source>
        <translation>La ventana se vuelve a mostrar en este idioma. Lo que estás escribiendo se guarda antes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exercises, prompts and this window follow this choice. The translations would welcome a review by native speakers who work in this field.</source>
        <translation>Los ejercicios, las propuestas y esta ventana siguen esta elección. Las traducciones agradecerían la revisión de hablantes nativos que trabajen en este campo.</translation>
    </message>
</context>
<context>
    <name>lock_screen</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/lock_screen.py" line="+21"/>
        <source>Lock screen</source>
        <translation>Pantalla de bloqueo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal is locked and encrypted. Take your time.</source>
        <translation>Tu diario está bloqueado y cifrado. Tómate tu tiempo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your journal with this passphrase</source>
        <translation>Abre tu diario con esta frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forgot your passphrase?</source>
        <translation>¿Olvidaste tu frase de contraseña?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a new passphrase with your recovery key</source>
        <translation>Elige una nueva frase de contraseña con tu clave de recuperación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I feel overwhelmed</source>
        <translation>Todo me desborda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a calm breathing exercise now, without unlocking (Ctrl+Shift+B)</source>
        <translation>Abre ahora un ejercicio de respiración tranquila, sin desbloquear (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I feel far away</source>
        <translation>Me siento lejos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back to here and now, eyes open, without unlocking (Ctrl+Shift+G)</source>
        <translation>Vuelve al aquí y ahora, con los ojos abiertos, sin desbloquear (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis lines and the parts of your plan you chose to show here</source>
        <translation>Líneas de crisis y las partes de tu plan que elegiste mostrar aquí</translation>
    </message>
</context>
<context>
    <name>looking_back</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/looking_back.py" line="+53"/>
        <source>Your year in colour: a soft square for each day you wrote, in the colour of how you felt. Only you see this.</source>
        <translation>Tu año en color: un cuadrado suave por cada día que escribiste, del color de cómo te sentías. Solo tú ves esto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you name a feeling in an entry, its colour will gather here, one square for the day you wrote it.</source>
        <translation>Cuando nombres un sentimiento en una entrada, su color se irá reuniendo aquí, un cuadrado por el día en que lo escribiste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you write a letter to your younger self, or a kind word to yourself, a few of its lines will gather here.</source>
        <translation>Cuando escribas una carta a tu yo más joven, o unas palabras amables para ti, algunas de sus líneas se reunirán aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you like, write a few words after an exercise; what helped will gather here.</source>
        <translation>Si quieres, escribe unas palabras después de un ejercicio; lo que te ayudó se irá reuniendo aquí.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a heavy day, veiled</source>
        <translation>un día difícil, velado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking back</source>
        <translation>Mirar atrás</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Year</source>
        <translation>&amp;Año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The day in focus</source>
        <translation>El día seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the colours of heavy &amp;days</source>
        <translation>Mostrar los colores de los &amp;días difíciles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the colours of heavy days</source>
        <translation>Mostrar los colores de los días difíciles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heavy days stay veiled unless you choose to see them.</source>
        <translation>Los días difíciles siguen velados a menos que elijas verlos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind words I&apos;ve written to myself</source>
        <translation>Palabras amables que me he escrito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What helped, in my words</source>
        <translation>Lo que me ayudó, con mis palabras</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Looking back (Esc)</source>
        <translation>Cerrar Mirar atrás (Esc)</translation>
    </message>
</context>
<context>
    <name>looking_back_grid</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/looking_back_grid.py" line="+34"/>
        <source>Hover over a day, or move with the arrow keys, to see its date and feeling.</source>
        <translation>Pasa el ratón sobre un día, o muévete con las flechas, para ver su fecha y su sentimiento.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Year in colour</source>
        <translation>Año en color</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/main_window.py" line="+97"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entries} · locks itself after {minutes} min without activity ({shortcut} now)</source>
        <translation>{entries} · se bloquea tras {minutes} min sin actividad ({shortcut} para bloquear ya)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Your journal was restored from the backup. Unlock it with the passphrase it had then, or with your recovery key.</source>
        <translation>Tu diario se ha restaurado desde la copia de seguridad. Desbloquéalo con la frase de contraseña que tenía entonces, o con tu clave de recuperación.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You remembered “{title}” from {when}. What did that child need most?</source>
        <translation>Recordaste «{title}» ({when}). ¿Qué es lo que más necesitaba esa niña o ese niño?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About: {title}</source>
        <translation>Sobre: {title}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your new passphrase is set. Welcome back.</source>
        <translation>Tu nueva frase de contraseña está lista. Hola de nuevo.</translation>
    </message>
</context>
<context>
    <name>new_key_ui</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/new_key_ui.py" line="+14"/>
        <source>Someone may know my old passphrase or recovery key — lock out the old ones</source>
        <translation>Puede que alguien conozca mi frase de contraseña o clave de recuperación antiguas: dejarlas sin acceso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal is then copied under a new key, which takes a little while for a big journal. You get a new recovery key, and the old passphrase and old recovery key stop opening it. Backups made before keep opening with the secrets they were made with.</source>
        <translation>Tu diario se copia con una clave nueva; si es grande, lleva un rato. Recibes una nueva clave de recuperación, y la frase de contraseña y la clave antiguas dejan de abrirlo. Las copias de seguridad anteriores se siguen abriendo con sus secretos de entonces.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making a new key for your journal. This can take a little while; everything you wrote stays as it is. Please keep Inner Child open until it is done.</source>
        <translation>Creando una clave nueva para tu diario. Puede llevar un rato; todo lo que escribiste se queda como está. Mantén Inner Child abierto hasta que termine, por favor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your old passphrase and old recovery key no longer open your journal. This is your new recovery key: keep it somewhere safe and private. You can see it again later with your new passphrase.</source>
        <translation>Tu frase de contraseña y tu clave de recuperación antiguas ya no abren tu diario. Esta es tu nueva clave de recuperación: guárdala en un lugar seguro y privado. Puedes volver a verla más tarde con tu nueva frase de contraseña.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+4"/>
        <source>Your new recovery key</source>
        <translation>Tu nueva clave de recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the new recovery key</source>
        <translation>Copiar la nueva clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;file…</source>
        <translation>Guardar como &amp;archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the new recovery key</source>
        <translation>Guardar la nueva clave de recuperación</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/pages.py" line="+78"/>
        <source>Soothe</source>
        <translation>Calma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing and grounding exercises, whenever you need them. Every exercise is optional and you can stop at any time.</source>
        <translation>Ejercicios de respiración y de anclaje, siempre que los necesites. Todos son opcionales y puedes parar cuando quieras.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What&apos;s happening right now?</source>
        <translation>¿Qué está pasando ahora mismo?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis lines and your own plan for hard moments</source>
        <translation>Líneas de crisis y tu propio plan para los momentos difíciles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My comfort box</source>
        <translation>Mi caja de consuelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards, photos and voices that help you</source>
        <translation>Tarjetas, fotos y voces que te ayudan</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your settings are stored inside the encrypted journal.</source>
        <translation>Tus ajustes se guardan dentro del diario cifrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock the journal after</source>
        <translation>Bloquear el diario tras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min without activity</source>
        <translation> min sin actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-lock minutes</source>
        <translation>Minutos hasta el bloqueo automático</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &quot;On this day&quot;: entries from this date in earlier years (never heavy ones)</source>
        <translation>Mostrar «Un día como hoy»: entradas de esta fecha en años anteriores (nunca las difíciles)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entries you marked heavy, or that felt heavy (7 or more of 10), never come back here.</source>
        <translation>Las entradas que marcaste como difíciles, o que se sintieron difíciles (7 o más de 10), nunca vuelven aquí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show On this day</source>
        <translation>Mostrar Un día como hoy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use my birth date to place memories by both age and year (kept encrypted)</source>
        <translation>Usar mi fecha de nacimiento para situar los recuerdos por edad y por año (se guarda cifrada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use my birth date</source>
        <translation>Usar mi fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size, percent</source>
        <translation>Tamaño del texto, en porcentaje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My own life stages</source>
        <translation>Mis propias etapas de la vida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My own life stages, one per line, e.g.
when we lived on Elm Street: 4-9
in Leeds: 1998-2003</source>
        <translation>Mis propias etapas de la vida, una por línea, p. ej.
cuando vivíamos en la calle Olmo: 4-9
en Sevilla: 1998-2003</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save my stages</source>
        <translation>Guardar mis etapas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these stages for memories</source>
        <translation>Usar estas etapas para los recuerdos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sound for exercises: {sound} {speech}</source>
        <translation>Sonido para los ejercicios: {sound} {speech}</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>Saved %n stages. You can use their names as a memory&apos;s time.</source>
        <translation>
            <numerusform>%n etapa guardada. Puedes usar su nombre como el momento de un recuerdo.</numerusform>
            <numerusform>%n etapas guardadas. Puedes usar sus nombres como el momento de un recuerdo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passphrase_ui</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/passphrase_ui.py" line="+28"/>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this passphrase</source>
        <translation>Sobre esta frase de contraseña</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An easy passphrase to guess</source>
        <translation>Una frase de contraseña fácil de adivinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This passphrase would be easy to guess.</source>
        <translation>Esta frase de contraseña sería fácil de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{explanation} Anyone with a copy of your journal file could try passphrases like it quickly. You can choose another, or keep this one if you like.</source>
        <translation>{explanation} Cualquiera con una copia del archivo de tu diario podría probar rápidamente frases parecidas. Puedes elegir otra o quedarte con esta, si quieres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose another</source>
        <translation>Elegir otra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use it anyway</source>
        <translation>Usarla de todos modos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inner Child recovery key

{key}

Keep this private. It opens your journal without the passphrase.
</source>
        <translation>Clave de recuperación de Inner Child

{key}

Guárdala en privado. Abre tu diario sin la frase de contraseña.
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied. Remember to clear it from your clipboard manager later.</source>
        <translation>Copiada. Acuérdate de borrarla después de tu gestor del portapapeles.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save recovery key</source>
        <translation>Guardar clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved to {name}.</source>
        <translation>Guardada en {name}.</translation>
    </message>
</context>
<context>
    <name>photo_settings</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/photo_settings.py" line="+20"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blur photos kept with memories until I choose to look</source>
        <translation>Difuminar las fotos de los recuerdos hasta que elija mirarlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blur memory photos until I choose to look</source>
        <translation>Difuminar las fotos de recuerdos hasta que elija mirarlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blur photos in entries and letters until I choose to look</source>
        <translation>Difuminar las fotos de entradas y cartas hasta que elija mirarlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blur entry photos until I choose to look</source>
        <translation>Difuminar las fotos de entradas hasta que elija mirarlas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A blurred photo shows when you choose it, for that time only. Choosing a shown photo lets you always show it, or blur it again.</source>
        <translation>Una foto difuminada se muestra cuando la eliges, solo esa vez. Si eliges una foto visible, puedes mostrarla siempre o volver a difuminarla.</translation>
    </message>
</context>
<context>
    <name>prompts.browser</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/browser.py" line="+41"/>
        <source>All prompts</source>
        <translation>Todas las propuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourites (☆)</source>
        <translation>Favoritas (☆)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From my group</source>
        <translation>De mi grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own</source>
        <translation>Las mías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden (never shown)</source>
        <translation>Ocultas (no se muestran)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing fits those choices. Another theme, or fewer words, might help.</source>
        <translation>Nada encaja con lo que elegiste. Quizá ayude otro tema, o menos palabras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts you keep with ☆ show here.</source>
        <translation>Aquí aparecen las propuestas que guardas con ☆.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts from a pack you import (from your therapist or group) show here, in the pack&apos;s own order.</source>
        <translation>Aquí aparecen las propuestas de un paquete que importes (de tu terapeuta o tu grupo), en el orden del paquete.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompts you write yourself show here.</source>
        <translation>Aquí aparecen las propuestas que escribes tú.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you chose never to see show here, so you can bring them back.</source>
        <translation>Aquí aparecen las propuestas que elegiste no volver a ver, por si quieres recuperarlas.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+1"/>
        <source>Browse prompts</source>
        <translation>Explorar propuestas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any theme</source>
        <translation>Cualquier tema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gentle only</source>
        <translation>Solo suaves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to reflective</source>
        <translation>Hasta reflexivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep too (with a note first)</source>
        <translation>También profundas (con un aviso antes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any pack</source>
        <translation>Cualquier paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search prompts</source>
        <translation>Buscar propuestas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chosen prompt</source>
        <translation>Propuesta elegida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show me the prompt</source>
        <translation>Mostrarme la propuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this prompt now</source>
        <translation>Leer esta propuesta ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write about this</source>
        <translation>Escribir sobre esto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a new entry with this prompt</source>
        <translation>Abrir una entrada nueva con esta propuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+131"/>
        <source>☆ Keep</source>
        <translation>☆ Guardar</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Add to favourites</source>
        <translation>Añadir a favoritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>Keep</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+137"/>
        <source>Never show this</source>
        <translation>No volver a mostrar</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Hide this prompt for good</source>
        <translation>Ocultar esta propuesta para siempre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget my prompt history…</source>
        <translation>Olvidar mi historial de propuestas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget which prompts were shown and answered; your entries stay</source>
        <translation>Olvidar qué propuestas se mostraron y respondiste; tus entradas se quedan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the prompt browser (Esc)</source>
        <translation>Cerrar el explorador de propuestas (Esc)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Find a prompt on purpose, if you like. Deeper ones show a note first.</source>
        <translation>Busca una propuesta a propósito, si quieres. Las más profundas muestran antes un aviso.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>★ Stop keeping</source>
        <translation>★ Dejar de guardar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop keeping</source>
        <translation>Dejar de guardar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show again</source>
        <translation>Volver a mostrar</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Prompt history forgotten. Your entries are all still here.</source>
        <translation>Historial de propuestas olvidado. Todas tus entradas siguen aquí.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Forget my prompt history</source>
        <translation>Olvidar mi historial de propuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget it</source>
        <translation>Olvidarlo</translation>
    </message>
</context>
<context>
    <name>prompts.browser_model</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/browser_model.py" line="+18"/>
        <source>gentle</source>
        <translation>suave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reflective</source>
        <translation>reflexiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deep</source>
        <translation>profunda</translation>
    </message>
</context>
<context>
    <name>prompts.invitation</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/invitation.py" line="+16"/>
        <source>When you feel ready, you can choose deeper prompts with Depth, just above. There&apos;s no hurry: gentle ones are always here too.</source>
        <translation>Cuando te sientas con ganas, puedes elegir propuestas más profundas en Profundidad, justo arriba. No hay prisa: las suaves siempre siguen aquí.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>When you feel ready</source>
        <translation>Cuando te sientas con ganas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show me</source>
        <translation>Muéstramelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the Depth choice on this page</source>
        <translation>Ir a la opción Profundidad de esta página</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide this</source>
        <translation>Ocultar esto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this note; it won&apos;t come back</source>
        <translation>Cerrar este aviso; no volverá a aparecer</translation>
    </message>
</context>
<context>
    <name>prompts.memory_row</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/memory_row.py" line="+27"/>
        <source>A prompt from your timeline</source>
        <translation>Una propuesta de tu línea de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show me the question</source>
        <translation>Mostrarme la pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the question about this memory now</source>
        <translation>Leer ahora la pregunta sobre este recuerdo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write about it</source>
        <translation>Escribir sobre ello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A journal entry about this memory, with this question</source>
        <translation>Una entrada del diario sobre este recuerdo, con esta pregunta</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>From your timeline: {prompt}</source>
        <translation>De tu línea de tiempo: {prompt}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From your timeline, a note first: {note}</source>
        <translation>De tu línea de tiempo, antes un aviso: {note}</translation>
    </message>
</context>
<context>
    <name>prompts.pack_editor</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/pack_editor.py" line="+68"/>
        <location line="+1"/>
        <source>Make a pack for my group</source>
        <translation>Crear un paquete para mi grupo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write prompts for your group, in the order you&apos;d like them met, and if you like arrange them into weeks. Save the pack as a file to share: each member imports it on their Prompts screen.</source>
        <translation>Escribe propuestas para tu grupo, en el orden en que quieres que las encuentren y, si quieres, organízalas por semanas. Guarda el paquete como archivo para compartirlo: cada participante lo importa en su pantalla de Propuestas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pack name</source>
        <translation>Nombre del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Spring group</source>
        <translation>p. ej. Grupo de primavera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to members as who the pack is from</source>
        <translation>Se muestra a los participantes como autor del paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this pack</source>
        <translation>Sobre este paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a line about the group</source>
        <translation>Opcional: una línea sobre el grupo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the prompts</source>
        <translation>Idioma de las propuestas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pack &amp;name</source>
        <translation>&amp;Nombre del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your n&amp;ame</source>
        <translation>&amp;Tu nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this pac&amp;k</source>
        <translation>So&amp;bre este paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pack parts</source>
        <translation>Partes del paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Prompts</source>
        <translation>Pr&amp;opuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weeks</source>
        <translation>Se&amp;manas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the pack</source>
        <translation>Vista previa del paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pack status</source>
        <translation>Estado del paquete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a pack file…</source>
        <translation>Abrir un archivo de paquete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change a pack you saved before</source>
        <translation>Cambiar un paquete que guardaste antes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unfinished pack is kept in the journal</source>
        <translation>Tu paquete sin terminar se guarda en el diario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the pack to share…</source>
        <translation>Guardar el paquete para compartir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save the file</source>
        <translation>Elige dónde guardar el archivo</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Prompts to add, one per line</source>
        <translation>Propuestas para añadir, una por línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste or write prompts here, one per line</source>
        <translation>Pega o escribe aquí las propuestas, una por línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add these prompts</source>
        <translation>Añadir estas propuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add each line as a prompt ({shortcut})</source>
        <translation>Añadir cada línea como una propuesta ({shortcut})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prompts in this pack</source>
        <translation>Propuestas de este paquete</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>If you like, a weekly program: each week a title, a few words to begin, its prompts (choose the week on the Prompts tab) and an exercise.</source>
        <translation>Si quieres, un programa semanal: cada semana con un título, unas palabras de inicio, sus propuestas (elige la semana en la pestaña Propuestas) y un ejercicio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weeks of the program</source>
        <translation>Semanas del programa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a week</source>
        <translation>Añadir una semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new week at the end of the program</source>
        <translation>Una semana nueva al final del programa</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Write or paste a prompt first, one per line.</source>
        <translation>Primero escribe o pega una propuesta, una por línea.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Added %n prompts.</source>
        <translation>
            <numerusform>Se ha añadido %n propuesta.</numerusform>
            <numerusform>Se han añadido %n propuestas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prompts.pack_files</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/pack_files.py" line="+52"/>
        <source>A few things to finish first; they are listed in the preview.</source>
        <translation>Antes hay que terminar algunas cosas; están en la vista previa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the pack as</source>
        <translation>Guardar el paquete como</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Prompt packs (*.toml)</source>
        <translation>Paquetes de propuestas (*.toml)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a file called “{name}” there.</source>
        <translation>Ya hay un archivo llamado «{name}» ahí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is in {folder}. If you replace it, what it holds now is gone. You can keep it and choose another name instead.</source>
        <translation>Está en {folder}. Si lo reemplazas, lo que contiene ahora se pierde. Puedes conservarlo y elegir otro nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace it</source>
        <translation>Reemplazarlo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The pack could not be saved there ({reason}).</source>
        <translation>El paquete no se ha podido guardar ahí ({reason}).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Saved “{name}” with %n prompts. Share it with your group; each member imports it on the Prompts screen.</source>
        <translation>
            <numerusform>Se ha guardado «{name}» con %n propuesta. Compártelo con tu grupo; cada participante lo importa en la pantalla Propuestas.</numerusform>
            <numerusform>Se ha guardado «{name}» con %n propuestas. Compártelo con tu grupo; cada participante lo importa en la pantalla Propuestas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a pack file</source>
        <translation>Abrir un archivo de paquete</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened “{name}”.</source>
        <translation>Se ha abierto «{name}».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open another pack?</source>
        <translation>¿Abrir otro paquete?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open “{name}” in place of the pack you are making?</source>
        <translation>¿Abrir «{name}» en lugar del paquete que estás creando?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you have written here is not saved in a file yet. You can keep it, save it first, and open the other pack afterwards.</source>
        <translation>Lo que has escrito aquí todavía no está guardado en un archivo. Puedes conservarlo, guardarlo primero y abrir el otro paquete después.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep this one</source>
        <translation>Conservar este</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
</context>
<context>
    <name>prompts.pack_parts</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/pack_parts.py" line="+35"/>
        <source>Gentle</source>
        <translation>Suave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflective</source>
        <translation>Reflexiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep (with a content note first)</source>
        <translation>Profunda (con un aviso de contenido antes)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Move the chosen week up ({shortcut})</source>
        <translation>Subir la semana elegida ({shortcut})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen week down ({shortcut})</source>
        <translation>Bajar la semana elegida ({shortcut})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the week</source>
        <translation>Quitar la semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the chosen prompt up ({shortcut})</source>
        <translation>Subir la propuesta elegida ({shortcut})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen prompt down ({shortcut})</source>
        <translation>Bajar la propuesta elegida ({shortcut})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the prompt</source>
        <translation>Quitar la propuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Prompt words</source>
        <translation>Texto de la propuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content note</source>
        <translation>Aviso de contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown before the prompt, so each person can choose; needed for deep ones</source>
        <translation>Se muestra antes de la propuesta para que cada persona pueda elegir; obligatorio en las profundas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Not in a week</source>
        <translation>En ninguna semana</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Wo&amp;rds</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme</source>
        <translation>Tem&amp;a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Depth</source>
        <translation>&amp;Profundidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content no&amp;te</source>
        <translation>Aviso de &amp;contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;eek</source>
        <translation>S&amp;emana</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+123"/>
        <location line="+37"/>
        <source>Week {number}: {title}</source>
        <translation>Semana {number}: {title}</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Week {number}</source>
        <translation>Semana {number}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Week title</source>
        <translation>Título de la semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Arriving</source>
        <translation>p. ej. Llegar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week introduction</source>
        <translation>Introducción de la semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No exercise</source>
        <translation>Sin ejercicio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prompts this week</source>
        <translation>Propuestas de esta semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Introduction</source>
        <translation>Intro&amp;ducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xercise</source>
        <translation>E&amp;jercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source>Prompts</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>None yet: choose this week on the Prompts tab.</source>
        <translation>Ninguna todavía: elige esta semana en la pestaña Propuestas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no words yet)</source>
        <translation>(todavía sin texto)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{depth} · week {number}</source>
        <translation>{depth} · semana {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no title yet)</source>
        <translation>(todavía sin título)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before you can share it</source>
        <translation>Antes de poder compartirlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your pack</source>
        <translation>Tu paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {author}</source>
        <translation>De {author}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A note before this one: {note}</source>
        <translation>Un aviso antes de esta: {note}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exercise: {name}</source>
        <translation>Ejercicio: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other prompts</source>
        <translation>Otras propuestas</translation>
    </message>
</context>
<context>
    <name>prompts.page</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/page.py" line="+48"/>
        <source>Prompts</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A gentle question to start from, if the page feels blank. Skip anything that doesn&apos;t feel right today.</source>
        <translation>Una pregunta amable para empezar, si la página se siente en blanco. Sáltate lo que hoy no te encaje.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Today might be a lot. Prompts stay gentle; a slow breath first might help, if you like.</source>
        <translation>Hoy puede ser mucho. Las propuestas se quedan en lo suave; quizá ayude respirar despacio primero, si quieres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Breathe first</source>
        <translation>Respirar primero</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content note</source>
        <translation>Aviso de contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show me the prompt</source>
        <translation>Mostrarme la propuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the prompt now</source>
        <translation>Leer la propuesta ahora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today&apos;s prompt</source>
        <translation>La propuesta de hoy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write about this</source>
        <translation>Escribir sobre esto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a new entry with this prompt</source>
        <translation>Abrir una entrada nueva con esta propuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another one</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different prompt</source>
        <translation>Una propuesta distinta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this prompt for today</source>
        <translation>Saltar esta propuesta por hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>☆ Keep</source>
        <translation>☆ Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to favourites</source>
        <translation>Añadir a favoritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never show this</source>
        <translation>No volver a mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide this prompt; Undo brings it back</source>
        <translation>Ocultar esta propuesta; Deshacer la recupera</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show the hidden prompt again</source>
        <translation>Volver a mostrar la propuesta oculta</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Deepest prompts to offer</source>
        <translation>Propuestas más profundas que ofrecer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gentle only</source>
        <translation>Solo suaves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to reflective</source>
        <translation>Hasta reflexivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep too (with a note first)</source>
        <translation>También profundas (con un aviso antes)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse prompts…</source>
        <translation>Explorar propuestas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a prompt on purpose ({shortcut})</source>
        <translation>Buscar una propuesta a propósito ({shortcut})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>My prompts and favourites</source>
        <translation>Mis propuestas y favoritas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write my own prompt…</source>
        <translation>Escribir mi propia propuesta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question of your own, offered alongside the others</source>
        <translation>Una pregunta tuya, que se ofrece junto a las demás</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a prompt pack…</source>
        <translation>Importar un paquete de propuestas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A TOML file from your therapist or group</source>
        <translation>Un archivo TOML de tu terapeuta o tu grupo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove a pack…</source>
        <translation>Quitar un paquete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an imported prompt pack; your entries stay</source>
        <translation>Quitar un paquete de propuestas importado; tus entradas se quedan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Make a pack for my group…</source>
        <translation>Crear un paquete para mi grupo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For group leaders: write prompts and weekly steps to share as a pack</source>
        <translation>Para quien dirige un grupo: escribe propuestas y pasos semanales para compartirlos como paquete</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Any theme</source>
        <translation>Cualquier tema</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{pack} ({author})</source>
        <translation>{pack} ({author})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packs: {names}</source>
        <translation>Paquetes: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompt packs imported.</source>
        <translation>No hay paquetes de propuestas importados.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing fits those choices right now. Free writing is welcome.</source>
        <translation>Ahora mismo nada encaja con lo que elegiste. Escribir libremente también está bien.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A note before this one: {note}</source>
        <translation>Un aviso antes de esta: {note}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Mine: {prompt}</source>
        <translation>Mía: {prompt}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompts you write, and ones you keep with ☆, show here.</source>
        <translation>Aquí aparecen las propuestas que escribes y las que guardas con ☆.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My own prompt</source>
        <translation>Mi propia propuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question you&apos;d like to be asked:</source>
        <translation>Una pregunta que te gustaría que te hicieran:</translation>
    </message>
</context>
<context>
    <name>prompts.page_browse</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/page_browse.py" line="+42"/>
        <source>From the program step “{step}”.</source>
        <translation>Del paso del programa «{step}».</translation>
    </message>
</context>
<context>
    <name>prompts.page_packs</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/page_packs.py" line="+25"/>
        <source>You won&apos;t see that prompt again.</source>
        <translation>No volverás a ver esa propuesta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import a prompt pack</source>
        <translation>Importar un paquete de propuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt packs (*.toml)</source>
        <translation>Paquetes de propuestas (*.toml)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No prompt packs imported.</source>
        <translation>No hay paquetes de propuestas importados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove a pack</source>
        <translation>Quitar un paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which pack?</source>
        <translation>¿Qué paquete?</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Imported “{name}”: %n prompts.</source>
        <translation>
            <numerusform>Se ha importado «{name}»: %n propuesta.</numerusform>
            <numerusform>Se ha importado «{name}»: %n propuestas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prompts.programs</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/programs.py" line="+47"/>
        <source>Begin</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start {program}</source>
        <translation>Empezar {program}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{program}: every step done. Well done for staying with it.</source>
        <translation>{program}: todos los pasos hechos. Qué bien que te quedaras con ello.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{program}: paused · step {number} of {total}, {step}, whenever you&apos;re ready</source>
        <translation>{program}: en pausa · paso {number} de {total}, {step}, cuando te sientas con ganas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{program}: step {number} of {total}, {step}, whenever you&apos;re ready</source>
        <translation>{program}: paso {number} de {total}, {step}, cuando te sientas con ganas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark this step done</source>
        <translation>Marcar este paso como hecho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>prompts.step_view</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/step_view.py" line="+40"/>
        <source>Prompt</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show me the prompt</source>
        <translation>Mostrarme la propuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this prompt now</source>
        <translation>Leer esta propuesta ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write about this</source>
        <translation>Escribir sobre esto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a new entry with this prompt</source>
        <translation>Abrir una entrada nueva con esta propuesta</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This step: {step}</source>
        <translation>Este paso: {step}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About this step</source>
        <translation>Sobre este paso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To write about, if you like:</source>
        <translation>Para escribir, si quieres:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An exercise, if you like:</source>
        <translation>Un ejercicio, si quieres:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try “{exercise}”</source>
        <translation>Probar «{exercise}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the exercise {exercise}</source>
        <translation>Abrir el ejercicio {exercise}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark this step done</source>
        <translation>Marcar este paso como hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark “{step}” done</source>
        <translation>Marcar «{step}» como hecho</translation>
    </message>
</context>
<context>
    <name>question</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/question.py" line="+49"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>recover_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/recover_dialog.py" line="+28"/>
        <location line="+1"/>
        <source>Use your recovery key</source>
        <translation>Usa tu clave de recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the recovery key you kept when you set up the journal (it starts with IC1-), then choose a new passphrase. Your entries are not touched.</source>
        <translation>Escribe la clave de recuperación que guardaste al crear el diario (empieza por IC1-) y luego elige una nueva frase de contraseña. Tus entradas no se tocan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new passphrase again</source>
        <translation>La nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm new passphrase</source>
        <translation>Confirmar la nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set new passphrase</source>
        <translation>Establecer nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please use at least {count} characters.</source>
        <translation>Usa al menos {count} caracteres, por favor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two new passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña nuevas todavía no coinciden.</translation>
    </message>
</context>
<context>
    <name>reminder_settings</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/reminder_settings.py" line="+39"/>
        <source>If you like, a small note at a time you choose, while the app is open or waiting in the tray. It says only your own words, never what you wrote, and never counts days. Your words are kept in the encrypted journal, on this computer only.</source>
        <translation>Si quieres, una pequeña nota a la hora que elijas, mientras la aplicación está abierta o esperando en la bandeja del sistema. Solo dice tus propias palabras, nunca lo que escribiste, y nunca cuenta días. Tus palabras se guardan en el diario cifrado, solo en este ordenador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If ticked, a copy of these words is kept unencrypted beside the journal, like the parts of your safety plan you chose to show while locked, so a reminder can say them while the journal is locked. If not, a reminder then says: “{words}”</source>
        <translation>Si lo marcas, se guarda una copia de estas palabras sin cifrar junto al diario, como las partes de tu plan de seguridad que elegiste mostrar con el diario bloqueado, para que un recordatorio pueda decirlas mientras está bloqueado. Si no, el recordatorio dice entonces: «{words}»</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+6"/>
        <source>Gentle reminders</source>
        <translation>Recordatorios amables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me gently, in my own words</source>
        <translation>Recuérdamelo con suavidad, con mis propias palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentle reminders on</source>
        <translation>Recordatorios amables activados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My reminder&apos;s words</source>
        <translation>Las palabras de mi recordatorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My words</source>
        <translation>Mis palabras</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if I haven&apos;t written today</source>
        <translation>Solo si hoy no he escrito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show my words while my journal is locked</source>
        <translation>Mostrar mis palabras mientras el diario está bloqueado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show my reminder words while locked</source>
        <translation>Mostrar las palabras del recordatorio con el diario bloqueado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticked, a copy of your words is kept unencrypted beside the journal (as with the safety plan&apos;s locked view). Unticked, a reminder while locked says: “{words}”</source>
        <translation>Si lo marcas, se guarda una copia de tus palabras sin cifrar junto al diario (como con la vista bloqueada del plan de seguridad). Si no, un recordatorio con el diario bloqueado dice: «{words}»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start in the tray when I log in (so reminders can come)</source>
        <translation>Iniciar en la bandeja al entrar en la sesión (para que lleguen los recordatorios)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start in the tray at login</source>
        <translation>Iniciar en la bandeja al entrar en la sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not this week</source>
        <translation>Esta semana no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminders until next Monday</source>
        <translation>Sin recordatorios hasta el próximo lunes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me again</source>
        <translation>Recuérdamelo de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders come again from now</source>
        <translation>Los recordatorios vuelven desde ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next reminder</source>
        <translation>Próximo recordatorio</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose at least one day.</source>
        <translation>Elige al menos un día.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next: {day} at {time} ({days})</source>
        <translation>Próximo: {day} a las {time} ({days})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resting this week. {next}</source>
        <translation>Descansando esta semana. {next}</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+27"/>
        <source>This could not be saved: the journal&apos;s folder is not writable.</source>
        <translation>No se pudo guardar: no se puede escribir en la carpeta del diario.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The login entry could not be written.</source>
        <translation>No se pudo crear la entrada de inicio de sesión.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} de {month}</translation>
    </message>
</context>
<context>
    <name>sample_journal</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/sample_journal.py" line="+29"/>
        <source>A sample journal of made-up entries.</source>
        <translation>Un diario de ejemplo con entradas inventadas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close the sample</source>
        <translation>Cerrar el ejemplo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the sample journal and go back to setting up your own</source>
        <translation>Borrar el diario de ejemplo y volver a preparar el tuyo</translation>
    </message>
</context>
<context>
    <name>services.attachments</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/attachments.py" line="+55"/>
        <source>Couldn&apos;t read {name}.</source>
        <translation>No se pudo leer {name}.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>An attachment could not be read: the journal file is damaged there.</source>
        <translation>No se ha podido leer un adjunto: el archivo del diario está dañado en ese punto.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>in an entry</source>
        <translation>en una entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a memory</source>
        <translation>con un recuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the comfort box or on the younger-me card</source>
        <translation>en la caja de consuelo o en la tarjeta de tu yo más joven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A picture belongs to an entry or memory no longer in the journal.</source>
        <translation>Una imagen pertenece a una entrada o un recuerdo que ya no está en el diario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A picture belongs to nothing any more (not in the comfort box or on the card).</source>
        <translation>Una imagen ya no pertenece a nada (ni a la caja de consuelo ni a la tarjeta).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A picture {where} is empty.</source>
        <translation>Una imagen {where} está vacía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A picture {where} is larger than the {limit} MB limit.</source>
        <translation>Una imagen {where} supera el límite de {limit} MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A picture {where} is damaged: it is not the {kind} it should be.</source>
        <translation>Una imagen {where} está dañada: no es el {kind} que debería ser.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A voice note belongs to an entry or memory no longer in the journal.</source>
        <translation>Una nota de voz pertenece a una entrada o un recuerdo que ya no está en el diario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A voice note belongs to nothing any more (not in the comfort box or on the card).</source>
        <translation>Una nota de voz ya no pertenece a nada (ni a la caja de consuelo ni a la tarjeta).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A voice note {where} is empty.</source>
        <translation>Una nota de voz {where} está vacía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A voice note {where} is larger than the {limit} MB limit.</source>
        <translation>Una nota de voz {where} supera el límite de {limit} MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A voice note {where} is damaged: it is not the {kind} it should be.</source>
        <translation>Una nota de voz {where} está dañada: no es el {kind} que debería ser.</translation>
    </message>
</context>
<context>
    <name>services.comfort</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/comfort.py" line="+93"/>
        <source>That photo or voice note is no longer in the journal.</source>
        <translation>Esa foto o nota de voz ya no está en el diario.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a few words in the entry first.</source>
        <translation>Primero selecciona unas palabras de la entrada.</translation>
    </message>
</context>
<context>
    <name>services.demo</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/demo.py" line="+42"/>
        <source>This journal already has entries or memories, so no sample content was added: sample content only goes into a new, empty journal. Nothing was changed.</source>
        <translation>Este diario ya tiene entradas o recuerdos, así que no se ha añadido contenido de ejemplo: el contenido de ejemplo solo va en un diario nuevo y vacío. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>The number of sample entries and memories cannot be negative.</source>
        <translation>El número de entradas y recuerdos de ejemplo no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A sample journal holds at most {count} memories. Nothing was changed.</source>
        <translation>Un diario de ejemplo tiene como mucho {count} recuerdos. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>services.drawings</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/drawings.py" line="+57"/>
        <source>That picture holds no drawing.</source>
        <translation>Esa imagen no contiene ningún dibujo.</translation>
    </message>
</context>
<context>
    <name>services.journal</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/journal.py" line="+80"/>
        <source>This entry has no version {number}. &apos;innerchild history&apos; lists its versions.</source>
        <translation>Esta entrada no tiene versión {number}. &apos;innerchild history&apos; muestra sus versiones.</translation>
    </message>
</context>
<context>
    <name>services.sync</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/sync.py" line="+209"/>
        <source>This journal already syncs through {folder}. To use another folder, stop syncing first.</source>
        <translation>Este diario ya se sincroniza a través de {folder}. Para usar otra carpeta, primero deja de sincronizar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This journal doesn&apos;t sync with other computers yet. Set it up with &apos;innerchild sync setup FOLDER&apos; or in Settings.</source>
        <translation>Este diario todavía no se sincroniza con otros ordenadores. Configúralo con &apos;innerchild sync setup FOLDER&apos; o en Ajustes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sync folder {folder} isn&apos;t there right now (a USB stick not plugged in, or a drive not mounted?). Nothing was changed; your writing waits here and goes out next time.</source>
        <translation>La carpeta de sincronización {folder} no está disponible ahora mismo (¿una memoria USB sin conectar o una unidad sin montar?). No se ha cambiado nada; lo que escribes espera aquí y sale la próxima vez.</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>{folder} isn&apos;t a folder this computer can see. Choose the folder your sync tool (Syncthing, Dropbox, …) keeps in step, or a USB stick.</source>
        <translation>{folder} no es una carpeta que este ordenador pueda ver. Elige la carpeta que tu herramienta de sincronización (Syncthing, Dropbox, …) mantiene al día, o una memoria USB.</translation>
    </message>
</context>
<context>
    <name>services.timeline</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/timeline.py" line="+164"/>
        <source>Intensity is a number from 1 (gentle) to 5 (very strong).</source>
        <translation>La intensidad es un número del 1 (suave) al 5 (muy fuerte).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>That memory is no longer on the timeline.</source>
        <translation>Ese recuerdo ya no está en la línea de tiempo.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>“{name}” is not one of the feelings on the wheel; &apos;innerchild memory add --help&apos; lists a few.</source>
        <translation>«{name}» no es uno de los sentimientos de la rueda; &apos;innerchild memory add --help&apos; muestra algunos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{name}” is not one of the needs: {needs}.</source>
        <translation>«{name}» no es una de las necesidades: {needs}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A memory needs a title, even a word or two.</source>
        <translation>Un recuerdo necesita un título, aunque sean una o dos palabras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A memory&apos;s title can be up to {count} characters; the rest can go in what you remember about it.</source>
        <translation>El título de un recuerdo puede tener hasta {count} caracteres; el resto puede ir en lo que recuerdas de él.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That memory is too long to save in one piece (more than {count} characters).</source>
        <translation>Ese recuerdo es demasiado largo para guardarlo de una vez (más de {count} caracteres).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Line {number}: write a stage like “when we lived on Elm Street: 4-9” (ages) or “in Leeds: 1998-2003” (years).</source>
        <translation>Línea {number}: escribe una etapa como «cuando vivíamos en la calle Mayor: 4-9» (edades) o «en Sevilla: 1998-2003» (años).</translation>
    </message>
</context>
<context>
    <name>services.transfer</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/__init__.py" line="+92"/>
        <source>{path} does not exist. Nothing was imported.</source>
        <translation>{path} no existe. No se ha importado nada.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Inner Child cannot import {fmt}; it reads {import_formats}.</source>
        <translation>Inner Child no puede importar {fmt}; lee {import_formats}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{source} does not exist. Nothing was imported.</source>
        <translation>{source} no existe. No se ha importado nada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{parent} is a file, not a folder. Nothing was written.</source>
        <translation>{parent} es un archivo, no una carpeta. No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {parent} does not exist. Nothing was written.</source>
        <translation>La carpeta {parent} no existe. No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already a file at {target}, so nothing was written: {hint}.</source>
        <translation>Ya hay un archivo en {target}, así que no se ha escrito nada: {hint}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a file at {target}. Nothing was written.</source>
        <translation>Ya hay un archivo en {target}. No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+44"/>
        <source>Inner Child cannot export {fmt}; it writes {export_formats}.</source>
        <translation>Inner Child no puede exportar {fmt}; escribe {export_formats}.</translation>
    </message>
</context>
<context>
    <name>services.transfer.common</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/common.py" line="+37"/>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{where}: the time {moment} is too close to the year 1 or 9999 for Inner Child to store. {nothing}</source>
        <translation>{where}: la hora {moment} está demasiado cerca del año 1 o del 9999 para que Inner Child la guarde. {nothing}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{where} is longer than {max_entry_chars} characters, too long for one entry. {nothing}</source>
        <translation>{where} tiene más de {max_entry_chars} caracteres, demasiado para una entrada. {nothing}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{where} is not UTF-8 text (the first unreadable byte is on line {line}). Save it as UTF-8 and try again. {nothing}</source>
        <translation>{where} no es texto UTF-8 (el primer byte ilegible está en la línea {line}). Guárdalo como UTF-8 y vuelve a intentarlo. {nothing}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{label} is not a regular file. {nothing}</source>
        <translation>{label} no es un archivo normal. {nothing}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} is too large to import ({st_size} bytes). {nothing}</source>
        <translation>{label} es demasiado grande para importarlo ({st_size} bytes). {nothing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label} could not be read ({strerror}). {nothing}</source>
        <translation>No se ha podido leer {label} ({strerror}). {nothing}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} could not be read. {nothing}</source>
        <translation>No se ha podido leer {label}. {nothing}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} is too large to import. {nothing}</source>
        <translation>{label} es demasiado grande para importarlo. {nothing}</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>there is no permission to write there</source>
        <translation>no hay permiso para escribir allí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>that drive or folder is read-only</source>
        <translation>esa unidad o carpeta es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is too long for that drive</source>
        <translation>el nombre es demasiado largo para esa unidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file would be too large for that drive</source>
        <translation>el archivo sería demasiado grande para esa unidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>part of the path is a file, not a folder</source>
        <translation>parte de la ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is a folder with that name</source>
        <translation>ya hay una carpeta con ese nombre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the system refused</source>
        <translation>el sistema lo ha rechazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inner Child cannot write {path}: {why}. Nothing was written; choose another place.</source>
        <translation>Inner Child no puede escribir {path}: {why}. No se ha escrito nada; elige otro lugar.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation>{path} es una carpeta; elige un nombre de archivo para exportar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>services.transfer.dayone</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/dayone.py" line="+119"/>
        <source>{path} does not exist. {nothing}</source>
        <translation>{path} no existe. {nothing}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{label} has no Journal.json: is it a Day One JSON export? {nothing}</source>
        <translation>{label} no tiene Journal.json: ¿es una exportación JSON de Day One? {nothing}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is not a Day One export: it has no list of &quot;entries&quot;. {nothing}</source>
        <translation>{name} no es una exportación de Day One: no tiene una lista de &quot;entries&quot;. {nothing}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{where} is not an entry object. {nothing}</source>
        <translation>{where} no es un objeto de entrada. {nothing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where} has no &quot;uuid&quot;. {nothing}</source>
        <translation>{where} no tiene &quot;uuid&quot;. {nothing}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unknown time zone; the day is taken in UTC</source>
        <translation>zona horaria desconocida; el día se toma en UTC</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{where}: &quot;text&quot; is not text. {nothing}</source>
        <translation>{where}: &quot;text&quot; no es texto. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: &quot;tags&quot; must be a list of words. {nothing}</source>
        <translation>{where}: &quot;tags&quot; tiene que ser una lista de palabras. {nothing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: &quot;starred&quot; must be true or false. {nothing}</source>
        <translation>{where}: &quot;starred&quot; tiene que ser true o false. {nothing}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{where}: &quot;photos&quot; must be a list. {nothing}</source>
        <translation>{where}: &quot;photos&quot; tiene que ser una lista. {nothing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: photo {index} has no &quot;identifier&quot;. {nothing}</source>
        <translation>{where}: la foto {index} no tiene &quot;identifier&quot;. {nothing}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>photo not imported: {reason}</source>
        <translation>foto no importada: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its file name (md5) is missing</source>
        <translation>falta su nombre de archivo (md5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is not in the export</source>
        <translation>{file} no está en la exportación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is larger than 50 MB</source>
        <translation>{file} ocupa más de 50 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is not a photo (JPEG, PNG, GIF, WebP or HEIC)</source>
        <translation>{file} no es una foto (JPEG, PNG, GIF, WebP o HEIC)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a {kind} attachment is not imported</source>
        <translation>un adjunto de tipo {kind} no se importa</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{where} has no &quot;{field}&quot;. {nothing}</source>
        <translation>{where} no tiene &quot;{field}&quot;. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: &quot;{field}&quot; is not a date and time like 2024-05-17T19:03:13Z. {nothing}</source>
        <translation>{where}: &quot;{field}&quot; no es una fecha y hora como 2024-05-17T19:03:13Z. {nothing}</translation>
    </message>
</context>
<context>
    <name>services.transfer.export_words</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/export_words.py" line="+19"/>
        <source>From my journal</source>
        <translation>De mi diario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} de {month} de {year}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} was too complex to lay out and is included as plain text.</source>
        <translation>{what} era demasiado complejo para maquetarlo y se incluye como texto sin formato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I felt</source>
        <translation>Lo que sentí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I needed</source>
        <translation>Lo que necesitaba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What I would tell them now</source>
        <translation>Lo que le diría ahora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tags: {tags}</source>
        <translation>etiquetas: {tags}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n entries, {span}</source>
        <translation>
            <numerusform>%n entrada, {span}</numerusform>
            <numerusform>%n entradas, {span}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n memories</source>
        <translation>
            <numerusform>%n recuerdo</numerusform>
            <numerusform>%n recuerdos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prepared on {day}</source>
        <translation>preparado el {day}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>services.transfer.folder_output</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/folder_output.py" line="+136"/>
        <source>{path} is a file; choose a new or empty folder to export to.</source>
        <translation>{path} es un archivo; elige una carpeta nueva o vacía para exportar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not empty; choose a new or empty folder to export to.</source>
        <translation>{path} no está vacía; elige una carpeta nueva o vacía para exportar.</translation>
    </message>
</context>
<context>
    <name>services.transfer.html_export</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/html_export.py" line="+232"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The entry of {day}</source>
        <translation>La entrada del {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Memories</source>
        <translation>Recuerdos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A memory ({when})</source>
        <translation>Un recuerdo ({when})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>feeling {mood}</source>
        <translation>sentimiento: {mood}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>distress {value}/10</source>
        <translation>malestar {value}/10</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>felt {feelings}</source>
        <translation>sentí: {feelings}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>needed {needs}</source>
        <translation>necesitaba: {needs}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>intensity {value}/5</source>
        <translation>intensidad {value}/5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with {people}</source>
        <translation>con {people}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A heavy memory, included by choice.</source>
        <translation>Un recuerdo difícil, incluido por decisión propia.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distress before → after</source>
        <translation>Malestar antes → después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>My journal</source>
        <translation>Mi diario</translation>
    </message>
</context>
<context>
    <name>services.transfer.jrnl</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/jrnl.py" line="+104"/>
        <source>{label}, line {lineno}, column {colno}: this is not valid JSON ({msg}). {nothing}</source>
        <translation>{label}, línea {lineno}, columna {colno}: esto no es JSON válido ({msg}). {nothing}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label} is nested too deeply to be a journal. {nothing}</source>
        <translation>{label} está anidado demasiado hondo para ser un diario. {nothing}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} holds a number too long to be read. {nothing}</source>
        <translation>{label} contiene un número demasiado largo para leerlo. {nothing}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{label} holds text that is not valid Unicode (half of a UTF-16 pair). {nothing}</source>
        <translation>{label} contiene texto que no es Unicode válido (media pareja UTF-16). {nothing}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is not a jrnl JSON export: it has no list of &quot;entries&quot;. {nothing}</source>
        <translation>{name} no es una exportación JSON de jrnl: no tiene una lista de &quot;entries&quot;. {nothing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} is not an entry object. {nothing}</source>
        <translation>{where} no es un objeto de entrada. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: &quot;time&quot; should look like 09:30. {nothing}</source>
        <translation>{where}: &quot;time&quot; debería ser como 09:30. {nothing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: &quot;time&quot; is not a time of day. {nothing}</source>
        <translation>{where}: &quot;time&quot; no es una hora del día. {nothing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: &quot;title&quot; and &quot;body&quot; must be text. {nothing}</source>
        <translation>{where}: &quot;title&quot; y &quot;body&quot; tienen que ser texto. {nothing}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} has neither &quot;title&quot; nor &quot;body&quot;. {nothing}</source>
        <translation>{where} no tiene ni &quot;title&quot; ni &quot;body&quot;. {nothing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: &quot;tags&quot; must be a list of words. {nothing}</source>
        <translation>{where}: &quot;tags&quot; tiene que ser una lista de palabras. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: &quot;starred&quot; must be true or false. {nothing}</source>
        <translation>{where}: &quot;starred&quot; tiene que ser true o false. {nothing}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where} has no &quot;date&quot; (like 2024-05-17). {nothing}</source>
        <translation>{where} no tiene &quot;date&quot; (como 2024-05-17). {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: &quot;date&quot; is not a calendar date like 2024-05-17. {nothing}</source>
        <translation>{where}: &quot;date&quot; no es una fecha del calendario como 2024-05-17. {nothing}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} looks encrypted (or is not a text file). Decrypt it first with &apos;jrnl --decrypt&apos;, or export it with &apos;jrnl --format json&apos;. {nothing}</source>
        <translation>{name} parece cifrado (o no es un archivo de texto). Descífralo primero con &apos;jrnl --decrypt&apos;, o expórtalo con &apos;jrnl --format json&apos;. {nothing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} has no jrnl entries: each entry starts on a line like [2024-05-17 09:30] Title. {nothing}</source>
        <translation>{name} no tiene entradas de jrnl: cada entrada empieza en una línea como [2024-05-17 09:30] Título. {nothing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}, line {text}: a jrnl journal starts with a date in brackets, like [2024-05-17 09:30]. {nothing}</source>
        <translation>{name}, línea {text}: un diario de jrnl empieza con una fecha entre corchetes, como [2024-05-17 09:30]. {nothing}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{where}: the entry&apos;s date and time in brackets is not a real date and time. {nothing}</source>
        <translation>{where}: la fecha y hora entre corchetes de la entrada no es una fecha y hora reales. {nothing}</translation>
    </message>
</context>
<context>
    <name>services.transfer.json_checks</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/json_checks.py" line="+36"/>
        <source>{label}, {where}: {problem}. {nothing}</source>
        <translation>{label}, {where}: {problem}. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;{key}&quot; must be text</source>
        <translation>&quot;{key}&quot; tiene que ser texto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;{key}&quot; must be a whole number from {lo} to {hi}</source>
        <translation>&quot;{key}&quot; tiene que ser un número entero del {lo} al {hi}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;{key}&quot; must be a number</source>
        <translation>&quot;{key}&quot; tiene que ser un número</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation>&quot;{key}&quot; tiene que ser true o false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;{key}&quot; must be a list of text</source>
        <translation>&quot;{key}&quot; tiene que ser una lista de textos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;{key}&quot; must be a date like 2024-05-17</source>
        <translation>&quot;{key}&quot; tiene que ser una fecha como 2024-05-17</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a list</source>
        <translation>tiene que ser una lista</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>must be [entry id, memory id]</source>
        <translation>tiene que ser [id de entrada, id de recuerdo]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be an object</source>
        <translation>tiene que ser un objeto</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&quot;source&quot; and &quot;source_id&quot; go together</source>
        <translation>&quot;source&quot; y &quot;source_id&quot; van juntos</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&quot;id&quot; must be 1 to 64 letters, digits, &quot;-&quot; or &quot;_&quot;</source>
        <translation>&quot;id&quot; tiene que tener de 1 a 64 letras, cifras, &quot;-&quot; o &quot;_&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>belongs to no entry or memory</source>
        <translation>no pertenece a ninguna entrada ni recuerdo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;data&quot; is not base64</source>
        <translation>&quot;data&quot; no es base64</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is larger than 50 MB</source>
        <translation>ocupa más de 50 MB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a photo (JPEG, PNG, GIF, WebP or HEIC) or a voice note</source>
        <translation>no es una foto (JPEG, PNG, GIF, WebP o HEIC) ni una nota de voz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>does not match its checksum (the file may be damaged)</source>
        <translation>no coincide con su suma de comprobación (el archivo puede estar dañado)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;{name}&quot; is missing</source>
        <translation>falta &quot;{name}&quot;</translation>
    </message>
</context>
<context>
    <name>services.transfer.json_import</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/json_import.py" line="+48"/>
        <source>{name} is not an Inner Child JSON export. {nothing}</source>
        <translation>{name} no es una exportación JSON de Inner Child. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;version&quot; is missing</source>
        <translation>falta &quot;version&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} was written by a newer version of Inner Child (export format {version}; this app reads up to {newest}). Please update the app. {nothing}</source>
        <translation>{name} se escribió con una versión más reciente de Inner Child (formato de exportación {version}; esta aplicación lee hasta el {newest}). Actualiza la aplicación, por favor. {nothing}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}, {current}: could not be saved ({exc}). {nothing}</source>
        <translation>{name}, {current}: no se ha podido guardar ({exc}). {nothing}</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>its entry or memory is not in the file</source>
        <translation>su entrada o recuerdo no está en el archivo</translation>
    </message>
</context>
<context>
    <name>services.transfer.json_revisions</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/json_revisions.py" line="+31"/>
        <source>&quot;{key}&quot; must be a date and time</source>
        <translation>&quot;{key}&quot; tiene que ser una fecha y hora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;{key}&quot; must say its time zone (like +00:00)</source>
        <translation>&quot;{key}&quot; tiene que indicar su zona horaria (como +00:00)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;seq&quot; is missing</source>
        <translation>falta &quot;seq&quot;</translation>
    </message>
</context>
<context>
    <name>services.transfer.markdown_dir</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/markdown_dir.py" line="+54"/>
        <source>{root} is not a folder of Markdown files. {nothing}</source>
        <translation>{root} no es una carpeta de archivos Markdown. {nothing}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} holds no Markdown (.md) files. {nothing}</source>
        <translation>{name} no contiene archivos Markdown (.md). {nothing}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a regular file, so it was not read</source>
        <translation>no es un archivo normal, así que no se ha leído</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{where}, line {line}: the front matter is not readable ({message}). {nothing}</source>
        <translation>{where}, línea {line}: la cabecera no se puede leer ({message}). {nothing}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{where}, line 2: the front matter should be &apos;key: value&apos; lines. {nothing}</source>
        <translation>{where}, línea 2: la cabecera debería tener líneas &apos;clave: valor&apos;. {nothing}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}, line 1: the front matter starts with --- but never ends with ---. {nothing}</source>
        <translation>{where}, línea 1: la cabecera empieza con --- pero nunca termina con ---. {nothing}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a memory; memories come back with the JSON export</source>
        <translation>un recuerdo; los recuerdos vuelven con la exportación JSON</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no date in its front matter or file name</source>
        <translation>sin fecha en su cabecera ni en el nombre del archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: the title should be text. {nothing}</source>
        <translation>{where}: el título debería ser texto. {nothing}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{where}: the mood should be a word. {nothing}</source>
        <translation>{where}: el estado de ánimo debería ser una palabra. {nothing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: distress should be a number from 0 to 10. {nothing}</source>
        <translation>{where}: el malestar debería ser un número del 0 al 10. {nothing}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{where}: the date should look like 2024-05-17. {nothing}</source>
        <translation>{where}: la fecha debería ser como 2024-05-17. {nothing}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{where}: {key} should be a date and time like 2024-05-17T09:30:00Z. {nothing}</source>
        <translation>{where}: {key} debería ser una fecha y hora como 2024-05-17T09:30:00Z. {nothing}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where}: {key} should be true or false. {nothing}</source>
        <translation>{where}: {key} debería ser true o false. {nothing}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{where}: {key} should be one of {allowed}. {nothing}</source>
        <translation>{where}: {key} debería ser uno de estos: {allowed}. {nothing}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{where}: tags should be a list of words. {nothing}</source>
        <translation>{where}: las etiquetas deberían ser una lista de palabras. {nothing}</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+13"/>
        <location line="+22"/>
        <source>image {label} was not found in the folder</source>
        <translation>no se ha encontrado la imagen {label} en la carpeta</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>image {label} is outside the chosen folder</source>
        <translation>la imagen {label} está fuera de la carpeta elegida</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>image {label} is larger than 50 MB</source>
        <translation>la imagen {label} ocupa más de 50 MB</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} is not a photo Inner Child can show</source>
        <translation>{label} no es una foto que Inner Child pueda mostrar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>image {label} could not be read ({strerror})</source>
        <translation>no se ha podido leer la imagen {label} ({strerror})</translation>
    </message>
</context>
<context>
    <name>services.transfer.pdf_export</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/pdf_export.py" line="+53"/>
        <source>A PDF needs Qt&apos;s GUI application, but a plain Qt application is running.</source>
        <translation>Un PDF necesita la aplicación gráfica de Qt, pero se está ejecutando una aplicación Qt sencilla.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The PDF could not be started.</source>
        <translation>No se ha podido empezar el PDF.</translation>
    </message>
</context>
<context>
    <name>services.transfer.rednotebook</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/rednotebook.py" line="+39"/>
        <source>{path} does not exist. {nothing}</source>
        <translation>{path} no existe. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} holds no RedNotebook month files (named like 2024-05.txt); RedNotebook keeps them in its &apos;data&apos; folder. {nothing}</source>
        <translation>{name} no contiene archivos mensuales de RedNotebook (con nombres como 2024-05.txt); RedNotebook los guarda en su carpeta &apos;data&apos;. {nothing}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} is not named after a month. {nothing}</source>
        <translation>{name} no tiene el nombre de un mes. {nothing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}, line {line}: {problem}. {nothing}</source>
        <translation>{file}, línea {line}: {problem}. {nothing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}, line 1: a month file should map day numbers to entries. {nothing}</source>
        <translation>{name}, línea 1: un archivo mensual debería asignar números de día a entradas. {nothing}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: the day should be a number. {nothing}</source>
        <translation>{where}: el día debería ser un número. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: day {day_number} does not exist in that month. {nothing}</source>
        <translation>{where}: el día {day_number} no existe en ese mes. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: a day should hold its text and categories. {nothing}</source>
        <translation>{where}: un día debería contener su texto y sus categorías. {nothing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: the day&apos;s text is not text. {nothing}</source>
        <translation>{where}: el texto del día no es texto. {nothing}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>a picture linked from disk ({name}) was not copied in</source>
        <translation>una imagen enlazada desde el disco ({name}) no se ha copiado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a file linked from disk ({name}) was not copied in</source>
        <translation>un archivo enlazado desde el disco ({name}) no se ha copiado</translation>
    </message>
</context>
<context>
    <name>services.transfer.safe_zip</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/safe_zip.py" line="+46"/>
        <source>{label} is not a readable zip file. {nothing}</source>
        <translation>{label} no es un archivo zip legible. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label} holds too many files. {nothing}</source>
        <translation>{label} contiene demasiados archivos. {nothing}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} contains a file whose name points outside the export ({name}), so it was not opened. {nothing}</source>
        <translation>{label} contiene un archivo cuyo nombre apunta fuera de la exportación ({name}), así que no se ha abierto. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label} is password-protected ({name}). {nothing}</source>
        <translation>{label} está protegido con contraseña ({name}). {nothing}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} looks like a zip bomb ({name} would unpack to {file_size} bytes). {nothing}</source>
        <translation>{label} parece una bomba zip ({name} se descomprimiría en {file_size} bytes). {nothing}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{label} would unpack to {total} bytes, more than the {max_total} an import may use. {nothing}</source>
        <translation>{label} se descomprimiría en {total} bytes, más de los {max_total} que puede usar una importación. {nothing}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label} looks like a zip bomb: its {count} files would unpack to {total} bytes from {packed}. {nothing}</source>
        <translation>{label} parece una bomba zip: sus {count} archivos se descomprimirían en {total} bytes a partir de {packed}. {nothing}</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+20"/>
        <source>{label}: {name} is damaged and cannot be read. {nothing}</source>
        <translation>{label}: {name} está dañado y no se puede leer. {nothing}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{label}: {name} is larger than it should be. {nothing}</source>
        <translation>{label}: {name} es más grande de lo que debería. {nothing}</translation>
    </message>
</context>
<context>
    <name>services.transfer.share</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/share.py" line="+41"/>
        <source>Sharing makes a PDF or an HTML file, not {fmt}.</source>
        <translation>Compartir crea un PDF o un archivo HTML, no {fmt}.</translation>
    </message>
</context>
<context>
    <name>services.transfer.writer</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/writer.py" line="+94"/>
        <source>This import needs about {needed} MiB but the journal&apos;s drive has only {free} MiB free. Make room there and try again. {nothing}</source>
        <translation>Esta importación necesita unos {needed} MiB, pero la unidad del diario solo tiene {free} MiB libres. Haz sitio allí y vuelve a intentarlo. {nothing}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>a photo has an unusable id.</source>
        <translation>una foto tiene un id inservible.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{where}: {problem} {nothing}</source>
        <translation>{where}: {problem} {nothing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} could not be saved ({exc}). {nothing}</source>
        <translation>No se ha podido guardar {where} ({exc}). {nothing}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: a photo could not be read ({strerror}). {nothing}</source>
        <translation>{where}: no se ha podido leer una foto ({strerror}). {nothing}</translation>
    </message>
</context>
<context>
    <name>services.voice</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/voice.py" line="+33"/>
        <source>That voice note is in a sound format Inner Child can&apos;t play.</source>
        <translation>Esa nota de voz está en un formato de sonido que Inner Child no puede reproducir.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>That voice note could not be read: its sound is damaged.</source>
        <translation>No se ha podido leer esa nota de voz: su sonido está dañado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That voice note was kept as FLAC and can&apos;t be played by this installation: install Inner Child with its &apos;flac&apos; extra (pip install &apos;innerchild[flac]&apos;) to hear it. It is safe in your journal.</source>
        <translation>Esa nota de voz se guardó como FLAC y esta instalación no puede reproducirla: instala Inner Child con su extra &apos;flac&apos; (pip install &apos;innerchild[flac]&apos;) para escucharla. Está a salvo en tu diario.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was recorded yet.</source>
        <translation>Todavía no se ha grabado nada.</translation>
    </message>
</context>
<context>
    <name>setup_screen</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/setup_screen.py" line="+38"/>
        <source>Set up your journal</source>
        <translation>Prepara tu diario</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome to Inner Child</source>
        <translation>Te damos la bienvenida a Inner Child</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A private place to write to, and about, the child you were. Everything you write stays on this computer, encrypted.</source>
        <translation>Un lugar privado para escribirle a la niña o al niño que fuiste, y sobre ella o él. Todo lo que escribes se queda en este ordenador, cifrado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a passphrase. It is the key to your journal: nobody, not even us, can reset it. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Elige una frase de contraseña. Es la llave de tu diario: nadie, ni siquiera nosotros, puede restablecerla. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm passphrase</source>
        <translation>Confirmar frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create my journal</source>
        <translation>Crear mi diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt a new journal with this passphrase</source>
        <translation>Cifrar un diario nuevo con esta frase de contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating your journal</source>
        <translation>Creando tu diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have a backup to restore</source>
        <translation>Tengo una copia que restaurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back a journal from an Inner Child backup file (.icbackup)</source>
        <translation>Recupera un diario desde un archivo de copia de seguridad de Inner Child (.icbackup)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try a sample journal</source>
        <translation>Probar un diario de ejemplo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look around a journal of made-up entries. It is kept apart from yours and deleted when you close it.</source>
        <translation>Echa un vistazo a un diario con entradas inventadas. Se guarda aparte del tuyo y se borra al cerrarlo.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Please use at least {count} characters.</source>
        <translation>Usa al menos {count} caracteres, por favor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you ever forget your passphrase, this key is the only way back into your journal. Write it down, or save it somewhere private, such as a password manager or a USB stick in a drawer. (Settings can show it again, after you type your passphrase.)</source>
        <translation>Si alguna vez olvidas tu frase de contraseña, esta clave es la única forma de volver a entrar en tu diario. Anótala o guárdala en un lugar privado, como un gestor de contraseñas o una memoria USB en un cajón. (Ajustes puede volver a mostrártela después de escribir tu frase de contraseña.)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the recovery key to the clipboard</source>
        <translation>Copiar la clave de recuperación al portapapeles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as file…</source>
        <translation>&amp;Guardar como archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key to a file</source>
        <translation>Guardar la clave de recuperación en un archivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>I have kept my recovery key somewhere safe</source>
        <translation>He guardado mi clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open my journal</source>
        <translation>Abrir mi diario</translation>
    </message>
</context>
<context>
    <name>soothe.audio</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/audio.py" line="+32"/>
        <source>Soft chimes are available.</source>
        <translation>Las campanillas suaves están disponibles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound is off: the audio library could not be loaded ({reason}).</source>
        <translation>El sonido está desactivado: no se pudo cargar la biblioteca de audio ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound is off: no audio output was found on this computer.</source>
        <translation>El sonido está desactivado: no se encontró ninguna salida de audio en este ordenador.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Spoken cues are available ({engine}).</source>
        <translation>Las indicaciones habladas están disponibles ({engine}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spoken cues are off: speech could not be loaded ({reason}).</source>
        <translation>Las indicaciones habladas están desactivadas: no se pudo cargar la voz ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoken cues are off: no working speech engine was found on this computer.</source>
        <translation>Las indicaciones habladas están desactivadas: no se encontró ningún motor de voz que funcione en este ordenador.</translation>
    </message>
</context>
<context>
    <name>soothe.crisis_lines</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/crisis_lines.py" line="+28"/>
        <source>If you might be in danger, please reach out now</source>
        <translation>Si puedes estar en peligro, busca ayuda ahora, por favor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where are you? We&apos;ll show the lines for your country first.</source>
        <translation>¿Dónde estás? Te mostraremos primero las líneas de tu país.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crisis lines for</source>
        <translation>Líneas de crisis de</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(checked {date})</source>
        <translation>(comprobado: {date})</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your country, for the crisis lines</source>
        <translation>Tu país, para las líneas de crisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your country…</source>
        <translation>Elige tu país…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the crisis lines for every region</source>
        <translation>Mostrar las líneas de crisis de todas las regiones</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Show all regions (%n more lines)</source>
        <translation>
            <numerusform>Ver todas las regiones (%n línea más)</numerusform>
            <numerusform>Ver todas las regiones (%n líneas más)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the crisis lines for all regions</source>
        <translation>Mostrar las líneas de crisis de todas las regiones</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{detail} Checked {date}.</source>
        <translation>{detail} Comprobado: {date}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide {line}, {region}</source>
        <translation>Ocultar {line}, {region}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide this line (not for my country)</source>
        <translation>Ocultar esta línea (no es de mi país)</translation>
    </message>
</context>
<context>
    <name>soothe.insights</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/insights.py" line="+30"/>
        <source>When you try an exercise, what helped will gather here. Only you see this.</source>
        <translation>Cuando pruebes un ejercicio, lo que te ayudó se irá reuniendo aquí. Solo tú lo ves.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you like, note how you feel before and after an exercise, and how each one tends to leave you will show here.</source>
        <translation>Si quieres, anota cómo te sientes antes y después de un ejercicio, y aquí verás cómo suele dejarte cada uno.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>no change on average, from %n ratings</source>
        <translation>
            <numerusform>sin cambios de media, según %n valoración</numerusform>
            <numerusform>sin cambios de media, según %n valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{amount} lower on average (0–10), from %n ratings</source>
        <translation>
            <numerusform>{amount} menos de media (0–10), según %n valoración</numerusform>
            <numerusform>{amount} menos de media (0–10), según %n valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{amount} higher on average (0–10), from %n ratings</source>
        <translation>
            <numerusform>{amount} más de media (0–10), según %n valoración</numerusform>
            <numerusform>{amount} más de media (0–10), según %n valoraciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>What helps me</source>
        <translation>Lo que me ayuda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking back…</source>
        <translation>Mirar atrás…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking back</source>
        <translation>Mirar atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your year in colour, kind words and what helped ({shortcut})</source>
        <translation>Tu año en colores, palabras amables y lo que te ayudó ({shortcut})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How you tend to feel after each exercise</source>
        <translation>Cómo sueles sentirte después de cada ejercicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How each exercise tends to leave you</source>
        <translation>Cómo suele dejarte cada ejercicio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;numbers</source>
        <translation>Mostrar &amp;números</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show numbers</source>
        <translation>Mostrar números</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also show how much heavier or lighter it felt on average, on the 0 to 10 scale</source>
        <translation>Mostrar también cuánto más pesado o más ligero se sintió de media, en la escala de 0 a 10</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What helped, in your own words</source>
        <translation>Lo que te ayudó, con tus propias palabras</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear exercise history…</source>
        <translation>Borrar el historial de ejercicios…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget every saved exercise session (asks first)</source>
        <translation>Olvidar todas las sesiones de ejercicios guardadas (pregunta antes)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Clear your exercise history?</source>
        <translation>¿Borrar tu historial de ejercicios?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every saved exercise session, with its ratings and notes, will be gone for good.</source>
        <translation>Todas las sesiones de ejercicios guardadas, con sus valoraciones y notas, se borrarán para siempre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your journal entries stay as they are.</source>
        <translation>Las entradas de tu diario se quedan como están.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the history</source>
        <translation>Borrar el historial</translation>
    </message>
</context>
<context>
    <name>soothe.pacer_widget</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/pacer_widget.py" line="+29"/>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>soothe.pages</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/pages.py" line="+56"/>
        <source>What&apos;s happening right now?</source>
        <translation>¿Qué está pasando ahora mismo?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whatever fits best. You can stop at any time.</source>
        <translation>Elige lo que mejor encaje. Puedes parar en cualquier momento.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+108"/>
        <source>Just my own breath</source>
        <translation>Solo mi propia respiración</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>No counting and no cues: a slow light, or one that follows you</source>
        <translation>Sin contar y sin indicaciones: una luz lenta, o una que te sigue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All exercises…</source>
        <translation>Todos los ejercicios…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every breathing, grounding and body exercise</source>
        <translation>Todos los ejercicios de respiración, de anclaje y corporales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the exercises (Esc)</source>
        <translation>Cerrar los ejercicios (Esc)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Rhythm</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+152"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+152"/>
        <source>Choose another exercise</source>
        <translation>Elegir otro ejercicio</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the exercise</source>
        <translation>Empezar el ejercicio</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{exercise} (as described)</source>
        <translation>{exercise} (tal como se describe)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A slow light, nothing to follow</source>
        <translation>Una luz lenta, nada que seguir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow my taps (Space as each breath turns)</source>
        <translation>Seguir mis toques (Espacio cuando cambia la respiración)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A light that follows your own breath</source>
        <translation>Una luz que sigue tu propia respiración</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop now (Esc)</source>
        <translation>Parar ahora (Esc)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tap Space (or the light) as you start breathing in, and again as you start breathing out. The light follows you; there is nothing to get right.</source>
        <translation>Pulsa Espacio (o toca la luz) cuando empieces a tomar aire, y otra vez cuando empieces a soltarlo. La luz te sigue; no hay forma de hacerlo mal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breathe however you like. The light glows slowly; watch it, or don&apos;t.</source>
        <translation>Respira como quieras. La luz brilla despacio; mírala o no.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A note for yourself, if you like: what helped?</source>
        <translation>Una nota para ti, si quieres: ¿qué te ayudó?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crisis lines</source>
        <translation>Líneas de crisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone and text lines, and your safety plan</source>
        <translation>Líneas de teléfono y de mensajes, y tu plan de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ground me (eyes open)</source>
        <translation>Anclarme (ojos abiertos)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the exercises</source>
        <translation>Cerrar los ejercicios</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open my comfort box</source>
        <translation>Abrir mi caja de consuelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helps you: your cards, photos and voice notes</source>
        <translation>Lo que te ayuda: tus tarjetas, fotos y notas de voz</translation>
    </message>
</context>
<context>
    <name>soothe.pattern_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/pattern_dialog.py" line="+24"/>
        <source>My own pattern</source>
        <translation>Mi propio patrón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own breathing pattern</source>
        <translation>Mi propio patrón de respiración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how many seconds each part lasts. Slow and easy is the aim: every breath lasts at least 8 seconds in all.</source>
        <translation>Elige cuántos segundos dura cada parte. La idea es ir despacio y con calma: cada respiración dura al menos 8 segundos en total.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of the pattern</source>
        <translation>Nombre del patrón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Evening breath</source>
        <translation>p. ej., Respiración de la noche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathe in</source>
        <translation>Toma aire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Retén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Suelta el aire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{part}, seconds</source>
        <translation>{part}, segundos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problems with this pattern</source>
        <translation>Problemas con este patrón</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A breath needs an in-breath and an out-breath.</source>
        <translation>Una respiración necesita tomar aire y soltarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please give your pattern a name.</source>
        <translation>Ponle un nombre a tu patrón, por favor.</translation>
    </message>
</context>
<context>
    <name>soothe.player</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/player.py" line="+61"/>
        <source>{weekday}, {day} {month}</source>
        <translation>{weekday}, {day} de {month}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Breathe</source>
        <translation>Respirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soothing exercises</source>
        <translation>Ejercicios para calmarte</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All exercises</source>
        <translation>Todos los ejercicios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show patterns with breath holds</source>
        <translation>Mostrar patrones en los que se retiene el aire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As long as I like</source>
        <translation>El tiempo que quiera</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less motion (the circle fades instead of moving)</source>
        <translation>Menos movimiento (el círculo se desvanece en lugar de moverse)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduced motion</source>
        <translation>Movimiento reducido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show counts (4, 3, 2, 1)</source>
        <translation>Mostrar la cuenta (4, 3, 2, 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show counts</source>
        <translation>Mostrar la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft chimes</source>
        <translation>Campanillas suaves</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simple pacer: slow down gradually as I go</source>
        <translation>Ritmo sencillo: ir más despacio poco a poco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow down gradually</source>
        <translation>Ir más despacio poco a poco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spoken cues (if this computer can speak)</source>
        <translation>Indicaciones habladas (si este ordenador puede hablar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spoken cues</source>
        <translation>Indicaciones habladas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make my own pattern…</source>
        <translation>Crear mi propio patrón…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A breathing pattern of your own, within the same gentle limits</source>
        <translation>Un patrón de respiración propio, dentro de los mismos límites suaves</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock your journal to keep patterns of your own</source>
        <translation>Desbloquea tu diario para guardar patrones propios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What&apos;s happening right now?</source>
        <translation>¿Qué está pasando ahora mismo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose by what you feel</source>
        <translation>Elegir según lo que sientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+157"/>
        <location line="+300"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="-455"/>
        <source>The chosen exercise</source>
        <translation>El ejercicio elegido</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+335"/>
        <source>Current phase</source>
        <translation>Fase actual</translation>
    </message>
    <message>
        <location line="-327"/>
        <location line="+238"/>
        <location line="+101"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Pause; it starts again at an in-breath (Space)</source>
        <translation>Pausa; vuelve a empezar al tomar aire (Espacio)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+78"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+77"/>
        <source>Stop now. That&apos;s always okay. (Esc)</source>
        <translation>Parar ahora. Siempre está bien. (Esc)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Slower</source>
        <translation>Más despacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make each breath a little longer (−)</source>
        <translation>Hacer cada respiración un poco más larga (−)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make each breath a little shorter (+)</source>
        <translation>Hacer cada respiración un poco más corta (+)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip holds</source>
        <translation>Saltar las pausas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the holds</source>
        <translation>Saltar las pausas con aire retenido</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another exercise</source>
        <translation>Elegir otro ejercicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this exercise</source>
        <translation>Sobre este ejercicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this exercise is, and its safety notes</source>
        <translation>Qué es este ejercicio y sus notas de seguridad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous step</source>
        <translation>El paso anterior</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The next step, whenever you are ready</source>
        <translation>El siguiente paso, cuando quieras</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Carry on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Step {number} of {total}</source>
        <translation>Paso {number} de {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Thank you for taking this time.</source>
        <translation>Gracias por dedicarte este tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You stopped — that&apos;s okay.</source>
        <translation>Has parado, y está bien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping is always allowed. Take a moment before you carry on.</source>
        <translation>Parar siempre está permitido. Tómate un momento antes de seguir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next, if you like: {exercise}</source>
        <translation>A continuación, si quieres: {exercise}</translation>
    </message>
</context>
<context>
    <name>soothe.rating</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/rating.py" line="+16"/>
        <source>How strong is the feeling right now? 0 = calm, 10 = the most</source>
        <translation>¿Con qué intensidad lo sientes ahora mismo? 0 = calma, 10 = lo máximo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rate how strong the feeling is (optional)</source>
        <translation>Valorar la intensidad del sentimiento (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a 0 to 10 scale; rating is never needed</source>
        <translation>Mostrar una escala de 0 a 10; valorar nunca es necesario</translation>
    </message>
</context>
<context>
    <name>soothe.safety_plan</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/safety_plan.py" line="+46"/>
        <source>My safety plan.pdf</source>
        <translation>Mi plan de seguridad.pdf</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <location line="+17"/>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the moments when things feel too much. Go at your own pace; you can reach out at any step.</source>
        <translation>Para los momentos en que todo se vuelve demasiado. Ve a tu ritmo; puedes pedir ayuda en cualquier paso.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Each line says when its number was last checked. {note}</source>
        <translation>Cada línea indica cuándo se comprobó su número por última vez. {note}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>My own crisis lines and numbers, one per line</source>
        <translation>Mis propias líneas de crisis y números, uno por línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My own crisis lines</source>
        <translation>Mis propias líneas de crisis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show my own lines while my journal is locked</source>
        <translation>Mostrar mis propias líneas cuando el diario está bloqueado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show my own crisis lines while locked</source>
        <translation>Mostrar mis propias líneas de crisis con el diario bloqueado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If ticked, they are stored unencrypted so the lock screen can show them.</source>
        <translation>Si lo marcas, se guardan sin cifrar para que la pantalla de bloqueo pueda mostrarlas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write one item per line. Your plan is saved inside your encrypted journal.</source>
        <translation>Escribe una cosa por línea. Tu plan se guarda dentro de tu diario cifrado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your own plan is inside your journal. Unlock it to see or write it; you can choose parts to show here, on the lock screen, too.</source>
        <translation>Tu propio plan está dentro de tu diario. Desbloquéalo para verlo o escribirlo; también puedes elegir partes para mostrarlas aquí, en la pantalla de bloqueo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Show this while my journal is locked</source>
        <translation>Mostrar esto cuando el diario está bloqueado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show {section} while locked</source>
        <translation>Mostrar «{section}» con el diario bloqueado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal contacts: if ticked, they are stored unencrypted so the lock screen can show them.</source>
        <translation>Contactos personales: si lo marcas, se guardan sin cifrar para que la pantalla de bloqueo pueda mostrarlos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If ticked, this part is stored unencrypted so the lock screen can show it.</source>
        <translation>Si lo marcas, esta parte se guarda sin cifrar para que la pantalla de bloqueo pueda mostrarla.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my plan as a PDF</source>
        <translation>Guardar mi plan como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One page with your plan and crisis lines, saved where you choose</source>
        <translation>Una página con tu plan y las líneas de crisis, guardada donde elijas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my plan</source>
        <translation>Imprimir mi plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one page with your plan and crisis lines ({shortcut})</source>
        <translation>Imprimir una página con tu plan y las líneas de crisis ({shortcut})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the safety plan (Esc)</source>
        <translation>Cerrar el plan de seguridad (Esc)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>all regions</source>
        <translation>todas las regiones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save my safety plan as a PDF</source>
        <translation>Guardar mi plan de seguridad como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files ({pattern})</source>
        <translation>Archivos PDF ({pattern})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PDF could not be saved there ({reason}). Please choose another place.</source>
        <translation>No se pudo guardar el PDF ahí ({reason}). Elige otro lugar, por favor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>soothe.safety_print</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/safety_print.py" line="+38"/>
        <source>A printed page or PDF of your plan is not encrypted: keep it somewhere private.</source>
        <translation>Una página impresa o un PDF de tu plan no está cifrado: guárdalo en un lugar privado.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checked {date}.</source>
        <translation>Comprobado: {date}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crisis lines: {region}. {note} Printed {date}.</source>
        <translation>Líneas de crisis: {region}. {note} Impreso el {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+105"/>
        <location line="+18"/>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>My own crisis lines</source>
        <translation>Mis propias líneas de crisis</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Print my safety plan</source>
        <translation>Imprimir mi plan de seguridad</translation>
    </message>
</context>
<context>
    <name>spell_settings</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/spell_settings.py" line="+23"/>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Underline words that may be misspelled, in</source>
        <translation>Subrayar las palabras que quizá estén mal escritas, en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check spelling</source>
        <translation>Revisar la ortografía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spelling language</source>
        <translation>Idioma de la ortografía</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Words you add to your dictionary (names, places) are kept inside the encrypted journal, with your entries.</source>
        <translation>Las palabras que añades a tu diccionario (nombres, lugares) se guardan dentro del diario cifrado, con tus entradas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>My dictionary…</source>
        <translation>Mi diccionario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the words you added, and take some out if you like</source>
        <translation>Ver las palabras que añadiste y quitar alguna si quieres</translation>
    </message>
</context>
<context>
    <name>spell_words_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/spell_words_dialog.py" line="+32"/>
        <source>My dictionary</source>
        <translation>Mi diccionario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words you added so they are not underlined. They are kept inside your encrypted journal.</source>
        <translation>Palabras que añadiste para que no se subrayen. Se guardan dentro de tu diario cifrado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Words in my dictionary</source>
        <translation>Palabras de mi diccionario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No words yet. Right-click an underlined word and choose &quot;Add to my dictionary&quot;.</source>
        <translation>Todavía no hay palabras. Haz clic derecho en una palabra subrayada y elige «Añadir a mi diccionario».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take out</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen words out of my dictionary (Delete)</source>
        <translation>Quitar las palabras elegidas de mi diccionario (Supr)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put them back</source>
        <translation>Volver a ponerlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo taking the words out</source>
        <translation>Deshacer la retirada de las palabras</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n words taken out.</source>
        <translation>
            <numerusform>%n palabra quitada.</numerusform>
            <numerusform>%n palabras quitadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They are back.</source>
        <translation>Ya están de vuelta.</translation>
    </message>
</context>
<context>
    <name>store.attachments</name>
    <message>
        <location filename="../../src/innerchild_desktop/store/attachments.py" line="+35"/>
        <source>{name} is {size} MB; the journal keeps files of up to {limit} MB each, so it was not added.</source>
        <translation>{name} ocupa {size} MB; el diario guarda archivos de hasta {limit} MB cada uno, así que no se ha añadido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That file is {size} MB; the journal keeps files of up to {limit} MB each, so it was not added.</source>
        <translation>Ese archivo ocupa {size} MB; el diario guarda archivos de hasta {limit} MB cada uno, así que no se ha añadido.</translation>
    </message>
</context>
<context>
    <name>sync_dialogs</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/sync_dialogs.py" line="+33"/>
        <source>Choose a sync passphrase for this folder. Your other computers ask for it once, when they join. It can be the same as your journal&apos;s passphrase, or a new one.</source>
        <translation>Elige una frase de contraseña de sincronización para esta carpeta. Tus otros ordenadores te la pedirán una vez, al unirse. Puede ser la misma que la de tu diario o una nueva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing through this folder was set up on another computer. Type the sync passphrase you chose on your other computer.</source>
        <translation>La sincronización a través de esta carpeta se configuró en otro ordenador. Escribe la frase de contraseña de sincronización que elegiste en ese ordenador.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Join syncing through this folder</source>
        <translation>Unirse a la sincronización de esta carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync through this folder</source>
        <translation>Sincronizar a través de esta carpeta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sync passphrase</source>
        <translation>La frase de contraseña de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync passphrase</source>
        <translation>Frase de contraseña de sincronización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sync passphrase</source>
        <translation>Una frase de contraseña de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New sync passphrase</source>
        <translation>Nueva frase de contraseña de sincronización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same again</source>
        <translation>La misma otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm sync passphrase</source>
        <translation>Confirmar la frase de contraseña de sincronización</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This computer&apos;s name, as your other computers show it:</source>
        <translation>El nombre de este ordenador, tal como lo verán tus otros ordenadores:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s name</source>
        <translation>Nombre de este ordenador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Joining</source>
        <translation>Uniéndose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting up</source>
        <translation>Configurando</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start syncing</source>
        <translation>Empezar a sincronizar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please type the sync passphrase.</source>
        <translation>Escribe la frase de contraseña de sincronización, por favor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Joining: both journals are being merged…</source>
        <translation>Uniéndose: se están combinando los dos diarios…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting up…</source>
        <translation>Configurando…</translation>
    </message>
</context>
<context>
    <name>sync_runner</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/sync_runner.py" line="+40"/>
        <source>Synced a moment ago</source>
        <translation>Sincronizado hace un momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync folder isn&apos;t there right now</source>
        <translation>La carpeta de sincronización no está disponible ahora mismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced just now; it tries again in a minute</source>
        <translation>No se ha podido sincronizar ahora; se vuelve a intentar en un minuto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another computer</source>
        <translation>otro ordenador</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A change from {name} would move {count} of your %n entries to the trash.</source>
        <translation>
            <numerusform>Un cambio de {name} movería a la papelera {count} de tu %n entrada.</numerusform>
            <numerusform>Un cambio de {name} movería a la papelera {count} de tus %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A change waits for you</source>
        <translation>Un cambio te espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries in the trash can be brought back. If this isn&apos;t what you meant, choose Not now: nothing changes here, and the change waits until you decide (Settings → Use on more than one computer).</source>
        <translation>Las entradas de la papelera se pueden recuperar. Si no es lo que querías, elige Ahora no: aquí no cambia nada y el cambio espera hasta que decidas (Ajustes → Usar en más de un ordenador).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply it</source>
        <translation>Aplicarlo</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>{change} It waits.</source>
        <translation>{change} Está en espera.</translation>
    </message>
</context>
<context>
    <name>sync_settings</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/sync_settings.py" line="+35"/>
        <source>If you like, this journal can be kept in step with your other computers through a folder you already sync: Syncthing, Dropbox, or a USB stick you carry. The journal itself never goes there, only encrypted change files. Whoever can see that folder can learn when you made changes and how big they were, never what they say.</source>
        <translation>Si quieres, este diario puede mantenerse al día con tus otros ordenadores a través de una carpeta que ya sincronizas: Syncthing, Dropbox o una memoria USB que lleves contigo. El diario en sí nunca va allí, solo archivos de cambios cifrados. Quien pueda ver esa carpeta puede saber cuándo hiciste cambios y de qué tamaño, nunca lo que dicen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feeling</source>
        <translation>sentimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An entry</source>
        <translation>Una entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A memory</source>
        <translation>Un recuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session</source>
        <translation>Una sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A setting</source>
        <translation>Un ajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A safety plan</source>
        <translation>Un plan de seguridad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>some time ago</source>
        <translation>hace un tiempo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a moment ago</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at {time}</source>
        <translation>ayer a las {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on {day} {month}</source>
        <translation>el {day} {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {day} {month} {year}</source>
        <translation>el {day} {month} {year}</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+10"/>
        <source>Use on more than one computer</source>
        <translation>Usar en más de un ordenador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About syncing</source>
        <translation>Sobre la sincronización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computers</source>
        <translation>Ordenadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent</source>
        <translation>Pendiente de enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on two computers at once (both versions are kept; the entry&apos;s History has the other one). Choose one to look at it:</source>
        <translation>Cambiado en dos ordenadores a la vez (se conservan las dos versiones; el Historial de la entrada tiene la otra). Elige una para verla:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed on two computers</source>
        <translation>Cambiado en dos ordenadores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change that waits</source>
        <translation>Un cambio en espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide about it…</source>
        <translation>Decidir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the change, or not now</source>
        <translation>Aplicar el cambio, o ahora no</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a fol&amp;der…</source>
        <translation>Elegir una &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder Syncthing, Dropbox or a USB stick keeps in step</source>
        <translation>Una carpeta que Syncthing, Dropbox o una memoria USB mantienen al día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ync now</source>
        <translation>Sincroni&amp;zar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and receive changes now</source>
        <translation>Enviar y recibir cambios ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop syncing on this computer…</source>
        <translation>Dejar de sincronizar en este ordenador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer stops syncing; the folder and other computers stay</source>
        <translation>Este ordenador deja de sincronizar; la carpeta y los otros ordenadores siguen igual</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync news</source>
        <translation>Novedades de la sincronización</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Syncing through {folder}</source>
        <translation>Sincronizando a través de {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing through {folder}. The folder isn&apos;t there right now (a USB stick not plugged in?): your writing waits here and goes out next time.</source>
        <translation>Sincronizando a través de {folder}. La carpeta no está disponible ahora mismo (¿una memoria USB sin conectar?): lo que escribes espera aquí y saldrá la próxima vez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} (this computer)</source>
        <translation>{name} (este ordenador)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: last synced {when}, with changes still to bring in</source>
        <translation>{name} · última sincronización: {when}, con cambios aún por traer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: last synced {when}</source>
        <translation>{name} · última sincronización: {when}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n of your changes wait to be sent; they go out at the next sync.</source>
        <translation>
            <numerusform>%n cambio tuyo espera a ser enviado; saldrá en la próxima sincronización.</numerusform>
            <numerusform>%n cambios tuyos esperan a ser enviados; saldrán en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything written here has been sent.</source>
        <translation>Todo lo escrito aquí se ha enviado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>another computer</source>
        <translation>otro ordenador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}”</source>
        <translation>«{title}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {kind}</source>
        <translation>Un elemento «{kind}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{thing}: its {field}, also on {computer}</source>
        <translation>{thing}: su {field}, también en {computer}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{change} It waits for you.</source>
        <translation>{change} Te espera.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the folder to sync through</source>
        <translation>Elige la carpeta a través de la que sincronizar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This computer has joined: both journals are merged.</source>
        <translation>Este ordenador se ha unido: los dos diarios están combinados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing is set up. On your other computer, choose the same folder here.</source>
        <translation>La sincronización está configurada. En tu otro ordenador, elige aquí la misma carpeta.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In step with your other computers.</source>
        <translation>Al día con tus otros ordenadores.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Stop syncing on this computer?</source>
        <translation>¿Dejar de sincronizar en este ordenador?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal here stays as it is, and so do the sync folder and your other computers. You can choose the folder again at any time.</source>
        <translation>Tu diario aquí se queda como está, igual que la carpeta de sincronización y tus otros ordenadores. Puedes volver a elegir la carpeta cuando quieras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep syncing</source>
        <translation>Seguir sincronizando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop syncing</source>
        <translation>Dejar de sincronizar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This computer no longer syncs. Your journal here is untouched.</source>
        <translation>Este ordenador ya no sincroniza. Tu diario aquí sigue intacto.</translation>
    </message>
</context>
<context>
    <name>timeline.axis_switch</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/axis_switch.py" line="+19"/>
        <source>Memories known only by a year are in “By year”.</source>
        <translation>Los recuerdos de los que solo sabes el año están en «Por año».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memories known only by an age are in “By age”.</source>
        <translation>Los recuerdos de los que solo sabes la edad están en «Por edad».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A birth date (Settings) puts every memory in both views.</source>
        <translation>Con una fecha de nacimiento (en Ajustes), cada recuerdo aparece en las dos vistas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No memories here by age yet: a time like “around age 7” or “primary school” places one.</source>
        <translation>Aún no hay recuerdos por edad: un momento como «alrededor de los 7 años» o «primaria» sitúa uno aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No memories here by year yet: a time like “summer 1994” places one.</source>
        <translation>Aún no hay recuerdos por año: un momento como «verano de 1994» sitúa uno aquí.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timeline view</source>
        <translation>Vista de la línea de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By &amp;age</source>
        <translation>Por &amp;edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By age</source>
        <translation>Por edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memories on an axis of ages</source>
        <translation>Recuerdos en un eje de edades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By &amp;year</source>
        <translation>Por &amp;año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memories on an axis of calendar years</source>
        <translation>Recuerdos en un eje de años del calendario</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About this view</source>
        <translation>Sobre esta vista</translation>
    </message>
</context>
<context>
    <name>timeline.card</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/card.py" line="+40"/>
        <source>Feelings: {feelings}</source>
        <translation>Sentimientos: {feelings}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What I needed: {needs}</source>
        <translation>Lo que necesitaba: {needs}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I felt</source>
        <translation>Lo que sentí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I needed</source>
        <translation>Lo que necesitaba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What I would tell them now</source>
        <translation>Lo que le diría ahora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>▶ Voice note {length}</source>
        <translation>▶ Nota de voz {length}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▶ Voice note</source>
        <translation>▶ Nota de voz</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>veiled (heavy)</source>
        <translation>velado (difícil)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no feeling chosen</source>
        <translation>sin sentimiento elegido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody named</source>
        <translation>nadie nombrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no place named</source>
        <translation>sin lugar</translation>
    </message>
</context>
<context>
    <name>timeline.edit_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/edit_dialog.py" line="+38"/>
        <source>This is heavy — keep it veiled</source>
        <translation>Esto es difícil: mantenerlo velado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roughly is fine: &quot;around age 7&quot;, &quot;toddler&quot;, &quot;primary school&quot; or &quot;summer 1994&quot;.</source>
        <translation>Aproximado está bien: «alrededor de los 7 años», «primeros pasos», «primaria» o «verano de 1994».</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add a memory</source>
        <translation>Añadir un recuerdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit memory</source>
        <translation>Editar el recuerdo</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+43"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>A few words, like “The blue bicycle”</source>
        <translation>Unas pocas palabras, como «La bici azul»</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>&quot;around age 7&quot;, &quot;summer 1994&quot;, &quot;primary school&quot;</source>
        <translation>«alrededor de los 7 años», «verano de 1994», «primaria»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it will sit</source>
        <translation>Dónde se situará</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+40"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Names, separated by commas (optional)</source>
        <translation>Nombres, separados por comas (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Where it happened (optional)</source>
        <translation>Dónde pasó (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you remember</source>
        <translation>Lo que recuerdas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you remember, in your own words (optional)</source>
        <translation>Lo que recuerdas, con tus propias palabras (opcional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heavy memories stay veiled until you choose to open</source>
        <translation>Los recuerdos difíciles se quedan velados hasta que elijas abrirlos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I needed</source>
        <translation>Lo que necesitaba</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Memory</source>
        <translation>Recuerdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a photo…</source>
        <translation>Añadir una foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a photo with this memory, inside the encrypted journal</source>
        <translation>Guardar una foto con este recuerdo, dentro del diario cifrado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link the journal entry it was made from</source>
        <translation>Enlazar la entrada del diario de la que surgió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked entries</source>
        <translation>Entradas enlazadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked</source>
        <translation>Enlazado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Linked: {titles}</source>
        <translation>Enlazado con: {titles}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Link it to the entry “{title}”</source>
        <translation>Enlazarlo con la entrada «{title}»</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n already kept with it</source>
        <translation>
            <numerusform>%n ya guardada con él</numerusform>
            <numerusform>%n ya guardadas con él</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} (kept encrypted when you save)</source>
        <translation>{file} (se guardará cifrada al guardar)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a photo</source>
        <translation>Añadir una foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos ({patterns})</source>
        <translation>Fotos ({patterns})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Couldn&apos;t read {file}.</source>
        <translation>No se pudo leer {file}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Voice note…</source>
        <translation>Nota de voz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a voice note to keep with this memory, inside the encrypted journal</source>
        <translation>Grabar una nota de voz para guardarla con este recuerdo, dentro del diario cifrado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record a voice note ({shortcut})</source>
        <translation>Grabar una nota de voz ({shortcut})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voice notes</source>
        <translation>Notas de voz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
</context>
<context>
    <name>timeline.empty</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/empty.py" line="+15"/>
        <source>No memories yet</source>
        <translation>Aún no hay recuerdos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your timeline is here when you&apos;re ready.</source>
        <translation>Tu línea de tiempo te espera aquí, cuando quieras.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A memory can be small: a room, a smell, a song. Give it a few words and a rough time, like “around age 7” or “primary school”; the exact date doesn&apos;t matter. A heavy one can stay veiled until you choose to open it.</source>
        <translation>Un recuerdo puede ser pequeño: una habitación, un olor, una canción. Dale unas pocas palabras y un momento aproximado, como «alrededor de los 7 años» o «primaria»; la fecha exacta no importa. Uno difícil puede quedarse velado hasta que elijas abrirlo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There&apos;s no need to go in order, or to fill it all at once.</source>
        <translation>No hace falta ir en orden ni llenarla toda de una vez.</translation>
    </message>
</context>
<context>
    <name>timeline.marker</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/marker.py" line="+35"/>
        <source>veiled</source>
        <translation>velado</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a heavy memory, veiled</source>
        <translation>un recuerdo difícil, velado</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A heavy memory. Open it only when you choose.</source>
        <translation>Un recuerdo difícil. Ábrelo solo cuando tú lo elijas.</translation>
    </message>
</context>
<context>
    <name>timeline.page</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/page.py" line="+36"/>
        <source>Add a memory…</source>
        <translation>Añadir un recuerdo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a memory on your timeline, with a rough time like “around age 7” ({shortcut})</source>
        <translation>Guarda un recuerdo en tu línea de tiempo, con un momento aproximado como «alrededor de los 7 años» ({shortcut})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory deleted. Undo brings it back until the journal locks.</source>
        <translation>Recuerdo borrado. Deshacer lo recupera hasta que se bloquee el diario.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Memory</source>
        <translation>Recuerdo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a memory to see it here. Heavy ones stay veiled until you choose to open them.</source>
        <translation>Elige un recuerdo para verlo aquí. Los difíciles se quedan velados hasta que elijas abrirlos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No memories match this choice. “All memories” shows every one.</source>
        <translation>Ningún recuerdo coincide con esta elección. «Todos los recuerdos» los muestra todos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bring the deleted memory back</source>
        <translation>Recuperar el recuerdo borrado</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out (−)</source>
        <translation>Alejar (−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review…</source>
        <translation>Repasar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle walk through your memories, one at a time</source>
        <translation>Un paseo tranquilo por tus recuerdos, de uno en uno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lanes</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All together</source>
        <translation>Todos juntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by feeling</source>
        <translation>Filas por sentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by person</source>
        <translation>Filas por persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by place</source>
        <translation>Filas por lugar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show memories</source>
        <translation>Mostrar recuerdos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this memory&apos;s words or time</source>
        <translation>Cambiar las palabras o el momento de este recuerdo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write about this</source>
        <translation>Escribir sobre esto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A journal entry linked to this memory</source>
        <translation>Una entrada del diario enlazada a este recuerdo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this memory off the timeline (Delete); Undo brings it back</source>
        <translation>Quitar este recuerdo de la línea de tiempo (Supr); Deshacer lo recupera</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>All memories</source>
        <translation>Todos los recuerdos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling: {feeling}</source>
        <translation>Sentimiento: {feeling}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed: {need}</source>
        <translation>Necesitaba: {need}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With: {person}</source>
        <translation>Con: {person}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag: {tag}</source>
        <translation>Etiqueta: {tag}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intensity {level}</source>
        <translation>Intensidad {level}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This memory stays veiled. You can open it another time.</source>
        <translation>Este recuerdo sigue velado. Puedes abrirlo en otro momento.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>It&apos;s on your timeline, veiled. Open it whenever you choose.</source>
        <translation>Está en tu línea de tiempo, velado. Ábrelo cuando tú quieras.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Brought back. Undo again for the one deleted before it.</source>
        <translation>Recuperado. Vuelve a deshacer para recuperar el que borraste antes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Voice note</source>
        <translation>Nota de voz</translation>
    </message>
</context>
<context>
    <name>timeline.pickers</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/pickers.py" line="+79"/>
        <source>none chosen</source>
        <translation>ninguno elegido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Choose, if you like…</source>
        <translation>Elige, si quieres…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>What I needed</source>
        <translation>Lo que necesitaba</translation>
    </message>
</context>
<context>
    <name>timeline.review</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/review.py" line="+30"/>
        <source>What happened, as much as you want to say</source>
        <translation>Qué pasó, tanto como quieras contar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What I felt then</source>
        <translation>Lo que sentí entonces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I needed</source>
        <translation>Lo que necesitaba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I would tell them now</source>
        <translation>Lo que le diría ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In order of age</source>
        <translation>Por orden de edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By life stage</source>
        <translation>Por etapa de la vida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By feeling</source>
        <translation>Por sentimiento</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Review memories</source>
        <translation>Repasar recuerdos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include memories marked heavy</source>
        <translation>Incluir recuerdos marcados como difíciles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include heavy memories</source>
        <translation>Incluir recuerdos difíciles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A kind word to the child you were (saved as a journal entry linked to this memory), if you like</source>
        <translation>Una palabra amable para la niña o el niño que fuiste (se guarda como entrada del diario enlazada a este recuerdo), si quieres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compassionate response</source>
        <translation>Respuesta compasiva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous memory</source>
        <translation>El recuerdo anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next memory, when you&apos;re ready</source>
        <translation>El siguiente recuerdo, cuando quieras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause and breathe</source>
        <translation>Pausa para respirar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calm breathing exercise, now</source>
        <translation>Un ejercicio de respiración tranquila, ahora</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No memories to walk through yet.</source>
        <translation>Aún no hay recuerdos que repasar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{number} of {total} · take your time</source>
        <translation>{number} de {total} · tómate tu tiempo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>To the child in “{memory}”</source>
        <translation>A la niña o al niño de «{memory}»</translation>
    </message>
</context>
<context>
    <name>timeline.scene</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/scene.py" line="+216"/>
        <source>{stage} (ages {start}–{end})</source>
        <translation>{stage} (de {start} a {end} años)</translation>
    </message>
</context>
<context>
    <name>timeline.view</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/view.py" line="+19"/>
        <source>Memory timeline</source>
        <translation>Línea de tiempo de recuerdos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Left and right arrows move between memories, Enter opens one, plus and minus zoom, Delete takes the chosen one off the timeline ({undo} brings it back).</source>
        <translation>Las flechas izquierda y derecha pasan de un recuerdo a otro, Intro abre uno, más y menos acercan y alejan, Supr quita el elegido de la línea de tiempo ({undo} lo recupera).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Memory timeline, chosen: {memory}</source>
        <translation>Línea de tiempo de recuerdos, elegido: {memory}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Timeline overview</source>
        <translation>Vista general de la línea de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click or drag to move the timeline to that place</source>
        <translation>Haz clic o arrastra para llevar la línea de tiempo a ese lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole timeline: click or drag to move along it</source>
        <translation>Toda la línea de tiempo: haz clic o arrastra para recorrerla</translation>
    </message>
</context>
<context>
    <name>timeline.voice_notes</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/voice_notes.py" line="+40"/>
        <source>&amp;Keep with the memory</source>
        <translation>&amp;Guardar con el recuerdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep with the memory (saved when you save it)</source>
        <translation>Guardar con el recuerdo (se guarda cuando guardes el recuerdo)</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n kept with it</source>
        <translation>
            <numerusform>%n guardada con él</numerusform>
            <numerusform>%n guardadas con él</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new (kept when you save)</source>
        <translation>
            <numerusform>%n nueva (se guarda al guardar)</numerusform>
            <numerusform>%n nuevas (se guardan al guardar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/__init__.py" line="+48"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;hare with my therapist…</source>
        <translation>Co&amp;mpartir con mi terapeuta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up &amp;to…</source>
        <translation>Hacer copia de seguridad &amp;en…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>transfer.backup_dialogs</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/backup_dialogs.py" line="+51"/>
        <source>Back up your journal</source>
        <translation>Hacer una copia de seguridad de tu diario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An encrypted copy, wherever you choose</source>
        <translation>Una copia cifrada, donde tú elijas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup stays encrypted: it opens only with your passphrase (as it is today) or your recovery key. A USB stick or a synced folder is a good place. Keep your recovery key somewhere else.</source>
        <translation>La copia de seguridad sigue cifrada: solo se abre con tu frase de contraseña (la de hoy) o con tu clave de recuperación. Una memoria USB o una carpeta sincronizada son buenos lugares. Guarda tu clave de recuperación en otro sitio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where to save the backup</source>
        <translation>Dónde guardar la copia de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up</source>
        <translation>Hacer copia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the backup as</source>
        <translation>Guardar la copia de seguridad como</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Inner Child backups (*.icbackup)</source>
        <translation>Copias de seguridad de Inner Child (*.icbackup)</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The folder {folder} does not exist. No backup was written.</source>
        <translation>La carpeta {folder} no existe. No se ha escrito ninguna copia de seguridad.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing an encrypted backup…</source>
        <translation>Escribiendo una copia de seguridad cifrada…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your encrypted backup is saved: {path} ({size} MB). To use it, choose File → Restore from a backup….</source>
        <translation>Tu copia de seguridad cifrada está guardada: {path} ({size} MB). Para usarla, elige Archivo → Restaurar desde una copia de seguridad….</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>That passphrase doesn&apos;t open this backup. It needs the passphrase the journal had when the backup was made, or your recovery key. Your journal is unchanged.</source>
        <translation>Esa frase de contraseña no abre esta copia de seguridad. Necesita la frase de contraseña que tenía el diario cuando se hizo la copia, o tu clave de recuperación. Tu diario no ha cambiado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bring back a journal from a backup</source>
        <translation>Recuperar un diario desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is checked completely before anything is replaced. Your current journal, if there is one, is kept aside in the backups folder, not deleted.</source>
        <translation>La copia de seguridad se comprueba por completo antes de reemplazar nada. Tu diario actual, si lo hay, se guarda aparte en la carpeta de copias de seguridad, no se borra.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Choose an .icbackup file…</source>
        <translation>Elige un archivo .icbackup…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup&apos;s passphrase or recovery key</source>
        <translation>La frase de contraseña de la copia o la clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its passphrase (as it was then) or your recovery key</source>
        <translation>Su frase de contraseña (la de entonces) o tu clave de recuperación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check and restore</source>
        <translation>Comprobar y restaurar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a backup</source>
        <translation>Elige una copia de seguridad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Made on {day} {month} {year} at {time} by Inner Child {version}.</source>
        <translation>Hecha el {day} de {month} de {year} a las {time} con Inner Child {version}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It was {note}.</source>
        <translation>Era {note}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is not a file. Your journal is unchanged.</source>
        <translation>{path} no es un archivo. Tu diario no ha cambiado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup did not pass its integrity check, so nothing was restored. Your journal is unchanged.</source>
        <translation>La copia de seguridad no superó la comprobación de integridad, así que no se ha restaurado nada. Tu diario no ha cambiado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your journal was restored from the backup.</source>
        <translation>Tu diario se ha restaurado desde la copia de seguridad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your previous journal is kept in {folder}.</source>
        <translation>Tu diario anterior se guarda en {folder}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock it with the passphrase it had when the backup was made, or with your recovery key.</source>
        <translation>Desbloquéalo con la frase de contraseña que tenía cuando se hizo la copia, o con tu clave de recuperación.</translation>
    </message>
</context>
<context>
    <name>transfer.export_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/export_dialog.py" line="+29"/>
        <source>An export is not encrypted: anyone who can open the file can read every word. Keep it somewhere private, and delete it when you no longer need it. For a copy that stays encrypted, use File → Back up to… instead.</source>
        <translation>Una exportación no está cifrada: cualquiera que pueda abrir el archivo puede leer cada palabra. Guárdala en un lugar privado y bórrala cuando ya no la necesites. Para una copia que siga cifrada, usa mejor Archivo → Hacer copia de seguridad en….</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Markdown folder</source>
        <translation>Carpeta Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per entry with its details at the top, photos beside them, and your memories. Readable in any text editor.</source>
        <translation>Un archivo por entrada con sus datos al principio, las fotos al lado, y tus recuerdos. Se puede leer en cualquier editor de texto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JSON — complete copy</source>
        <translation>JSON — copia completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in one file (entries, memories, photos, exercises, settings). The most complete export; it can be imported into Inner Child again.</source>
        <translation>Todo en un archivo (entradas, recuerdos, fotos, ejercicios, ajustes). La exportación más completa; se puede volver a importar en Inner Child.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTML — one web page</source>
        <translation>HTML — una página web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A single page with your photos inside it, to read offline in any browser.</source>
        <translation>Una sola página con tus fotos dentro, para leer sin conexión en cualquier navegador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF — a book</source>
        <translation>PDF — un libro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A title page, your entries by date and your memories by age, ready to read or print.</source>
        <translation>Una portada, tus entradas por fecha y tus recuerdos por edad, listos para leer o imprimir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export your journal</source>
        <translation>Exportar tu diario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take a copy of your journal with you</source>
        <translation>Llévate una copia de tu diario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export as</source>
        <translation>Exportar como</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to save the export</source>
        <translation>Dónde guardar la exportación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy is not encrypted</source>
        <translation>Esta copia no está cifrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>I understand this copy will not be encrypted</source>
        <translation>Entiendo que esta copia no estará cifrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As</source>
        <translation>Como</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose where the export folder goes</source>
        <translation>Elige dónde va la carpeta exportada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Please tick the box first: this copy will not be encrypted.</source>
        <translation>Marca primero la casilla, por favor: esta copia no estará cifrada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>La carpeta {folder} no existe. No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a file called “{name}” there.</source>
        <translation>Ya hay un archivo llamado «{name}» ahí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is in {folder}. If you replace it, what it holds now is gone. You can keep it and choose another name instead.</source>
        <translation>Está en {folder}. Si lo reemplazas, lo que contiene ahora se pierde. Puedes conservarlo y elegir otro nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace it</source>
        <translation>Reemplazarlo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Exporting as {format}…</source>
        <translation>Exportando como {format}…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n memories</source>
        <translation>
            <numerusform>%n recuerdo</numerusform>
            <numerusform>%n recuerdos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photos</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n exercise sessions</source>
        <translation>
            <numerusform>%n sesión de ejercicios</numerusform>
            <numerusform>%n sesiones de ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {what} to {path}. This copy is not encrypted: keep it somewhere private.</source>
        <translation>Guardado en {path}: {what}. Esta copia no está cifrada: guárdala en un lugar privado.</translation>
    </message>
</context>
<context>
    <name>transfer.import_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/import_dialog.py" line="+28"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day One</source>
        <translation>Day One</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .zip file Day One makes with Export → JSON (with its photos folder).</source>
        <translation>El archivo .zip que crea Day One con Exportar → JSON (con su carpeta de fotos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day One export (*.zip)</source>
        <translation>Exportación de Day One (*.zip)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jrnl — JSON export</source>
        <translation>jrnl — exportación JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file made with “jrnl --format json &gt; journal.json”.</source>
        <translation>Un archivo creado con «jrnl --format json &gt; journal.json».</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>jrnl — plain-text journal</source>
        <translation>jrnl — diario en texto plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jrnl&apos;s own journal file (jrnl.txt). An encrypted jrnl journal must be exported first.</source>
        <translation>El propio archivo de diario de jrnl (jrnl.txt). Un diario de jrnl cifrado tiene que exportarse antes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RedNotebook</source>
        <translation>RedNotebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RedNotebook&apos;s data folder, the one with month files like 2024-05.txt.</source>
        <translation>La carpeta de datos de RedNotebook, la que tiene archivos por mes como 2024-05.txt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A folder of Markdown files</source>
        <translation>Una carpeta de archivos Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example Obsidian daily notes. Dates come from front matter or file names, titles from the first heading, tags from front matter and #tags.</source>
        <translation>Por ejemplo, las notas diarias de Obsidian. Las fechas salen del front matter o de los nombres de archivo, los títulos del primer encabezado y las etiquetas del front matter y de las #etiquetas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inner Child — JSON export</source>
        <translation>Inner Child — exportación JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A complete copy made with File → Export… → JSON, for example from another computer.</source>
        <translation>Una copia completa hecha con Archivo → Exportar… → JSON, por ejemplo desde otro ordenador.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photos</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n memories</source>
        <translation>
            <numerusform>%n recuerdo</numerusform>
            <numerusform>%n recuerdos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {what}.</source>
        <translation>Importado: {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing new was added.</source>
        <translation>No se ha añadido nada nuevo.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n entries were already in your journal from an earlier import, so not added twice.</source>
        <translation>
            <numerusform>%n entrada ya estaba en tu diario por una importación anterior, así que no se ha añadido dos veces.</numerusform>
            <numerusform>%n entradas ya estaban en tu diario por una importación anterior, así que no se han añadido dos veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n items were skipped (below).</source>
        <translation>
            <numerusform>Se ha omitido %n elemento (abajo).</numerusform>
            <numerusform>Se han omitido %n elementos (abajo).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import into your journal</source>
        <translation>Importar a tu diario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring in entries from another journal</source>
        <translation>Trae entradas de otro diario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything you import is encrypted as it comes in. The original files are only read, never changed. If anything goes wrong, nothing is imported.</source>
        <translation>Todo lo que importas se cifra al entrar. Los archivos originales solo se leen, nunca se cambian. Si algo sale mal, no se importa nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import from</source>
        <translation>Importar desde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File or folder to import</source>
        <translation>Archivo o carpeta que importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file or folder…</source>
        <translation>Elige un archivo o una carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a folder…</source>
        <translation>Elige una carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file…</source>
        <translation>Elige un archivo…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the {source} folder</source>
        <translation>Elige la carpeta de {source}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the {source} file</source>
        <translation>Elige el archivo de {source}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} does not exist. Nothing was imported.</source>
        <translation>{path} no existe. No se ha importado nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{source} needs a folder; {name} is not one.</source>
        <translation>{source} necesita una carpeta; {name} no lo es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{source} needs a file; {name} is not one.</source>
        <translation>{source} necesita un archivo; {name} no lo es.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing from {source}…</source>
        <translation>Importando desde {source}…</translation>
    </message>
</context>
<context>
    <name>transfer.progress</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/backup_dialogs.py" line="-264"/>
        <source>No backup was written; your journal is unchanged.</source>
        <translation>No se ha escrito ninguna copia de seguridad; tu diario no ha cambiado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. No backup was written.</source>
        <translation>Detenido. No se ha escrito ninguna copia de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your backup is saved</source>
        <translation>Tu copia de seguridad está guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This takes a few seconds. Your journal stays just as it is.</source>
        <translation>Esto tarda unos segundos. Tu diario se queda tal como está.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Your journal is unchanged.</source>
        <translation>Tu diario no ha cambiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped. Your journal is unchanged.</source>
        <translation>Detenido. Tu diario no ha cambiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is checked first; your journal is replaced only if it is sound.</source>
        <translation>Primero se comprueba la copia de seguridad; tu diario solo se reemplaza si está en buen estado.</translation>
    </message>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/export_dialog.py" line="-177"/>
        <location filename="../../src/innerchild_desktop/ui/transfer/share_dialog.py" line="+164"/>
        <source>Nothing was written.</source>
        <translation>No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/innerchild_desktop/ui/transfer/share_dialog.py" line="+1"/>
        <source>Stopped. Nothing was written.</source>
        <translation>Detenido. No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your export is ready</source>
        <translation>Tu exportación está lista</translation>
    </message>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/import_dialog.py" line="-117"/>
        <source>Nothing was imported; your journal is unchanged.</source>
        <translation>No se ha importado nada; tu diario no ha cambiado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. Nothing was imported; your journal is unchanged.</source>
        <translation>Detenido. No se ha importado nada; tu diario no ha cambiado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your entries are in</source>
        <translation>Tus entradas ya están dentro</translation>
    </message>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/progress.py" line="+51"/>
        <source>The file could not be written or read: {reason} ({file}). {nothing_changed}</source>
        <translation>No se pudo escribir o leer el archivo: {reason} ({file}). {nothing_changed}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be written or read: {reason}. {nothing_changed}</source>
        <translation>No se pudo escribir o leer el archivo: {reason}. {nothing_changed}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong inside Inner Child ({kind}). {nothing_changed}</source>
        <translation>Algo ha fallado dentro de Inner Child ({kind}). {nothing_changed}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Almost done.</source>
        <translation>Casi listo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less than a minute left.</source>
        <translation>Queda menos de un minuto.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Queda %n minuto, más o menos.</numerusform>
            <numerusform>Quedan unos %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Detenido. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All done</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This keeps going by itself. Cancel stops it, and nothing half-done stays.</source>
        <translation>Esto sigue solo. Cancelar lo detiene, y no queda nada a medias.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress detail</source>
        <translation>Detalle del progreso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop now (Esc); nothing half-done stays</source>
        <translation>Detener ahora (Esc); no queda nada a medias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I feel overwhelmed</source>
        <translation>Todo me desborda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a calm breathing exercise; this keeps going meanwhile</source>
        <translation>Abrir un ejercicio de respiración tranquila; esto sigue mientras tanto</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the file or folder</source>
        <translation>Elige el archivo o la carpeta</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{done} of {total}. {estimate}</source>
        <translation>{done} de {total}. {estimate}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/share_dialog.py" line="+1"/>
        <source>Your file to share is ready</source>
        <translation>Tu archivo para compartir está listo</translation>
    </message>
</context>
<context>
    <name>transfer.share_dialog</name>
    <message>
        <location line="-62"/>
        <source>{date}  {title}, left out unless ticked</source>
        <translation>{date}  {title}, fuera salvo que la marques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>heavy entry</source>
        <translation>entrada difícil</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Share with my therapist</source>
        <translation>Compartir con mi terapeuta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Share part of your journal</source>
        <translation>Comparte una parte de tu diario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose what to share and see on the right exactly what it will hold. Only this one file leaves the journal, and it is not encrypted.</source>
        <translation>Elige qué compartir y mira a la derecha exactamente lo que contendrá. Solo este archivo sale del diario, y no está cifrado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only entries with this tag</source>
        <translation>Solo entradas con esta etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only from</source>
        <translation>Solo desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only entries between two dates</source>
        <translation>Solo entradas entre dos fechas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entries to share</source>
        <translation>Entradas que compartir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick all</source>
        <translation>Marcar todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick all</source>
        <translation>Desmarcar todas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Memories from my timeline</source>
        <translation>Recuerdos de mi línea de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heavy memories too</source>
        <translation>También los recuerdos difíciles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My exercise history</source>
        <translation>Mi historial de ejercicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also</source>
        <translation>También</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moods and feelings</source>
        <translation>Estados de ánimo y sentimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How heavy it felt</source>
        <translation>Lo difícil que se sintió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 0 to 10 ratings of how heavy a day or an exercise felt</source>
        <translation>Las valoraciones de 0 a 10 de lo difícil que se sintió un día o un ejercicio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names to leave out</source>
        <translation>Nombres que dejar fuera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names to replace with [name], one per line</source>
        <translation>Nombres que reemplazar por [name], uno por línea</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note to the reader</source>
        <translation>Una nota para quien lo lea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few words to the reader (optional)</source>
        <translation>Unas palabras para quien lo lea (opcional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML page</source>
        <translation>Página HTML</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a</source>
        <translation>Crear como</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What your therapist will see</source>
        <translation>Lo que verá tu terapeuta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the preview</source>
        <translation>Sobre la vista previa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of what will be shared</source>
        <translation>Vista previa de lo que se compartirá</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make the file…</source>
        <translation>Crear el archivo…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was written.</source>
        <translation>No se ha escrito nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memories (heavy ones too)</source>
        <translation>recuerdos (también los difíciles)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memories</source>
        <translation>recuerdos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exercise history</source>
        <translation>historial de ejercicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will be shared: {what}. Nothing else leaves the journal.</source>
        <translation>Se compartirá: {what}. Nada más sale del diario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview shows the first {shown} entries; the file will hold all {count}, laid out the same way.</source>
        <translation>La vista previa muestra las primeras {shown} entradas; el archivo tendrá las {count}, con el mismo formato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{ticked} of {total} ticked</source>
        <translation>{ticked} de {total} marcadas</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save the file to share</source>
        <translation>Guardar el archivo para compartir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Making the file to share…</source>
        <translation>Creando el archivo para compartir…</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/tray.py" line="+30"/>
        <source>Show {app}</source>
        <translation>Mostrar {app}</translation>
    </message>
</context>
<context>
    <name>undo_bar</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/undo_bar.py" line="+23"/>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What just happened</source>
        <translation>Lo que acaba de pasar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} ({shortcut})</source>
        <translation>{what} ({shortcut})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
</context>
<context>
    <name>window_actions</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/window_actions.py" line="+67"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quick hide</source>
        <translation>&amp;Ocultar rápido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I feel &amp;overwhelmed</source>
        <translation>Todo me &amp;desborda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I feel &amp;far away or numb</source>
        <translation>Me siento &amp;lejos, como si no sintiera nada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What&apos;s happening right now?…</source>
        <translation>¿&amp;Qué está pasando ahora mismo?…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My &amp;safety plan</source>
        <translation>Mi &amp;plan de seguridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Línea de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prompts</source>
        <translation>&amp;Propuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>&amp;Soothe</source>
        <translation>&amp;Calma</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a &amp;memory…</source>
        <translation>&amp;Añadir un recuerdo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Looking back…</source>
        <translation>&amp;Mirar atrás…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders: not this &amp;week</source>
        <translation>Recordatorios: esta &amp;semana no</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The backup was not made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted backup saved: {name}</source>
        <translation>Copia de seguridad cifrada guardada: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;A private, encrypted journal for inner child work.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un diario privado y cifrado para el trabajo con el niño interior.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Our privacy promise:&lt;/b&gt; everything you write stays on this computer, encrypted with a key only your passphrase or recovery key can open. The app never connects to the internet and sends nothing anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nuestra promesa de privacidad:&lt;/b&gt; todo lo que escribes se queda en este ordenador, cifrado con una clave que solo tu frase de contraseña o tu clave de recuperación pueden abrir. La app nunca se conecta a internet y no envía nada a ningún sitio.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;With thanks to the people behind the techniques:&lt;/b&gt; writing with your non-dominant hand, from Lucia Capacchione&apos;s work; the self-compassion break, from Kristin Neff; the butterfly hug, developed by Lucina Artigas and Ignacio Jarero; and safe-place resourcing, from trauma therapy. The prompts and exercises themselves are written for this app.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Con gratitud a las personas detrás de las técnicas:&lt;/b&gt; escribir con la mano no dominante, del trabajo de Lucia Capacchione; la pausa de autocompasión, de Kristin Neff; el abrazo de la mariposa, desarrollado por Lucina Artigas e Ignacio Jarero; y el recurso del lugar seguro, de la terapia del trauma. Las propuestas y los ejercicios están escritos para esta aplicación.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Built with Qt / PySide6 (LGPLv3), SQLCipher (BSD), Python-Markdown (BSD), argon2-cffi (MIT), cryptography (Apache 2.0 / BSD), platformdirs (MIT) and zxcvbn (MIT).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hecho con Qt / PySide6 (LGPLv3), SQLCipher (BSD), Python-Markdown (BSD), argon2-cffi (MIT), cryptography (Apache 2.0 / BSD), platformdirs (MIT) y zxcvbn (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
</context>
<context>
    <name>window_lock</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/window_lock.py" line="+27"/>
        <source>Your journal is getting its new key, so locking waits until that is done and the new recovery key is on screen.</source>
        <translation>Tu diario está recibiendo su clave nueva, así que el bloqueo espera hasta que termine y la nueva clave de recuperación esté en pantalla.</translation>
    </message>
</context>
<context>
    <name>window_soothe</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/window_soothe.py" line="+115"/>
        <source>Keep your exercise?</source>
        <translation>¿Guardar tu ejercicio?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You did %n exercises before unlocking.</source>
        <translation>
            <numerusform>Hiciste un ejercicio antes de desbloquear.</numerusform>
            <numerusform>Hiciste %n ejercicios antes de desbloquear.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>If you like, keep them in your journal, so they show in “What helps me”.</source>
        <translation>
            <numerusform>Si quieres, guárdalo en tu diario, para que aparezca en «Lo que me ayuda».</numerusform>
            <numerusform>Si quieres, guárdalos en tu diario, para que aparezcan en «Lo que me ayuda».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Keep them</source>
        <translation>
            <numerusform>Guardarlo</numerusform>
            <numerusform>Guardarlos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/workspace.py" line="+41"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>I feel overwhelmed</source>
        <translation>Todo me desborda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a calm breathing exercise now ({shortcut})</source>
        <translation>Abrir ahora un ejercicio de respiración tranquila ({shortcut})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I feel far away</source>
        <translation>Me siento lejos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I feel far away or numb</source>
        <translation>Me siento lejos, como si no sintiera nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come back to here and now, eyes open ({shortcut})</source>
        <translation>Volver al aquí y ahora, con los ojos abiertos ({shortcut})</translation>
    </message>
</context>
<context>
    <name>younger_me</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/younger_me.py" line="+36"/>
        <source>A photo of me as a child, blurred: press Enter to look</source>
        <translation>Una foto de mi infancia, difuminada: pulsa Intro para mirarla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo of me as a child: press Enter to write a letter to the younger me</source>
        <translation>Una foto de mi infancia: pulsa Intro para escribir una carta a mi yo más joven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you like, pin a photo of yourself as a child, or any picture that stands for them.</source>
        <translation>Si quieres, fija una foto de tu infancia, o cualquier imagen que la represente.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The younger me</source>
        <translation>Mi yo más joven</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write to them</source>
        <translation>Escribirle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new letter to the child you were</source>
        <translation>Empezar una carta nueva a la niña o al niño que fuiste</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Choose a photo…</source>
        <translation>Elegir una foto…</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Choose or change the younger me photo</source>
        <translation>Elegir o cambiar la foto de mi yo más joven</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show this photo</source>
        <translation>Mostrar esta foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a letter to the younger me</source>
        <translation>Escribir una carta a mi yo más joven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The younger me, blurred until you choose to look.</source>
        <translation>Mi yo más joven, difuminado hasta que elijas mirar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The younger me. Choosing the photo starts a letter to them.</source>
        <translation>Mi yo más joven. Elige la foto para empezar a escribirle una carta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose from the journal&apos;s photos…</source>
        <translation>Elegir entre las fotos del diario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a picture file…</source>
        <translation>Elegir un archivo de imagen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always show it</source>
        <translation>Mostrarla siempre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blur it until I choose to look</source>
        <translation>Difuminarla hasta que elija mirarla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove it from here</source>
        <translation>Quitarla de aquí</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A picture of the younger me</source>
        <translation>Una imagen de mi yo más joven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos ({patterns})</source>
        <translation>Fotos ({patterns})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Couldn&apos;t read {name}.</source>
        <translation>No se pudo leer {name}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the younger me</source>
        <translation>Elegir mi yo más joven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal&apos;s photos</source>
        <translation>Las fotos del diario</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A blurred photo from a memory</source>
        <translation>Una foto difuminada de un recuerdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blurred photo from an entry</source>
        <translation>Una foto difuminada de una entrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A photo from a memory</source>
        <translation>Una foto de un recuerdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A photo from an entry</source>
        <translation>Una foto de una entrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no photos in the journal yet. A picture file works too.</source>
        <translation>Aún no hay fotos en el diario. Un archivo de imagen también sirve.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pin this photo</source>
        <translation>Fijar esta foto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which picture stands for the child you were?</source>
        <translation>¿Qué imagen representa a la niña o el niño que fuiste?</translation>
    </message>
</context>
</TS>
