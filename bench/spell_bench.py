"""Spell-check's cost in the editor: keystroke → repaint in a 100 KB entry with spell-check on
(and off, to compare), and the first full underlining pass, per idle chunk.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.spell_bench
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": statistics.median(ordered) * 1000, "p95_ms": p95 * 1000}


def spell_bench(keys: int = 120) -> dict[str, dict[str, float]]:
    """p50/p95 ms: keystroke → repaint with spell-check on and off, opening the entry, and each
    idle chunk of the first underlining pass (plus that pass's total)."""
    from bench.corpus import big_entry_text
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from innerchild_desktop.app import make_application
    from innerchild_desktop.paths import JournalPaths
    from innerchild_desktop.services.journal import JournalService
    from innerchild_desktop.services.spelling import SpellingService
    from innerchild_desktop.store.keyslots import FAST_TEST_KDF
    from innerchild_desktop.store.opening import create_journal
    from innerchild_desktop.ui.journal.editor import EntryEditor

    app = make_application()
    text = big_entry_text()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        journal, _ = create_journal(
            JournalPaths(Path(tmp) / "j"), "bench passphrase", FAST_TEST_KDF
        )
        try:
            SpellingService(journal).set_language("en")
            editor = EntryEditor()
            editor.resize(1000, 700)
            editor.show()
            editor.set_service(JournalService(journal))
            while not editor.spell.is_active():  # the word list loads in the background
                app.processEvents()
            for on in (True, False):
                SpellingService(journal).set_enabled(on)
                editor.refresh_spelling()
                start = time.perf_counter()
                editor.new_entry(title="Typing test", body=text)
                app.processEvents()
                opened = time.perf_counter() - start
                chunks: list[float] = []
                while editor.spell._pass.isActive():
                    begin = time.perf_counter()
                    editor.spell._next_chunk()
                    chunks.append(time.perf_counter() - begin)
                editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
                samples: list[float] = []
                for i in range(keys):
                    begin = time.perf_counter()
                    QTest.keyClick(editor.body, Qt.Key.Key_A if i % 7 else Qt.Key.Key_Space)
                    editor.body.viewport().repaint()
                    samples.append(time.perf_counter() - begin)
                label = "on" if on else "off"
                results[f"keystroke_spell_{label}"] = _ms(samples)
                results[f"open_100kb_spell_{label}"] = _ms([opened])
                if on:
                    results["first_pass_chunk"] = _ms(chunks)
                    results["first_pass_total"] = {"ms": sum(chunks) * 1000, "chunks": len(chunks)}
                editor.autosave.stop()
                editor._dirty = False
            editor.clear()
            editor.close()
        finally:
            journal.close()
    return results


if __name__ == "__main__":
    for name, figures in spell_bench().items():
        print(f"{name:24} " + "  ".join(f"{k} {v:.1f}" for k, v in figures.items()))
