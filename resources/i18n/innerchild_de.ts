<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>access_dialogs</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/access_dialogs.py" line="+39"/>
        <source>That isn&apos;t the passphrase this journal opens with now. Take your time and try again; nothing was changed.</source>
        <translation>Das ist nicht die Passphrase, mit der sich dieses Tagebuch jetzt öffnet. Lass dir Zeit und versuch es noch einmal; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That isn&apos;t the passphrase this journal opens with now. Take your time and try again.</source>
        <translation>Das ist nicht die Passphrase, mit der sich dieses Tagebuch jetzt öffnet. Lass dir Zeit und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Something went wrong inside Inner Child ({kind}). Nothing was changed.</source>
        <translation>In Inner Child ist etwas schiefgelaufen ({kind}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your entries stay as they are: only the key to the journal changes. Your recovery key stays the same.</source>
        <translation>Deine Einträge bleiben, wie sie sind: Nur der Schlüssel zum Tagebuch ändert sich. Dein Wiederherstellungsschlüssel bleibt derselbe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your entries stay as they are. Your journal gets a new key and a new recovery key.</source>
        <translation>Deine Einträge bleiben, wie sie sind. Dein Tagebuch bekommt einen neuen Schlüssel und einen neuen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Change your passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your passphrase now</source>
        <translation>Deine jetzige Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new passphrase again</source>
        <translation>Die neue Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm new passphrase</source>
        <translation>Neue Passphrase bestätigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+198"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Changing your passphrase</source>
        <translation>Passphrase wird geändert</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Change passphrase and key</source>
        <translation>Passphrase und Schlüssel ändern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Please type the passphrase your journal opens with now.</source>
        <translation>Bitte gib die Passphrase ein, mit der sich dein Tagebuch jetzt öffnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please use at least {count} characters.</source>
        <translation>Bitte verwende mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two new passphrases are not the same yet.</source>
        <translation>Die beiden neuen Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is the passphrase it has now; choose a new one.</source>
        <translation>Das ist die Passphrase, die es jetzt hat; wähle eine neue.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your journal has a new key</source>
        <translation>Dein Tagebuch hat einen neuen Schlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Your recovery key</source>
        <translation>Dein Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery key opens your journal without the passphrase, so it is shown only after you type your passphrase. Show it somewhere nobody is looking over your shoulder.</source>
        <translation>Der Wiederherstellungsschlüssel öffnet dein Tagebuch ohne die Passphrase, deshalb wird er erst gezeigt, nachdem du deine Passphrase eingegeben hast. Lass ihn dort anzeigen, wo dir niemand über die Schulter schaut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your passphrase</source>
        <translation>Deine Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show my recovery key</source>
        <translation>Meinen Wiederherstellungsschlüssel &amp;zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the passphrase, then show the recovery key</source>
        <translation>Die Passphrase prüfen, dann den Wiederherstellungsschlüssel zeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking your passphrase</source>
        <translation>Deine Passphrase wird geprüft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the recovery key to the clipboard</source>
        <translation>Den Wiederherstellungsschlüssel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;file…</source>
        <translation>Als &amp;Datei speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key to a file</source>
        <translation>Den Wiederherstellungsschlüssel in einer Datei speichern</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Please type your passphrase first.</source>
        <translation>Bitte gib zuerst deine Passphrase ein.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+7"/>
        <source>Your passphrase and recovery key</source>
        <translation>Deine Passphrase und dein Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change my &amp;passphrase…</source>
        <translation>Meine &amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a new passphrase; your recovery key stays the same</source>
        <translation>Wähle eine neue Passphrase; dein Wiederherstellungsschlüssel bleibt derselbe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show my &amp;recovery key again…</source>
        <translation>Meinen &amp;Wiederherstellungsschlüssel wieder zeigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your passphrase to see the recovery key once more</source>
        <translation>Gib deine Passphrase ein, um den Wiederherstellungsschlüssel noch einmal zu sehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase news</source>
        <translation>Neuigkeiten zur Passphrase</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your passphrase is changed. Your recovery key stays the same.</source>
        <translation>Deine Passphrase ist geändert. Dein Wiederherstellungsschlüssel bleibt derselbe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your journal has a new key, passphrase and recovery key. The old ones no longer open it.</source>
        <translation>Dein Tagebuch hat einen neuen Schlüssel, eine neue Passphrase und einen neuen Wiederherstellungsschlüssel. Die alten öffnen es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>cli.backup_cmds</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/backup_cmds.py" line="+25"/>
        <source>Choose a passphrase: </source>
        <translation>Wähle eine Passphrase: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your journal is ready in {folder}.</source>
        <translation>Dein Tagebuch ist bereit in {folder}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is your recovery key. It is shown only this once:</source>
        <translation>Das ist dein Wiederherstellungsschlüssel. Er wird nur dieses eine Mal gezeigt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write it down or keep it somewhere safe and private. If you ever forget your
passphrase, it is the only way back into your journal: there is no reset.</source>
        <translation>Schreib ihn auf oder bewahre ihn sicher und privat auf. Wenn du deine Passphrase
vergisst, ist er der einzige Weg zurück in dein Tagebuch: Es gibt kein Zurücksetzen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Removed what an interrupted export or backup left behind: {path}</source>
        <translation>Entfernt, was ein unterbrochener Export oder eine Sicherung hinterlassen hat: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left behind by an interrupted export or backup (not removed): {path}</source>
        <translation>Von einem unterbrochenen Export oder einer Sicherung übrig (nicht entfernt): {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All good: the encryption checks and the database integrity check passed.</source>
        <translation>Alles gut: Die Verschlüsselung und die Datenbank sind in Ordnung.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The journal is sound, but %n attachments need a look:</source>
        <translation>
            <numerusform>Das Tagebuch ist in Ordnung, aber %n Anhang braucht einen Blick:</numerusform>
            <numerusform>Das Tagebuch ist in Ordnung, aber %n Anhänge brauchen einen Blick:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal has problems:</source>
        <translation>Das Tagebuch hat Probleme:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the search index is damaged</source>
        <translation>der Suchindex ist beschädigt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current passphrase: </source>
        <translation>Aktuelle Passphrase: </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Your passphrase is changed. Your recovery key stays the same.
If someone may know your old passphrase, &apos;innerchild passwd --new-key&apos; also locks out the old one (and old copies of the key file).</source>
        <translation>Deine Passphrase ist geändert. Dein Wiederherstellungsschlüssel bleibt derselbe.
Wenn jemand deine alte Passphrase kennen könnte, sperrt &apos;innerchild passwd --new-key&apos; auch die alte aus (und alte Kopien der Schlüsseldatei).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your journal now has a new key and a new passphrase.
Old passphrases, the old recovery key and old key files no longer open it;
older backups still open with the passphrase and recovery key they were made with.</source>
        <translation>Dein Tagebuch hat jetzt einen neuen Schlüssel und eine neue Passphrase.
Alte Passphrasen, der alte Wiederherstellungsschlüssel und alte Schlüsseldateien öffnen es nicht mehr;
ältere Sicherungen öffnen sich weiter mit der Passphrase und dem Schlüssel von damals.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is your new recovery key. It is shown only this once:</source>
        <translation>Das ist dein neuer Wiederherstellungsschlüssel. Er wird nur dieses eine Mal gezeigt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write it down or keep it somewhere safe and private. The old one no longer works.</source>
        <translation>Schreib ihn auf oder bewahre ihn sicher und privat auf. Der alte funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovery key: </source>
        <translation>Wiederherstellungsschlüssel: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome back. Your journal opens with the new passphrase now.</source>
        <translation>Willkommen zurück. Dein Tagebuch öffnet sich jetzt mit der neuen Passphrase.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Encrypted backup written: {path}</source>
        <translation>Verschlüsselte Sicherung gespeichert: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There are no backups in {folder} yet.</source>
        <translation>In {folder} gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Passphrase (or recovery key) of the backup: </source>
        <translation>Passphrase (oder Wiederherstellungsschlüssel) der Sicherung: </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup is restored.</source>
        <translation>Die Sicherung ist wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your previous journal files are kept in {folder}.</source>
        <translation>Deine bisherigen Tagebuchdateien sind in {folder} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Writing sample entries</source>
        <translation>Beispieleinträge werden geschrieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added {entries} sample entries, {memories} memories and {sessions} exercise sessions, tagged #sample.</source>
        <translation>{entries} Beispieleinträge, {memories} Erinnerungen und {sessions} Übungseinheiten hinzugefügt, markiert mit #sample.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New demo journal; its recovery key: {key}</source>
        <translation>Neues Demo-Tagebuch; sein Wiederherstellungsschlüssel: {key}</translation>
    </message>
</context>
<context>
    <name>cli.common</name>
    <message>
        <location line="-35"/>
        <location filename="../../src/innerchild_desktop/cli/common.py" line="+43"/>
        <location filename="../../src/innerchild_desktop/cli/sync_cmds.py" line="+35"/>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <location filename="../../src/innerchild_desktop/cli/common.py" line="-19"/>
        <source>(a heavy memory: open it in the app when you choose)</source>
        <translation>(eine schwere Erinnerung: öffne sie in der App, wann du möchtest)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entry has that id. &apos;innerchild list&apos; shows the ids.</source>
        <translation>Kein Eintrag hat diese ID. &apos;innerchild list&apos; zeigt die IDs.</translation>
    </message>
</context>
<context>
    <name>cli.entry_cmds</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/entry_cmds.py" line="+26"/>
        <source>Say what to change: --title, --body (or pipe the new text in), --heavy or --not-heavy.</source>
        <translation>Sag, was sich ändern soll: --title, --body (oder den neuen Text hineinleiten), --heavy oder --not-heavy.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved ({id}). The earlier text is kept in its history.</source>
        <translation>Gespeichert ({id}). Der frühere Text bleibt in seinem Verlauf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Marked heavy ({id}): it stays veiled until you choose to open it.</source>
        <translation>Als schwer markiert ({id}): Er bleibt verhüllt, bis du ihn öffnen möchtest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No longer marked heavy ({id}).</source>
        <translation>Nicht mehr als schwer markiert ({id}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Moved to the trash ({id}).</source>
        <translation>In den Papierkorb gelegt ({id}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already in the trash ({id}).</source>
        <translation>Schon im Papierkorb ({id}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries stay in the trash until you empty it; the app can bring them back.</source>
        <translation>Einträge bleiben im Papierkorb, bis du ihn leerst; die App kann sie zurückholen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Version {number} is back ({id}). The text it replaced is kept in the history too.</source>
        <translation>Fassung {number} ist zurück ({id}). Der ersetzte Text bleibt ebenfalls im Verlauf.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No earlier versions of this entry yet. They are kept as you change it.</source>
        <translation>Noch keine früheren Fassungen dieses Eintrags. Sie werden aufbewahrt, während du ihn änderst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Earlier versions of {title}, newest first:</source>
        <translation>Frühere Fassungen von {title}, die neueste zuerst:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To bring one back: innerchild history {id} --restore NUMBER (the text you have now is kept here too).</source>
        <translation>Um eine zurückzuholen: innerchild history {id} --restore NUMMER (dein jetziger Text bleibt hier ebenfalls erhalten).</translation>
    </message>
</context>
<context>
    <name>cli.errors</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/errors.py" line="+15"/>
        <source>stopped. Nothing was left half-written.</source>
        <translation>angehalten. Nichts ist halb geschrieben geblieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something went wrong inside Inner Child ({where}). Your journal was not changed by the failed step. Please report this.</source>
        <translation>in Inner Child ist etwas schiefgegangen ({where}). Dein Tagebuch wurde durch den fehlgeschlagenen Schritt nicht verändert. Bitte melde das.</translation>
    </message>
</context>
<context>
    <name>cli.io</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/backup_cmds.py" line="-86"/>
        <source>recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../src/innerchild_desktop/cli/io.py" line="+31"/>
        <source>Expected the {what} on standard input, but it ended.</source>
        <translation>{what} wurde auf der Standardeingabe erwartet, aber sie endete.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no terminal to ask for the passphrase. Use --passphrase-stdin to pass it on standard input.</source>
        <translation>Es gibt kein Terminal, um nach der Passphrase zu fragen. Mit --passphrase-stdin kannst du sie über die Standardeingabe geben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type it once more: </source>
        <translation>Gib sie noch einmal ein: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases were different. Nothing was changed.</source>
        <translation>Die beiden Passphrasen waren verschieden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../src/innerchild_desktop/cli/sync_cmds.py" line="+13"/>
        <source>sync passphrase</source>
        <translation>Sync-Passphrase</translation>
    </message>
</context>
<context>
    <name>cli.journal_cmds</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/journal_cmds.py" line="+27"/>
        <source>Give the entry text with --body, or pipe it in.</source>
        <translation>Gib den Text des Eintrags mit --body an oder leite ihn hinein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved ({id}).</source>
        <translation>Gespeichert ({id}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No entries yet. Whenever you&apos;re ready: innerchild add --title …</source>
        <translation>Noch keine Einträge. Wann immer du bereit bist: innerchild add --title …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>feeling {feeling}</source>
        <translation>Gefühl: {feeling}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>marked heavy</source>
        <translation>als schwer markiert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>cli.parser</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/parser.py" line="+20"/>
        <source>needs a date like 2024-05-17, not {text}</source>
        <translation>braucht ein Datum wie 2024-05-17, nicht {text}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>journal folder (default: $INNERCHILD_DATA_DIR or the platform&apos;s user data folder)</source>
        <translation>Tagebuchordner (Standard: $INNERCHILD_DATA_DIR oder der Benutzerdatenordner des Systems)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the passphrase (and other secrets) from standard input, one per line</source>
        <translation>die Passphrase (und andere Geheimnisse) von der Standardeingabe lesen, eins pro Zeile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{app}: an offline, encrypted journal for inner child work. Without a command, the app window opens.</source>
        <translation>{app}: ein verschlüsseltes Offline-Tagebuch für die Arbeit mit dem inneren Kind. Ohne Befehl öffnet sich das App-Fenster.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>open the app window (the default)</source>
        <translation>das App-Fenster öffnen (Standard)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>start with only the tray icon (the login entry gentle reminders may write)</source>
        <translation>nur mit dem Symbol in der Leiste starten (der Anmeldeeintrag, den sanfte Erinnerungen schreiben können)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>create a new journal and show its recovery key once</source>
        <translation>ein neues Tagebuch anlegen und seinen Wiederherstellungsschlüssel einmal zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a new entry (body from --body or standard input)</source>
        <translation>einen neuen Eintrag schreiben (Text aus --body oder der Standardeingabe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repeatable</source>
        <translation>wiederholbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry date, YYYY-MM-DD (default: today)</source>
        <translation>Datum des Eintrags, JJJJ-MM-TT (Standard: heute)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a named feeling, e.g. calm</source>
        <translation>ein benanntes Gefühl, z. B. calm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is heavy: keep it veiled in lists and search, never in On this day</source>
        <translation>das ist schwer: in Listen und Suche verhüllt lassen, nie in „An diesem Tag“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change an entry&apos;s title or text (--body or standard input), or mark it heavy or not; the text it replaces is kept in its history</source>
        <translation>Titel oder Text eines Eintrags ändern (--body oder Standardeingabe) oder ihn als schwer markieren oder nicht; der ersetzte Text bleibt in seinem Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <location line="+13"/>
        <source>an id or its first 8 characters</source>
        <translation>eine ID oder ihre ersten 8 Zeichen</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>a new title</source>
        <translation>ein neuer Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new text (or pipe it in)</source>
        <translation>neuer Text (oder hineinleiten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keep it veiled</source>
        <translation>verhüllt lassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show it like any other entry</source>
        <translation>wie jeden anderen Eintrag zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>move entries to the trash (the app can bring them back)</source>
        <translation>Einträge in den Papierkorb legen (die App kann sie zurückholen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ids or their first 8 characters</source>
        <translation>IDs oder ihre ersten 8 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an entry&apos;s earlier versions, newest first; --restore brings one back</source>
        <translation>frühere Fassungen eines Eintrags, die neueste zuerst; --restore holt eine zurück</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bring this version back (the text it replaces is kept in the history too)</source>
        <translation>diese Fassung zurückholen (der ersetzte Text bleibt ebenfalls im Verlauf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list entries, newest first</source>
        <translation>Einträge auflisten, die neuesten zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show one entry</source>
        <translation>einen Eintrag zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>search entries and memories (words, &quot;phrases&quot;, tag:name, after:YYYY-MM-DD …)</source>
        <translation>Einträge und Erinnerungen durchsuchen (Wörter, &quot;Sätze&quot;, tag:name, after:JJJJ-MM-TT …)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check the journal&apos;s encryption and integrity</source>
        <translation>Verschlüsselung und Unversehrtheit des Tagebuchs prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rebuild the search index if it is out of step (your entries are not touched)</source>
        <translation>den Suchindex neu aufbauen, wenn er nicht stimmt (deine Einträge bleiben unberührt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>change the passphrase (old, then new)</source>
        <translation>die Passphrase ändern (alte, dann neue)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>someone may know my old passphrase or recovery key: re-encrypt the journal under a new key, so old passphrases, recovery keys and key files no longer open it</source>
        <translation>jemand könnte meine alte Passphrase oder meinen Wiederherstellungsschlüssel kennen: das Tagebuch mit einem neuen Schlüssel neu verschlüsseln, damit alte Passphrasen, Schlüssel und Schlüsseldateien es nicht mehr öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>measure this computer again for the key&apos;s strength (otherwise the passphrase gets the same cost as when the journal was set up)</source>
        <translation>diesen Computer für die Stärke des Schlüssels neu messen (sonst bekommt die Passphrase denselben Aufwand wie beim Anlegen des Tagebuchs)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>set a new passphrase with the recovery key (also when the key file is lost)</source>
        <translation>mit dem Wiederherstellungsschlüssel eine neue Passphrase setzen (auch wenn die Schlüsseldatei verloren ist)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write an encrypted backup (default: into the journal&apos;s backups folder)</source>
        <translation>eine verschlüsselte Sicherung schreiben (Standard: in den Sicherungsordner des Tagebuchs)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a backup file to write instead</source>
        <translation>eine Sicherungsdatei, die stattdessen geschrieben wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list the backups in the backups folder</source>
        <translation>die Sicherungen im Sicherungsordner auflisten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restore an encrypted backup, keeping the current journal aside</source>
        <translation>eine verschlüsselte Sicherung wiederherstellen; das jetzige Tagebuch wird beiseitegelegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fill a new, empty journal with realistic sample entries, memories and sessions (tagged #sample); a journal with entries or memories is left as it is</source>
        <translation>ein neues, leeres Tagebuch mit realistischen Beispieleinträgen, Erinnerungen und Sitzungen füllen (markiert mit #sample); ein Tagebuch mit Einträgen oder Erinnerungen bleibt, wie es ist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>today&apos;s prompt (or more), or import a therapist&apos;s prompt pack</source>
        <translation>der Impuls für heute (oder mehr), oder ein Impulspaket aus deiner Therapie importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this theme, e.g. play</source>
        <translation>nur dieses Thema, z. B. play</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the deepest you want today (deep prompts come with a note first)</source>
        <translation>so tief, wie du heute möchtest (tiefe Impulse kommen mit einem Hinweis vorab)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import a prompt pack (TOML); importing it again replaces it</source>
        <translation>ein Impulspaket importieren (TOML); erneutes Importieren ersetzt es</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove an imported prompt pack</source>
        <translation>ein importiertes Impulspaket entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list the soothing exercises with their phases or steps</source>
        <translation>die beruhigenden Übungen mit ihren Phasen oder Schritten auflisten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import another journal (one transaction: all or nothing)</source>
        <translation>ein anderes Tagebuch importieren (eine Transaktion: alles oder nichts)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>export the journal (plaintext: only where you choose)</source>
        <translation>das Tagebuch exportieren (unverschlüsselt: nur wohin du wählst)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>replace a file already at --out (never a folder)</source>
        <translation>eine Datei ersetzen, die schon bei --out liegt (nie einen Ordner)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add or list childhood memories</source>
        <translation>Kindheitserinnerungen hinzufügen oder auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a memory</source>
        <translation>eine Erinnerung hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fuzzy time: &quot;around age 7&quot;, &quot;age 6-8&quot;, &quot;summer 1994&quot;, &quot;1990s&quot;, &quot;primary school&quot;</source>
        <translation>ungefähre Zeit: „mit etwa 7“, „mit 6-8“, „Sommer 1994“, „1990er“, „Grundschule“ (oder auf Englisch)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. scared, safe (repeatable)</source>
        <translation>z. B. scared, safe (wiederholbar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. comfort (repeatable)</source>
        <translation>z. B. comfort (wiederholbar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>never shown in full unless you ask</source>
        <translation>nie ganz gezeigt, außer du bittest darum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list memories in timeline order</source>
        <translation>Erinnerungen in der Reihenfolge der Zeitleiste auflisten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>memories in order, with their time span and life stage</source>
        <translation>Erinnerungen der Reihe nach, mit Zeitspanne und Lebensabschnitt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use the journal on more than one computer through a folder you already sync (Syncthing, Dropbox, a USB stick); with no action: send and receive once</source>
        <translation>das Tagebuch auf mehr als einem Computer nutzen, über einen Ordner, den du schon synchronisierst (Syncthing, Dropbox, ein USB-Stick); ohne Aktion: einmal senden und empfangen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>apply a change from another computer that moves many entries to the trash</source>
        <translation>eine Änderung von einem anderen Computer übernehmen, die viele Einträge in den Papierkorb legt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>first computer: make the encrypted sync files in FOLDER and send the journal</source>
        <translation>erster Computer: die verschlüsselten Sync-Dateien in ORDNER anlegen und das Tagebuch senden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>another computer: join the sync files in FOLDER; both journals are merged</source>
        <translation>weiterer Computer: den Sync-Dateien in ORDNER beitreten; beide Tagebücher werden zusammengeführt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this computer&apos;s name, as the others show it</source>
        <translation>der Name dieses Computers, wie die anderen ihn zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder, the computers, what waits, and texts to look at</source>
        <translation>der Ordner, die Computer, was wartet, und Texte zum Ansehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stop syncing on this computer (the folder is left as it is)</source>
        <translation>auf diesem Computer nicht mehr synchronisieren (der Ordner bleibt, wie er ist)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>save a PNG of each main screen (offscreen, demo journal)</source>
        <translation>ein PNG jedes Hauptbildschirms speichern (ohne Anzeige, Demo-Tagebuch)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>both (default: NN-name.png and NN-name-dark.png), or one theme only</source>
        <translation>beide (Standard: NN-name.png und NN-name-dark.png) oder nur ein Farbschema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the window&apos;s language (&quot;en&quot;, &quot;es&quot;, &quot;de&quot;; default: the system&apos;s), or &quot;pseudo&quot;: every text bracketed and 30%% longer, with untranslated and cut-off text listed in language-problems.txt</source>
        <translation>die Sprache des Fensters (&quot;en&quot;, &quot;es&quot;, &quot;de&quot;; Standard: die des Systems) oder &quot;pseudo&quot;: jeder Text in Klammern und 30%% länger, Unübersetztes und Abgeschnittenes in language-problems.txt</translation>
    </message>
</context>
<context>
    <name>cli.prompt_cmds</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/prompt_cmds.py" line="+24"/>
        <source>--count can be at most {most}; one or two prompts are usually plenty.</source>
        <translation>--count kann höchstens {most} sein; ein oder zwei Impulse reichen meist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No imported pack has the id {id}.</source>
        <translation>Kein importiertes Paket hat die ID {id}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pack is removed. Your entries that answered its prompts stay.</source>
        <translation>Das Paket ist entfernt. Deine Einträge zu seinen Impulsen bleiben.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported “{name}”: %n prompts. Find them on the Prompts screen.</source>
        <translation>
            <numerusform>„{name}“ importiert: %n Impuls. Du findest ihn unter Impulse.</numerusform>
            <numerusform>„{name}“ importiert: %n Impulse. Du findest sie unter Impulse.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No prompt fits those choices right now. That&apos;s okay; free writing is welcome.</source>
        <translation>Gerade passt kein Impuls zu dieser Auswahl. Das ist in Ordnung; freies Schreiben ist willkommen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(A note first: {note})</source>
        <translation>(Vorab ein Hinweis: {note})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(with holds: opt-in)</source>
        <translation>(mit Atempausen: nur auf Wunsch)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{shape} s, {rate} breaths a minute</source>
        <translation>{shape} s, {rate} Atemzüge pro Minute</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.sync_cmds</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/sync_cmds.py" line="-24"/>
        <source>A change from {name} would move {deleting} of your {live} entries to the trash, so it waits for you. If that is what you meant, run &apos;innerchild sync --allow-deletes&apos; (or confirm in the app); entries in the trash can be brought back.</source>
        <translation>Eine Änderung von {name} würde {deleting} deiner {live} Einträge in den Papierkorb legen, darum wartet sie auf dich. Wenn du das so wolltest, führe &apos;innerchild sync --allow-deletes&apos; aus (oder bestätige es in der App); Einträge im Papierkorb lassen sich zurückholen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sync passphrase (Enter: the same as this journal&apos;s): </source>
        <translation>Sync-Passphrase (Eingabetaste: dieselbe wie die dieses Tagebuchs): </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync folder&apos;s passphrase (Enter: the same as this journal&apos;s): </source>
        <translation>Passphrase des Sync-Ordners (Eingabetaste: dieselbe wie die dieses Tagebuchs): </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This computer no longer syncs. The folder and the other computers are left as they are; your journal here is untouched.</source>
        <translation>Dieser Computer synchronisiert nicht mehr. Der Ordner und die anderen Computer bleiben, wie sie sind; dein Tagebuch hier bleibt unberührt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Syncing is set up. On your other computer: innerchild sync join FOLDER</source>
        <translation>Die Synchronisierung ist eingerichtet. Auf deinem anderen Computer: innerchild sync join ORDNER</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer has joined. Both journals are merged.</source>
        <translation>Dieser Computer ist beigetreten. Beide Tagebücher sind zusammengeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synced: sent what you wrote here and brought in what changed on your other computers.</source>
        <translation>Synchronisiert: Was du hier geschrieben hast, ist gesendet, und was sich auf deinen anderen Computern geändert hat, ist da.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Synced: sent what you wrote here.</source>
        <translation>Synchronisiert: Was du hier geschrieben hast, ist gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced: brought in what changed on your other computers.</source>
        <translation>Synchronisiert: Was sich auf deinen anderen Computern geändert hat, ist da.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In step: nothing new here or on your other computers.</source>
        <translation>Auf dem gleichen Stand: nichts Neues hier oder auf deinen anderen Computern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some writing changed on two computers at once. Both versions are kept: the entry&apos;s History has the other one (&apos;innerchild sync status&apos; lists them).</source>
        <translation>Ein Text wurde auf zwei Computern gleichzeitig geändert. Beide Fassungen bleiben erhalten: Der Verlauf des Eintrags hat die andere (&apos;innerchild sync status&apos; listet sie).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n files from another computer are not complete yet (your sync tool may still be copying them). They are tried again next time.</source>
        <translation>
            <numerusform>%n Datei von einem anderen Computer ist noch nicht vollständig (dein Sync-Programm kopiert sie vielleicht noch). Sie wird beim nächsten Mal erneut versucht.</numerusform>
            <numerusform>%n Dateien von einem anderen Computer sind noch nicht vollständig (dein Sync-Programm kopiert sie vielleicht noch). Sie werden beim nächsten Mal erneut versucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n files in the sync folder are damaged and were not used: {names}</source>
        <translation>
            <numerusform>%n Datei im Sync-Ordner ist beschädigt und wurde nicht verwendet: {names}</numerusform>
            <numerusform>%n Dateien im Sync-Ordner sind beschädigt und wurden nicht verwendet: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n files in the sync folder belong to another journal&apos;s sync and were left alone.</source>
        <translation>
            <numerusform>%n Datei im Sync-Ordner gehört zur Synchronisierung eines anderen Tagebuchs und blieb unberührt.</numerusform>
            <numerusform>%n Dateien im Sync-Ordner gehören zur Synchronisierung eines anderen Tagebuchs und blieben unberührt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another computer uses a newer version of Inner Child. Update this one to receive its changes; nothing is lost meanwhile.</source>
        <translation>Ein anderer Computer nutzt eine neuere Version von Inner Child. Aktualisiere diesen, um seine Änderungen zu bekommen; bis dahin geht nichts verloren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another computer</source>
        <translation>ein anderer Computer</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This journal is only on this computer. To use it on another one too: innerchild sync setup FOLDER (a folder Syncthing, Dropbox or a USB stick carries).</source>
        <translation>Dieses Tagebuch ist nur auf diesem Computer. Um es auch auf einem anderen zu nutzen: innerchild sync setup ORDNER (ein Ordner, den Syncthing, Dropbox oder ein USB-Stick mitnimmt).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing through {folder}</source>
        <translation>Synchronisierung über {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing through {folder} (not there now)</source>
        <translation>Synchronisierung über {folder} (gerade nicht da)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} (this computer): last synced {when}</source>
        <translation>{name} (dieser Computer): zuletzt synchronisiert {when}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{name}: last heard from {when}; %n change files to bring in</source>
        <translation>
            <numerusform>{name}: zuletzt gehört {when}; %n Änderungsdatei zum Übernehmen</numerusform>
            <numerusform>{name}: zuletzt gehört {when}; %n Änderungsdateien zum Übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: last heard from {when}</source>
        <translation>{name}: zuletzt gehört {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some of what you wrote here waits to be sent: it goes out at the next sync.</source>
        <translation>Einiges, was du hier geschrieben hast, wartet aufs Senden: Es geht bei der nächsten Synchronisierung hinaus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing that changed on two computers at once (both versions kept):</source>
        <translation>Texte, die auf zwei Computern gleichzeitig geändert wurden (beide Fassungen bleiben):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind} {id}: its {field}; History has the other version</source>
        <translation>{kind} {id}: {field}; der Verlauf hat die andere Fassung</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
</context>
<context>
    <name>cli.timeline_cmds</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/timeline_cmds.py" line="+35"/>
        <source>The journal is open in Inner Child right now, so the memory can&apos;t be added from here: close the app first, or add it in the app (Timeline → Add a memory).</source>
        <translation>Das Tagebuch ist gerade in Inner Child geöffnet, darum lässt sich die Erinnerung hier nicht hinzufügen: Schließe zuerst die App oder füge sie dort hinzu (Zeitleiste → Erinnerung hinzufügen).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kept ({id}).</source>
        <translation>Aufbewahrt ({id}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(heavy memory)</source>
        <translation>(schwere Erinnerung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>cli.transfer_cmds</name>
    <message>
        <location filename="../../src/innerchild_desktop/cli/transfer_cmds.py" line="+30"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported {added} entries ({present} were already here), {photos} photos, {memories} memories.</source>
        <translation>{added} Einträge importiert ({present} waren schon da), {photos} Fotos, {memories} Erinnerungen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>skipped {where}: {reason}</source>
        <translation>übersprungen {where}: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>choose another name, or add --force to replace it</source>
        <translation>wähle einen anderen Namen oder füge --force hinzu, um sie zu ersetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported {entries} entries and {memories} memories to {path}. This file is not encrypted: keep it somewhere private.</source>
        <translation>{entries} Einträge und {memories} Erinnerungen nach {path} exportiert. Diese Datei ist nicht verschlüsselt: Bewahre sie an einem privaten Ort auf.</translation>
    </message>
</context>
<context>
    <name>comfort.box</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/comfort/box.py" line="+38"/>
        <source>Card</source>
        <translation>Karte</translation>
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
        <translation>Sprachnotiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From my journal</source>
        <translation>Aus meinem Tagebuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit this card</source>
        <translation>Diese Karte bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this photo</source>
        <translation>Dieses Foto bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this voice note</source>
        <translation>Diese Sprachnotiz bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this from my journal</source>
        <translation>Diese Textstelle bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this card</source>
        <translation>Diese Karte entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this photo</source>
        <translation>Dieses Foto entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this voice note</source>
        <translation>Diese Sprachnotiz entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this from my journal</source>
        <translation>Diese Textstelle entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed “card” from your box.</source>
        <translation>Karte aus deiner Kiste genommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed “photo” from your box.</source>
        <translation>Foto aus deiner Kiste genommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed “voice note” from your box.</source>
        <translation>Sprachnotiz aus deiner Kiste genommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed “from my journal” from your box.</source>
        <translation>Tagebuchstelle aus deiner Kiste genommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While the journal is locked, only the cards you chose to see while locked show here, words only. Your photos, voice notes and passages wait inside the journal until you unlock.</source>
        <translation>Solange das Tagebuch gesperrt ist, erscheinen hier nur die Karten, die du dafür ausgewählt hast, und nur ihre Worte. Deine Fotos, Sprachnotizen und Textstellen warten im Tagebuch, bis du es entsperrst.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no words</source>
        <translation>ohne Worte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}: {words}</source>
        <translation>{kind}: {words}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This photo is no longer in the journal.</source>
        <translation>Dieses Foto ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shows while locked</source>
        <translation>Auch gesperrt sichtbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play {name}</source>
        <translation>{name} abspielen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play the voice note</source>
        <translation>Sprachnotiz abspielen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <location line="+11"/>
        <source>My comfort box</source>
        <translation>Meine Trostkiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What helps you, kept encrypted in your journal. Add whatever you like; nothing here is ever shown unasked.</source>
        <translation>Was dir hilft, verschlüsselt in deinem Tagebuch. Füge hinzu, was du magst; nichts davon erscheint ungefragt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a &amp;card</source>
        <translation>&amp;Karte hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;photo</source>
        <translation>&amp;Foto hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;voice note</source>
        <translation>&amp;Sprachnotiz hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a p&amp;assage</source>
        <translation>&amp;Textstelle hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put it back</source>
        <translation>Zurücklegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comfort box message</source>
        <translation>Hinweis der Trostkiste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the box (Esc)</source>
        <translation>Kiste schließen (Esc)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing here yet. If you like, start with a card: a few words that help.</source>
        <translation>Noch ist hier nichts. Wenn du magst, beginne mit einer Karte: ein paar Worte, die helfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No cards were chosen to show while locked.</source>
        <translation>Keine Karten sind für das gesperrte Tagebuch ausgewählt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+109"/>
        <source>That could not be saved.</source>
        <translation>Das konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>A photo</source>
        <translation>Ein Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From a file…</source>
        <translation>Aus einer Datei…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A voice note</source>
        <translation>Eine Sprachnotiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a new one…</source>
        <translation>Neue aufnehmen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Keep in my box</source>
        <translation>In meiner Kiste &amp;behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep in my comfort box</source>
        <translation>In meiner Trostkiste behalten</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This voice note is no longer in the journal.</source>
        <translation>Diese Sprachnotiz ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
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
        <translation>Diese Karte bei gesperrtem Tagebuch zeigen (nur ihre Worte, in einer kleinen unverschlüsselten Datei neben dem Tagebuch; Fotos und Sprachnotizen erscheinen dann nie)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without changing anything (Esc)</source>
        <translation>Schließen, ohne etwas zu ändern (Esc)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A coping card</source>
        <translation>Eine Karte, die hilft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few words</source>
        <translation>Ein paar Worte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coping card</source>
        <translation>Karte, die hilft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card&apos;s words</source>
        <translation>Die Worte der Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few words that help, e.g. &quot;call Maya&quot; or &quot;cold water&quot;</source>
        <translation>Ein paar Worte, die helfen, z. B. „Maya anrufen“ oder „kaltes Wasser“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show this card while locked</source>
        <translation>Karte bei gesperrtem Tagebuch zeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Up to %n characters.</source>
        <translation>
            <numerusform>Bis zu %n Zeichen.</numerusform>
            <numerusform>Bis zu %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only cards can show while locked: this stays inside the journal.</source>
        <translation>Nur Karten können bei gesperrtem Tagebuch erscheinen: Dies bleibt im Tagebuch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keep card</source>
        <translation>Karte &amp;behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What helps, in your words</source>
        <translation>Was hilft, in deinen Worten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your words with it</source>
        <translation>Deine Worte dazu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A favourite passage</source>
        <translation>Eine Lieblingsstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite passage</source>
        <translation>Lieblingsstelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The entry&apos;s words: select the passage to keep</source>
        <translation>Die Worte des Eintrags: Markiere die Stelle, die du behalten willst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the words you want to keep (with the mouse, or Shift and the arrow keys).</source>
        <translation>Markiere die Worte, die du behalten möchtest (mit der Maus oder mit Umschalt und den Pfeiltasten).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no entries yet to choose from.</source>
        <translation>Noch gibt es keine Einträge zur Auswahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep these words</source>
        <translation>Diese Worte &amp;behalten</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+3"/>
        <source>A few words with it, if you like</source>
        <translation>Ein paar Worte dazu, wenn du magst</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A photo</source>
        <translation>Ein Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a photo</source>
        <translation>Foto hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo already in your journal</source>
        <translation>Ein Foto, das schon in deinem Tagebuch ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new photo, kept encrypted</source>
        <translation>Neues Foto hinzufügen, verschlüsselt aufbewahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add this photo</source>
        <translation>Dieses Foto &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A photo from your journal</source>
        <translation>Ein Foto aus deinem Tagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no photo in your journal yet.</source>
        <translation>Noch ist kein Foto in deinem Tagebuch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A voice note</source>
        <translation>Eine Sprachnotiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a voice note</source>
        <translation>Sprachnotiz hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A voice note already in your journal</source>
        <translation>Eine Sprachnotiz, die schon in deinem Tagebuch ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new voice note, kept encrypted</source>
        <translation>Neue Sprachnotiz hinzufügen, verschlüsselt aufbewahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add this voice note</source>
        <translation>Diese Sprachnotiz &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A voice note from your journal</source>
        <translation>Eine Sprachnotiz aus deinem Tagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no voice note in your journal yet.</source>
        <translation>Noch ist keine Sprachnotiz in deinem Tagebuch.</translation>
    </message>
</context>
<context>
    <name>crash_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/crash_dialog.py" line="+24"/>
        <source>Something went wrong inside Inner Child. Your journal is safe; what you saved is kept.</source>
        <translation>In Inner Child ist etwas schiefgelaufen. Dein Tagebuch ist sicher; was du gespeichert hast, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>If you report it, this says where it happened and holds nothing you wrote: {place}.</source>
        <translation>Falls du es melden möchtest: Dies sagt, wo es passiert ist, und enthält nichts, was du geschrieben hast: {place}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
</context>
<context>
    <name>domain.breath_safety</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/domain/breath_safety.py" line="+38"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} seconds</source>
        <translation>{number} Sekunden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each breath needs to last at least {minimum} in all (this one lasts {length}), so breathing stays slow and easy.</source>
        <translation>Ein ganzer Atemzug sollte mindestens {minimum} dauern (dieser dauert {length}), damit das Atmen langsam und leicht bleibt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With the holds skipped, each breath would last only {length}; it needs at least {minimum}.</source>
        <translation>Ohne das Halten würde ein Atemzug nur {length} dauern; er braucht mindestens {minimum}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The in-breath needs at least {minimum} (this one has {length}).</source>
        <translation>Das Einatmen braucht mindestens {minimum} (hier sind es {length}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The top-up breath should be shorter than the first in-breath.</source>
        <translation>Das Nachatmen sollte kürzer sein als das erste Einatmen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For a calming breath, the out-breath should be at least as long as the in-breath.</source>
        <translation>Damit der Atem beruhigt, sollte das Ausatmen mindestens so lang sein wie das Einatmen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The in-breath can be at most {maximum}.</source>
        <translation>Das Einatmen darf höchstens {maximum} dauern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The out-breath can be at most {maximum}.</source>
        <translation>Das Ausatmen darf höchstens {maximum} dauern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each hold can be at most {maximum}.</source>
        <translation>Jedes Halten darf höchstens {maximum} dauern.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{rate} breaths a minute is too quick; at most {maximum} keeps each breath {minimum} or longer.</source>
        <translation>{rate} Atemzüge pro Minute sind zu schnell; mit höchstens {maximum} dauert jeder Atemzug {minimum} oder länger.</translation>
    </message>
</context>
<context>
    <name>domain.comfort</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/comfort.py" line="+87"/>
        <source>A card needs a few words.</source>
        <translation>Eine Karte braucht ein paar Worte.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The comfort box is full: remove something first, if you like.</source>
        <translation>Die Trostkiste ist voll: Nimm zuerst etwas heraus, wenn du magst.</translation>
    </message>
</context>
<context>
    <name>domain.drawing</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/drawing.py" line="+254"/>
        <source>This drawing was made by a newer Inner Child; it can be shown but not edited here.</source>
        <translation>Diese Zeichnung stammt aus einem neueren Inner Child; sie kann hier gezeigt, aber nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The strokes of this drawing could not be read.</source>
        <translation>Die Striche dieser Zeichnung konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The drawing could not be made into a picture.</source>
        <translation>Aus der Zeichnung konnte kein Bild werden.</translation>
    </message>
</context>
<context>
    <name>domain.entries</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/entries.py" line="+26"/>
        <source>Prompt answer</source>
        <translation>Antwort auf einen Impuls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter to my younger self</source>
        <translation>Brief an mein jüngeres Ich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter from my younger self</source>
        <translation>Brief von meinem jüngeren Ich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory reflection</source>
        <translation>Nachdenken über eine Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A heavy entry</source>
        <translation>Ein schwerer Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open it when you choose</source>
        <translation>öffne ihn, wann du möchtest</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>An entry&apos;s {field} must be text.</source>
        <translation>Das Feld „{field}“ eines Eintrags muss Text sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That entry is too long to save in one piece (more than {count} characters).</source>
        <translation>Dieser Eintrag ist zu lang, um ihn in einem Stück zu speichern (mehr als {count} Zeichen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Distress is a number from 0 (calm) to 10 (the most distress).</source>
        <translation>Die Belastung ist eine Zahl von 0 (ruhig) bis 10 (die stärkste Belastung).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An entry&apos;s kind is one of: {kinds}.</source>
        <translation>Die Art eines Eintrags ist eine davon: {kinds}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An entry&apos;s date must be a calendar date (YYYY-MM-DD).</source>
        <translation>Das Datum eines Eintrags muss ein Kalenderdatum sein (JJJJ-MM-TT).</translation>
    </message>
</context>
<context>
    <name>domain.errors</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/errors.py" line="+31"/>
        <source>That passphrase doesn&apos;t open this journal. Take your time and try again.</source>
        <translation>Diese Passphrase öffnet dieses Tagebuch nicht. Lass dir Zeit und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That recovery key doesn&apos;t open this journal. Check it letter by letter and try again.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet dieses Tagebuch nicht. Prüf ihn Zeichen für Zeichen und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That passphrase doesn&apos;t open this backup. It needs the passphrase the journal had when the backup was made (or the recovery key it had then).</source>
        <translation>Diese Passphrase öffnet diese Sicherung nicht. Sie braucht die Passphrase, die das Tagebuch beim Erstellen der Sicherung hatte (oder den damaligen Wiederherstellungsschlüssel).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That recovery key doesn&apos;t open this backup: only the recovery key the journal had when the backup was made can. Check it letter by letter and try again.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet diese Sicherung nicht: Das kann nur der Schlüssel, den das Tagebuch beim Erstellen der Sicherung hatte. Prüf ihn Zeichen für Zeichen und versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Inner Child cannot write in the journal&apos;s folder {folder}: it is read-only (perhaps a locked drive, or a folder without write permission). Nothing was changed. Allow writing there, or copy the folder somewhere you can write and point --data-dir at the copy.</source>
        <translation>Inner Child kann nicht in den Ordner des Tagebuchs {folder} schreiben: Er ist schreibgeschützt (vielleicht ein gesperrtes Laufwerk oder ein Ordner ohne Schreibrecht). Nichts wurde geändert. Erlaube dort das Schreiben, oder kopiere den Ordner an einen beschreibbaren Ort und gib die Kopie mit --data-dir an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This journal&apos;s folder is read-only, so Inner Child can show entries but cannot save changes.</source>
        <translation>Der Ordner dieses Tagebuchs ist schreibgeschützt: Inner Child kann Einträge zeigen, aber keine Änderungen speichern.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The disk is full, so Inner Child could not write. Nothing was changed: free some space (empty the bin, move large files elsewhere), then try again.</source>
        <translation>Die Festplatte ist voll, deshalb konnte Inner Child nicht schreiben. Nichts wurde geändert: Schaff etwas Platz (Papierkorb leeren, große Dateien verschieben) und versuch es dann noch einmal.</translation>
    </message>
</context>
<context>
    <name>domain.exercises</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/exercises.py" line="+202"/>
        <source>Please give your pattern a name.</source>
        <translation>Gib deinem Muster bitte einen Namen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your own pattern.</source>
        <translation>Dein eigenes Muster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe along with the circle, if you like. You can stop at any time.</source>
        <translation>Wenn du magst, atme mit dem Kreis. Du kannst jederzeit aufhören.</translation>
    </message>
</context>
<context>
    <name>domain.feelings</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/feelings.py" line="+23"/>
        <source>lively and pleasant</source>
        <translation>lebhaft und angenehm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calm and pleasant</source>
        <translation>ruhig und angenehm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tense and unpleasant</source>
        <translation>angespannt und unangenehm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low and unpleasant</source>
        <translation>gedrückt und unangenehm</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>joyful</source>
        <translation>fröhlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excited</source>
        <translation>aufgeregt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>playful</source>
        <translation>verspielt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proud</source>
        <translation>stolz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hopeful</source>
        <translation>hoffnungsvoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curious</source>
        <translation>neugierig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loved</source>
        <translation>geliebt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grateful</source>
        <translation>dankbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content</source>
        <translation>zufrieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safe</source>
        <translation>geborgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relieved</source>
        <translation>erleichtert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tender</source>
        <translation>zärtlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peaceful</source>
        <translation>friedlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rested</source>
        <translation>ausgeruht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anxious</source>
        <translation>ängstlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scared</source>
        <translation>verängstigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angry</source>
        <translation>wütend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frustrated</source>
        <translation>frustriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ashamed</source>
        <translation>beschämt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overwhelmed</source>
        <translation>überfordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jealous</source>
        <translation>eifersüchtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nervous</source>
        <translation>nervös</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sad</source>
        <translation>traurig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lonely</source>
        <translation>einsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tired</source>
        <translation>müde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numb</source>
        <translation>wie betäubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hurt</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disappointed</source>
        <translation>enttäuscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guilty</source>
        <translation>schuldig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>homesick</source>
        <translation>voller Heimweh</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comfort</source>
        <translation>Trost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being believed</source>
        <translation>dass man mir glaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being seen</source>
        <translation>gesehen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belonging</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rest</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encouragement</source>
        <translation>Ermutigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fairness</source>
        <translation>Gerechtigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guidance</source>
        <translation>Orientierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>affection</source>
        <translation>Zuneigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>independence</source>
        <translation>Selbstständigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stability</source>
        <translation>Stabilität</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A life stage needs a name.</source>
        <translation>Ein Lebensabschnitt braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ages for &quot;{name}&quot; should run forwards, from 0 to 120.</source>
        <translation>Die Alter für „{name}“ laufen vorwärts, von 0 bis 120.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The years for &quot;{name}&quot; should run forwards.</source>
        <translation>Die Jahre für „{name}“ laufen vorwärts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;{name}&quot; needs either an age range (like 4 to 9) or a year range (like 1990 to 1995), not both.</source>
        <translation>„{name}“ braucht entweder ein Alter (etwa 4 bis 9) oder Jahre (etwa 1990 bis 1995), nicht beides.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>before school</source>
        <translation>vor der Schulzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>primary school</source>
        <translation>Grundschule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teenage years</source>
        <translation>Teenagerjahre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>early childhood</source>
        <translation>frühe Kindheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>toddler</source>
        <translation>Kleinkindalter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>preschool</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>middle school</source>
        <translation>Mittelstufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>high school</source>
        <translation>Oberstufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>adolescence</source>
        <translation>Jugend</translation>
    </message>
</context>
<context>
    <name>domain.fuzzy_dates</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/fuzzy_dates.py" line="+340"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>around {year}</source>
        <translation>um {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{year}s</source>
        <translation>{year}er</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>around age %n</source>
        <translation>
            <numerusform>mit etwa %n Jahr</numerusform>
            <numerusform>mit etwa %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>age %n</source>
        <translation>
            <numerusform>mit %n Jahr</numerusform>
            <numerusform>mit %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ages {first}–{last}</source>
        <translation>mit {first}–{last} Jahren</translation>
    </message>
</context>
<context>
    <name>domain.fuzzy_parse</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/fuzzy_parse.py" line="+129"/>
        <source>When was this, roughly? {hint}</source>
        <translation>Wann war das ungefähr? {hint}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>I couldn&apos;t read &quot;{text}&quot; as a time. {hint}</source>
        <translation>„{text}“ konnte ich nicht als Zeit lesen. {hint}</translation>
    </message>
</context>
<context>
    <name>domain.fuzzy_preview</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/fuzzy_preview.py" line="+18"/>
        <source>on the Year line (a birth date in Settings, if you like, places it by age)</source>
        <translation>auf der Jahreslinie (ein Geburtsdatum in den Einstellungen ordnet es, wenn du magst, nach Alter ein)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You could write &quot;around age 7&quot;, &quot;ages 6–8&quot;, &quot;toddler&quot;, &quot;primary school&quot;, &quot;high school&quot;, &quot;summer 1994&quot; or &quot;the 1990s&quot;. Roughly is fine.</source>
        <translation>Du kannst „mit etwa 7 Jahren“, „mit 6–8 Jahren“, „Kleinkindalter“, „Grundschule“, „Oberstufe“, „Sommer 1994“ oder „1990er“ schreiben. Ungefähr reicht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>before you were born</source>
        <translation>bevor du geboren wurdest</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>age %n</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ages {first}–{last}</source>
        <translation>{first}–{last} Jahre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>about {years}</source>
        <translation>etwa {years}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in {year}</source>
        <translation>im Jahr {year}</translation>
    </message>
</context>
<context>
    <name>domain.fuzzy_said</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/fuzzy_said.py" line="+12"/>
        <source>Try &quot;around age 7&quot;, &quot;summer 1994&quot; or &quot;1990s&quot;.</source>
        <translation>Versuch es mit „mit etwa 7 Jahren“, „Sommer 1994“ oder „1990er“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>spring {year}</source>
        <translation>Frühling {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summer {year}</source>
        <translation>Sommer {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autumn {year}</source>
        <translation>Herbst {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>winter {year}</source>
        <translation>Winter {year}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There&apos;s no {day}. Could it be another day, or just the month?</source>
        <translation>Den {day} gibt es nicht. Vielleicht ein anderer Tag, oder nur der Monat?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I can place years from {first} to {last}. {hint}</source>
        <translation>Ich kann Jahre von {first} bis {last} einordnen. {hint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A month is a number from 1 to 12. {hint}</source>
        <translation>Ein Monat ist eine Zahl von 1 bis 12. {hint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A decade starts with a year ending in 0, like 1990. {hint}</source>
        <translation>Ein Jahrzehnt beginnt mit einem Jahr, das auf 0 endet, wie 1990. {hint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which season was it? {hint}</source>
        <translation>Welche Jahreszeit war es? {hint}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ages here go from 0 to {last}. {hint}</source>
        <translation>Das Alter geht hier von 0 bis {last}. {hint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An age range goes from a younger to an older age. {hint}</source>
        <translation>Eine Altersspanne geht vom jüngeren zum älteren Alter. {hint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which part of life was it? {hint}</source>
        <translation>Welcher Lebensabschnitt war es? {hint}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This memory&apos;s time was saved in a form I can&apos;t read.</source>
        <translation>Die Zeit dieser Erinnerung wurde in einer Form gespeichert, die ich nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I don&apos;t know the life stage &quot;{name}&quot; any more.</source>
        <translation>Den Lebensabschnitt „{name}“ kenne ich nicht mehr.</translation>
    </message>
</context>
<context>
    <name>domain.insights</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/insights.py" line="+24"/>
        <source>A breathing pattern of your own</source>
        <translation>Ein eigenes Atemmuster</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>often much calmer after</source>
        <translation>danach oft viel ruhiger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usually a little calmer after</source>
        <translation>danach meist etwas ruhiger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about the same</source>
        <translation>ungefähr gleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usually a little harder after</source>
        <translation>danach meist etwas schwerer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>often much harder after</source>
        <translation>danach oft viel schwerer</translation>
    </message>
</context>
<context>
    <name>domain.letters</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/domain/letters.py" line="+42"/>
        <source>%n letters</source>
        <translation>
            <numerusform>%n Brief</numerusform>
            <numerusform>%n Briefe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.looking_back</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/looking_back.py" line="+42"/>
        <source>written, no feeling named</source>
        <translation>geschrieben, kein Gefühl benannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a heavy day, veiled: press Enter or click to see its colour</source>
        <translation>ein schwerer Tag, verhüllt: Drück die Eingabetaste oder klick, um seine Farbe zu sehen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{day}: {feelings}</source>
        <translation>{day}: {feelings}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>{feelings} and more</source>
        <translation>{feelings} und mehr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{feelings} and {last}</source>
        <translation>{feelings} und {last}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a heavy day: {feelings}</source>
        <translation>ein schwerer Tag: {feelings}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{weekday}, the {ordinal} of {month}</source>
        <translation>{weekday}, {ordinal}. {month}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>From a letter to my younger self</source>
        <translation>Aus einem Brief an mein jüngeres Ich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From a letter from my younger self</source>
        <translation>Aus einem Brief von meinem jüngeren Ich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a kind word to myself</source>
        <translation>Aus einem freundlichen Wort an mich</translation>
    </message>
</context>
<context>
    <name>domain.memories</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/memories.py" line="+60"/>
        <source>sometime</source>
        <translation>irgendwann</translation>
    </message>
</context>
<context>
    <name>domain.pacer</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/pacer.py" line="+32"/>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little more in</source>
        <translation>Noch etwas ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold gently</source>
        <translation>Sanft halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Ruhen</translation>
    </message>
</context>
<context>
    <name>domain.passphrase</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/passphrase.py" line="+29"/>
        <source>Very easy to guess</source>
        <translation>Sehr leicht zu erraten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy to guess</source>
        <translation>Leicht zu erraten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could be guessed</source>
        <translation>Könnte erraten werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>This is one of the most used passwords, so it would be among the first tried.</source>
        <translation>Das ist eines der meistbenutzten Passwörter, es würde also als eines der ersten ausprobiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a very common password, so it would be tried early.</source>
        <translation>Das ist ein sehr häufiges Passwort, es würde also früh ausprobiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is close to a password many people use.</source>
        <translation>Das ähnelt einem Passwort, das viele Menschen benutzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A single word on its own is easy to guess.</source>
        <translation>Ein einzelnes Wort ist leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name on its own is easy to guess.</source>
        <translation>Ein Name allein ist leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Common names are easy to guess.</source>
        <translation>Häufige Namen sind leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys next to each other, like qwerty, are easy to guess.</source>
        <translation>Nebeneinanderliegende Tasten wie qwertz sind leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short patterns on the keyboard are easy to guess.</source>
        <translation>Kurze Muster auf der Tastatur sind leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same letter over and over is easy to guess.</source>
        <translation>Derselbe Buchstabe immer wieder ist leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saying the same part twice adds very little.</source>
        <translation>Denselben Teil zweimal zu schreiben bringt sehr wenig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs like abc or 6543 are easy to guess.</source>
        <translation>Folgen wie abc oder 6543 sind leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent years are easy to guess.</source>
        <translation>Jahre der jüngeren Zeit sind leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates are easy to guess, above all ones that mean something to you.</source>
        <translation>Daten sind leicht zu erraten, vor allem solche, die dir etwas bedeuten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adding a word or two helps most; unusual words are best.</source>
        <translation>Am meisten hilft ein Wort oder zwei mehr; ungewöhnliche Wörter sind am besten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A few unrelated words work well; well-known phrases do not.</source>
        <translation>Ein paar Wörter ohne Zusammenhang funktionieren gut; bekannte Sätze nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no need for symbols, digits or capitals.</source>
        <translation>Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words are easier to remember than keyboard patterns, and harder to guess.</source>
        <translation>Wörter merkt man sich leichter als Tastaturmuster, und sie sind schwerer zu erraten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try not to repeat words or letters.</source>
        <translation>Versuch, keine Wörter oder Buchstaben zu wiederholen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try not to use runs of letters or numbers.</source>
        <translation>Versuch, keine Folgen von Buchstaben oder Zahlen zu verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Leave out years, above all ones that have to do with you.</source>
        <translation>Lass Jahreszahlen weg, vor allem solche, die mit dir zu tun haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A capital letter adds very little.</source>
        <translation>Ein Großbuchstabe bringt sehr wenig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All capitals is hardly harder to guess than all small letters.</source>
        <translation>Nur Großbuchstaben sind kaum schwerer zu erraten als nur Kleinbuchstaben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A word spelled backwards is hardly harder to guess.</source>
        <translation>Ein rückwärts geschriebenes Wort ist kaum schwerer zu erraten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Swapping letters for look-alikes, like @ for a, adds very little.</source>
        <translation>Buchstaben durch ähnliche Zeichen zu ersetzen, wie @ für a, bringt sehr wenig.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{strength}. Make sure it is one you will remember.</source>
        <translation>{strength}. Achte darauf, dass du sie dir merken kannst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{strength}. {why}</source>
        <translation>{strength}. {why}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A few more unrelated words would help.</source>
        <translation>Ein paar weitere Wörter ohne Zusammenhang würden helfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose something long that only you would think of.</source>
        <translation>Wähl etwas Langes, auf das nur du kommen würdest.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Please choose a passphrase of at least {count} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Bitte wähl eine Passphrase mit mindestens {count} Zeichen. Ein paar Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That passphrase would be too easy to guess, so nothing was changed: a few unrelated words are much stronger and still easy to remember.</source>
        <translation>Diese Passphrase wäre zu leicht zu erraten, deshalb wurde nichts geändert: Ein paar Wörter ohne Zusammenhang sind viel stärker und trotzdem leicht zu merken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That passphrase would be too easy to guess ({why}), so nothing was changed: a few unrelated words are much stronger and still easy to remember.</source>
        <translation>Diese Passphrase wäre zu leicht zu erraten. {why}. Deshalb wurde nichts geändert: Ein paar Wörter ohne Zusammenhang sind viel stärker und trotzdem leicht zu merken.</translation>
    </message>
</context>
<context>
    <name>domain.prompt_browse</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/prompt_browse.py" line="+21"/>
        <source>This one reaches deeper. Read it only if you feel ready.</source>
        <translation>Dieser Impuls geht tiefer. Lies ihn nur, wenn du dich bereit fühlst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chose this one.</source>
        <translation>Diesen hast du ausgewählt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A note before this one: {note}</source>
        <translation>Ein Hinweis vorab: {note}</translation>
    </message>
</context>
<context>
    <name>domain.prompt_selection</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/prompt_selection.py" line="+55"/>
        <source>A gentle one, because today felt heavy.</source>
        <translation>Ein sanfter Impuls, weil der Tag heute schwer war.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>About a memory you saved from {when}.</source>
        <translation>Zu einer Erinnerung, die du aus {when} gespeichert hast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About one of the memories you saved.</source>
        <translation>Zu einer der Erinnerungen, die du gespeichert hast.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>You&apos;ve met every prompt that fits your settings lately, so here is the one from longest ago.</source>
        <translation>Du hast zuletzt alle Impulse gesehen, die zu deinen Einstellungen passen. Hier ist der, den du am längsten nicht gesehen hast.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>One of your favourites, back again.</source>
        <translation>Einer deiner Lieblingsimpulse, wieder da.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the prompts you wrote yourself.</source>
        <translation>Einer der Impulse, die du selbst geschrieben hast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From a theme you haven&apos;t visited yet: {theme}.</source>
        <translation>Aus einem Thema, das du noch nicht besucht hast: {theme}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From a theme you haven&apos;t visited in a while: {theme}.</source>
        <translation>Aus einem Thema, das du länger nicht besucht hast: {theme}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {theme}, so that every theme gets its turn.</source>
        <translation>Aus „{theme}“, damit jedes Thema an die Reihe kommt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A follow-up to something you answered earlier today.</source>
        <translation>Eine Fortsetzung von etwas, das du heute beantwortet hast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A follow-up to something you answered yesterday.</source>
        <translation>Eine Fortsetzung von etwas, das du gestern beantwortet hast.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A follow-up to something you answered on {date}.</source>
        <translation>Eine Fortsetzung von etwas, das du am {date} beantwortet hast.</translation>
    </message>
</context>
<context>
    <name>domain.reminders</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/reminders.py" line="+23"/>
        <source>A few minutes for little me?</source>
        <translation>Ein paar Minuten für mein kleines Ich?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle moment for yourself, if you like.</source>
        <translation>Ein sanfter Moment für dich, wenn du magst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mondays</source>
        <translation>montags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesdays</source>
        <translation>dienstags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesdays</source>
        <translation>mittwochs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursdays</source>
        <translation>donnerstags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fridays</source>
        <translation>freitags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturdays</source>
        <translation>samstags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sundays</source>
        <translation>sonntags</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on weekdays</source>
        <translation>an Wochentagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at weekends</source>
        <translation>am Wochenende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on no day yet</source>
        <translation>noch an keinem Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{days} and {last}</source>
        <translation>{days} und {last}</translation>
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
        <translation>Zeichen, dass eine schwere Zeit beginnen könnte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thoughts, feelings, situations you notice first.</source>
        <translation>Gedanken, Gefühle, Situationen, die du zuerst bemerkst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Things I can do on my own to feel a little safer</source>
        <translation>Was ich selbst tun kann, um mich etwas sicherer zu fühlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small, doable things: a warm drink, a walk, music, a breathing exercise.</source>
        <translation>Kleine, machbare Dinge: ein warmes Getränk, ein Spaziergang, Musik, eine Atemübung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People and places that help me feel less alone</source>
        <translation>Menschen und Orte, mit denen ich mich weniger allein fühle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A café, a friend&apos;s kitchen, a park bench, an online group.</source>
        <translation>Ein Café, die Küche einer Freundin, eine Parkbank, eine Online-Gruppe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People I can ask for help</source>
        <translation>Menschen, die ich um Hilfe bitten kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and numbers.</source>
        <translation>Namen und Nummern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Professionals I can contact</source>
        <translation>Fachleute, an die ich mich wenden kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therapist, doctor, group leader, with their numbers and hours.</source>
        <translation>Therapie, Arztpraxis, Gruppenleitung, mit Nummern und Sprechzeiten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making where I am safer</source>
        <translation>Meine Umgebung sicherer machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I can put away or ask someone to keep.</source>
        <translation>Was ich wegräumen oder jemandem zum Aufbewahren geben kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My reasons to stay safe</source>
        <translation>Meine Gründe, mich zu schützen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People, animals, hopes, small things I love.</source>
        <translation>Menschen, Tiere, Hoffnungen, kleine Dinge, die ich liebe.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers change and differ by country. Please check them for where you are.</source>
        <translation>Nummern ändern sich und sind von Land zu Land verschieden. Bitte prüf sie für den Ort, an dem du bist.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Any country</source>
        <translation>Jedes Land</translation>
    </message>
</context>
<context>
    <name>domain.search</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/search.py" line="+32"/>
        <source>Nothing found for “{query}”. You might try fewer or shorter words.</source>
        <translation>Nichts gefunden für „{query}“. Vielleicht helfen weniger oder kürzere Wörter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{entries} and {memories}</source>
        <translation>{entries} und {memories}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+4"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <location line="+5"/>
        <source>%n memories</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n closest: {found}</source>
        <translation>
            <numerusform>Die %n nächsten: {found}</numerusform>
            <numerusform>Die %n nächsten: {found}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.sync_merge</name>
    <message>
        <location filename="../../src/innerchild_desktop/domain/sync_merge.py" line="+212"/>
        <source>Two different changes arrived under the same id; neither was applied. The sync folder may hold a damaged or foreign file.</source>
        <translation>Zwei verschiedene Änderungen kamen unter derselben ID an; keine wurde übernommen. Der Sync-Ordner enthält vielleicht eine beschädigte oder fremde Datei.</translation>
    </message>
</context>
<context>
    <name>drawing.canvas</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/drawing/canvas.py" line="+58"/>
        <source>Drawing paper</source>
        <translation>Zeichenpapier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw with a mouse, a finger or a pen. Tools are above and below the paper.</source>
        <translation>Zeichne mit der Maus, einem Finger oder einem Stift. Die Werkzeuge sind über und unter dem Papier.</translation>
    </message>
</context>
<context>
    <name>drawing.dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/drawing/dialog.py" line="+35"/>
        <source>Pencil</source>
        <translation>Bleistift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crayon</source>
        <translation>Wachsmalstift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marker</source>
        <translation>Filzstift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charcoal</source>
        <translation>Kohle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sky</source>
        <translation>Himmel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moss</source>
        <translation>Moos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>Sonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clay</source>
        <translation>Terrakotta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berry</source>
        <translation>Beere</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+1"/>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draw whatever comes, if you like. Nothing here needs to be good. Esc closes and keeps what you drew.</source>
        <translation>Zeichne, was kommt, wenn du magst. Nichts hier muss gut sein. Esc schließt und behält, was du gezeichnet hast.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Any colour…</source>
        <translation>Andere Farbe…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&apos;m using my &amp;other hand</source>
        <translation>Ich zeichne mit der &amp;anderen Hand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I&apos;m using my other hand: larger, forgiving lines</source>
        <translation>Ich zeichne mit der anderen Hand: größere, nachsichtige Linien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger, smoother lines for a hand that is not used to it (Alt+O)</source>
        <translation>Größere, weichere Linien für eine ungeübte Hand (Alt+A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last stroke ({shortcut})</source>
        <translation>Letzten Strich rückgängig machen ({shortcut})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo ({shortcut})</source>
        <translation>Wiederholen ({shortcut})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again on clean paper ({shortcut}); undo brings it back</source>
        <translation>Neu beginnen auf leerem Papier ({shortcut}); Rückgängig holt es zurück</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Don&apos;t keep</source>
        <translation>Nicht behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close and let this drawing go</source>
        <translation>Schließen und diese Zeichnung gehen lassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep drawing</source>
        <translation>Zeichnung behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the drawing in the entry ({shortcut})</source>
        <translation>Zeichnung in den Eintrag setzen ({shortcut})</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Any colour</source>
        <translation>Andere Farbe</translation>
    </message>
</context>
<context>
    <name>drawing.two_hands</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/drawing/two_hands.py" line="+14"/>
        <source>What would you like to ask the little one? (your usual hand)</source>
        <translation>Was möchtest du dein kleines Ich fragen? (mit deiner gewohnten Hand)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>**Me, now:** {question}</source>
        <translation>**Ich, jetzt:** {question}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**Me, now:**</source>
        <translation>**Ich, jetzt:**</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**The little one, with my other hand:**</source>
        <translation>**Mein kleines Ich, mit meiner anderen Hand:**</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Draw and write with your other hand</source>
        <translation>Mit der anderen Hand zeichnen und schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you like: ask with your usual hand, then let the little one answer on the paper with your other hand: a drawing, or big, wobbly letters. Esc closes and keeps it.</source>
        <translation>Wenn du magst: Frag mit deiner gewohnten Hand und lass dein kleines Ich mit der anderen Hand auf dem Papier antworten: ein Bild oder große, wacklige Buchstaben. Esc schließt und behält es.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your question, written with your usual hand</source>
        <translation>Deine Frage, mit deiner gewohnten Hand geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The little one answers (your other hand):</source>
        <translation>Dein kleines Ich antwortet (mit der anderen Hand):</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/failures.py" line="+15"/>
        <source>Something went wrong inside Inner Child ({kind}). Your journal was not changed.</source>
        <translation>In Inner Child ist etwas schiefgelaufen ({kind}). Dein Tagebuch wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/first_run.py" line="+35"/>
        <source>Gentle only (a good place to start)</source>
        <translation>Nur sanfte (ein guter Anfang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to reflective</source>
        <translation>Bis nachdenklich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep too (with a note first)</source>
        <translation>Auch tiefe (mit einem Hinweis vorab)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is here</source>
        <translation>Was es hier gibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it gets too much</source>
        <translation>Wenn es zu viel wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few choices, if you like</source>
        <translation>Ein paar Entscheidungen, wenn du magst</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Welcome to your journal</source>
        <translation>Willkommen in deinem Tagebuch</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where you are in the welcome</source>
        <translation>Wo du in der Begrüßung bist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous screen</source>
        <translation>Der vorige Bildschirm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to your journal now (Esc). Anything you chose here is kept.</source>
        <translation>Jetzt zu deinem Tagebuch (Esc). Was du hier gewählt hast, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+192"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>The next screen</source>
        <translation>Der nächste Bildschirm</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Inner Child is a private place to write to, and about, the child you were. Use as much or as little of it as you like:</source>
        <translation>Inner Child ist ein privater Ort, um an das Kind, das du warst, und über es zu schreiben. Nutze so viel oder so wenig davon, wie du magst:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>•  A journal, with letters to and from your younger self.
•  A timeline of memories, placed by age or year, as roughly as you like.
•  Prompts, if you would like a question to start from.
•  Soothing exercises: breathing, grounding and your safety plan.</source>
        <translation>•  Ein Tagebuch, mit Briefen an dein jüngeres Ich und von ihm.
•  Eine Zeitleiste der Erinnerungen, nach Alter oder Jahr, so ungefähr, wie du magst.
•  Impulse, wenn du mit einem beginnen möchtest.
•  Beruhigende Übungen: Atmen, Erden und dein Sicherheitsplan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inner Child is not therapy, and it is not a crisis service. If you are in danger, please call your local emergency number or a crisis line.</source>
        <translation>Inner Child ist keine Therapie und kein Krisendienst. Wenn du in Gefahr bist, ruf bitte den Notruf vor Ort oder ein Krisentelefon an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It works offline. Nothing you write leaves this computer: your journal is encrypted here, and the app never connects to the internet.</source>
        <translation>Es funktioniert offline. Nichts, was du schreibst, verlässt diesen Computer: Dein Tagebuch wird hier verschlüsselt, und die App verbindet sich nie mit dem Internet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“I feel overwhelmed” is in the sidebar, and Ctrl+Shift+B opens it from anywhere in the app. It is on the lock screen too, so you never need your passphrase to reach it.</source>
        <translation>„Mir ist gerade alles zu viel“ findest du in der Seitenleiste, und Ctrl+Shift+B öffnet es von überall in der App. Es ist auch auf dem Sperrbildschirm, du brauchst also nie deine Passphrase dafür.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“I feel far away” is in the sidebar as well, and Ctrl+Shift+G opens it.</source>
        <translation>„Ich fühle mich weit weg“ ist ebenfalls in der Seitenleiste, und Ctrl+Shift+G öffnet es.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every exercise is optional. You can stop any of them at any moment with Esc; nothing is counted or expected of you.</source>
        <translation>Jede Übung ist freiwillig. Du kannst jede jederzeit mit Esc beenden; nichts wird gezählt oder von dir erwartet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open my safety plan…</source>
        <translation>Meinen Sicherheitsplan öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your safety plan now; you can also do it any time later (Ctrl+Shift+S)</source>
        <translation>Schreib deinen Sicherheitsplan jetzt; du kannst das auch jederzeit später tun (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your country, for crisis lines</source>
        <translation>Dein Land, für Krisentelefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not chosen yet</source>
        <translation>Noch nicht gewählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deepest prompts to offer</source>
        <translation>Tiefste angebotene Impulse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show “On this day”: entries from this day in earlier years</source>
        <translation>„An diesem Tag“ zeigen: Einträge von diesem Tag aus früheren Jahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show On this day</source>
        <translation>An diesem Tag zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries you marked heavy never show there</source>
        <translation>Einträge, die du als schwer markiert hast, erscheinen dort nie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Crisis lines for</source>
        <translation>Krisentelefone für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt depth</source>
        <translation>Tiefe der Impulse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A safety plan is a short list for hard moments: signs to notice, what helps, who to reach. You can write it now or any time later.</source>
        <translation>Ein Sicherheitsplan ist eine kurze Liste für schwere Momente: Anzeichen, auf die du achten kannst, was hilft, wen du erreichen kannst. Du kannst ihn jetzt oder jederzeit später schreiben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choices are kept inside your encrypted journal as you make them (the country is kept beside it, so crisis lines show while it is locked). Settings and Prompts can change them later.</source>
        <translation>Deine Entscheidungen werden sofort in deinem verschlüsselten Tagebuch gespeichert (das Land daneben, damit Krisentelefone auch im gesperrten Zustand erscheinen). Unter Einstellungen und Impulse kannst du sie später ändern.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Welcome · {step} of {total}</source>
        <translation>Willkommen · {step} von {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to my &amp;journal</source>
        <translation>Zu meinem &amp;Tagebuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to my journal</source>
        <translation>Zu meinem Tagebuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The country could not be remembered just now; the safety plan will ask again.</source>
        <translation>Das Land konnte gerade nicht gespeichert werden; der Sicherheitsplan fragt später noch einmal.</translation>
    </message>
</context>
<context>
    <name>heavy</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/heavy.py" line="+26"/>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it now</source>
        <translation>Jetzt öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathe first</source>
        <translation>Erst atmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it veiled and start a breathing exercise</source>
        <translation>Verhüllt lassen und eine Atemübung beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it veiled</source>
        <translation>Verhüllt lassen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A heavy memory</source>
        <translation>Eine schwere Erinnerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This memory is marked heavy.</source>
        <translation>Diese Erinnerung ist als schwer markiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would you like to open it now, breathe first, or leave it for another time?</source>
        <translation>Möchtest du sie jetzt öffnen, erst atmen oder sie für ein andermal lassen?</translation>
    </message>
</context>
<context>
    <name>journal.calendar</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/calendar.py" line="+21"/>
        <source>Choose a day to see what you wrote then. Days with entries are marked.</source>
        <translation>Wähle einen Tag, um zu sehen, was du damals geschrieben hast. Tage mit Einträgen sind markiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Calendar of entries</source>
        <translation>Kalender der Einträge</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>About the chosen day</source>
        <translation>Zum gewählten Tag</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No entries on {day}.</source>
        <translation>Keine Einträge am {day}.</translation>
    </message>
</context>
<context>
    <name>journal.dates</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/dates.py" line="+24"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
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
        <translation>Eine schwere Erinnerung</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sometime</source>
        <translation>irgendwann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{when} · memory</source>
        <translation>{when} · Erinnerung</translation>
    </message>
</context>
<context>
    <name>journal.details</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/details.py" line="+37"/>
        <source>How heavy does today feel?</source>
        <translation>Wie schwer fühlt sich der Tag heute an?</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+39"/>
        <location line="+111"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Kind, date, feeling, how heavy today feels, and tags ({shortcut})</source>
        <translation>Art, Datum, Gefühl, wie schwer sich der Tag anfühlt, und Schlagwörter ({shortcut})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entry date</source>
        <translation>Datum des Eintrags</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not said</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> of 10</source>
        <translation> von 10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 is light, 10 is very heavy. Only if you like.</source>
        <translation>0 ist leicht, 10 ist sehr schwer. Nur, wenn du magst.</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>%n tags</source>
        <translation>
            <numerusform>%n Schlagwort</numerusform>
            <numerusform>%n Schlagwörter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journal.draw_invitation</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/draw_invitation.py" line="+24"/>
        <source>If you like, you can draw your answer.</source>
        <translation>Wenn du magst, kannst du deine Antwort zeichnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw…</source>
        <translation>Zeichnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw your answer</source>
        <translation>Deine Antwort zeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the drawing canvas ({shortcut}); the drawing is kept in this entry</source>
        <translation>Die Zeichenfläche öffnen ({shortcut}); die Zeichnung bleibt in diesem Eintrag</translation>
    </message>
</context>
<context>
    <name>journal.drawings</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/drawings.py" line="+26"/>
        <source>Draw and write with your other hand</source>
        <translation>Mit der anderen Hand zeichnen und schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the cursor on a drawing&apos;s line to edit it, or choose Draw… for a new one.</source>
        <translation>Setze den Cursor in die Zeile einer Zeichnung, um sie zu bearbeiten, oder wähle Zeichnen… für eine neue.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draw…</source>
        <translation>Zeichnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw a picture</source>
        <translation>Ein Bild zeichnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit drawing…</source>
        <translation>Zeichnung bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit this drawing</source>
        <translation>Diese Zeichnung bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two hands…</source>
        <translation>Zwei Hände…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drawing</source>
        <translation>Zeichnung</translation>
    </message>
</context>
<context>
    <name>journal.editor</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/editor.py" line="+64"/>
        <source>Marked heavy: veiled in lists and search, never in On this day.</source>
        <translation>Als schwer markiert: in Listen und Suche verhüllt, nie unter „An diesem Tag“.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter thread</source>
        <translation>Briefwechsel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title (optional)</source>
        <translation>Titel (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not saved yet…</source>
        <translation>Noch nicht gespeichert…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Prompt: {prompt}</source>
        <translation>Impuls: {prompt}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New entry: it saves itself as you write</source>
        <translation>Neuer Eintrag: speichert sich beim Schreiben von selbst</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved · marked heavy, kept veiled</source>
        <translation>Gespeichert · als schwer markiert, verhüllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>journal.editor_toolbar</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/editor_toolbar.py" line="+25"/>
        <source>This is heavy — keep it veiled</source>
        <translation>Das ist schwer – verhüllt lassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sans-serif</source>
        <translation>Serifenlos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serif</source>
        <translation>Mit Serifen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monospace</source>
        <translation>Festbreite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Narrow</source>
        <translation>Schmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comfortable</source>
        <translation>Angenehm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wide</source>
        <translation>Breit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full width</source>
        <translation>Volle Breite</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+ New</source>
        <translation>+ Neu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heavy</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Focus: only the writing</source>
        <translation>Fokus: nur das Schreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>B</source>
        <comment>the Bold button: its first letter</comment>
        <translation>F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bold</source>
        <translation>Fett</translation>
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
        <translation>Kursiv</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heading (again: smaller)</source>
        <translation>Überschrift (erneut: kleiner)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick</source>
        <translation>Abhaken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick or untick</source>
        <translation>An- oder abhaken</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+102"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Photo…</source>
        <translation>Foto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voice note…</source>
        <translation>Sprachnotiz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a voice note</source>
        <translation>Eine Sprachnotiz aufnehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide details</source>
        <translation>Details ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a reply from my younger self</source>
        <translation>Eine Antwort meines jüngeren Ichs schreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory…</source>
        <translation>Erinnerung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make this a memory</source>
        <translation>Daraus eine Erinnerung machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier versions of this entry</source>
        <translation>Frühere Fassungen dieses Eintrags</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing font</source>
        <translation>Schriftart</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line length</source>
        <translation>Zeilenlänge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{width} (about {chars} characters)</source>
        <translation>{width} (etwa {chars} Zeichen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check spelling</source>
        <translation>Rechtschreibung prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Underline words that may be misspelled</source>
        <translation>Wörter unterstreichen, die vielleicht falsch geschrieben sind</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More: photos, drawing, details, reply, history, trash…</source>
        <translation>Mehr: Fotos, Zeichnen, Details, Antwort, Verlauf, Papierkorb…</translation>
    </message>
</context>
<context>
    <name>journal.entry_actions</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/entry_actions.py" line="+22"/>
        <source>In reply to {letter}</source>
        <translation>Antwort auf {letter}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reply: {letter}</source>
        <translation>Antwort: {letter}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write a few words first; then this entry can become a memory.</source>
        <translation>Schreib zuerst ein paar Wörter; dann kann dieser Eintrag eine Erinnerung werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reply to: {title}</source>
        <translation>Antwort auf: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dear grown-up me,

</source>
        <translation>Liebes erwachsenes Ich,

</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Earlier versions are kept once this entry has some words</source>
        <translation>Frühere Fassungen werden aufbewahrt, sobald dieser Eintrag ein paar Wörter hat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored · the text it replaced is kept in History</source>
        <translation>Wiederhergestellt · der ersetzte Text bleibt im Verlauf</translation>
    </message>
</context>
<context>
    <name>journal.history_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/history_dialog.py" line="+33"/>
        <source>Earlier versions of this entry, kept as you write. Choose one to read it. If you like, you can bring it back: the text you have now stays in this history too.</source>
        <translation>Frühere Fassungen dieses Eintrags, aufbewahrt, während du schreibst. Wähle eine aus, um sie zu lesen. Wenn du magst, kannst du sie zurückholen: Der Text, den du jetzt hast, bleibt ebenfalls in diesem Verlauf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No earlier versions yet. They are kept as you write, so you can look back whenever you like.</source>
        <translation>Noch keine früheren Fassungen. Sie werden aufbewahrt, während du schreibst, damit du zurückschauen kannst, wann immer du magst.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of this entry</source>
        <translation>Verlauf dieses Eintrags</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier versions</source>
        <translation>Frühere Fassungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{when} · on {computer}</source>
        <translation>{when} · auf {computer}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {when}: {line}</source>
        <translation>Gespeichert {when}: {line}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title of this version</source>
        <translation>Titel dieser Fassung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version, read-only</source>
        <translation>Diese Fassung, nur zum Lesen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Restore this version</source>
        <translation>Diese Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore this version</source>
        <translation>Diese Fassung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring this version back; the text you have now is kept in the history</source>
        <translation>Diese Fassung zurückholen; der Text, den du jetzt hast, bleibt im Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History message</source>
        <translation>Hinweis zum Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the history</source>
        <translation>Verlauf schließen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Title: {title}</source>
        <translation>Titel: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No title</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>journal.letters</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/letters.py" line="+25"/>
        <source>To my younger self</source>
        <translation>An mein jüngeres Ich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From my younger self</source>
        <translation>Von meinem jüngeren Ich</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letter threads</source>
        <translation>Briefwechsel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write a letter to my younger self</source>
        <translation>Einen Brief an mein jüngeres Ich schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new letter to the child you were</source>
        <translation>Einen neuen Brief an das Kind beginnen, das du warst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No letters yet. If you like, you can write one to the child you were, and later let them write back.</source>
        <translation>Noch keine Briefe. Wenn du magst, kannst du dem Kind, das du warst, einen schreiben und es später zurückschreiben lassen.</translation>
    </message>
</context>
<context>
    <name>journal.markdown_edit</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/markdown_edit.py" line="+44"/>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write in Markdown. Ctrl+B bold, Ctrl+I italic.</source>
        <translation>Schreib in Markdown. Ctrl+B fett, Ctrl+I kursiv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whatever you&apos;d like to write. There is no wrong way.</source>
        <translation>Was immer du schreiben möchtest. Es gibt kein Richtig oder Falsch.</translation>
    </message>
</context>
<context>
    <name>journal.mood_picker</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/mood_picker.py" line="+29"/>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How are you feeling? (optional)</source>
        <translation>Wie fühlst du dich? (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No feeling chosen</source>
        <translation>Kein Gefühl gewählt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Feeling: {feeling}</source>
        <translation>Gefühl: {feeling}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feeling…</source>
        <translation>Gefühl…</translation>
    </message>
</context>
<context>
    <name>journal.page</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/page.py" line="+63"/>
        <location line="+110"/>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Search (words, &quot;phrases&quot;, tag:name, after:2024-01-01)</source>
        <translation>Suchen (Wörter, &quot;Sätze&quot;, tag:Name, after:2024-01-01)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the journal</source>
        <translation>Im Tagebuch suchen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All entries</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all entries</source>
        <translation>Alle Einträge zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show calendar</source>
        <translation>Kalender zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show trash</source>
        <translation>Papierkorb zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show letters to and from my younger self</source>
        <translation>Briefe an mein jüngeres Ich und von ihm zeigen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entries from this day in earlier years (never ones you marked heavy)</source>
        <translation>Einträge von diesem Tag aus früheren Jahren (nie solche, die du als schwer markiert hast)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entries on the chosen day</source>
        <translation>Einträge am gewählten Tag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tags…</source>
        <translation>Schlagwörter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename or merge tags</source>
        <translation>Schlagwörter umbenennen oder zusammenführen</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Dear little me,

</source>
        <translation>Liebes kleines Ich,

</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>On this day: %n entries from earlier years</source>
        <translation>
            <numerusform>An diesem Tag: %n Eintrag aus früheren Jahren</numerusform>
            <numerusform>An diesem Tag: %n Einträge aus früheren Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journal.photo_veil</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/photo_veil.py" line="+26"/>
        <source>Blurred photos: choose one, or Tab to it and press Enter, to look.</source>
        <translation>Verschwommene Fotos: Wähle eines aus oder geh mit Tab hin und drück die Eingabetaste, um es anzusehen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A blurred photo: choose it to look</source>
        <translation>Ein verschwommenes Foto: Wähle es aus, um es anzusehen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This photo</source>
        <translation>Dieses Foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blur it again</source>
        <translation>Wieder verschwimmen lassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Always show this photo</source>
        <translation>Dieses Foto immer zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blur this photo until I choose to look</source>
        <translation>Dieses Foto verschwommen zeigen, bis ich es ansehen will</translation>
    </message>
</context>
<context>
    <name>journal.photos</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/photos.py" line="+23"/>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
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
        <translation>{name} konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>journal.preview</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/preview.py" line="+62"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Open this link?</source>
        <translation>Diesen Link öffnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This will open your web browser at:

{address}</source>
        <translation>Dein Webbrowser wird hier geöffnet:

{address}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inner Child itself never goes online.</source>
        <translation>Inner Child selbst geht nie online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the link</source>
        <translation>Link öffnen</translation>
    </message>
</context>
<context>
    <name>journal.spell_highlight</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/spell_highlight.py" line="+257"/>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to my dictionary</source>
        <translation>Zu meinem Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept inside your encrypted journal</source>
        <translation>Wird in deinem verschlüsselten Tagebuch aufbewahrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore in this entry</source>
        <translation>In diesem Eintrag ignorieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spelling language of this entry</source>
        <translation>Rechtschreibsprache dieses Eintrags</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As the journal ({language})</source>
        <translation>Wie das Tagebuch ({language})</translation>
    </message>
</context>
<context>
    <name>journal.tag_edit</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/tag_edit.py" line="+15"/>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>journal.tags_dialog</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/journal/tags_dialog.py" line="+48"/>
        <source>#{tag}  (%n entries)</source>
        <translation>
            <numerusform>#{tag}  (%n Eintrag)</numerusform>
            <numerusform>#{tag}  (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename or merge…</source>
        <translation>Umbenennen oder zusammenführen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected tag a new name; using an existing name merges the two</source>
        <translation>Dem gewählten Schlagwort einen neuen Namen geben; ein vorhandener Name führt die beiden zusammen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renaming a tag changes it on every entry and memory. Choosing a name that already exists merges the two tags.</source>
        <translation>Wenn du ein Schlagwort umbenennst, ändert es sich in allen Einträgen und Erinnerungen. Ein Name, den es schon gibt, führt die beiden Schlagwörter zusammen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Merge tags?</source>
        <translation>Schlagwörter zusammenführen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#{target} already exists. Merge #{tag} into it?</source>
        <translation>#{target} gibt es schon. #{tag} damit zusammenführen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge them</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New name for #{tag}:</source>
        <translation>Neuer Name für #{tag}:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merged into #{tag}.</source>
        <translation>Mit #{tag} zusammengeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renamed to #{tag}.</source>
        <translation>Umbenannt in #{tag}.</translation>
    </message>
</context>
<context>
    <name>journal.trash</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/trash.py" line="+47"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the entry out of the trash</source>
        <translation>Den Eintrag aus dem Papierkorb holen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty the trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the entries in the trash go for good (asks first)</source>
        <translation>Die Einträge im Papierkorb endgültig loslassen (fragt vorher)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the entry back from the trash</source>
        <translation>Den Eintrag aus dem Papierkorb zurückholen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Moved to the trash.</source>
        <translation>In den Papierkorb verschoben.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Empty the trash?</source>
        <translation>Papierkorb leeren?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The %n entries in the trash will be gone for good, even from the history.</source>
        <translation>
            <numerusform>Der Eintrag im Papierkorb ist dann endgültig weg, auch aus dem Verlauf.</numerusform>
            <numerusform>Die %n Einträge im Papierkorb sind dann endgültig weg, auch aus dem Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Until then, anything in the trash can still be brought back.</source>
        <translation>Bis dahin lässt sich alles im Papierkorb noch zurückholen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
</context>
<context>
    <name>journal.two_computers</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/two_computers.py" line="+16"/>
        <source>This entry was changed on two computers at once. Both versions are kept: this one is the later, the other is in its History.</source>
        <translation>Dieser Eintrag wurde auf zwei Computern gleichzeitig geändert. Beide Fassungen bleiben erhalten: Diese ist die spätere, die andere steht in seinem Verlauf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edited on two computers</source>
        <translation>Auf zwei Computern bearbeitet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show History</source>
        <translation>Verlauf zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the other version, and bring it back if you like</source>
        <translation>Die andere Fassung ansehen und sie zurückholen, wenn du magst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&apos;ve seen it</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this note on every computer</source>
        <translation>Diesen Hinweis auf allen Computern ausblenden</translation>
    </message>
</context>
<context>
    <name>journal.veil</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/veil.py" line="+30"/>
        <source>A heavy entry, veiled</source>
        <translation>Ein schwerer Eintrag, verhüllt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This entry is marked heavy. Would you like to open it now?</source>
        <translation>Dieser Eintrag ist als schwer markiert. Möchtest du ihn jetzt öffnen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can breathe first, or leave it for another time and choose another entry.</source>
        <translation>Du kannst zuerst atmen oder ihn für ein anderes Mal lassen und einen anderen Eintrag wählen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the heavy entry now</source>
        <translation>Den schweren Eintrag jetzt öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathe first</source>
        <translation>Erst atmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it veiled and start a breathing exercise</source>
        <translation>Verhüllt lassen und eine Atemübung beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write something new</source>
        <translation>Etwas Neues schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new entry ({shortcut})</source>
        <translation>Einen neuen Eintrag beginnen ({shortcut})</translation>
    </message>
</context>
<context>
    <name>journal.voice_actions</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/voice_actions.py" line="+30"/>
        <source>Voice note</source>
        <translation>Sprachnotiz</translation>
    </message>
</context>
<context>
    <name>journal.voice_audio</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/voice_audio.py" line="+24"/>
        <source>Sound isn&apos;t available on this computer, so voice notes can&apos;t be recorded or played.</source>
        <translation>Ton ist auf diesem Computer nicht verfügbar, daher lassen sich Sprachnotizen weder aufnehmen noch abspielen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No microphone was found, so recording is off. Notes you kept can still be played.</source>
        <translation>Es wurde kein Mikrofon gefunden, daher ist die Aufnahme aus. Gespeicherte Notizen lassen sich weiter abspielen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No speaker or headphones were found, so voice notes can&apos;t be played here.</source>
        <translation>Es wurden keine Lautsprecher oder Kopfhörer gefunden, daher lassen sich Sprachnotizen hier nicht abspielen.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The microphone could not be opened. Is another app using it?</source>
        <translation>Das Mikrofon konnte nicht geöffnet werden. Benutzt es gerade eine andere App?</translation>
    </message>
</context>
<context>
    <name>journal.voice_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/voice_dialog.py" line="+69"/>
        <location line="+234"/>
        <source>Voice note</source>
        <translation>Sprachnotiz</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Voice note recorder</source>
        <translation>Sprachnotiz-Rekorder</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>If you like, say what is here for you. It stays inside your journal, encrypted; nothing is saved anywhere else.</source>
        <translation>Wenn du magst, sprich aus, was gerade da ist. Es bleibt verschlüsselt in deinem Tagebuch; nichts wird anderswo gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sound level</source>
        <translation>Lautstärkepegel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded time and limit</source>
        <translation>Aufgenommene Zeit und Grenze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorder status</source>
        <translation>Status des Rekorders</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+133"/>
        <source>&amp;Record</source>
        <translation>&amp;Aufnehmen</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+134"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+138"/>
        <source>Pause recording</source>
        <translation>Aufnahme pausieren</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording</source>
        <translation>Aufnahme beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep in entry</source>
        <translation>Im Eintrag &amp;behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep in entry</source>
        <translation>Im Eintrag behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+127"/>
        <source>Don&apos;t keep</source>
        <translation>Nicht behalten</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Close without keeping (Esc)</source>
        <translation>Schließen, ohne zu behalten (Esc)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Level</source>
        <translation>Pegel</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+38"/>
        <source>Recording… pause or stop whenever you like.</source>
        <translation>Aufnahme läuft… pausiere oder beende sie, wann immer du magst.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>That is the {limit} limit, so recording stopped. Listen if you like, then keep it.</source>
        <translation>Das ist die Grenze von {limit}, daher wurde die Aufnahme beendet. Hör sie dir an, wenn du magst, und behalte sie dann.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paused. Resume when you are ready.</source>
        <translation>Pausiert. Mach weiter, wann immer du bereit bist.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopped. Listen if you like, record more, or keep it.</source>
        <translation>Beendet. Hör sie dir an, wenn du magst, nimm mehr auf oder behalte sie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Record more</source>
        <translation>&amp;Weiter aufnehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume recording</source>
        <translation>Aufnahme fortsetzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+58"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Voice note player</source>
        <translation>Sprachnotiz-Player</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voice note, {length}</source>
        <translation>Sprachnotiz, {length}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>journal.voice_playback</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/journal/voice_playback.py" line="+26"/>
        <location line="+54"/>
        <location line="+9"/>
        <source>P&amp;lay</source>
        <translation>Abspie&amp;len</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Play the voice note</source>
        <translation>Sprachnotiz abspielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause (Alt+L)</source>
        <translation>Abspielen oder pausieren (Alt+L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Playback position</source>
        <translation>Wiedergabeposition</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{position} of {length}</source>
        <translation>{position} von {length}</translation>
    </message>
</context>
<context>
    <name>language_settings</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/language_settings.py" line="+26"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As on this computer ({language})</source>
        <translation>Wie auf diesem Computer ({language})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use this language</source>
        <translation>Diese Sprache verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window is shown again in this language. What you are writing is saved first.</source>
        <translation>Das Fenster erscheint neu in dieser Sprache. Was du gerade schreibst, wird vorher gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exercises, prompts and this window follow this choice. The translations would welcome a review by native speakers who work in this field.</source>
        <translation>Übungen, Impulse und dieses Fenster folgen dieser Wahl. Die Übersetzungen würden sich über eine Durchsicht durch Muttersprachler freuen, die in diesem Bereich arbeiten.</translation>
    </message>
</context>
<context>
    <name>lock_screen</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/lock_screen.py" line="+21"/>
        <source>Lock screen</source>
        <translation>Sperrbildschirm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal is locked and encrypted. Take your time.</source>
        <translation>Dein Tagebuch ist gesperrt und verschlüsselt. Lass dir Zeit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock message</source>
        <translation>Hinweis zum Entsperren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open your journal with this passphrase</source>
        <translation>Öffne dein Tagebuch mit dieser Passphrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forgot your passphrase?</source>
        <translation>Passphrase vergessen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a new passphrase with your recovery key</source>
        <translation>Lege mit deinem Wiederherstellungsschlüssel eine neue Passphrase fest</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I feel overwhelmed</source>
        <translation>Mir ist gerade alles zu viel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a calm breathing exercise now, without unlocking (Ctrl+Shift+B)</source>
        <translation>Öffne jetzt eine ruhige Atemübung, ohne zu entsperren (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I feel far away</source>
        <translation>Ich fühle mich weit weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Come back to here and now, eyes open, without unlocking (Ctrl+Shift+G)</source>
        <translation>Komm zurück ins Hier und Jetzt, mit offenen Augen, ohne zu entsperren (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis lines and the parts of your plan you chose to show here</source>
        <translation>Krisentelefone und die Teile deines Plans, die du hier zeigen wolltest</translation>
    </message>
</context>
<context>
    <name>looking_back</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/looking_back.py" line="+53"/>
        <source>Your year in colour: a soft square for each day you wrote, in the colour of how you felt. Only you see this.</source>
        <translation>Dein Jahr in Farbe: ein sanftes Quadrat für jeden Tag, an dem du geschrieben hast, in der Farbe deines Gefühls. Nur du siehst das.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you name a feeling in an entry, its colour will gather here, one square for the day you wrote it.</source>
        <translation>Wenn du in einem Eintrag ein Gefühl benennst, sammelt sich seine Farbe hier: ein Quadrat für den Tag, an dem du es geschrieben hast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you write a letter to your younger self, or a kind word to yourself, a few of its lines will gather here.</source>
        <translation>Wenn du deinem jüngeren Ich einen Brief oder dir selbst ein freundliches Wort schreibst, sammeln sich hier ein paar Zeilen daraus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you like, write a few words after an exercise; what helped will gather here.</source>
        <translation>Wenn du magst, schreib nach einer Übung ein paar Worte; was geholfen hat, sammelt sich hier.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a heavy day, veiled</source>
        <translation>ein schwerer Tag, verhüllt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking back</source>
        <translation>Zurückblicken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The day in focus</source>
        <translation>Der gewählte Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the colours of heavy &amp;days</source>
        <translation>Farben der schweren &amp;Tage zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the colours of heavy days</source>
        <translation>Farben der schweren Tage zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heavy days stay veiled unless you choose to see them.</source>
        <translation>Schwere Tage bleiben verhüllt, bis du sie sehen möchtest.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind words I&apos;ve written to myself</source>
        <translation>Freundliche Worte, die ich mir geschrieben habe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What helped, in my words</source>
        <translation>Was geholfen hat, in meinen Worten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Looking back (Esc)</source>
        <translation>Zurückblicken schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>looking_back_grid</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/looking_back_grid.py" line="+34"/>
        <source>Hover over a day, or move with the arrow keys, to see its date and feeling.</source>
        <translation>Fahre mit der Maus über einen Tag oder bewege dich mit den Pfeiltasten, um Datum und Gefühl zu sehen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Year in colour</source>
        <translation>Jahr in Farbe</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/main_window.py" line="+97"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entries} · locks itself after {minutes} min without activity ({shortcut} now)</source>
        <translation>{entries} · sperrt sich nach {minutes} Min. ohne Aktivität ({shortcut} sofort)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Your journal was restored from the backup. Unlock it with the passphrase it had then, or with your recovery key.</source>
        <translation>Dein Tagebuch wurde aus der Sicherung wiederhergestellt. Entsperre es mit der Passphrase, die es damals hatte, oder mit deinem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You remembered “{title}” from {when}. What did that child need most?</source>
        <translation>Du hast dich an „{title}“ erinnert ({when}). Was hat dieses Kind am meisten gebraucht?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About: {title}</source>
        <translation>Über: {title}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your new passphrase is set. Welcome back.</source>
        <translation>Deine neue Passphrase ist gesetzt. Willkommen zurück.</translation>
    </message>
</context>
<context>
    <name>new_key_ui</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/new_key_ui.py" line="+14"/>
        <source>Someone may know my old passphrase or recovery key — lock out the old ones</source>
        <translation>Jemand kennt vielleicht meine alte Passphrase oder meinen alten Wiederherstellungsschlüssel – die alten aussperren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal is then copied under a new key, which takes a little while for a big journal. You get a new recovery key, and the old passphrase and old recovery key stop opening it. Backups made before keep opening with the secrets they were made with.</source>
        <translation>Dein Tagebuch wird unter einem neuen Schlüssel kopiert; bei einem großen dauert das etwas. Du bekommst einen neuen Wiederherstellungsschlüssel, alte Passphrase und alter Schlüssel öffnen es nicht mehr. Ältere Sicherungen öffnen sich weiter mit ihren damaligen Geheimnissen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making a new key for your journal. This can take a little while; everything you wrote stays as it is. Please keep Inner Child open until it is done.</source>
        <translation>Dein Tagebuch bekommt einen neuen Schlüssel. Das kann eine Weile dauern; alles, was du geschrieben hast, bleibt, wie es ist. Bitte lass Inner Child geöffnet, bis es fertig ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your old passphrase and old recovery key no longer open your journal. This is your new recovery key: keep it somewhere safe and private. You can see it again later with your new passphrase.</source>
        <translation>Deine alte Passphrase und dein alter Wiederherstellungsschlüssel öffnen dein Tagebuch nicht mehr. Das ist dein neuer Wiederherstellungsschlüssel: Bewahre ihn sicher und privat auf. Mit deiner neuen Passphrase kannst du ihn später wieder ansehen.</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+4"/>
        <source>Your new recovery key</source>
        <translation>Dein neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New recovery key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the new recovery key</source>
        <translation>Den neuen Wiederherstellungsschlüssel kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;file…</source>
        <translation>Als &amp;Datei speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the new recovery key</source>
        <translation>Den neuen Wiederherstellungsschlüssel speichern</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/pages.py" line="+78"/>
        <source>Soothe</source>
        <translation>Beruhigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing and grounding exercises, whenever you need them. Every exercise is optional and you can stop at any time.</source>
        <translation>Atem- und Erdungsübungen, wann immer du sie brauchst. Jede Übung ist freiwillig, und du kannst jederzeit aufhören.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What&apos;s happening right now?</source>
        <translation>Was ist gerade los?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crisis lines and your own plan for hard moments</source>
        <translation>Krisentelefone und dein eigener Plan für schwere Momente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My comfort box</source>
        <translation>Meine Trostkiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards, photos and voices that help you</source>
        <translation>Karten, Fotos und Stimmen, die dir helfen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your settings are stored inside the encrypted journal.</source>
        <translation>Deine Einstellungen werden im verschlüsselten Tagebuch gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock the journal after</source>
        <translation>Tagebuch sperren nach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min without activity</source>
        <translation> Min. ohne Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-lock minutes</source>
        <translation>Minuten bis zum Sperren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &quot;On this day&quot;: entries from this date in earlier years (never heavy ones)</source>
        <translation>„An diesem Tag“ zeigen: Einträge von diesem Datum aus früheren Jahren (nie schwere)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entries you marked heavy, or that felt heavy (7 or more of 10), never come back here.</source>
        <translation>Einträge, die du als schwer markiert hast oder die sich schwer anfühlten (7 oder mehr von 10), kommen hier nie wieder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show On this day</source>
        <translation>An diesem Tag zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use my birth date to place memories by both age and year (kept encrypted)</source>
        <translation>Mein Geburtsdatum nutzen, um Erinnerungen nach Alter und Jahr einzuordnen (verschlüsselt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use my birth date</source>
        <translation>Mein Geburtsdatum nutzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size, percent</source>
        <translation>Textgröße in Prozent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>My own life stages</source>
        <translation>Meine eigenen Lebensabschnitte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My own life stages, one per line, e.g.
when we lived on Elm Street: 4-9
in Leeds: 1998-2003</source>
        <translation>Meine eigenen Lebensabschnitte, einer pro Zeile, z. B.
als wir in der Lindenstraße wohnten: 4-9
in Leipzig: 1998-2003</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save my stages</source>
        <translation>Abschnitte speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these stages for memories</source>
        <translation>Diese Abschnitte für Erinnerungen nutzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sound for exercises: {sound} {speech}</source>
        <translation>Ton für Übungen: {sound} {speech}</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>Saved %n stages. You can use their names as a memory&apos;s time.</source>
        <translation>
            <numerusform>%n Abschnitt gespeichert. Du kannst seinen Namen als Zeit einer Erinnerung nutzen.</numerusform>
            <numerusform>%n Abschnitte gespeichert. Du kannst ihre Namen als Zeit einer Erinnerung nutzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passphrase_ui</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/passphrase_ui.py" line="+28"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this passphrase</source>
        <translation>Zu dieser Passphrase</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An easy passphrase to guess</source>
        <translation>Eine leicht zu erratende Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This passphrase would be easy to guess.</source>
        <translation>Diese Passphrase wäre leicht zu erraten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{explanation} Anyone with a copy of your journal file could try passphrases like it quickly. You can choose another, or keep this one if you like.</source>
        <translation>{explanation} Wer eine Kopie deiner Tagebuchdatei hat, könnte ähnliche Passphrasen schnell ausprobieren. Du kannst eine andere wählen oder diese behalten, wenn du magst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose another</source>
        <translation>Eine andere wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use it anyway</source>
        <translation>Trotzdem verwenden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inner Child recovery key

{key}

Keep this private. It opens your journal without the passphrase.
</source>
        <translation>Inner-Child-Wiederherstellungsschlüssel

{key}

Bewahre ihn privat auf. Er öffnet dein Tagebuch ohne die Passphrase.
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied. Remember to clear it from your clipboard manager later.</source>
        <translation>Kopiert. Denk daran, ihn später aus deiner Zwischenablage-Verwaltung zu löschen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save recovery key</source>
        <translation>Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved to {name}.</source>
        <translation>Gespeichert in {name}.</translation>
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
        <translation>Fotos bei Erinnerungen verschwommen zeigen, bis ich hinsehen möchte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blur memory photos until I choose to look</source>
        <translation>Erinnerungsfotos verschwommen zeigen, bis ich hinsehen möchte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blur photos in entries and letters until I choose to look</source>
        <translation>Fotos in Einträgen und Briefen verschwommen zeigen, bis ich hinsehen möchte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blur entry photos until I choose to look</source>
        <translation>Eintragsfotos verschwommen zeigen, bis ich hinsehen möchte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A blurred photo shows when you choose it, for that time only. Choosing a shown photo lets you always show it, or blur it again.</source>
        <translation>Ein verschwommenes Foto zeigt sich, wenn du es wählst, nur für dieses Mal. Wählst du ein sichtbares Foto, kannst du es immer zeigen oder wieder verschwimmen lassen.</translation>
    </message>
</context>
<context>
    <name>prompts.browser</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/browser.py" line="+41"/>
        <source>All prompts</source>
        <translation>Alle Impulse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourites (☆)</source>
        <translation>Favoriten (☆)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From my group</source>
        <translation>Aus meiner Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own</source>
        <translation>Meine eigenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden (never shown)</source>
        <translation>Ausgeblendet (nie gezeigt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing fits those choices. Another theme, or fewer words, might help.</source>
        <translation>Nichts passt zu dieser Auswahl. Ein anderes Thema oder weniger Suchwörter helfen vielleicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts you keep with ☆ show here.</source>
        <translation>Impulse, die du mit ☆ behältst, erscheinen hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts from a pack you import (from your therapist or group) show here, in the pack&apos;s own order.</source>
        <translation>Impulse aus einem importierten Paket (von deiner Therapeutin, deinem Therapeuten oder deiner Gruppe) erscheinen hier, in der Reihenfolge des Pakets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompts you write yourself show here.</source>
        <translation>Impulse, die du selbst schreibst, erscheinen hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompts you chose never to see show here, so you can bring them back.</source>
        <translation>Impulse, die du nie mehr sehen wolltest, erscheinen hier, damit du sie zurückholen kannst.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+1"/>
        <source>Browse prompts</source>
        <translation>Impulse durchsehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any theme</source>
        <translation>Jedes Thema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gentle only</source>
        <translation>Nur sanfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to reflective</source>
        <translation>Bis nachdenklich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep too (with a note first)</source>
        <translation>Auch tiefe (mit einem Hinweis vorab)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any pack</source>
        <translation>Jedes Paket</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Search prompts</source>
        <translation>Impulse suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompts</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chosen prompt</source>
        <translation>Gewählter Impuls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show me the prompt</source>
        <translation>Impuls zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this prompt now</source>
        <translation>Diesen Impuls jetzt lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write about this</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a new entry with this prompt</source>
        <translation>Einen neuen Eintrag mit diesem Impuls öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+131"/>
        <source>☆ Keep</source>
        <translation>☆ Behalten</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Add to favourites</source>
        <translation>Zu den Favoriten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+137"/>
        <source>Never show this</source>
        <translation>Nie mehr zeigen</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Hide this prompt for good</source>
        <translation>Diesen Impuls dauerhaft ausblenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget my prompt history…</source>
        <translation>Meinen Impulsverlauf vergessen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget which prompts were shown and answered; your entries stay</source>
        <translation>Vergessen, welche Impulse gezeigt und beantwortet wurden; deine Einträge bleiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the prompt browser (Esc)</source>
        <translation>Impulsübersicht schließen (Esc)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Find a prompt on purpose, if you like. Deeper ones show a note first.</source>
        <translation>Such dir gezielt einen Impuls, wenn du magst. Tiefere zeigen zuerst einen Hinweis.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>★ Stop keeping</source>
        <translation>★ Nicht mehr behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop keeping</source>
        <translation>Nicht mehr behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show again</source>
        <translation>Wieder zeigen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Prompt history forgotten. Your entries are all still here.</source>
        <translation>Impulsverlauf vergessen. Deine Einträge sind alle noch da.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Forget my prompt history</source>
        <translation>Meinen Impulsverlauf vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget it</source>
        <translation>Vergessen</translation>
    </message>
</context>
<context>
    <name>prompts.browser_model</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/browser_model.py" line="+18"/>
        <source>gentle</source>
        <translation>sanft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reflective</source>
        <translation>nachdenklich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deep</source>
        <translation>tief</translation>
    </message>
</context>
<context>
    <name>prompts.invitation</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/invitation.py" line="+16"/>
        <source>When you feel ready, you can choose deeper prompts with Depth, just above. There&apos;s no hurry: gentle ones are always here too.</source>
        <translation>Wenn du dich bereit fühlst, kannst du oben bei Tiefe tiefere Impulse wählen. Es eilt nicht: Sanfte sind immer auch da.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>When you feel ready</source>
        <translation>Wenn du dich bereit fühlst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show me</source>
        <translation>Zeig es mir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the Depth choice on this page</source>
        <translation>Zur Auswahl Tiefe auf dieser Seite gehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide this</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this note; it won&apos;t come back</source>
        <translation>Diesen Hinweis schließen; er kommt nicht wieder</translation>
    </message>
</context>
<context>
    <name>prompts.memory_row</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/memory_row.py" line="+27"/>
        <source>A prompt from your timeline</source>
        <translation>Ein Impuls aus deiner Zeitleiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show me the question</source>
        <translation>Frage zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the question about this memory now</source>
        <translation>Die Frage zu dieser Erinnerung jetzt lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write about it</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A journal entry about this memory, with this question</source>
        <translation>Ein Tagebucheintrag über diese Erinnerung, mit dieser Frage</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>From your timeline: {prompt}</source>
        <translation>Aus deiner Zeitleiste: {prompt}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From your timeline, a note first: {note}</source>
        <translation>Aus deiner Zeitleiste, vorab ein Hinweis: {note}</translation>
    </message>
</context>
<context>
    <name>prompts.pack_editor</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/pack_editor.py" line="+68"/>
        <location line="+1"/>
        <source>Make a pack for my group</source>
        <translation>Paket für meine Gruppe erstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write prompts for your group, in the order you&apos;d like them met, and if you like arrange them into weeks. Save the pack as a file to share: each member imports it on their Prompts screen.</source>
        <translation>Schreib Impulse für deine Gruppe, in der Reihenfolge, in der sie ihnen begegnen sollen, und ordne sie, wenn du magst, in Wochen. Speichere das Paket als Datei zum Teilen: Alle importieren es auf ihrer Seite Impulse.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pack name</source>
        <translation>Name des Pakets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Spring group</source>
        <translation>z. B. Frühlingsgruppe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to members as who the pack is from</source>
        <translation>Wird den Mitgliedern als Absender des Pakets gezeigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About this pack</source>
        <translation>Über dieses Paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a line about the group</source>
        <translation>Optional: eine Zeile über die Gruppe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the prompts</source>
        <translation>Sprache der Impulse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pack &amp;name</source>
        <translation>&amp;Name des Pakets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your n&amp;ame</source>
        <translation>&amp;Dein Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this pac&amp;k</source>
        <translation>Über dieses &amp;Paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pack parts</source>
        <translation>Teile des Pakets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Prompts</source>
        <translation>&amp;Impulse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weeks</source>
        <translation>&amp;Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview of the pack</source>
        <translation>Vorschau des Pakets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pack status</source>
        <translation>Stand des Pakets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a pack file…</source>
        <translation>Paketdatei öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change a pack you saved before</source>
        <translation>Ein früher gespeichertes Paket ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unfinished pack is kept in the journal</source>
        <translation>Dein unfertiges Paket bleibt im Tagebuch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the pack to share…</source>
        <translation>Paket zum Teilen speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save the file</source>
        <translation>Wähle, wo die Datei gespeichert wird</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Prompts to add, one per line</source>
        <translation>Impulse zum Hinzufügen, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste or write prompts here, one per line</source>
        <translation>Impulse hier einfügen oder schreiben, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add these prompts</source>
        <translation>Diese Impulse hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add each line as a prompt ({shortcut})</source>
        <translation>Jede Zeile als Impuls hinzufügen ({shortcut})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prompts in this pack</source>
        <translation>Impulse in diesem Paket</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>If you like, a weekly program: each week a title, a few words to begin, its prompts (choose the week on the Prompts tab) and an exercise.</source>
        <translation>Wenn du magst, ein Wochenprogramm: jede Woche mit Titel, ein paar einleitenden Worten, ihren Impulsen (Woche auf dem Reiter Impulse wählen) und einer Übung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weeks of the program</source>
        <translation>Wochen des Programms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a week</source>
        <translation>Woche hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new week at the end of the program</source>
        <translation>Eine neue Woche am Ende des Programms</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Write or paste a prompt first, one per line.</source>
        <translation>Schreib oder füge zuerst einen Impuls ein, einen pro Zeile.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Added %n prompts.</source>
        <translation>
            <numerusform>%n Impuls hinzugefügt.</numerusform>
            <numerusform>%n Impulse hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prompts.pack_files</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/pack_files.py" line="+52"/>
        <source>A few things to finish first; they are listed in the preview.</source>
        <translation>Ein paar Dinge fehlen noch; sie stehen in der Vorschau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the pack as</source>
        <translation>Paket speichern unter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Prompt packs (*.toml)</source>
        <translation>Impulspakete (*.toml)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a file called “{name}” there.</source>
        <translation>Dort gibt es schon eine Datei namens „{name}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is in {folder}. If you replace it, what it holds now is gone. You can keep it and choose another name instead.</source>
        <translation>Sie liegt in {folder}. Wenn du sie ersetzt, ist ihr jetziger Inhalt weg. Du kannst sie behalten und stattdessen einen anderen Namen wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace it</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The pack could not be saved there ({reason}).</source>
        <translation>Das Paket konnte dort nicht gespeichert werden ({reason}).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Saved “{name}” with %n prompts. Share it with your group; each member imports it on the Prompts screen.</source>
        <translation>
            <numerusform>„{name}“ mit %n Impuls gespeichert. Teile es mit deiner Gruppe; alle importieren es auf der Seite Impulse.</numerusform>
            <numerusform>„{name}“ mit %n Impulsen gespeichert. Teile es mit deiner Gruppe; alle importieren es auf der Seite Impulse.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a pack file</source>
        <translation>Paketdatei öffnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened “{name}”.</source>
        <translation>„{name}“ geöffnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open another pack?</source>
        <translation>Ein anderes Paket öffnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open “{name}” in place of the pack you are making?</source>
        <translation>„{name}“ anstelle des Pakets öffnen, an dem du gerade arbeitest?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you have written here is not saved in a file yet. You can keep it, save it first, and open the other pack afterwards.</source>
        <translation>Was du hier geschrieben hast, ist noch in keiner Datei gespeichert. Du kannst es behalten, zuerst speichern und das andere Paket danach öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep this one</source>
        <translation>Dieses behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>prompts.pack_parts</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/pack_parts.py" line="+35"/>
        <source>Gentle</source>
        <translation>Sanft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflective</source>
        <translation>Nachdenklich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep (with a content note first)</source>
        <translation>Tief (mit Inhaltshinweis vorab)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Move the chosen week up ({shortcut})</source>
        <translation>Gewählte Woche nach oben ({shortcut})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen week down ({shortcut})</source>
        <translation>Gewählte Woche nach unten ({shortcut})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the week</source>
        <translation>Woche entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the chosen prompt up ({shortcut})</source>
        <translation>Gewählten Impuls nach oben ({shortcut})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen prompt down ({shortcut})</source>
        <translation>Gewählten Impuls nach unten ({shortcut})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the prompt</source>
        <translation>Impuls entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Prompt words</source>
        <translation>Worte des Impulses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content note</source>
        <translation>Inhaltshinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown before the prompt, so each person can choose; needed for deep ones</source>
        <translation>Erscheint vor dem Impuls, damit alle selbst wählen können; nötig bei tiefen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Not in a week</source>
        <translation>In keiner Woche</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Wo&amp;rds</source>
        <translation>Wo&amp;rte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Depth</source>
        <translation>&amp;Tiefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content no&amp;te</source>
        <translation>Inha&amp;ltshinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;eek</source>
        <translation>W&amp;oche</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+123"/>
        <location line="+37"/>
        <source>Week {number}: {title}</source>
        <translation>Woche {number}: {title}</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Week {number}</source>
        <translation>Woche {number}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Week title</source>
        <translation>Titel der Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Arriving</source>
        <translation>z. B. Ankommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week introduction</source>
        <translation>Einleitung der Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No exercise</source>
        <translation>Keine Übung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prompts this week</source>
        <translation>Impulse dieser Woche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Introduction</source>
        <translation>&amp;Einleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xercise</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source>Prompts</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>None yet: choose this week on the Prompts tab.</source>
        <translation>Noch keine: Wähle diese Woche auf dem Reiter Impulse.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no words yet)</source>
        <translation>(noch ohne Worte)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{depth} · week {number}</source>
        <translation>{depth} · Woche {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no title yet)</source>
        <translation>(noch ohne Titel)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before you can share it</source>
        <translation>Bevor du es teilen kannst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your pack</source>
        <translation>Dein Paket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From {author}</source>
        <translation>Von {author}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A note before this one: {note}</source>
        <translation>Ein Hinweis vorab: {note}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exercise: {name}</source>
        <translation>Übung: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other prompts</source>
        <translation>Weitere Impulse</translation>
    </message>
</context>
<context>
    <name>prompts.page</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/page.py" line="+48"/>
        <source>Prompts</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A gentle question to start from, if the page feels blank. Skip anything that doesn&apos;t feel right today.</source>
        <translation>Eine sanfte Frage als Anfang, wenn die Seite leer wirkt. Überspring alles, was sich heute nicht richtig anfühlt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Today might be a lot. Prompts stay gentle; a slow breath first might help, if you like.</source>
        <translation>Heute ist vielleicht viel. Die Impulse bleiben sanft; ein langsamer Atemzug vorher hilft vielleicht, wenn du magst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Breathe first</source>
        <translation>Erst atmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content note</source>
        <translation>Inhaltshinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show me the prompt</source>
        <translation>Impuls zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the prompt now</source>
        <translation>Den Impuls jetzt lesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today&apos;s prompt</source>
        <translation>Impuls für heute</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write about this</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a new entry with this prompt</source>
        <translation>Einen neuen Eintrag mit diesem Impuls öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another one</source>
        <translation>Einen anderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different prompt</source>
        <translation>Ein anderer Impuls</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this prompt for today</source>
        <translation>Diesen Impuls für heute überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>☆ Keep</source>
        <translation>☆ Behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to favourites</source>
        <translation>Zu den Favoriten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never show this</source>
        <translation>Nie mehr zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide this prompt; Undo brings it back</source>
        <translation>Diesen Impuls ausblenden; Rückgängig holt ihn zurück</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show the hidden prompt again</source>
        <translation>Den ausgeblendeten Impuls wieder zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Deepest prompts to offer</source>
        <translation>Tiefste angebotene Impulse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gentle only</source>
        <translation>Nur sanfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to reflective</source>
        <translation>Bis nachdenklich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deep too (with a note first)</source>
        <translation>Auch tiefe (mit einem Hinweis vorab)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse prompts…</source>
        <translation>Impulse durchsehen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a prompt on purpose ({shortcut})</source>
        <translation>Gezielt einen Impuls suchen ({shortcut})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>My prompts and favourites</source>
        <translation>Meine Impulse und Favoriten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write my own prompt…</source>
        <translation>Eigenen Impuls schreiben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question of your own, offered alongside the others</source>
        <translation>Eine eigene Frage, angeboten neben den anderen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a prompt pack…</source>
        <translation>Impulspaket importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A TOML file from your therapist or group</source>
        <translation>Eine TOML-Datei von deiner Therapeutin, deinem Therapeuten oder deiner Gruppe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove a pack…</source>
        <translation>Paket entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove an imported prompt pack; your entries stay</source>
        <translation>Ein importiertes Impulspaket entfernen; deine Einträge bleiben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Make a pack for my group…</source>
        <translation>Paket für meine Gruppe erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For group leaders: write prompts and weekly steps to share as a pack</source>
        <translation>Für Gruppenleitungen: Impulse und Wochenschritte schreiben und als Paket teilen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Any theme</source>
        <translation>Jedes Thema</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{pack} ({author})</source>
        <translation>{pack} ({author})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packs: {names}</source>
        <translation>Pakete: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prompt packs imported.</source>
        <translation>Keine Impulspakete importiert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing fits those choices right now. Free writing is welcome.</source>
        <translation>Gerade passt nichts zu dieser Auswahl. Freies Schreiben ist jederzeit willkommen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A note before this one: {note}</source>
        <translation>Ein Hinweis vorab: {note}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Mine: {prompt}</source>
        <translation>Meiner: {prompt}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompts you write, and ones you keep with ☆, show here.</source>
        <translation>Impulse, die du schreibst, und solche, die du mit ☆ behältst, erscheinen hier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My own prompt</source>
        <translation>Mein eigener Impuls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question you&apos;d like to be asked:</source>
        <translation>Eine Frage, die dir gestellt werden soll:</translation>
    </message>
</context>
<context>
    <name>prompts.page_browse</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/page_browse.py" line="+42"/>
        <source>From the program step “{step}”.</source>
        <translation>Aus dem Programmschritt „{step}“.</translation>
    </message>
</context>
<context>
    <name>prompts.page_packs</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/page_packs.py" line="+25"/>
        <source>You won&apos;t see that prompt again.</source>
        <translation>Diesen Impuls siehst du nicht mehr.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import a prompt pack</source>
        <translation>Impulspaket importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt packs (*.toml)</source>
        <translation>Impulspakete (*.toml)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No prompt packs imported.</source>
        <translation>Keine Impulspakete importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove a pack</source>
        <translation>Paket entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which pack?</source>
        <translation>Welches Paket?</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Imported “{name}”: %n prompts.</source>
        <translation>
            <numerusform>„{name}“ importiert: %n Impuls.</numerusform>
            <numerusform>„{name}“ importiert: %n Impulse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prompts.programs</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/programs.py" line="+47"/>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start {program}</source>
        <translation>{program} beginnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{program}: every step done. Well done for staying with it.</source>
        <translation>{program}: alle Schritte gemacht. Schön, dass du dabeigeblieben bist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{program}: paused · step {number} of {total}, {step}, whenever you&apos;re ready</source>
        <translation>{program}: pausiert · Schritt {number} von {total}, {step}, wann immer du bereit bist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{program}: step {number} of {total}, {step}, whenever you&apos;re ready</source>
        <translation>{program}: Schritt {number} von {total}, {step}, wann immer du bereit bist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark this step done</source>
        <translation>Diesen Schritt abschließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
</context>
<context>
    <name>prompts.step_view</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/prompts/step_view.py" line="+40"/>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show me the prompt</source>
        <translation>Impuls zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this prompt now</source>
        <translation>Diesen Impuls jetzt lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write about this</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a new entry with this prompt</source>
        <translation>Einen neuen Eintrag mit diesem Impuls öffnen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This step: {step}</source>
        <translation>Dieser Schritt: {step}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About this step</source>
        <translation>Über diesen Schritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To write about, if you like:</source>
        <translation>Zum Schreiben, wenn du magst:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An exercise, if you like:</source>
        <translation>Eine Übung, wenn du magst:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try “{exercise}”</source>
        <translation>„{exercise}“ ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the exercise {exercise}</source>
        <translation>Übung {exercise} öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark this step done</source>
        <translation>Diesen Schritt abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark “{step}” done</source>
        <translation>„{step}“ abschließen</translation>
    </message>
</context>
<context>
    <name>question</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/question.py" line="+49"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>recover_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/recover_dialog.py" line="+28"/>
        <location line="+1"/>
        <source>Use your recovery key</source>
        <translation>Deinen Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the recovery key you kept when you set up the journal (it starts with IC1-), then choose a new passphrase. Your entries are not touched.</source>
        <translation>Gib den Wiederherstellungsschlüssel ein, den du beim Einrichten des Tagebuchs aufbewahrt hast (er beginnt mit IC1-), und wähle dann eine neue Passphrase. Deine Einträge bleiben unberührt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new passphrase again</source>
        <translation>Die neue Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm new passphrase</source>
        <translation>Neue Passphrase bestätigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set new passphrase</source>
        <translation>Neue Passphrase festlegen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please use at least {count} characters.</source>
        <translation>Bitte verwende mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two new passphrases are not the same yet.</source>
        <translation>Die beiden neuen Passphrasen stimmen noch nicht überein.</translation>
    </message>
</context>
<context>
    <name>reminder_settings</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/reminder_settings.py" line="+39"/>
        <source>If you like, a small note at a time you choose, while the app is open or waiting in the tray. It says only your own words, never what you wrote, and never counts days. Your words are kept in the encrypted journal, on this computer only.</source>
        <translation>Wenn du magst, eine kleine Notiz zu einer Zeit, die du wählst, während die App offen ist oder im Infobereich wartet. Sie sagt nur deine eigenen Worte, nie, was du geschrieben hast, und zählt nie Tage. Deine Worte bleiben im verschlüsselten Tagebuch, nur auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If ticked, a copy of these words is kept unencrypted beside the journal, like the parts of your safety plan you chose to show while locked, so a reminder can say them while the journal is locked. If not, a reminder then says: “{words}”</source>
        <translation>Wenn angehakt, wird eine Kopie dieser Worte unverschlüsselt neben dem Tagebuch gespeichert, wie die Teile deines Sicherheitsplans, die du im gesperrten Zustand zeigen wolltest, damit eine Erinnerung sie auch bei gesperrtem Tagebuch sagen kann. Wenn nicht, sagt eine Erinnerung dann: „{words}“</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+6"/>
        <source>Gentle reminders</source>
        <translation>Sanfte Erinnerungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me gently, in my own words</source>
        <translation>Erinnere mich sanft, mit meinen eigenen Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentle reminders on</source>
        <translation>Sanfte Erinnerungen an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My reminder&apos;s words</source>
        <translation>Mein Erinnerungstext</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My words</source>
        <translation>Meine Worte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if I haven&apos;t written today</source>
        <translation>Nur wenn ich heute noch nicht geschrieben habe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show my words while my journal is locked</source>
        <translation>Meine Worte auch bei gesperrtem Tagebuch zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show my reminder words while locked</source>
        <translation>Erinnerungstext auch im gesperrten Zustand zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ticked, a copy of your words is kept unencrypted beside the journal (as with the safety plan&apos;s locked view). Unticked, a reminder while locked says: “{words}”</source>
        <translation>Angehakt wird eine Kopie deiner Worte unverschlüsselt neben dem Tagebuch gespeichert (wie bei der gesperrten Ansicht des Sicherheitsplans). Nicht angehakt sagt eine Erinnerung bei gesperrtem Tagebuch: „{words}“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start in the tray when I log in (so reminders can come)</source>
        <translation>Beim Anmelden im Infobereich starten (damit Erinnerungen kommen können)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start in the tray at login</source>
        <translation>Beim Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not this week</source>
        <translation>Diese Woche nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminders until next Monday</source>
        <translation>Keine Erinnerungen bis nächsten Montag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me again</source>
        <translation>Wieder erinnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders come again from now</source>
        <translation>Erinnerungen kommen ab jetzt wieder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next reminder</source>
        <translation>Nächste Erinnerung</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose at least one day.</source>
        <translation>Wähle mindestens einen Tag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next: {day} at {time} ({days})</source>
        <translation>Nächste: {day} um {time} ({days})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resting this week. {next}</source>
        <translation>Pause in dieser Woche. {next}</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+27"/>
        <source>This could not be saved: the journal&apos;s folder is not writable.</source>
        <translation>Das ließ sich nicht speichern: In den Ordner des Tagebuchs kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The login entry could not be written.</source>
        <translation>Der Autostart-Eintrag ließ sich nicht schreiben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
</context>
<context>
    <name>sample_journal</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/sample_journal.py" line="+29"/>
        <source>A sample journal of made-up entries.</source>
        <translation>Ein Beispieltagebuch mit erfundenen Einträgen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close the sample</source>
        <translation>Beispiel schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the sample journal and go back to setting up your own</source>
        <translation>Das Beispieltagebuch löschen und zurück zum Einrichten deines eigenen</translation>
    </message>
</context>
<context>
    <name>services.attachments</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/attachments.py" line="+55"/>
        <source>Couldn&apos;t read {name}.</source>
        <translation>{name} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>An attachment could not be read: the journal file is damaged there.</source>
        <translation>Ein Anhang konnte nicht gelesen werden: Die Tagebuchdatei ist an dieser Stelle beschädigt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>in an entry</source>
        <translation>in einem Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a memory</source>
        <translation>bei einer Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the comfort box or on the younger-me card</source>
        <translation>in der Trostkiste oder auf der Karte deines jüngeren Ichs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A picture belongs to an entry or memory no longer in the journal.</source>
        <translation>Ein Bild gehört zu einem Eintrag oder einer Erinnerung, die nicht mehr im Tagebuch ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A picture belongs to nothing any more (not in the comfort box or on the card).</source>
        <translation>Ein Bild gehört zu nichts mehr (weder zur Trostkiste noch zur Karte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A picture {where} is empty.</source>
        <translation>Ein Bild {where} ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A picture {where} is larger than the {limit} MB limit.</source>
        <translation>Ein Bild {where} ist größer als die Grenze von {limit} MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A picture {where} is damaged: it is not the {kind} it should be.</source>
        <translation>Ein Bild {where} ist beschädigt: Es ist nicht das {kind}, das es sein sollte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A voice note belongs to an entry or memory no longer in the journal.</source>
        <translation>Eine Sprachnotiz gehört zu einem Eintrag oder einer Erinnerung, die nicht mehr im Tagebuch ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A voice note belongs to nothing any more (not in the comfort box or on the card).</source>
        <translation>Eine Sprachnotiz gehört zu nichts mehr (weder zur Trostkiste noch zur Karte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A voice note {where} is empty.</source>
        <translation>Eine Sprachnotiz {where} ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A voice note {where} is larger than the {limit} MB limit.</source>
        <translation>Eine Sprachnotiz {where} ist größer als die Grenze von {limit} MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A voice note {where} is damaged: it is not the {kind} it should be.</source>
        <translation>Eine Sprachnotiz {where} ist beschädigt: Sie ist nicht das {kind}, das sie sein sollte.</translation>
    </message>
</context>
<context>
    <name>services.comfort</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/comfort.py" line="+93"/>
        <source>That photo or voice note is no longer in the journal.</source>
        <translation>Dieses Foto oder diese Sprachnotiz ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a few words in the entry first.</source>
        <translation>Markiere zuerst ein paar Worte im Eintrag.</translation>
    </message>
</context>
<context>
    <name>services.demo</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/demo.py" line="+42"/>
        <source>This journal already has entries or memories, so no sample content was added: sample content only goes into a new, empty journal. Nothing was changed.</source>
        <translation>Dieses Tagebuch hat schon Einträge oder Erinnerungen, deshalb wurden keine Beispielinhalte hinzugefügt: Beispielinhalte kommen nur in ein neues, leeres Tagebuch. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>The number of sample entries and memories cannot be negative.</source>
        <translation>Die Zahl der Beispieleinträge und -erinnerungen kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A sample journal holds at most {count} memories. Nothing was changed.</source>
        <translation>Ein Beispieltagebuch hat höchstens {count} Erinnerungen. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>services.drawings</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/drawings.py" line="+57"/>
        <source>That picture holds no drawing.</source>
        <translation>Dieses Bild enthält keine Zeichnung.</translation>
    </message>
</context>
<context>
    <name>services.journal</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/journal.py" line="+80"/>
        <source>This entry has no version {number}. &apos;innerchild history&apos; lists its versions.</source>
        <translation>Dieser Eintrag hat keine Fassung {number}. &apos;innerchild history&apos; listet seine Fassungen auf.</translation>
    </message>
</context>
<context>
    <name>services.sync</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/sync.py" line="+209"/>
        <source>This journal already syncs through {folder}. To use another folder, stop syncing first.</source>
        <translation>Dieses Tagebuch wird schon über {folder} synchronisiert. Um einen anderen Ordner zu nutzen, beende zuerst die Synchronisierung.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This journal doesn&apos;t sync with other computers yet. Set it up with &apos;innerchild sync setup FOLDER&apos; or in Settings.</source>
        <translation>Dieses Tagebuch wird noch nicht mit anderen Computern synchronisiert. Richte es mit &apos;innerchild sync setup FOLDER&apos; oder in den Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sync folder {folder} isn&apos;t there right now (a USB stick not plugged in, or a drive not mounted?). Nothing was changed; your writing waits here and goes out next time.</source>
        <translation>Der Sync-Ordner {folder} ist gerade nicht da (ein USB-Stick nicht eingesteckt oder ein Laufwerk nicht eingehängt?). Nichts wurde geändert; dein Geschriebenes wartet hier und geht beim nächsten Mal hinaus.</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>{folder} isn&apos;t a folder this computer can see. Choose the folder your sync tool (Syncthing, Dropbox, …) keeps in step, or a USB stick.</source>
        <translation>{folder} ist kein Ordner, den dieser Computer sehen kann. Wähl den Ordner, den dein Sync-Programm (Syncthing, Dropbox, …) aktuell hält, oder einen USB-Stick.</translation>
    </message>
</context>
<context>
    <name>services.timeline</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/timeline.py" line="+164"/>
        <source>Intensity is a number from 1 (gentle) to 5 (very strong).</source>
        <translation>Die Intensität ist eine Zahl von 1 (sanft) bis 5 (sehr stark).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>That memory is no longer on the timeline.</source>
        <translation>Diese Erinnerung ist nicht mehr auf der Zeitleiste.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>“{name}” is not one of the feelings on the wheel; &apos;innerchild memory add --help&apos; lists a few.</source>
        <translation>„{name}“ ist keines der Gefühle auf dem Rad; &apos;innerchild memory add --help&apos; nennt einige.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{name}” is not one of the needs: {needs}.</source>
        <translation>„{name}“ ist keines der Bedürfnisse: {needs}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A memory needs a title, even a word or two.</source>
        <translation>Eine Erinnerung braucht einen Titel, auch nur ein, zwei Worte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A memory&apos;s title can be up to {count} characters; the rest can go in what you remember about it.</source>
        <translation>Der Titel einer Erinnerung kann bis zu {count} Zeichen lang sein; der Rest passt in das, woran du dich erinnerst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That memory is too long to save in one piece (more than {count} characters).</source>
        <translation>Diese Erinnerung ist zu lang, um sie in einem Stück zu speichern (mehr als {count} Zeichen).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Line {number}: write a stage like “when we lived on Elm Street: 4-9” (ages) or “in Leeds: 1998-2003” (years).</source>
        <translation>Zeile {number}: Schreib einen Abschnitt wie „als wir in der Lindenstraße wohnten: 4-9“ (Alter) oder „in Leipzig: 1998-2003“ (Jahre).</translation>
    </message>
</context>
<context>
    <name>services.transfer</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/__init__.py" line="+92"/>
        <source>{path} does not exist. Nothing was imported.</source>
        <translation>{path} gibt es nicht. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Inner Child cannot import {fmt}; it reads {import_formats}.</source>
        <translation>Inner Child kann {fmt} nicht importieren; es liest {import_formats}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{source} does not exist. Nothing was imported.</source>
        <translation>{source} existiert nicht. Nichts wurde importiert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{parent} is a file, not a folder. Nothing was written.</source>
        <translation>{parent} ist eine Datei, kein Ordner. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {parent} does not exist. Nothing was written.</source>
        <translation>Der Ordner {parent} existiert nicht. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already a file at {target}, so nothing was written: {hint}.</source>
        <translation>Unter {target} gibt es schon eine Datei, deshalb wurde nichts geschrieben: {hint}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a file at {target}. Nothing was written.</source>
        <translation>Unter {target} gibt es schon eine Datei. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+44"/>
        <source>Inner Child cannot export {fmt}; it writes {export_formats}.</source>
        <translation>Inner Child kann {fmt} nicht exportieren; es schreibt {export_formats}.</translation>
    </message>
</context>
<context>
    <name>services.transfer.common</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/common.py" line="+37"/>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{where}: the time {moment} is too close to the year 1 or 9999 for Inner Child to store. {nothing}</source>
        <translation>{where}: Die Zeit {moment} liegt zu nah am Jahr 1 oder 9999, als dass Inner Child sie speichern könnte. {nothing}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{where} is longer than {max_entry_chars} characters, too long for one entry. {nothing}</source>
        <translation>{where} ist länger als {max_entry_chars} Zeichen, zu lang für einen Eintrag. {nothing}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{where} is not UTF-8 text (the first unreadable byte is on line {line}). Save it as UTF-8 and try again. {nothing}</source>
        <translation>{where} ist kein UTF-8-Text (das erste unlesbare Byte steht in Zeile {line}). Speichere es als UTF-8 und versuch es noch einmal. {nothing}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{label} is not a regular file. {nothing}</source>
        <translation>{label} ist keine normale Datei. {nothing}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} is too large to import ({st_size} bytes). {nothing}</source>
        <translation>{label} ist zu groß zum Importieren ({st_size} Byte). {nothing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label} could not be read ({strerror}). {nothing}</source>
        <translation>{label} konnte nicht gelesen werden ({strerror}). {nothing}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} could not be read. {nothing}</source>
        <translation>{label} konnte nicht gelesen werden. {nothing}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} is too large to import. {nothing}</source>
        <translation>{label} ist zu groß zum Importieren. {nothing}</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>there is no permission to write there</source>
        <translation>dort fehlt die Schreibberechtigung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>that drive or folder is read-only</source>
        <translation>dieses Laufwerk oder dieser Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is too long for that drive</source>
        <translation>der Name ist zu lang für dieses Laufwerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file would be too large for that drive</source>
        <translation>die Datei wäre zu groß für dieses Laufwerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>part of the path is a file, not a folder</source>
        <translation>ein Teil des Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is a folder with that name</source>
        <translation>es gibt einen Ordner mit diesem Namen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the system refused</source>
        <translation>das System hat abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inner Child cannot write {path}: {why}. Nothing was written; choose another place.</source>
        <translation>Inner Child kann {path} nicht schreiben: {why}. Nichts wurde geschrieben; wähl einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation>{path} ist ein Ordner; wähl einen Dateinamen für den Export.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Abgebrochen. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>services.transfer.dayone</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/dayone.py" line="+119"/>
        <source>{path} does not exist. {nothing}</source>
        <translation>{path} existiert nicht. {nothing}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{label} has no Journal.json: is it a Day One JSON export? {nothing}</source>
        <translation>{label} hat keine Journal.json: Ist das ein JSON-Export aus Day One? {nothing}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is not a Day One export: it has no list of &quot;entries&quot;. {nothing}</source>
        <translation>{name} ist kein Day-One-Export: Es hat keine Liste &quot;entries&quot;. {nothing}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{where} is not an entry object. {nothing}</source>
        <translation>{where} ist kein Eintragsobjekt. {nothing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where} has no &quot;uuid&quot;. {nothing}</source>
        <translation>{where} hat keine &quot;uuid&quot;. {nothing}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>unknown time zone; the day is taken in UTC</source>
        <translation>unbekannte Zeitzone; der Tag wird in UTC genommen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{where}: &quot;text&quot; is not text. {nothing}</source>
        <translation>{where}: &quot;text&quot; ist kein Text. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: &quot;tags&quot; must be a list of words. {nothing}</source>
        <translation>{where}: &quot;tags&quot; muss eine Liste von Wörtern sein. {nothing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: &quot;starred&quot; must be true or false. {nothing}</source>
        <translation>{where}: &quot;starred&quot; muss true oder false sein. {nothing}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{where}: &quot;photos&quot; must be a list. {nothing}</source>
        <translation>{where}: &quot;photos&quot; muss eine Liste sein. {nothing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: photo {index} has no &quot;identifier&quot;. {nothing}</source>
        <translation>{where}: Foto {index} hat keinen &quot;identifier&quot;. {nothing}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>photo not imported: {reason}</source>
        <translation>Foto nicht importiert: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its file name (md5) is missing</source>
        <translation>sein Dateiname (md5) fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is not in the export</source>
        <translation>{file} ist nicht im Export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is larger than 50 MB</source>
        <translation>{file} ist größer als 50 MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is not a photo (JPEG, PNG, GIF, WebP or HEIC)</source>
        <translation>{file} ist kein Foto (JPEG, PNG, GIF, WebP oder HEIC)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a {kind} attachment is not imported</source>
        <translation>ein Anhang vom Typ {kind} wird nicht importiert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{where} has no &quot;{field}&quot;. {nothing}</source>
        <translation>{where} hat kein &quot;{field}&quot;. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: &quot;{field}&quot; is not a date and time like 2024-05-17T19:03:13Z. {nothing}</source>
        <translation>{where}: &quot;{field}&quot; ist kein Datum mit Uhrzeit wie 2024-05-17T19:03:13Z. {nothing}</translation>
    </message>
</context>
<context>
    <name>services.transfer.export_words</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/export_words.py" line="+19"/>
        <source>From my journal</source>
        <translation>Aus meinem Tagebuch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} was too complex to lay out and is included as plain text.</source>
        <translation>{what} war zu aufwendig zum Setzen und ist als reiner Text enthalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I felt</source>
        <translation>Was ich gefühlt habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I needed</source>
        <translation>Was ich gebraucht habe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What I would tell them now</source>
        <translation>Was ich dem Kind heute sagen würde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n entries, {span}</source>
        <translation>
            <numerusform>%n Eintrag, {span}</numerusform>
            <numerusform>%n Einträge, {span}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n memories</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prepared on {day}</source>
        <translation>erstellt am {day}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>services.transfer.folder_output</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/folder_output.py" line="+136"/>
        <source>{path} is a file; choose a new or empty folder to export to.</source>
        <translation>{path} ist eine Datei; wähl einen neuen oder leeren Ordner für den Export.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not empty; choose a new or empty folder to export to.</source>
        <translation>{path} ist nicht leer; wähl einen neuen oder leeren Ordner für den Export.</translation>
    </message>
</context>
<context>
    <name>services.transfer.html_export</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/html_export.py" line="+232"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The entry of {day}</source>
        <translation>Der Eintrag vom {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Memories</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A memory ({when})</source>
        <translation>Eine Erinnerung ({when})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>feeling {mood}</source>
        <translation>Gefühl: {mood}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>distress {value}/10</source>
        <translation>Belastung {value}/10</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>felt {feelings}</source>
        <translation>gefühlt: {feelings}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>needed {needs}</source>
        <translation>gebraucht: {needs}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>intensity {value}/5</source>
        <translation>Intensität {value}/5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with {people}</source>
        <translation>mit {people}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A heavy memory, included by choice.</source>
        <translation>Eine schwere Erinnerung, bewusst mit aufgenommen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distress before → after</source>
        <translation>Belastung vorher → nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>My journal</source>
        <translation>Mein Tagebuch</translation>
    </message>
</context>
<context>
    <name>services.transfer.jrnl</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/jrnl.py" line="+104"/>
        <source>{label}, line {lineno}, column {colno}: this is not valid JSON ({msg}). {nothing}</source>
        <translation>{label}, Zeile {lineno}, Spalte {colno}: Das ist kein gültiges JSON ({msg}). {nothing}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label} is nested too deeply to be a journal. {nothing}</source>
        <translation>{label} ist zu tief verschachtelt, um ein Tagebuch zu sein. {nothing}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label} holds a number too long to be read. {nothing}</source>
        <translation>{label} enthält eine Zahl, die zu lang zum Lesen ist. {nothing}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{label} holds text that is not valid Unicode (half of a UTF-16 pair). {nothing}</source>
        <translation>{label} enthält Text, der kein gültiges Unicode ist (ein halbes UTF-16-Paar). {nothing}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is not a jrnl JSON export: it has no list of &quot;entries&quot;. {nothing}</source>
        <translation>{name} ist kein JSON-Export aus jrnl: Es hat keine Liste &quot;entries&quot;. {nothing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where} is not an entry object. {nothing}</source>
        <translation>{where} ist kein Eintragsobjekt. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: &quot;time&quot; should look like 09:30. {nothing}</source>
        <translation>{where}: &quot;time&quot; sollte wie 09:30 aussehen. {nothing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: &quot;time&quot; is not a time of day. {nothing}</source>
        <translation>{where}: &quot;time&quot; ist keine Uhrzeit. {nothing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: &quot;title&quot; and &quot;body&quot; must be text. {nothing}</source>
        <translation>{where}: &quot;title&quot; und &quot;body&quot; müssen Text sein. {nothing}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} has neither &quot;title&quot; nor &quot;body&quot;. {nothing}</source>
        <translation>{where} hat weder &quot;title&quot; noch &quot;body&quot;. {nothing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: &quot;tags&quot; must be a list of words. {nothing}</source>
        <translation>{where}: &quot;tags&quot; muss eine Liste von Wörtern sein. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: &quot;starred&quot; must be true or false. {nothing}</source>
        <translation>{where}: &quot;starred&quot; muss true oder false sein. {nothing}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where} has no &quot;date&quot; (like 2024-05-17). {nothing}</source>
        <translation>{where} hat kein &quot;date&quot; (wie 2024-05-17). {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: &quot;date&quot; is not a calendar date like 2024-05-17. {nothing}</source>
        <translation>{where}: &quot;date&quot; ist kein Kalenderdatum wie 2024-05-17. {nothing}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} looks encrypted (or is not a text file). Decrypt it first with &apos;jrnl --decrypt&apos;, or export it with &apos;jrnl --format json&apos;. {nothing}</source>
        <translation>{name} scheint verschlüsselt zu sein (oder ist keine Textdatei). Entschlüssle es zuerst mit &apos;jrnl --decrypt&apos; oder exportiere es mit &apos;jrnl --format json&apos;. {nothing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} has no jrnl entries: each entry starts on a line like [2024-05-17 09:30] Title. {nothing}</source>
        <translation>{name} hat keine jrnl-Einträge: Jeder Eintrag beginnt mit einer Zeile wie [2024-05-17 09:30] Titel. {nothing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}, line {text}: a jrnl journal starts with a date in brackets, like [2024-05-17 09:30]. {nothing}</source>
        <translation>{name}, Zeile {text}: Ein jrnl-Tagebuch beginnt mit einem Datum in eckigen Klammern, wie [2024-05-17 09:30]. {nothing}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{where}: the entry&apos;s date and time in brackets is not a real date and time. {nothing}</source>
        <translation>{where}: Datum und Uhrzeit des Eintrags in eckigen Klammern sind kein echtes Datum mit Uhrzeit. {nothing}</translation>
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
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;{key}&quot; must be text</source>
        <translation>&quot;{key}&quot; muss Text sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;{key}&quot; must be a whole number from {lo} to {hi}</source>
        <translation>&quot;{key}&quot; muss eine ganze Zahl von {lo} bis {hi} sein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;{key}&quot; must be a number</source>
        <translation>&quot;{key}&quot; muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation>&quot;{key}&quot; muss true oder false sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;{key}&quot; must be a list of text</source>
        <translation>&quot;{key}&quot; muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;{key}&quot; must be a date like 2024-05-17</source>
        <translation>&quot;{key}&quot; muss ein Datum wie 2024-05-17 sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>must be [entry id, memory id]</source>
        <translation>muss [Eintrags-ID, Erinnerungs-ID] sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&quot;source&quot; and &quot;source_id&quot; go together</source>
        <translation>&quot;source&quot; und &quot;source_id&quot; gehören zusammen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&quot;id&quot; must be 1 to 64 letters, digits, &quot;-&quot; or &quot;_&quot;</source>
        <translation>&quot;id&quot; muss aus 1 bis 64 Buchstaben, Ziffern, &quot;-&quot; oder &quot;_&quot; bestehen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>belongs to no entry or memory</source>
        <translation>gehört zu keinem Eintrag und keiner Erinnerung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;data&quot; is not base64</source>
        <translation>&quot;data&quot; ist kein Base64</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is larger than 50 MB</source>
        <translation>ist größer als 50 MB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a photo (JPEG, PNG, GIF, WebP or HEIC) or a voice note</source>
        <translation>ist kein Foto (JPEG, PNG, GIF, WebP oder HEIC) und keine Sprachnotiz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>does not match its checksum (the file may be damaged)</source>
        <translation>passt nicht zu seiner Prüfsumme (die Datei ist vielleicht beschädigt)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;{name}&quot; is missing</source>
        <translation>&quot;{name}&quot; fehlt</translation>
    </message>
</context>
<context>
    <name>services.transfer.json_import</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/json_import.py" line="+48"/>
        <source>{name} is not an Inner Child JSON export. {nothing}</source>
        <translation>{name} ist kein JSON-Export aus Inner Child. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;version&quot; is missing</source>
        <translation>&quot;version&quot; fehlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} was written by a newer version of Inner Child (export format {version}; this app reads up to {newest}). Please update the app. {nothing}</source>
        <translation>{name} wurde von einer neueren Version von Inner Child geschrieben (Exportformat {version}; diese App liest bis {newest}). Bitte aktualisiere die App. {nothing}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}, {current}: could not be saved ({exc}). {nothing}</source>
        <translation>{name}, {current}: konnte nicht gespeichert werden ({exc}). {nothing}</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>its entry or memory is not in the file</source>
        <translation>sein Eintrag oder seine Erinnerung ist nicht in der Datei</translation>
    </message>
</context>
<context>
    <name>services.transfer.json_revisions</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/json_revisions.py" line="+31"/>
        <source>&quot;{key}&quot; must be a date and time</source>
        <translation>&quot;{key}&quot; muss ein Datum mit Uhrzeit sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;{key}&quot; must say its time zone (like +00:00)</source>
        <translation>&quot;{key}&quot; muss seine Zeitzone angeben (wie +00:00)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;seq&quot; is missing</source>
        <translation>&quot;seq&quot; fehlt</translation>
    </message>
</context>
<context>
    <name>services.transfer.markdown_dir</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/markdown_dir.py" line="+54"/>
        <source>{root} is not a folder of Markdown files. {nothing}</source>
        <translation>{root} ist kein Ordner mit Markdown-Dateien. {nothing}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} holds no Markdown (.md) files. {nothing}</source>
        <translation>{name} enthält keine Markdown-Dateien (.md). {nothing}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a regular file, so it was not read</source>
        <translation>keine normale Datei, deshalb nicht gelesen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{where}, line {line}: the front matter is not readable ({message}). {nothing}</source>
        <translation>{where}, Zeile {line}: Der Vorspann ist nicht lesbar ({message}). {nothing}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{where}, line 2: the front matter should be &apos;key: value&apos; lines. {nothing}</source>
        <translation>{where}, Zeile 2: Der Vorspann sollte aus Zeilen &apos;Schlüssel: Wert&apos; bestehen. {nothing}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}, line 1: the front matter starts with --- but never ends with ---. {nothing}</source>
        <translation>{where}, Zeile 1: Der Vorspann beginnt mit ---, endet aber nie mit ---. {nothing}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a memory; memories come back with the JSON export</source>
        <translation>eine Erinnerung; Erinnerungen kommen mit dem JSON-Export zurück</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no date in its front matter or file name</source>
        <translation>kein Datum im Vorspann oder im Dateinamen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: the title should be text. {nothing}</source>
        <translation>{where}: Der Titel sollte Text sein. {nothing}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{where}: the mood should be a word. {nothing}</source>
        <translation>{where}: Die Stimmung sollte ein Wort sein. {nothing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: distress should be a number from 0 to 10. {nothing}</source>
        <translation>{where}: Die Belastung sollte eine Zahl von 0 bis 10 sein. {nothing}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{where}: the date should look like 2024-05-17. {nothing}</source>
        <translation>{where}: Das Datum sollte wie 2024-05-17 aussehen. {nothing}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{where}: {key} should be a date and time like 2024-05-17T09:30:00Z. {nothing}</source>
        <translation>{where}: {key} sollte ein Datum mit Uhrzeit wie 2024-05-17T09:30:00Z sein. {nothing}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{where}: {key} should be true or false. {nothing}</source>
        <translation>{where}: {key} sollte true oder false sein. {nothing}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{where}: {key} should be one of {allowed}. {nothing}</source>
        <translation>{where}: {key} sollte eines davon sein: {allowed}. {nothing}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{where}: tags should be a list of words. {nothing}</source>
        <translation>{where}: Die Schlagwörter sollten eine Liste von Wörtern sein. {nothing}</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+13"/>
        <location line="+22"/>
        <source>image {label} was not found in the folder</source>
        <translation>Bild {label} wurde im Ordner nicht gefunden</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>image {label} is outside the chosen folder</source>
        <translation>Bild {label} liegt außerhalb des gewählten Ordners</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>image {label} is larger than 50 MB</source>
        <translation>Bild {label} ist größer als 50 MB</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} is not a photo Inner Child can show</source>
        <translation>{label} ist kein Foto, das Inner Child zeigen kann</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>image {label} could not be read ({strerror})</source>
        <translation>Bild {label} konnte nicht gelesen werden ({strerror})</translation>
    </message>
</context>
<context>
    <name>services.transfer.pdf_export</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/pdf_export.py" line="+53"/>
        <source>A PDF needs Qt&apos;s GUI application, but a plain Qt application is running.</source>
        <translation>Ein PDF braucht Qts grafische Anwendung, aber es läuft eine einfache Qt-Anwendung.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
</context>
<context>
    <name>services.transfer.rednotebook</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/rednotebook.py" line="+39"/>
        <source>{path} does not exist. {nothing}</source>
        <translation>{path} existiert nicht. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} holds no RedNotebook month files (named like 2024-05.txt); RedNotebook keeps them in its &apos;data&apos; folder. {nothing}</source>
        <translation>{name} enthält keine Monatsdateien von RedNotebook (benannt wie 2024-05.txt); RedNotebook bewahrt sie in seinem Ordner &apos;data&apos; auf. {nothing}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} is not named after a month. {nothing}</source>
        <translation>{name} ist nicht nach einem Monat benannt. {nothing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}, line {line}: {problem}. {nothing}</source>
        <translation>{file}, Zeile {line}: {problem}. {nothing}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}, line 1: a month file should map day numbers to entries. {nothing}</source>
        <translation>{name}, Zeile 1: Eine Monatsdatei sollte Tageszahlen Einträgen zuordnen. {nothing}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: the day should be a number. {nothing}</source>
        <translation>{where}: Der Tag sollte eine Zahl sein. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: day {day_number} does not exist in that month. {nothing}</source>
        <translation>{where}: Tag {day_number} gibt es in diesem Monat nicht. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: a day should hold its text and categories. {nothing}</source>
        <translation>{where}: Ein Tag sollte seinen Text und seine Kategorien enthalten. {nothing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: the day&apos;s text is not text. {nothing}</source>
        <translation>{where}: Der Text des Tages ist kein Text. {nothing}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>a picture linked from disk ({name}) was not copied in</source>
        <translation>ein von der Festplatte verlinktes Bild ({name}) wurde nicht übernommen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a file linked from disk ({name}) was not copied in</source>
        <translation>eine von der Festplatte verlinkte Datei ({name}) wurde nicht übernommen</translation>
    </message>
</context>
<context>
    <name>services.transfer.safe_zip</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/safe_zip.py" line="+46"/>
        <source>{label} is not a readable zip file. {nothing}</source>
        <translation>{label} ist keine lesbare ZIP-Datei. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label} holds too many files. {nothing}</source>
        <translation>{label} enthält zu viele Dateien. {nothing}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} contains a file whose name points outside the export ({name}), so it was not opened. {nothing}</source>
        <translation>{label} enthält eine Datei, deren Name aus dem Export hinaus zeigt ({name}), deshalb wurde sie nicht geöffnet. {nothing}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label} is password-protected ({name}). {nothing}</source>
        <translation>{label} ist passwortgeschützt ({name}). {nothing}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label} looks like a zip bomb ({name} would unpack to {file_size} bytes). {nothing}</source>
        <translation>{label} sieht aus wie eine ZIP-Bombe ({name} würde zu {file_size} Byte entpackt). {nothing}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{label} would unpack to {total} bytes, more than the {max_total} an import may use. {nothing}</source>
        <translation>{label} würde zu {total} Byte entpackt, mehr als die {max_total}, die ein Import nutzen darf. {nothing}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label} looks like a zip bomb: its {count} files would unpack to {total} bytes from {packed}. {nothing}</source>
        <translation>{label} sieht aus wie eine ZIP-Bombe: Seine {count} Dateien würden aus {packed} zu {total} Byte entpackt. {nothing}</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+20"/>
        <source>{label}: {name} is damaged and cannot be read. {nothing}</source>
        <translation>{label}: {name} ist beschädigt und kann nicht gelesen werden. {nothing}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{label}: {name} is larger than it should be. {nothing}</source>
        <translation>{label}: {name} ist größer, als es sein sollte. {nothing}</translation>
    </message>
</context>
<context>
    <name>services.transfer.share</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/share.py" line="+41"/>
        <source>Sharing makes a PDF or an HTML file, not {fmt}.</source>
        <translation>Teilen erstellt ein PDF oder eine HTML-Datei, kein {fmt}.</translation>
    </message>
</context>
<context>
    <name>services.transfer.writer</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/transfer/writer.py" line="+94"/>
        <source>This import needs about {needed} MiB but the journal&apos;s drive has only {free} MiB free. Make room there and try again. {nothing}</source>
        <translation>Dieser Import braucht etwa {needed} MiB, aber auf dem Laufwerk des Tagebuchs sind nur {free} MiB frei. Schaff dort Platz und versuch es noch einmal. {nothing}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>a photo has an unusable id.</source>
        <translation>ein Foto hat eine unbrauchbare ID.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{where}: {problem} {nothing}</source>
        <translation>{where}: {problem} {nothing}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} could not be saved ({exc}). {nothing}</source>
        <translation>{where} konnte nicht gespeichert werden ({exc}). {nothing}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: a photo could not be read ({strerror}). {nothing}</source>
        <translation>{where}: Ein Foto konnte nicht gelesen werden ({strerror}). {nothing}</translation>
    </message>
</context>
<context>
    <name>services.voice</name>
    <message>
        <location filename="../../src/innerchild_desktop/services/voice.py" line="+33"/>
        <source>That voice note is in a sound format Inner Child can&apos;t play.</source>
        <translation>Diese Sprachnotiz ist in einem Tonformat, das Inner Child nicht abspielen kann.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>That voice note could not be read: its sound is damaged.</source>
        <translation>Diese Sprachnotiz konnte nicht gelesen werden: Ihr Ton ist beschädigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That voice note was kept as FLAC and can&apos;t be played by this installation: install Inner Child with its &apos;flac&apos; extra (pip install &apos;innerchild[flac]&apos;) to hear it. It is safe in your journal.</source>
        <translation>Diese Sprachnotiz wurde als FLAC gespeichert und kann mit dieser Installation nicht abgespielt werden: Installiere Inner Child mit dem Extra &apos;flac&apos; (pip install &apos;innerchild[flac]&apos;), um sie zu hören. Sie ist sicher in deinem Tagebuch.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was recorded yet.</source>
        <translation>Es wurde noch nichts aufgenommen.</translation>
    </message>
</context>
<context>
    <name>setup_screen</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/setup_screen.py" line="+38"/>
        <source>Set up your journal</source>
        <translation>Dein Tagebuch einrichten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome to Inner Child</source>
        <translation>Willkommen bei Inner Child</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A private place to write to, and about, the child you were. Everything you write stays on this computer, encrypted.</source>
        <translation>Ein privater Ort, um an das Kind, das du warst, und über es zu schreiben. Alles, was du schreibst, bleibt verschlüsselt auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a passphrase. It is the key to your journal: nobody, not even us, can reset it. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Wähle eine Passphrase. Sie ist der Schlüssel zu deinem Tagebuch: Niemand, nicht einmal wir, kann sie zurücksetzen. Ein paar Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm passphrase</source>
        <translation>Passphrase bestätigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create my journal</source>
        <translation>Mein Tagebuch anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt a new journal with this passphrase</source>
        <translation>Ein neues Tagebuch mit dieser Passphrase verschlüsseln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating your journal</source>
        <translation>Dein Tagebuch wird angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have a backup to restore</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back a journal from an Inner Child backup file (.icbackup)</source>
        <translation>Ein Tagebuch aus einer Inner-Child-Sicherungsdatei (.icbackup) zurückholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try a sample journal</source>
        <translation>Beispieltagebuch ausprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look around a journal of made-up entries. It is kept apart from yours and deleted when you close it.</source>
        <translation>Sieh dich in einem Tagebuch mit erfundenen Einträgen um. Es bleibt getrennt von deinem und wird beim Schließen gelöscht.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Please use at least {count} characters.</source>
        <translation>Bitte verwende mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Your recovery key</source>
        <translation>Dein Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you ever forget your passphrase, this key is the only way back into your journal. Write it down, or save it somewhere private, such as a password manager or a USB stick in a drawer. (Settings can show it again, after you type your passphrase.)</source>
        <translation>Falls du deine Passphrase einmal vergisst, ist dieser Schlüssel der einzige Weg zurück in dein Tagebuch. Schreib ihn auf oder bewahre ihn privat auf, etwa in einem Passwortmanager oder auf einem USB-Stick in einer Schublade. (In den Einstellungen kannst du ihn nach Eingabe deiner Passphrase wieder ansehen.)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the recovery key to the clipboard</source>
        <translation>Den Wiederherstellungsschlüssel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as file…</source>
        <translation>Als Datei &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key to a file</source>
        <translation>Den Wiederherstellungsschlüssel in einer Datei speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>I have kept my recovery key somewhere safe</source>
        <translation>Ich habe meinen Wiederherstellungsschlüssel sicher aufbewahrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open my journal</source>
        <translation>Mein Tagebuch öffnen</translation>
    </message>
</context>
<context>
    <name>soothe.audio</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/audio.py" line="+32"/>
        <source>Soft chimes are available.</source>
        <translation>Sanfte Klänge sind verfügbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sound is off: the audio library could not be loaded ({reason}).</source>
        <translation>Der Ton ist aus: Die Audiobibliothek konnte nicht geladen werden ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound is off: no audio output was found on this computer.</source>
        <translation>Der Ton ist aus: Auf diesem Computer wurde keine Audioausgabe gefunden.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Spoken cues are available ({engine}).</source>
        <translation>Gesprochene Hinweise sind verfügbar ({engine}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spoken cues are off: speech could not be loaded ({reason}).</source>
        <translation>Gesprochene Hinweise sind aus: Die Sprachausgabe konnte nicht geladen werden ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spoken cues are off: no working speech engine was found on this computer.</source>
        <translation>Gesprochene Hinweise sind aus: Auf diesem Computer wurde keine funktionierende Sprachausgabe gefunden.</translation>
    </message>
</context>
<context>
    <name>soothe.crisis_lines</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/crisis_lines.py" line="+28"/>
        <source>If you might be in danger, please reach out now</source>
        <translation>Wenn du in Gefahr sein könntest, hol dir bitte jetzt Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where are you? We&apos;ll show the lines for your country first.</source>
        <translation>Wo bist du? Wir zeigen dir zuerst die Nummern für dein Land.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crisis lines for</source>
        <translation>Krisentelefone für</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(checked {date})</source>
        <translation>(geprüft: {date})</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Your country, for the crisis lines</source>
        <translation>Dein Land, für die Krisentelefone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your country…</source>
        <translation>Wähle dein Land…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the crisis lines for every region</source>
        <translation>Die Krisentelefone aller Regionen zeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Show all regions (%n more lines)</source>
        <translation>
            <numerusform>Alle Regionen zeigen (noch %n Nummer)</numerusform>
            <numerusform>Alle Regionen zeigen (noch %n Nummern)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the crisis lines for all regions</source>
        <translation>Die Krisentelefone aller Regionen zeigen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{detail} Checked {date}.</source>
        <translation>{detail} Geprüft: {date}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide {line}, {region}</source>
        <translation>{line}, {region} ausblenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide this line (not for my country)</source>
        <translation>Diese Nummer ausblenden (nicht für mein Land)</translation>
    </message>
</context>
<context>
    <name>soothe.insights</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/insights.py" line="+30"/>
        <source>When you try an exercise, what helped will gather here. Only you see this.</source>
        <translation>Wenn du eine Übung ausprobierst, sammelt sich hier, was dir geholfen hat. Nur du siehst das.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you like, note how you feel before and after an exercise, and how each one tends to leave you will show here.</source>
        <translation>Wenn du magst, halte fest, wie du dich vor und nach einer Übung fühlst; dann siehst du hier, wie es dir nach jeder meist geht.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>no change on average, from %n ratings</source>
        <translation>
            <numerusform>im Schnitt keine Veränderung, aus %n Bewertung</numerusform>
            <numerusform>im Schnitt keine Veränderung, aus %n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{amount} lower on average (0–10), from %n ratings</source>
        <translation>
            <numerusform>im Schnitt {amount} niedriger (0–10), aus %n Bewertung</numerusform>
            <numerusform>im Schnitt {amount} niedriger (0–10), aus %n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{amount} higher on average (0–10), from %n ratings</source>
        <translation>
            <numerusform>im Schnitt {amount} höher (0–10), aus %n Bewertung</numerusform>
            <numerusform>im Schnitt {amount} höher (0–10), aus %n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>What helps me</source>
        <translation>Was mir hilft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking back…</source>
        <translation>Zurückblicken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking back</source>
        <translation>Zurückblicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your year in colour, kind words and what helped ({shortcut})</source>
        <translation>Dein Jahr in Farben, freundliche Worte und was geholfen hat ({shortcut})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How you tend to feel after each exercise</source>
        <translation>Wie du dich nach jeder Übung meist fühlst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How each exercise tends to leave you</source>
        <translation>Wie es dir nach jeder Übung meist geht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;numbers</source>
        <translation>&amp;Zahlen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show numbers</source>
        <translation>Zahlen zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also show how much heavier or lighter it felt on average, on the 0 to 10 scale</source>
        <translation>Auch zeigen, wie viel schwerer oder leichter es sich im Schnitt anfühlte, auf der Skala von 0 bis 10</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What helped, in your own words</source>
        <translation>Was geholfen hat, in deinen eigenen Worten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear exercise history…</source>
        <translation>Übungsverlauf löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget every saved exercise session (asks first)</source>
        <translation>Alle gespeicherten Übungseinheiten vergessen (fragt vorher)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Clear your exercise history?</source>
        <translation>Deinen Übungsverlauf löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every saved exercise session, with its ratings and notes, will be gone for good.</source>
        <translation>Alle gespeicherten Übungseinheiten mit ihren Bewertungen und Notizen sind dann endgültig weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your journal entries stay as they are.</source>
        <translation>Deine Tagebucheinträge bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the history</source>
        <translation>Verlauf löschen</translation>
    </message>
</context>
<context>
    <name>soothe.pacer_widget</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/pacer_widget.py" line="+29"/>
        <source>Breathing guide</source>
        <translation>Atemhilfe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>soothe.pages</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/pages.py" line="+56"/>
        <source>What&apos;s happening right now?</source>
        <translation>Was ist gerade los?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whatever fits best. You can stop at any time.</source>
        <translation>Wähle, was am besten passt. Du kannst jederzeit aufhören.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+108"/>
        <source>Just my own breath</source>
        <translation>Einfach mein eigener Atem</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>No counting and no cues: a slow light, or one that follows you</source>
        <translation>Kein Zählen, keine Hinweise: ein langsames Licht oder eins, das dir folgt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All exercises…</source>
        <translation>Alle Übungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every breathing, grounding and body exercise</source>
        <translation>Alle Atem-, Erdungs- und Körperübungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the exercises (Esc)</source>
        <translation>Übungen schließen (Esc)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Before you start</source>
        <translation>Bevor du beginnst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+152"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+152"/>
        <source>Choose another exercise</source>
        <translation>Eine andere Übung wählen</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the exercise</source>
        <translation>Die Übung beginnen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{exercise} (as described)</source>
        <translation>{exercise} (wie beschrieben)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A slow light, nothing to follow</source>
        <translation>Ein langsames Licht, nichts zum Folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow my taps (Space as each breath turns)</source>
        <translation>Meinem Tippen folgen (Leertaste bei jedem Atemwechsel)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A light that follows your own breath</source>
        <translation>Ein Licht, das deinem eigenen Atem folgt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop now (Esc)</source>
        <translation>Jetzt aufhören (Esc)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tap Space (or the light) as you start breathing in, and again as you start breathing out. The light follows you; there is nothing to get right.</source>
        <translation>Drück die Leertaste (oder tipp auf das Licht), wenn du anfängst einzuatmen, und wieder, wenn du anfängst auszuatmen. Das Licht folgt dir; du kannst nichts falsch machen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breathe however you like. The light glows slowly; watch it, or don&apos;t.</source>
        <translation>Atme, wie du magst. Das Licht leuchtet langsam; schau hin oder nicht.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A note for yourself, if you like: what helped?</source>
        <translation>Eine Notiz für dich, wenn du magst: Was hat geholfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crisis lines</source>
        <translation>Krisentelefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone and text lines, and your safety plan</source>
        <translation>Telefon- und Textangebote und dein Sicherheitsplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ground me (eyes open)</source>
        <translation>Mich erden (Augen offen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the exercises</source>
        <translation>Übungen schließen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open my comfort box</source>
        <translation>Meine Trostkiste öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What helps you: your cards, photos and voice notes</source>
        <translation>Was dir hilft: deine Karten, Fotos und Sprachnotizen</translation>
    </message>
</context>
<context>
    <name>soothe.pattern_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/pattern_dialog.py" line="+24"/>
        <source>My own pattern</source>
        <translation>Mein eigenes Muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own breathing pattern</source>
        <translation>Mein eigenes Atemmuster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how many seconds each part lasts. Slow and easy is the aim: every breath lasts at least 8 seconds in all.</source>
        <translation>Wähle, wie viele Sekunden jeder Teil dauert. Langsam und leicht ist das Ziel: Jeder Atemzug dauert insgesamt mindestens 8 Sekunden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of the pattern</source>
        <translation>Name des Musters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Evening breath</source>
        <translation>z. B. Abendatem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Ruhen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{part}, seconds</source>
        <translation>{part}, Sekunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problems with this pattern</source>
        <translation>Probleme mit diesem Muster</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A breath needs an in-breath and an out-breath.</source>
        <translation>Ein Atemzug braucht ein Einatmen und ein Ausatmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please give your pattern a name.</source>
        <translation>Gib deinem Muster bitte einen Namen.</translation>
    </message>
</context>
<context>
    <name>soothe.player</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/player.py" line="+61"/>
        <source>{weekday}, {day} {month}</source>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soothing exercises</source>
        <translation>Beruhigende Übungen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>All exercises</source>
        <translation>Alle Übungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show patterns with breath holds</source>
        <translation>Muster mit Atempausen zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As long as I like</source>
        <translation>So lange ich mag</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less motion (the circle fades instead of moving)</source>
        <translation>Weniger Bewegung (der Kreis verblasst, statt sich zu bewegen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduced motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show counts (4, 3, 2, 1)</source>
        <translation>Zählen anzeigen (4, 3, 2, 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show counts</source>
        <translation>Zählen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft chimes</source>
        <translation>Sanfte Klänge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simple pacer: slow down gradually as I go</source>
        <translation>Einfacher Takt: nach und nach langsamer werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slow down gradually</source>
        <translation>Allmählich langsamer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spoken cues (if this computer can speak)</source>
        <translation>Gesprochene Hinweise (wenn dieser Computer sprechen kann)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spoken cues</source>
        <translation>Gesprochene Hinweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make my own pattern…</source>
        <translation>Eigenes Muster erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A breathing pattern of your own, within the same gentle limits</source>
        <translation>Ein eigenes Atemmuster, innerhalb derselben sanften Grenzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock your journal to keep patterns of your own</source>
        <translation>Entsperre dein Tagebuch, um eigene Muster zu behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What&apos;s happening right now?</source>
        <translation>Was ist gerade los?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose by what you feel</source>
        <translation>Nach deinem Gefühl wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+157"/>
        <location line="+300"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="-455"/>
        <source>The chosen exercise</source>
        <translation>Die gewählte Übung</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+335"/>
        <source>Current phase</source>
        <translation>Aktuelle Phase</translation>
    </message>
    <message>
        <location line="-327"/>
        <location line="+238"/>
        <location line="+101"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Pause; it starts again at an in-breath (Space)</source>
        <translation>Pause; es geht beim Einatmen weiter (Leertaste)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+78"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+77"/>
        <source>Stop now. That&apos;s always okay. (Esc)</source>
        <translation>Jetzt aufhören. Das ist immer in Ordnung. (Esc)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make each breath a little longer (−)</source>
        <translation>Jeden Atemzug etwas länger machen (−)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make each breath a little shorter (+)</source>
        <translation>Jeden Atemzug etwas kürzer machen (+)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip holds</source>
        <translation>Pausen auslassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the holds</source>
        <translation>Die Atempausen auslassen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another exercise</source>
        <translation>Eine andere Übung wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this exercise</source>
        <translation>Über diese Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this exercise is, and its safety notes</source>
        <translation>Was diese Übung ist, und ihre Sicherheitshinweise</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous step</source>
        <translation>Der vorige Schritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The next step, whenever you are ready</source>
        <translation>Der nächste Schritt, wann immer du bereit bist</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Carry on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Step {number} of {total}</source>
        <translation>Schritt {number} von {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Thank you for taking this time.</source>
        <translation>Danke, dass du dir diese Zeit genommen hast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You stopped — that&apos;s okay.</source>
        <translation>Du hast aufgehört – das ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping is always allowed. Take a moment before you carry on.</source>
        <translation>Aufhören ist immer erlaubt. Nimm dir einen Moment, bevor du weitermachst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next, if you like: {exercise}</source>
        <translation>Als Nächstes, wenn du magst: {exercise}</translation>
    </message>
</context>
<context>
    <name>soothe.rating</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/rating.py" line="+16"/>
        <source>How strong is the feeling right now? 0 = calm, 10 = the most</source>
        <translation>Wie stark ist das Gefühl gerade? 0 = ruhig, 10 = am stärksten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rate how strong the feeling is (optional)</source>
        <translation>Einschätzen, wie stark das Gefühl ist (freiwillig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a 0 to 10 scale; rating is never needed</source>
        <translation>Eine Skala von 0 bis 10 zeigen; eine Einschätzung ist nie nötig</translation>
    </message>
</context>
<context>
    <name>soothe.safety_plan</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/safety_plan.py" line="+46"/>
        <source>My safety plan.pdf</source>
        <translation>Mein Sicherheitsplan.pdf</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <location line="+17"/>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the moments when things feel too much. Go at your own pace; you can reach out at any step.</source>
        <translation>Für Momente, in denen alles zu viel wird. Geh in deinem Tempo; du kannst dir bei jedem Schritt Hilfe holen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Each line says when its number was last checked. {note}</source>
        <translation>Bei jeder Nummer steht, wann sie zuletzt geprüft wurde. {note}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>My own crisis lines and numbers, one per line</source>
        <translation>Meine eigenen Krisentelefone und Nummern, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My own crisis lines</source>
        <translation>Meine eigenen Krisentelefone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show my own lines while my journal is locked</source>
        <translation>Meine eigenen Nummern zeigen, während mein Tagebuch gesperrt ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show my own crisis lines while locked</source>
        <translation>Meine eigenen Krisentelefone im gesperrten Zustand zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If ticked, they are stored unencrypted so the lock screen can show them.</source>
        <translation>Wenn angehakt, werden sie unverschlüsselt gespeichert, damit der Sperrbildschirm sie zeigen kann.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write one item per line. Your plan is saved inside your encrypted journal.</source>
        <translation>Schreib einen Punkt pro Zeile. Dein Plan wird in deinem verschlüsselten Tagebuch gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your own plan is inside your journal. Unlock it to see or write it; you can choose parts to show here, on the lock screen, too.</source>
        <translation>Dein eigener Plan ist in deinem Tagebuch. Entsperre es, um ihn zu sehen oder zu schreiben; du kannst auch Teile wählen, die hier auf dem Sperrbildschirm erscheinen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Show this while my journal is locked</source>
        <translation>Das zeigen, während mein Tagebuch gesperrt ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show {section} while locked</source>
        <translation>„{section}“ im gesperrten Zustand zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personal contacts: if ticked, they are stored unencrypted so the lock screen can show them.</source>
        <translation>Persönliche Kontakte: Wenn angehakt, werden sie unverschlüsselt gespeichert, damit der Sperrbildschirm sie zeigen kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If ticked, this part is stored unencrypted so the lock screen can show it.</source>
        <translation>Wenn angehakt, wird dieser Teil unverschlüsselt gespeichert, damit der Sperrbildschirm ihn zeigen kann.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my plan as a PDF</source>
        <translation>Meinen Plan als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One page with your plan and crisis lines, saved where you choose</source>
        <translation>Eine Seite mit deinem Plan und den Krisentelefonen, gespeichert, wo du möchtest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my plan</source>
        <translation>Meinen Plan drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one page with your plan and crisis lines ({shortcut})</source>
        <translation>Eine Seite mit deinem Plan und den Krisentelefonen drucken ({shortcut})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the safety plan (Esc)</source>
        <translation>Sicherheitsplan schließen (Esc)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>all regions</source>
        <translation>alle Regionen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save my safety plan as a PDF</source>
        <translation>Meinen Sicherheitsplan als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files ({pattern})</source>
        <translation>PDF-Dateien ({pattern})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PDF could not be saved there ({reason}). Please choose another place.</source>
        <translation>Das PDF konnte dort nicht gespeichert werden ({reason}). Bitte wähle einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>soothe.safety_print</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/soothe/safety_print.py" line="+38"/>
        <source>A printed page or PDF of your plan is not encrypted: keep it somewhere private.</source>
        <translation>Eine gedruckte Seite oder ein PDF deines Plans ist nicht verschlüsselt: Bewahre es an einem privaten Ort auf.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checked {date}.</source>
        <translation>Geprüft: {date}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Crisis lines: {region}. {note} Printed {date}.</source>
        <translation>Krisentelefone: {region}. {note} Gedruckt am {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+105"/>
        <location line="+18"/>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>My own crisis lines</source>
        <translation>Meine eigenen Krisentelefone</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Print my safety plan</source>
        <translation>Meinen Sicherheitsplan drucken</translation>
    </message>
</context>
<context>
    <name>spell_settings</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/spell_settings.py" line="+23"/>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Underline words that may be misspelled, in</source>
        <translation>Möglicherweise falsch geschriebene Wörter unterstreichen, auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check spelling</source>
        <translation>Rechtschreibung prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spelling language</source>
        <translation>Sprache der Rechtschreibprüfung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Words you add to your dictionary (names, places) are kept inside the encrypted journal, with your entries.</source>
        <translation>Wörter, die du deinem Wörterbuch hinzufügst (Namen, Orte), bleiben im verschlüsselten Tagebuch, bei deinen Einträgen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>My dictionary…</source>
        <translation>Mein Wörterbuch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the words you added, and take some out if you like</source>
        <translation>Die hinzugefügten Wörter ansehen und, wenn du magst, welche herausnehmen</translation>
    </message>
</context>
<context>
    <name>spell_words_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/spell_words_dialog.py" line="+32"/>
        <source>My dictionary</source>
        <translation>Mein Wörterbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words you added so they are not underlined. They are kept inside your encrypted journal.</source>
        <translation>Wörter, die du hinzugefügt hast, damit sie nicht unterstrichen werden. Sie bleiben in deinem verschlüsselten Tagebuch.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Words in my dictionary</source>
        <translation>Wörter in meinem Wörterbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No words yet. Right-click an underlined word and choose &quot;Add to my dictionary&quot;.</source>
        <translation>Noch keine Wörter. Klicke mit der rechten Maustaste auf ein unterstrichenes Wort und wähle „Zu meinem Wörterbuch hinzufügen“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take out</source>
        <translation>Herausnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen words out of my dictionary (Delete)</source>
        <translation>Die gewählten Wörter aus meinem Wörterbuch nehmen (Entf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put them back</source>
        <translation>Zurücklegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo taking the words out</source>
        <translation>Herausnehmen rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n words taken out.</source>
        <translation>
            <numerusform>%n Wort herausgenommen.</numerusform>
            <numerusform>%n Wörter herausgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They are back.</source>
        <translation>Sie sind wieder da.</translation>
    </message>
</context>
<context>
    <name>store.attachments</name>
    <message>
        <location filename="../../src/innerchild_desktop/store/attachments.py" line="+35"/>
        <source>{name} is {size} MB; the journal keeps files of up to {limit} MB each, so it was not added.</source>
        <translation>{name} ist {size} MB groß; das Tagebuch nimmt Dateien bis {limit} MB auf, daher wurde sie nicht hinzugefügt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That file is {size} MB; the journal keeps files of up to {limit} MB each, so it was not added.</source>
        <translation>Diese Datei ist {size} MB groß; das Tagebuch nimmt Dateien bis {limit} MB auf, daher wurde sie nicht hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>sync_dialogs</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/sync_dialogs.py" line="+33"/>
        <source>Choose a sync passphrase for this folder. Your other computers ask for it once, when they join. It can be the same as your journal&apos;s passphrase, or a new one.</source>
        <translation>Wähle eine Sync-Passphrase für diesen Ordner. Deine anderen Computer fragen einmal danach, wenn sie beitreten. Sie kann dieselbe sein wie die Passphrase deines Tagebuchs oder eine neue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing through this folder was set up on another computer. Type the sync passphrase you chose on your other computer.</source>
        <translation>Die Synchronisierung über diesen Ordner wurde auf einem anderen Computer eingerichtet. Gib die Sync-Passphrase ein, die du dort gewählt hast.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Join syncing through this folder</source>
        <translation>Der Synchronisierung über diesen Ordner beitreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync through this folder</source>
        <translation>Über diesen Ordner synchronisieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sync passphrase</source>
        <translation>Die Sync-Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync passphrase</source>
        <translation>Sync-Passphrase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sync passphrase</source>
        <translation>Eine Sync-Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New sync passphrase</source>
        <translation>Neue Sync-Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same again</source>
        <translation>Dieselbe noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm sync passphrase</source>
        <translation>Sync-Passphrase bestätigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This computer&apos;s name, as your other computers show it:</source>
        <translation>Der Name dieses Computers, wie deine anderen Computer ihn zeigen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Joining</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start syncing</source>
        <translation>Synchronisierung starten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please type the sync passphrase.</source>
        <translation>Bitte gib die Sync-Passphrase ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Joining: both journals are being merged…</source>
        <translation>Beitritt: Die beiden Tagebücher werden zusammengeführt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting up…</source>
        <translation>Wird eingerichtet…</translation>
    </message>
</context>
<context>
    <name>sync_runner</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/sync_runner.py" line="+40"/>
        <source>Synced a moment ago</source>
        <translation>Gerade eben synchronisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync folder isn&apos;t there right now</source>
        <translation>Der Sync-Ordner ist gerade nicht da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced just now; it tries again in a minute</source>
        <translation>Gerade nicht synchronisiert; in einer Minute geht es erneut los</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another computer</source>
        <translation>einem anderen Computer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A change from {name} would move {count} of your %n entries to the trash.</source>
        <translation>
            <numerusform>Eine Änderung von {name} würde {count} deines %n Eintrags in den Papierkorb verschieben.</numerusform>
            <numerusform>Eine Änderung von {name} würde {count} deiner %n Einträge in den Papierkorb verschieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A change waits for you</source>
        <translation>Eine Änderung wartet auf dich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries in the trash can be brought back. If this isn&apos;t what you meant, choose Not now: nothing changes here, and the change waits until you decide (Settings → Use on more than one computer).</source>
        <translation>Einträge im Papierkorb lassen sich zurückholen. Wenn du das nicht wolltest, wähle Jetzt nicht: Hier ändert sich nichts, und die Änderung wartet, bis du entscheidest (Einstellungen → Auf mehr als einem Computer nutzen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply it</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>{change} It waits.</source>
        <translation>{change} Sie wartet.</translation>
    </message>
</context>
<context>
    <name>sync_settings</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/sync_settings.py" line="+35"/>
        <source>If you like, this journal can be kept in step with your other computers through a folder you already sync: Syncthing, Dropbox, or a USB stick you carry. The journal itself never goes there, only encrypted change files. Whoever can see that folder can learn when you made changes and how big they were, never what they say.</source>
        <translation>Wenn du magst, kann dieses Tagebuch über einen Ordner, den du schon synchronisierst, mit deinen anderen Computern synchronisiert werden: Syncthing, Dropbox oder ein USB-Stick, den du mitnimmst. Das Tagebuch selbst kommt nie dorthin, nur verschlüsselte Änderungsdateien. Wer den Ordner sehen kann, erfährt, wann du etwas geändert hast und wie viel, nie aber, was darin steht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An entry</source>
        <translation>Ein Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A memory</source>
        <translation>Eine Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session</source>
        <translation>Eine Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A setting</source>
        <translation>Eine Einstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A safety plan</source>
        <translation>Ein Sicherheitsplan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>some time ago</source>
        <translation>vor einiger Zeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a moment ago</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>today at {time}</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday at {time}</source>
        <translation>gestern um {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on {day} {month}</source>
        <translation>am {day}. {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {day} {month} {year}</source>
        <translation>am {day}. {month} {year}</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+10"/>
        <source>Use on more than one computer</source>
        <translation>Auf mehr als einem Computer nutzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About syncing</source>
        <translation>Über die Synchronisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computers</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed on two computers at once (both versions are kept; the entry&apos;s History has the other one). Choose one to look at it:</source>
        <translation>Auf zwei Computern gleichzeitig geändert (beide Fassungen bleiben erhalten; der Verlauf des Eintrags hat die andere). Wähle eine aus, um sie anzusehen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed on two computers</source>
        <translation>Auf zwei Computern geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change that waits</source>
        <translation>Eine wartende Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide about it…</source>
        <translation>Entscheiden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the change, or not now</source>
        <translation>Die Änderung übernehmen oder jetzt nicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a fol&amp;der…</source>
        <translation>Einen &amp;Ordner wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A folder Syncthing, Dropbox or a USB stick keeps in step</source>
        <translation>Ein Ordner, den Syncthing, Dropbox oder ein USB-Stick abgleicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and receive changes now</source>
        <translation>Änderungen jetzt senden und empfangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop syncing on this computer…</source>
        <translation>Synchronisierung auf diesem Computer beenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer stops syncing; the folder and other computers stay</source>
        <translation>Dieser Computer hört auf zu synchronisieren; der Ordner und die anderen Computer bleiben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync news</source>
        <translation>Sync-Neuigkeiten</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Syncing through {folder}</source>
        <translation>Synchronisierung über {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing through {folder}. The folder isn&apos;t there right now (a USB stick not plugged in?): your writing waits here and goes out next time.</source>
        <translation>Synchronisierung über {folder}. Der Ordner ist gerade nicht da (ein USB-Stick nicht eingesteckt?): Was du schreibst, wartet hier und geht beim nächsten Mal hinaus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} (this computer)</source>
        <translation>{name} (dieser Computer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: last synced {when}, with changes still to bring in</source>
        <translation>{name} · zuletzt synchronisiert: {when}, mit Änderungen, die noch hereinkommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: last synced {when}</source>
        <translation>{name} · zuletzt synchronisiert: {when}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n of your changes wait to be sent; they go out at the next sync.</source>
        <translation>
            <numerusform>%n deiner Änderungen wartet auf den Versand; sie geht bei der nächsten Synchronisierung hinaus.</numerusform>
            <numerusform>%n deiner Änderungen warten auf den Versand; sie gehen bei der nächsten Synchronisierung hinaus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everything written here has been sent.</source>
        <translation>Alles, was hier geschrieben wurde, ist versandt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>another computer</source>
        <translation>einem anderen Computer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}”</source>
        <translation>„{title}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {kind}</source>
        <translation>Ein Element „{kind}“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{thing}: its {field}, also on {computer}</source>
        <translation>{thing}: {field}, auch auf {computer}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{change} It waits for you.</source>
        <translation>{change} Sie wartet auf dich.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the folder to sync through</source>
        <translation>Wähle den Ordner für die Synchronisierung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This computer has joined: both journals are merged.</source>
        <translation>Dieser Computer ist beigetreten: Beide Tagebücher sind zusammengeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing is set up. On your other computer, choose the same folder here.</source>
        <translation>Die Synchronisierung ist eingerichtet. Wähle auf deinem anderen Computer hier denselben Ordner.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In step with your other computers.</source>
        <translation>Im Einklang mit deinen anderen Computern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Stop syncing on this computer?</source>
        <translation>Synchronisierung auf diesem Computer beenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your journal here stays as it is, and so do the sync folder and your other computers. You can choose the folder again at any time.</source>
        <translation>Dein Tagebuch hier bleibt, wie es ist, ebenso der Sync-Ordner und deine anderen Computer. Du kannst den Ordner jederzeit wieder wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep syncing</source>
        <translation>Weiter synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop syncing</source>
        <translation>Synchronisierung beenden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This computer no longer syncs. Your journal here is untouched.</source>
        <translation>Dieser Computer synchronisiert nicht mehr. Dein Tagebuch hier bleibt unberührt.</translation>
    </message>
</context>
<context>
    <name>timeline.axis_switch</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/axis_switch.py" line="+19"/>
        <source>Memories known only by a year are in “By year”.</source>
        <translation>Erinnerungen, von denen du nur das Jahr kennst, findest du unter „Nach Jahr“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memories known only by an age are in “By age”.</source>
        <translation>Erinnerungen, von denen du nur das Alter kennst, findest du unter „Nach Alter“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A birth date (Settings) puts every memory in both views.</source>
        <translation>Mit einem Geburtsdatum (in den Einstellungen) erscheint jede Erinnerung in beiden Ansichten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No memories here by age yet: a time like “around age 7” or “primary school” places one.</source>
        <translation>Noch keine Erinnerungen nach Alter: Eine Zeit wie „mit etwa 7 Jahren“ oder „Grundschule“ ordnet eine hier ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No memories here by year yet: a time like “summer 1994” places one.</source>
        <translation>Noch keine Erinnerungen nach Jahr: Eine Zeit wie „Sommer 1994“ ordnet eine hier ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timeline view</source>
        <translation>Ansicht der Zeitleiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By &amp;age</source>
        <translation>Nach &amp;Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By age</source>
        <translation>Nach Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memories on an axis of ages</source>
        <translation>Erinnerungen auf einer Altersachse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By &amp;year</source>
        <translation>Nach &amp;Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By year</source>
        <translation>Nach Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memories on an axis of calendar years</source>
        <translation>Erinnerungen auf einer Achse der Kalenderjahre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About this view</source>
        <translation>Über diese Ansicht</translation>
    </message>
</context>
<context>
    <name>timeline.card</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/card.py" line="+40"/>
        <source>Feelings: {feelings}</source>
        <translation>Gefühle: {feelings}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What I needed: {needs}</source>
        <translation>Was ich gebraucht habe: {needs}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I felt</source>
        <translation>Was ich gefühlt habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I needed</source>
        <translation>Was ich gebraucht habe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What I would tell them now</source>
        <translation>Was ich dem Kind heute sagen würde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>▶ Voice note {length}</source>
        <translation>▶ Sprachnotiz {length}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▶ Voice note</source>
        <translation>▶ Sprachnotiz</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>veiled (heavy)</source>
        <translation>verhüllt (schwer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no feeling chosen</source>
        <translation>kein Gefühl gewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody named</source>
        <translation>niemand genannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no place named</source>
        <translation>kein Ort genannt</translation>
    </message>
</context>
<context>
    <name>timeline.edit_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/edit_dialog.py" line="+38"/>
        <source>This is heavy — keep it veiled</source>
        <translation>Das ist schwer – verhüllt lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roughly is fine: &quot;around age 7&quot;, &quot;toddler&quot;, &quot;primary school&quot; or &quot;summer 1994&quot;.</source>
        <translation>Ungefähr reicht: „mit etwa 7 Jahren“, „Kleinkindalter“, „Grundschule“ oder „Sommer 1994“.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add a memory</source>
        <translation>Erinnerung hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit memory</source>
        <translation>Erinnerung bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+43"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>A few words, like “The blue bicycle”</source>
        <translation>Ein paar Worte, etwa „Das blaue Fahrrad“</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>&quot;around age 7&quot;, &quot;summer 1994&quot;, &quot;primary school&quot;</source>
        <translation>„mit etwa 7 Jahren“, „Sommer 1994“, „Grundschule“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it will sit</source>
        <translation>Wo sie erscheinen wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+40"/>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Names, separated by commas (optional)</source>
        <translation>Namen, durch Kommas getrennt (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Where it happened (optional)</source>
        <translation>Wo es passiert ist (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you remember</source>
        <translation>Woran du dich erinnerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you remember, in your own words (optional)</source>
        <translation>Woran du dich erinnerst, in deinen eigenen Worten (optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heavy memories stay veiled until you choose to open</source>
        <translation>Schwere Erinnerungen bleiben verhüllt, bis du sie öffnen möchtest</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I needed</source>
        <translation>Was ich gebraucht habe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Memory</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a photo…</source>
        <translation>Foto hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a photo with this memory, inside the encrypted journal</source>
        <translation>Ein Foto bei dieser Erinnerung aufbewahren, im verschlüsselten Tagebuch</translation>
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
        <translation>Den Tagebucheintrag verknüpfen, aus dem sie entstand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked entries</source>
        <translation>Verknüpfte Einträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Linked: {titles}</source>
        <translation>Verknüpft mit: {titles}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Link it to the entry “{title}”</source>
        <translation>Mit dem Eintrag „{title}“ verknüpfen</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n already kept with it</source>
        <translation>
            <numerusform>%n ist schon dabei</numerusform>
            <numerusform>%n sind schon dabei</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} (kept encrypted when you save)</source>
        <translation>{file} (wird beim Speichern verschlüsselt aufbewahrt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a photo</source>
        <translation>Foto hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos ({patterns})</source>
        <translation>Fotos ({patterns})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Couldn&apos;t read {file}.</source>
        <translation>{file} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Voice note…</source>
        <translation>Sprachnotiz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a voice note to keep with this memory, inside the encrypted journal</source>
        <translation>Eine Sprachnotiz aufnehmen und bei dieser Erinnerung behalten, im verschlüsselten Tagebuch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record a voice note ({shortcut})</source>
        <translation>Eine Sprachnotiz aufnehmen ({shortcut})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Voice notes</source>
        <translation>Sprachnotizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
</context>
<context>
    <name>timeline.empty</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/empty.py" line="+15"/>
        <source>No memories yet</source>
        <translation>Noch keine Erinnerungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your timeline is here when you&apos;re ready.</source>
        <translation>Deine Zeitleiste ist da, wenn du bereit bist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A memory can be small: a room, a smell, a song. Give it a few words and a rough time, like “around age 7” or “primary school”; the exact date doesn&apos;t matter. A heavy one can stay veiled until you choose to open it.</source>
        <translation>Eine Erinnerung darf klein sein: ein Zimmer, ein Geruch, ein Lied. Gib ihr ein paar Worte und eine ungefähre Zeit, wie „mit etwa 7 Jahren“ oder „Grundschule“; das genaue Datum ist egal. Eine schwere Erinnerung kann verhüllt bleiben, bis du sie öffnen möchtest.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There&apos;s no need to go in order, or to fill it all at once.</source>
        <translation>Du musst weder der Reihe nach vorgehen noch alles auf einmal füllen.</translation>
    </message>
</context>
<context>
    <name>timeline.marker</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/marker.py" line="+35"/>
        <source>veiled</source>
        <translation>verhüllt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a heavy memory, veiled</source>
        <translation>eine schwere Erinnerung, verhüllt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A heavy memory. Open it only when you choose.</source>
        <translation>Eine schwere Erinnerung. Öffne sie nur, wenn du es möchtest.</translation>
    </message>
</context>
<context>
    <name>timeline.page</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/page.py" line="+36"/>
        <source>Add a memory…</source>
        <translation>Erinnerung hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a memory on your timeline, with a rough time like “around age 7” ({shortcut})</source>
        <translation>Eine Erinnerung auf deiner Zeitleiste festhalten, mit einer ungefähren Zeit wie „mit etwa 7 Jahren“ ({shortcut})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory deleted. Undo brings it back until the journal locks.</source>
        <translation>Erinnerung gelöscht. Rückgängig holt sie zurück, bis das Tagebuch gesperrt wird.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Memory</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a memory to see it here. Heavy ones stay veiled until you choose to open them.</source>
        <translation>Wähle eine Erinnerung, um sie hier zu sehen. Schwere bleiben verhüllt, bis du sie öffnen möchtest.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No memories match this choice. “All memories” shows every one.</source>
        <translation>Keine Erinnerung passt zu dieser Auswahl. „Alle Erinnerungen“ zeigt jede.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bring the deleted memory back</source>
        <translation>Die gelöschte Erinnerung zurückholen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review…</source>
        <translation>Durchgehen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gentle walk through your memories, one at a time</source>
        <translation>Ein behutsamer Gang durch deine Erinnerungen, eine nach der anderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lanes</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All together</source>
        <translation>Alle zusammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by feeling</source>
        <translation>Zeilen nach Gefühl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by person</source>
        <translation>Zeilen nach Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes by place</source>
        <translation>Zeilen nach Ort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show memories</source>
        <translation>Erinnerungen zeigen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this memory&apos;s words or time</source>
        <translation>Worte oder Zeit dieser Erinnerung ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write about this</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A journal entry linked to this memory</source>
        <translation>Ein Tagebucheintrag, verknüpft mit dieser Erinnerung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take this memory off the timeline (Delete); Undo brings it back</source>
        <translation>Diese Erinnerung von der Zeitleiste nehmen (Entf); Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>All memories</source>
        <translation>Alle Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeling: {feeling}</source>
        <translation>Gefühl: {feeling}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed: {need}</source>
        <translation>Gebraucht: {need}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With: {person}</source>
        <translation>Mit: {person}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag: {tag}</source>
        <translation>Schlagwort: {tag}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intensity {level}</source>
        <translation>Intensität {level}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This memory stays veiled. You can open it another time.</source>
        <translation>Diese Erinnerung bleibt verhüllt. Du kannst sie ein andermal öffnen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>It&apos;s on your timeline, veiled. Open it whenever you choose.</source>
        <translation>Sie ist verhüllt auf deiner Zeitleiste. Öffne sie, wann immer du möchtest.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Brought back. Undo again for the one deleted before it.</source>
        <translation>Zurückgeholt. Noch einmal Rückgängig holt die davor gelöschte zurück.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Voice note</source>
        <translation>Sprachnotiz</translation>
    </message>
</context>
<context>
    <name>timeline.pickers</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/pickers.py" line="+79"/>
        <source>none chosen</source>
        <translation>nichts gewählt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Choose, if you like…</source>
        <translation>Wähle, wenn du magst…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>What I needed</source>
        <translation>Was ich gebraucht habe</translation>
    </message>
</context>
<context>
    <name>timeline.review</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/review.py" line="+30"/>
        <source>What happened, as much as you want to say</source>
        <translation>Was passiert ist, so viel du erzählen möchtest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What I felt then</source>
        <translation>Was ich damals gefühlt habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I needed</source>
        <translation>Was ich gebraucht habe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I would tell them now</source>
        <translation>Was ich dem Kind heute sagen würde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In order of age</source>
        <translation>Nach Alter geordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By life stage</source>
        <translation>Nach Lebensabschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By feeling</source>
        <translation>Nach Gefühl</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Review memories</source>
        <translation>Erinnerungen durchgehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include memories marked heavy</source>
        <translation>Als schwer markierte Erinnerungen einbeziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include heavy memories</source>
        <translation>Schwere Erinnerungen einbeziehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A kind word to the child you were (saved as a journal entry linked to this memory), if you like</source>
        <translation>Ein freundliches Wort an das Kind, das du warst (als Tagebucheintrag gespeichert, verknüpft mit dieser Erinnerung), wenn du magst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compassionate response</source>
        <translation>Mitfühlende Antwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous memory</source>
        <translation>Die vorige Erinnerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next memory, when you&apos;re ready</source>
        <translation>Die nächste Erinnerung, wenn du bereit bist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause and breathe</source>
        <translation>Pause zum Atmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calm breathing exercise, now</source>
        <translation>Eine ruhige Atemübung, jetzt</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No memories to walk through yet.</source>
        <translation>Noch keine Erinnerungen zum Durchgehen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{number} of {total} · take your time</source>
        <translation>{number} von {total} · lass dir Zeit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>To the child in “{memory}”</source>
        <translation>An das Kind in „{memory}“</translation>
    </message>
</context>
<context>
    <name>timeline.scene</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/scene.py" line="+216"/>
        <source>{stage} (ages {start}–{end})</source>
        <translation>{stage} ({start}–{end} Jahre)</translation>
    </message>
</context>
<context>
    <name>timeline.view</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/view.py" line="+19"/>
        <source>Memory timeline</source>
        <translation>Zeitleiste der Erinnerungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Left and right arrows move between memories, Enter opens one, plus and minus zoom, Delete takes the chosen one off the timeline ({undo} brings it back).</source>
        <translation>Die Pfeiltasten links und rechts wechseln zwischen Erinnerungen, die Eingabetaste öffnet eine, Plus und Minus zoomen, Entf nimmt die gewählte von der Zeitleiste ({undo} holt sie zurück).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Memory timeline, chosen: {memory}</source>
        <translation>Zeitleiste der Erinnerungen, gewählt: {memory}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Timeline overview</source>
        <translation>Überblick über die Zeitleiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click or drag to move the timeline to that place</source>
        <translation>Klicken oder ziehen, um die Zeitleiste dorthin zu bewegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole timeline: click or drag to move along it</source>
        <translation>Die ganze Zeitleiste: klicken oder ziehen, um sich darauf zu bewegen</translation>
    </message>
</context>
<context>
    <name>timeline.voice_notes</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/timeline/voice_notes.py" line="+40"/>
        <source>&amp;Keep with the memory</source>
        <translation>Bei der Erinnerung &amp;behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep with the memory (saved when you save it)</source>
        <translation>Bei der Erinnerung behalten (gesichert, wenn du sie speicherst)</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n kept with it</source>
        <translation>
            <numerusform>%n ist schon dabei</numerusform>
            <numerusform>%n sind schon dabei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new (kept when you save)</source>
        <translation>
            <numerusform>%n neue (wird beim Speichern behalten)</numerusform>
            <numerusform>%n neue (werden beim Speichern behalten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/__init__.py" line="+48"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;hare with my therapist…</source>
        <translation>Für meine &amp;Therapie teilen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up &amp;to…</source>
        <translation>&amp;Sichern nach…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>transfer.backup_dialogs</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/backup_dialogs.py" line="+51"/>
        <source>Back up your journal</source>
        <translation>Dein Tagebuch sichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An encrypted copy, wherever you choose</source>
        <translation>Eine verschlüsselte Kopie, wo du möchtest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup stays encrypted: it opens only with your passphrase (as it is today) or your recovery key. A USB stick or a synced folder is a good place. Keep your recovery key somewhere else.</source>
        <translation>Die Sicherung bleibt verschlüsselt: Sie öffnet sich nur mit deiner Passphrase (wie sie heute ist) oder deinem Wiederherstellungsschlüssel. Ein USB-Stick oder ein synchronisierter Ordner ist ein guter Ort. Bewahre deinen Wiederherstellungsschlüssel woanders auf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where to save the backup</source>
        <translation>Speicherort der Sicherung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the backup as</source>
        <translation>Sicherung speichern unter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+126"/>
        <source>Inner Child backups (*.icbackup)</source>
        <translation>Inner-Child-Sicherungen (*.icbackup)</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The folder {folder} does not exist. No backup was written.</source>
        <translation>Den Ordner {folder} gibt es nicht. Es wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing an encrypted backup…</source>
        <translation>Verschlüsselte Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your encrypted backup is saved: {path} ({size} MB). To use it, choose File → Restore from a backup….</source>
        <translation>Deine verschlüsselte Sicherung ist gespeichert: {path} ({size} MB). Um sie zu verwenden, wähle Datei → Aus einer Sicherung wiederherstellen….</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>That passphrase doesn&apos;t open this backup. It needs the passphrase the journal had when the backup was made, or your recovery key. Your journal is unchanged.</source>
        <translation>Diese Passphrase öffnet die Sicherung nicht. Sie braucht die Passphrase, die das Tagebuch beim Erstellen der Sicherung hatte, oder deinen Wiederherstellungsschlüssel. Dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bring back a journal from a backup</source>
        <translation>Ein Tagebuch aus einer Sicherung zurückholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is checked completely before anything is replaced. Your current journal, if there is one, is kept aside in the backups folder, not deleted.</source>
        <translation>Die Sicherung wird vollständig geprüft, bevor irgendetwas ersetzt wird. Dein jetziges Tagebuch, falls es eines gibt, wird im Sicherungsordner beiseitegelegt, nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Choose an .icbackup file…</source>
        <translation>Wähle eine .icbackup-Datei…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup&apos;s passphrase or recovery key</source>
        <translation>Passphrase der Sicherung oder Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its passphrase (as it was then) or your recovery key</source>
        <translation>Die damalige Passphrase oder dein Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check and restore</source>
        <translation>Prüfen und wiederherstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a backup</source>
        <translation>Eine Sicherung wählen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Made on {day} {month} {year} at {time} by Inner Child {version}.</source>
        <translation>Erstellt am {day}. {month} {year} um {time} mit Inner Child {version}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It was {note}.</source>
        <translation>Sie war {note}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is not a file. Your journal is unchanged.</source>
        <translation>{path} ist keine Datei. Dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup did not pass its integrity check, so nothing was restored. Your journal is unchanged.</source>
        <translation>Die Sicherung hat die Integritätsprüfung nicht bestanden, deshalb wurde nichts wiederhergestellt. Dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your journal was restored from the backup.</source>
        <translation>Dein Tagebuch wurde aus der Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your previous journal is kept in {folder}.</source>
        <translation>Dein vorheriges Tagebuch liegt in {folder}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock it with the passphrase it had when the backup was made, or with your recovery key.</source>
        <translation>Entsperre es mit der Passphrase, die es beim Erstellen der Sicherung hatte, oder mit deinem Wiederherstellungsschlüssel.</translation>
    </message>
</context>
<context>
    <name>transfer.export_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/export_dialog.py" line="+29"/>
        <source>An export is not encrypted: anyone who can open the file can read every word. Keep it somewhere private, and delete it when you no longer need it. For a copy that stays encrypted, use File → Back up to… instead.</source>
        <translation>Ein Export ist nicht verschlüsselt: Wer die Datei öffnen kann, kann jedes Wort lesen. Bewahre ihn privat auf und lösche ihn, wenn du ihn nicht mehr brauchst. Für eine Kopie, die verschlüsselt bleibt, nimm lieber Datei → Sichern nach….</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Markdown folder</source>
        <translation>Markdown-Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per entry with its details at the top, photos beside them, and your memories. Readable in any text editor.</source>
        <translation>Eine Datei pro Eintrag mit seinen Angaben oben, Fotos daneben, und deine Erinnerungen. In jedem Texteditor lesbar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>JSON — complete copy</source>
        <translation>JSON — vollständige Kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in one file (entries, memories, photos, exercises, settings). The most complete export; it can be imported into Inner Child again.</source>
        <translation>Alles in einer Datei (Einträge, Erinnerungen, Fotos, Übungen, Einstellungen). Der vollständigste Export; er lässt sich wieder in Inner Child importieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTML — one web page</source>
        <translation>HTML — eine Webseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A single page with your photos inside it, to read offline in any browser.</source>
        <translation>Eine einzige Seite mit deinen Fotos darin, offline in jedem Browser lesbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF — a book</source>
        <translation>PDF — ein Buch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A title page, your entries by date and your memories by age, ready to read or print.</source>
        <translation>Eine Titelseite, deine Einträge nach Datum und deine Erinnerungen nach Alter, bereit zum Lesen oder Drucken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export your journal</source>
        <translation>Dein Tagebuch exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take a copy of your journal with you</source>
        <translation>Nimm eine Kopie deines Tagebuchs mit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export as</source>
        <translation>Exportieren als</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to save the export</source>
        <translation>Wo der Export gespeichert wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy is not encrypted</source>
        <translation>Diese Kopie ist nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>I understand this copy will not be encrypted</source>
        <translation>Ich verstehe, dass diese Kopie nicht verschlüsselt ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose where the export folder goes</source>
        <translation>Wähle, wohin der Exportordner kommt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the export as</source>
        <translation>Export speichern unter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Please tick the box first: this copy will not be encrypted.</source>
        <translation>Bitte kreuze zuerst das Kästchen an: Diese Kopie wird nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>Den Ordner {folder} gibt es nicht. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a file called “{name}” there.</source>
        <translation>Dort gibt es schon eine Datei namens „{name}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is in {folder}. If you replace it, what it holds now is gone. You can keep it and choose another name instead.</source>
        <translation>Sie liegt in {folder}. Wenn du sie ersetzt, ist ihr jetziger Inhalt weg. Du kannst sie behalten und stattdessen einen anderen Namen wählen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace it</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Exporting as {format}…</source>
        <translation>Export als {format}…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n memories</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photos</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n exercise sessions</source>
        <translation>
            <numerusform>%n Übungseinheit</numerusform>
            <numerusform>%n Übungseinheiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {what} to {path}. This copy is not encrypted: keep it somewhere private.</source>
        <translation>In {path} gespeichert: {what}. Diese Kopie ist nicht verschlüsselt: Bewahre sie privat auf.</translation>
    </message>
</context>
<context>
    <name>transfer.import_dialog</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/import_dialog.py" line="+28"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day One</source>
        <translation>Day One</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .zip file Day One makes with Export → JSON (with its photos folder).</source>
        <translation>Die .zip-Datei, die Day One mit Exportieren → JSON erstellt (mit ihrem Fotoordner).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day One export (*.zip)</source>
        <translation>Day-One-Export (*.zip)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jrnl — JSON export</source>
        <translation>jrnl — JSON-Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file made with “jrnl --format json &gt; journal.json”.</source>
        <translation>Eine Datei, erstellt mit „jrnl --format json &gt; journal.json“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>jrnl — plain-text journal</source>
        <translation>jrnl — Tagebuch als reiner Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jrnl&apos;s own journal file (jrnl.txt). An encrypted jrnl journal must be exported first.</source>
        <translation>Die eigene Tagebuchdatei von jrnl (jrnl.txt). Ein verschlüsseltes jrnl-Tagebuch muss zuerst exportiert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RedNotebook</source>
        <translation>RedNotebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RedNotebook&apos;s data folder, the one with month files like 2024-05.txt.</source>
        <translation>Der Datenordner von RedNotebook, der mit Monatsdateien wie 2024-05.txt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A folder of Markdown files</source>
        <translation>Ein Ordner mit Markdown-Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example Obsidian daily notes. Dates come from front matter or file names, titles from the first heading, tags from front matter and #tags.</source>
        <translation>Zum Beispiel tägliche Notizen aus Obsidian. Daten kommen aus dem Front Matter oder den Dateinamen, Titel aus der ersten Überschrift, Schlagwörter aus dem Front Matter und aus #Tags.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inner Child — JSON export</source>
        <translation>Inner Child — JSON-Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A complete copy made with File → Export… → JSON, for example from another computer.</source>
        <translation>Eine vollständige Kopie, erstellt mit Datei → Exportieren… → JSON, zum Beispiel auf einem anderen Computer.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photos</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n memories</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {what}.</source>
        <translation>Importiert: {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing new was added.</source>
        <translation>Es wurde nichts Neues hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n entries were already in your journal from an earlier import, so not added twice.</source>
        <translation>
            <numerusform>%n Eintrag war schon von einem früheren Import in deinem Tagebuch und wurde nicht doppelt hinzugefügt.</numerusform>
            <numerusform>%n Einträge waren schon von einem früheren Import in deinem Tagebuch und wurden nicht doppelt hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n items were skipped (below).</source>
        <translation>
            <numerusform>%n Element wurde übersprungen (unten).</numerusform>
            <numerusform>%n Elemente wurden übersprungen (unten).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import into your journal</source>
        <translation>In dein Tagebuch importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring in entries from another journal</source>
        <translation>Einträge aus einem anderen Tagebuch holen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything you import is encrypted as it comes in. The original files are only read, never changed. If anything goes wrong, nothing is imported.</source>
        <translation>Alles, was du importierst, wird beim Hereinkommen verschlüsselt. Die Originaldateien werden nur gelesen, nie verändert. Wenn etwas schiefgeht, wird nichts importiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import from</source>
        <translation>Importieren aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File or folder to import</source>
        <translation>Datei oder Ordner zum Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file or folder…</source>
        <translation>Datei oder Ordner wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a folder…</source>
        <translation>Wähle einen Ordner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file…</source>
        <translation>Wähle eine Datei…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the {source} folder</source>
        <translation>Wähle den Ordner von {source}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the {source} file</source>
        <translation>Wähle die Datei von {source}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} does not exist. Nothing was imported.</source>
        <translation>{path} gibt es nicht. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{source} needs a folder; {name} is not one.</source>
        <translation>{source} braucht einen Ordner; {name} ist keiner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{source} needs a file; {name} is not one.</source>
        <translation>{source} braucht eine Datei; {name} ist keine.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Importing from {source}…</source>
        <translation>Import aus {source}…</translation>
    </message>
</context>
<context>
    <name>transfer.progress</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/backup_dialogs.py" line="-264"/>
        <source>No backup was written; your journal is unchanged.</source>
        <translation>Es wurde keine Sicherung geschrieben; dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. No backup was written.</source>
        <translation>Angehalten. Es wurde keine Sicherung geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your backup is saved</source>
        <translation>Deine Sicherung ist gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This takes a few seconds. Your journal stays just as it is.</source>
        <translation>Das dauert ein paar Sekunden. Dein Tagebuch bleibt genau, wie es ist.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Your journal is unchanged.</source>
        <translation>Dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped. Your journal is unchanged.</source>
        <translation>Angehalten. Dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is checked first; your journal is replaced only if it is sound.</source>
        <translation>Zuerst wird die Sicherung geprüft; dein Tagebuch wird nur ersetzt, wenn sie in Ordnung ist.</translation>
    </message>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/export_dialog.py" line="-177"/>
        <location filename="../../src/innerchild_desktop/ui/transfer/share_dialog.py" line="+164"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/innerchild_desktop/ui/transfer/share_dialog.py" line="+1"/>
        <source>Stopped. Nothing was written.</source>
        <translation>Angehalten. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your export is ready</source>
        <translation>Dein Export ist fertig</translation>
    </message>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/import_dialog.py" line="-117"/>
        <source>Nothing was imported; your journal is unchanged.</source>
        <translation>Es wurde nichts importiert; dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. Nothing was imported; your journal is unchanged.</source>
        <translation>Angehalten. Es wurde nichts importiert; dein Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your entries are in</source>
        <translation>Deine Einträge sind da</translation>
    </message>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/progress.py" line="+51"/>
        <source>The file could not be written or read: {reason} ({file}). {nothing_changed}</source>
        <translation>Die Datei konnte nicht geschrieben oder gelesen werden: {reason} ({file}). {nothing_changed}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be written or read: {reason}. {nothing_changed}</source>
        <translation>Die Datei konnte nicht geschrieben oder gelesen werden: {reason}. {nothing_changed}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong inside Inner Child ({kind}). {nothing_changed}</source>
        <translation>In Inner Child ist etwas schiefgelaufen ({kind}). {nothing_changed}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Almost done.</source>
        <translation>Fast fertig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less than a minute left.</source>
        <translation>Noch weniger als eine Minute.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Noch etwa %n Minute.</numerusform>
            <numerusform>Noch etwa %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped. Nothing was changed.</source>
        <translation>Angehalten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All done</source>
        <translation>Alles erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This keeps going by itself. Cancel stops it, and nothing half-done stays.</source>
        <translation>Das läuft von selbst weiter. Abbrechen hält es an, und nichts bleibt halb fertig zurück.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress detail</source>
        <translation>Details zum Fortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop now (Esc); nothing half-done stays</source>
        <translation>Jetzt anhalten (Esc); nichts bleibt halb fertig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I feel overwhelmed</source>
        <translation>Mir ist gerade alles zu viel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a calm breathing exercise; this keeps going meanwhile</source>
        <translation>Eine ruhige Atemübung öffnen; das hier läuft derweil weiter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the file or folder</source>
        <translation>Datei oder Ordner wählen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Getting ready…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{done} of {total}. {estimate}</source>
        <translation>{done} von {total}. {estimate}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../../src/innerchild_desktop/ui/transfer/share_dialog.py" line="+1"/>
        <source>Your file to share is ready</source>
        <translation>Deine Datei zum Teilen ist fertig</translation>
    </message>
</context>
<context>
    <name>transfer.share_dialog</name>
    <message>
        <location line="-62"/>
        <source>{date}  {title}, left out unless ticked</source>
        <translation>{date}  {title}, bleibt draußen, außer du kreuzt es an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>heavy entry</source>
        <translation>schwerer Eintrag</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Share with my therapist</source>
        <translation>Für meine Therapie teilen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Share part of your journal</source>
        <translation>Teile einen Teil deines Tagebuchs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose what to share and see on the right exactly what it will hold. Only this one file leaves the journal, and it is not encrypted.</source>
        <translation>Wähle, was du teilen möchtest, und sieh rechts genau, was darin stehen wird. Nur diese eine Datei verlässt das Tagebuch, und sie ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only entries with this tag</source>
        <translation>Nur Einträge mit diesem Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Beliebiges Schlagwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only from</source>
        <translation>Nur vom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only entries between two dates</source>
        <translation>Nur Einträge zwischen zwei Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entries to share</source>
        <translation>Einträge zum Teilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick all</source>
        <translation>Alle ankreuzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick all</source>
        <translation>Alle abwählen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Memories from my timeline</source>
        <translation>Erinnerungen aus meiner Zeitleiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heavy memories too</source>
        <translation>Auch schwere Erinnerungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My exercise history</source>
        <translation>Mein Übungsverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also</source>
        <translation>Außerdem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moods and feelings</source>
        <translation>Stimmungen und Gefühle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How heavy it felt</source>
        <translation>Wie schwer es sich anfühlte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 0 to 10 ratings of how heavy a day or an exercise felt</source>
        <translation>Die Bewertungen von 0 bis 10, wie schwer sich ein Tag oder eine Übung anfühlte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Names to leave out</source>
        <translation>Namen zum Weglassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names to replace with [name], one per line</source>
        <translation>Namen, die durch [name] ersetzt werden, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note to the reader</source>
        <translation>Eine Notiz an die Lesenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few words to the reader (optional)</source>
        <translation>Ein paar Worte an die Lesenden (freiwillig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a</source>
        <translation>Erstellen als</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What your therapist will see</source>
        <translation>Was deine Therapeutin oder dein Therapeut sieht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the preview</source>
        <translation>Zur Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of what will be shared</source>
        <translation>Vorschau dessen, was geteilt wird</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make the file…</source>
        <translation>Datei erstellen…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memories (heavy ones too)</source>
        <translation>Erinnerungen (auch schwere)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memories</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exercise history</source>
        <translation>Übungsverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will be shared: {what}. Nothing else leaves the journal.</source>
        <translation>Geteilt wird: {what}. Nichts anderes verlässt das Tagebuch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The preview shows the first {shown} entries; the file will hold all {count}, laid out the same way.</source>
        <translation>Die Vorschau zeigt die ersten {shown} Einträge; die Datei enthält alle {count}, genauso gestaltet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{ticked} of {total} ticked</source>
        <translation>{ticked} von {total} angekreuzt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save the file to share</source>
        <translation>Datei zum Teilen speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Making the file to share…</source>
        <translation>Datei zum Teilen wird erstellt…</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/tray.py" line="+30"/>
        <source>Show {app}</source>
        <translation>{app} anzeigen</translation>
    </message>
</context>
<context>
    <name>undo_bar</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/undo_bar.py" line="+23"/>
        <location line="+6"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>What just happened</source>
        <translation>Was gerade passiert ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} ({shortcut})</source>
        <translation>{what} ({shortcut})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide this message</source>
        <translation>Diese Nachricht ausblenden</translation>
    </message>
</context>
<context>
    <name>window_actions</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/window_actions.py" line="+67"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quick hide</source>
        <translation>Schnell &amp;verbergen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I feel &amp;overwhelmed</source>
        <translation>Mir ist gerade alles &amp;zu viel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I feel &amp;far away or numb</source>
        <translation>Ich fühle mich weit weg oder wie &amp;betäubt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What&apos;s happening right now?…</source>
        <translation>&amp;Was ist gerade los?…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My &amp;safety plan</source>
        <translation>Mein &amp;Sicherheitsplan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prompts</source>
        <translation>&amp;Impulse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>&amp;Soothe</source>
        <translation>&amp;Beruhigen</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a &amp;memory…</source>
        <translation>Erinnerung &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Looking back…</source>
        <translation>Zurückb&amp;licken…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reminders: not this &amp;week</source>
        <translation>Erinnerungen: diese &amp;Woche nicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The backup was not made</source>
        <translation>Die Sicherung wurde nicht erstellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted backup saved: {name}</source>
        <translation>Verschlüsselte Sicherung gespeichert: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;A private, encrypted journal for inner child work.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein privates, verschlüsseltes Tagebuch für die Arbeit mit dem inneren Kind.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Our privacy promise:&lt;/b&gt; everything you write stays on this computer, encrypted with a key only your passphrase or recovery key can open. The app never connects to the internet and sends nothing anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Unser Datenschutzversprechen:&lt;/b&gt; Alles, was du schreibst, bleibt auf diesem Computer, verschlüsselt mit einem Schlüssel, den nur deine Passphrase oder dein Wiederherstellungsschlüssel öffnen kann. Die App verbindet sich nie mit dem Internet und sendet nichts irgendwohin.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;With thanks to the people behind the techniques:&lt;/b&gt; writing with your non-dominant hand, from Lucia Capacchione&apos;s work; the self-compassion break, from Kristin Neff; the butterfly hug, developed by Lucina Artigas and Ignacio Jarero; and safe-place resourcing, from trauma therapy. The prompts and exercises themselves are written for this app.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mit Dank an die Menschen hinter den Techniken:&lt;/b&gt; das Schreiben mit der nicht-dominanten Hand, aus der Arbeit von Lucia Capacchione; die Pause mit Selbstmitgefühl, von Kristin Neff; die Schmetterlingsumarmung, entwickelt von Lucina Artigas und Ignacio Jarero; und die Ressourcenarbeit mit dem sicheren Ort, aus der Traumatherapie. Die Impulse und Übungen selbst wurden für diese App geschrieben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Built with Qt / PySide6 (LGPLv3), SQLCipher (BSD), Python-Markdown (BSD), argon2-cffi (MIT), cryptography (Apache 2.0 / BSD), platformdirs (MIT) and zxcvbn (MIT).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erstellt mit Qt / PySide6 (LGPLv3), SQLCipher (BSD), Python-Markdown (BSD), argon2-cffi (MIT), cryptography (Apache 2.0 / BSD), platformdirs (MIT) und zxcvbn (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
</context>
<context>
    <name>window_lock</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/window_lock.py" line="+27"/>
        <source>Your journal is getting its new key, so locking waits until that is done and the new recovery key is on screen.</source>
        <translation>Dein Tagebuch bekommt gerade seinen neuen Schlüssel; das Sperren wartet, bis das erledigt ist und der neue Wiederherstellungsschlüssel angezeigt wird.</translation>
    </message>
</context>
<context>
    <name>window_soothe</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/window_soothe.py" line="+115"/>
        <source>Keep your exercise?</source>
        <translation>Deine Übung behalten?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>You did %n exercises before unlocking.</source>
        <translation>
            <numerusform>Du hast vor dem Entsperren eine Übung gemacht.</numerusform>
            <numerusform>Du hast vor dem Entsperren %n Übungen gemacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>If you like, keep them in your journal, so they show in “What helps me”.</source>
        <translation>
            <numerusform>Wenn du magst, behalte sie in deinem Tagebuch, damit sie unter „Was mir hilft“ erscheint.</numerusform>
            <numerusform>Wenn du magst, behalte sie in deinem Tagebuch, damit sie unter „Was mir hilft“ erscheinen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Keep them</source>
        <translation>
            <numerusform>Behalten</numerusform>
            <numerusform>Behalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/workspace.py" line="+41"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>I feel overwhelmed</source>
        <translation>Mir ist gerade alles zu viel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a calm breathing exercise now ({shortcut})</source>
        <translation>Jetzt eine ruhige Atemübung öffnen ({shortcut})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I feel far away</source>
        <translation>Ich fühle mich weit weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I feel far away or numb</source>
        <translation>Ich fühle mich weit weg oder wie betäubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Come back to here and now, eyes open ({shortcut})</source>
        <translation>Zurück ins Hier und Jetzt, mit offenen Augen ({shortcut})</translation>
    </message>
</context>
<context>
    <name>younger_me</name>
    <message>
        <location filename="../../src/innerchild_desktop/ui/younger_me.py" line="+36"/>
        <source>A photo of me as a child, blurred: press Enter to look</source>
        <translation>Ein Foto von mir als Kind, verschwommen: Eingabetaste zum Ansehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A photo of me as a child: press Enter to write a letter to the younger me</source>
        <translation>Ein Foto von mir als Kind: Eingabetaste, um meinem jüngeren Ich einen Brief zu schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you like, pin a photo of yourself as a child, or any picture that stands for them.</source>
        <translation>Wenn du magst, pinne ein Foto von dir als Kind an, oder ein Bild, das für dieses Kind steht.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The younger me</source>
        <translation>Mein jüngeres Ich</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write to them</source>
        <translation>Dem Kind schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new letter to the child you were</source>
        <translation>Einen neuen Brief an das Kind beginnen, das du warst</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+58"/>
        <source>Choose a photo…</source>
        <translation>Foto wählen…</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Choose or change the younger me photo</source>
        <translation>Foto des jüngeren Ichs wählen oder ändern</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show this photo</source>
        <translation>Dieses Foto zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a letter to the younger me</source>
        <translation>Einen Brief an mein jüngeres Ich schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The younger me, blurred until you choose to look.</source>
        <translation>Mein jüngeres Ich, verschwommen, bis du hinsehen möchtest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The younger me. Choosing the photo starts a letter to them.</source>
        <translation>Mein jüngeres Ich. Wähle das Foto, um einen Brief an dieses Kind zu beginnen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose from the journal&apos;s photos…</source>
        <translation>Aus den Fotos des Tagebuchs wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a picture file…</source>
        <translation>Bilddatei wählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always show it</source>
        <translation>Immer zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blur it until I choose to look</source>
        <translation>Verschwommen zeigen, bis ich hinsehen möchte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove it from here</source>
        <translation>Von hier entfernen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A picture of the younger me</source>
        <translation>Ein Bild meines jüngeren Ichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos ({patterns})</source>
        <translation>Fotos ({patterns})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Couldn&apos;t read {name}.</source>
        <translation>{name} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the younger me</source>
        <translation>Jüngeres Ich wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal&apos;s photos</source>
        <translation>Die Fotos des Tagebuchs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A blurred photo from a memory</source>
        <translation>Ein verschwommenes Foto aus einer Erinnerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A blurred photo from an entry</source>
        <translation>Ein verschwommenes Foto aus einem Eintrag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A photo from a memory</source>
        <translation>Ein Foto aus einer Erinnerung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A photo from an entry</source>
        <translation>Ein Foto aus einem Eintrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no photos in the journal yet. A picture file works too.</source>
        <translation>Im Tagebuch sind noch keine Fotos. Eine Bilddatei geht auch.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pin this photo</source>
        <translation>Dieses Foto anpinnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which picture stands for the child you were?</source>
        <translation>Welches Bild steht für das Kind, das du warst?</translation>
    </message>
</context>
</TS>
