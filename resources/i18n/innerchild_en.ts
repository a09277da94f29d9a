<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cli.backup_cmds</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/cli/backup_cmds.py" line="+80"/>
        <source>The journal is sound, but %n attachments need a look:</source>
        <translation>
            <numerusform>The journal is sound, but %n attachment needs a look:</numerusform>
            <numerusform>The journal is sound, but %n attachments need a look:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.prompt_cmds</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/cli/prompt_cmds.py" line="+54"/>
        <source>Imported “{name}”: %n prompts. Find them on the Prompts screen.</source>
        <translation>
            <numerusform>Imported “{name}”: %n prompt. Find it on the Prompts screen.</numerusform>
            <numerusform>Imported “{name}”: %n prompts. Find them on the Prompts screen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli.sync_cmds</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/cli/sync_cmds.py" line="+139"/>
        <source>%n files from another computer are not complete yet (your sync tool may still be copying them). They are tried again next time.</source>
        <translation>
            <numerusform>%n file from another computer is not complete yet (your sync tool may still be copying it). It is tried again next time.</numerusform>
            <numerusform>%n files from another computer are not complete yet (your sync tool may still be copying them). They are tried again next time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n files in the sync folder are damaged and were not used: {names}</source>
        <translation>
            <numerusform>%n file in the sync folder is damaged and was not used: {names}</numerusform>
            <numerusform>%n files in the sync folder are damaged and were not used: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n files in the sync folder belong to another journal&apos;s sync and were left alone.</source>
        <translation>
            <numerusform>%n file in the sync folder belongs to another journal&apos;s sync and was left alone.</numerusform>
            <numerusform>%n files in the sync folder belong to another journal&apos;s sync and were left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>{name}: last heard from {when}; %n change files to bring in</source>
        <translation>
            <numerusform>{name}: last heard from {when}; %n change file to bring in</numerusform>
            <numerusform>{name}: last heard from {when}; %n change files to bring in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>comfort.editors</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/comfort/editors.py" line="+74"/>
        <source>Up to %n characters.</source>
        <translation>
            <numerusform>Up to %n character.</numerusform>
            <numerusform>Up to %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.breath_safety</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/domain/breath_safety.py" line="+38"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.fuzzy_dates</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/domain/fuzzy_dates.py" line="+352"/>
        <source>around age %n</source>
        <translation>
            <numerusform>around age %n</numerusform>
            <numerusform>around age %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>age %n</source>
        <translation>
            <numerusform>age %n</numerusform>
            <numerusform>age %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.fuzzy_preview</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/domain/fuzzy_preview.py" line="+45"/>
        <source>age %n</source>
        <translation>
            <numerusform>age %n</numerusform>
            <numerusform>age %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.letters</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/domain/letters.py" line="+42"/>
        <source>%n letters</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain.search</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/domain/search.py" line="+39"/>
        <location line="+4"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <location line="+5"/>
        <source>%n memories</source>
        <translation>
            <numerusform>%n memory</numerusform>
            <numerusform>%n memories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n closest: {found}</source>
        <translation>
            <numerusform>The %n closest: {found}</numerusform>
            <numerusform>The %n closest: {found}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journal.details</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/journal/details.py" line="+217"/>
        <source>%n tags</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journal.editor</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/journal/editor.py" line="+364"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journal.page</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/journal/page.py" line="+295"/>
        <source>On this day: %n entries from earlier years</source>
        <translation>
            <numerusform>On this day: %n entry from earlier years</numerusform>
            <numerusform>On this day: %n entries from earlier years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journal.tags_dialog</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/journal/tags_dialog.py" line="+48"/>
        <source>#{tag}  (%n entries)</source>
        <translation>
            <numerusform>#{tag}  (%n entry)</numerusform>
            <numerusform>#{tag}  (%n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journal.trash</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/journal/trash.py" line="+131"/>
        <source>The %n entries in the trash will be gone for good, even from the history.</source>
        <translation>
            <numerusform>The entry in the trash will be gone for good, even from the history.</numerusform>
            <numerusform>The %n entries in the trash will be gone for good, even from the history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/main_window.py" line="+234"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/pages.py" line="+375"/>
        <source>Saved %n stages. You can use their names as a memory&apos;s time.</source>
        <translation>
            <numerusform>Saved %n stage. You can use their names as a memory&apos;s time.</numerusform>
            <numerusform>Saved %n stages. You can use their names as a memory&apos;s time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prompts.pack_editor</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/prompts/pack_editor.py" line="+288"/>
        <source>Added %n prompts.</source>
        <translation>
            <numerusform>Added %n prompt.</numerusform>
            <numerusform>Added %n prompts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prompts.pack_files</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/prompts/pack_files.py" line="+108"/>
        <source>Saved “{name}” with %n prompts. Share it with your group; each member imports it on the Prompts screen.</source>
        <translation>
            <numerusform>Saved “{name}” with %n prompt. Share it with your group; each member imports it on the Prompts screen.</numerusform>
            <numerusform>Saved “{name}” with %n prompts. Share it with your group; each member imports it on the Prompts screen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prompts.page_packs</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/prompts/page_packs.py" line="+82"/>
        <source>Imported “{name}”: %n prompts.</source>
        <translation>
            <numerusform>Imported “{name}”: %n prompt.</numerusform>
            <numerusform>Imported “{name}”: %n prompts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>services.transfer.export_words</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/services/transfer/export_words.py" line="+79"/>
        <source>%n entries, {span}</source>
        <translation>
            <numerusform>%n entry, {span}</numerusform>
            <numerusform>%n entries, {span}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n memories</source>
        <translation>
            <numerusform>%n memory</numerusform>
            <numerusform>%n memories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soothe.crisis_lines</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/soothe/crisis_lines.py" line="+183"/>
        <source>Show all regions (%n more lines)</source>
        <translation>
            <numerusform>Show all regions (%n more line)</numerusform>
            <numerusform>Show all regions (%n more lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soothe.insights</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/soothe/insights.py" line="+59"/>
        <source>no change on average, from %n ratings</source>
        <translation>
            <numerusform>no change on average, from %n rating</numerusform>
            <numerusform>no change on average, from %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{amount} lower on average (0–10), from %n ratings</source>
        <translation>
            <numerusform>{amount} lower on average (0–10), from %n rating</numerusform>
            <numerusform>{amount} lower on average (0–10), from %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{amount} higher on average (0–10), from %n ratings</source>
        <translation>
            <numerusform>{amount} higher on average (0–10), from %n rating</numerusform>
            <numerusform>{amount} higher on average (0–10), from %n ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soothe.player</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/soothe/player.py" line="+181"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spell_words_dialog</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/spell_words_dialog.py" line="+115"/>
        <source>%n words taken out.</source>
        <translation>
            <numerusform>%n word taken out.</numerusform>
            <numerusform>%n words taken out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sync_runner</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/sync_runner.py" line="+47"/>
        <source>A change from {name} would move {count} of your %n entries to the trash.</source>
        <translation>
            <numerusform>A change from {name} would move {count} of your %n entry to the trash.</numerusform>
            <numerusform>A change from {name} would move {count} of your %n entries to the trash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sync_settings</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/sync_settings.py" line="+74"/>
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+202"/>
        <source>%n of your changes wait to be sent; they go out at the next sync.</source>
        <translation>
            <numerusform>%n of your changes waits to be sent; they go out at the next sync.</numerusform>
            <numerusform>%n of your changes wait to be sent; they go out at the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>timeline.edit_dialog</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/timeline/edit_dialog.py" line="+221"/>
        <source>%n already kept with it</source>
        <translation>
            <numerusform>%n already kept with it</numerusform>
            <numerusform>%n already kept with it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>timeline.voice_notes</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/timeline/voice_notes.py" line="+77"/>
        <source>%n kept with it</source>
        <translation>
            <numerusform>%n kept with it</numerusform>
            <numerusform>%n kept with it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new (kept when you save)</source>
        <translation>
            <numerusform>%n new (kept when you save)</numerusform>
            <numerusform>%n new (kept when you save)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>transfer.export_dialog</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/transfer/export_dialog.py" line="+271"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n memories</source>
        <translation>
            <numerusform>%n memory</numerusform>
            <numerusform>%n memories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n exercise sessions</source>
        <translation>
            <numerusform>%n exercise session</numerusform>
            <numerusform>%n exercise sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>transfer.import_dialog</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/transfer/import_dialog.py" line="+94"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n memories</source>
        <translation>
            <numerusform>%n memory</numerusform>
            <numerusform>%n memories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n entries were already in your journal from an earlier import, so not added twice.</source>
        <translation>
            <numerusform>%n entry was already in your journal from an earlier import, so not added twice.</numerusform>
            <numerusform>%n entries were already in your journal from an earlier import, so not added twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n items were skipped (below).</source>
        <translation>
            <numerusform>%n item was skipped (below).</numerusform>
            <numerusform>%n items were skipped (below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>transfer.progress</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/transfer/progress.py" line="+102"/>
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>About %n minute left.</numerusform>
            <numerusform>About %n minutes left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>transfer.share_dialog</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/transfer/share_dialog.py" line="+456"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>window_soothe</name>
    <message numerus="yes">
        <location filename="../../src/innerchild_desktop/ui/window_soothe.py" line="+116"/>
        <source>You did %n exercises before unlocking.</source>
        <translation>
            <numerusform>You did an exercise before unlocking.</numerusform>
            <numerusform>You did %n exercises before unlocking.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>If you like, keep them in your journal, so they show in “What helps me”.</source>
        <translation>
            <numerusform>If you like, keep it in your journal, so it shows in “What helps me”.</numerusform>
            <numerusform>If you like, keep them in your journal, so they show in “What helps me”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Keep them</source>
        <translation>
            <numerusform>Keep it</numerusform>
            <numerusform>Keep them</numerusform>
        </translation>
    </message>
</context>
</TS>
