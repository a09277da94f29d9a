"""Run in a child process: open the GUI on a journal, unlock, show the list, scroll it, and
print peak memory. Used for the peak-RSS figure (a fresh process per journal size)."""

from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from innerchild_desktop.app import make_application
    from innerchild_desktop.context import AppContext
    from innerchild_desktop.paths import JournalPaths
    from innerchild_desktop.store.opening import open_journal
    from innerchild_desktop.ui.main_window import MainWindow

    paths = JournalPaths(Path(sys.argv[1]))
    app = make_application()
    window = MainWindow(AppContext(paths))
    window.resize(1100, 720)
    window.show()
    window._unlocked(open_journal(paths, sys.stdin.readline().rstrip("\n")))
    page = window.workspace.journal_page
    for _ in range(20):  # scroll through a few pages, as a reader would
        page.list.verticalScrollBar().setValue(page.list.verticalScrollBar().maximum())
        app.processEvents()
    page.search.setText("bicycle")
    page.run_search()
    app.processEvents()
    window.lock()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


if __name__ == "__main__":
    main()
