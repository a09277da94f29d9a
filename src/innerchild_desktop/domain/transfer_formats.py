"""The one list of import and export formats: the command line's choices, the dialogs and the
transfer services all read it. Plain data, so the command line can build its parser without
loading the transfer code."""

from __future__ import annotations

IMPORT_FORMATS = (
    "dayone",
    "jrnl-json",
    "jrnl-text",
    "rednotebook",
    "markdown-dir",
    "innerchild-json",
)
EXPORT_FORMATS = ("markdown", "json", "html", "pdf")
