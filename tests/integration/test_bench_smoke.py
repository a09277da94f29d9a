"""The benchmark's smoke run (tiny corpus, one repetition) so `make bench` cannot rot.
No timing is asserted here: figures are for bench/, not for unit tests."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).parents[2] / "bench" / "run.py"


@pytest.mark.slow
def test_bench_smoke_produces_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(BENCH), "--smoke", "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads(out.read_text())
    assert {"cores", "python", "qt", "sqlcipher"} <= data["machine"].keys()
    figures = data["sizes"]["200"]
    for key in (
        "kdf_s",
        "open_s",
        "search_s",
        "get_entry_s",
        "save_entry_s",
        "list_visible_s",
        "open_entry_s",
        "keystroke_s",
        "cold_start_to_lock_screen_s",
        "cli_search_s",
        "cli_list10_s",
        "import_jrnl_json_s",
        "reimport_jrnl_json_s",
        "export_markdown_s",
        "export_json_s",
    ):
        assert figures[key]["n"] >= 1 and figures[key]["median"] > 0, key
    assert figures["gui_peak_rss_mb"] > 10
    # the jrnl JSON import really wrote the whole corpus, its re-import nothing; the exports
    # held every entry
    assert figures["import_added"] == 200
    assert figures["reimport_added"] == 0
    assert figures["export_entries"] == 200
    assert figures["import_entries_per_s"] > 0
    # import and Markdown export against their baselines (issue 20): counts and ratios only
    assert figures["bare_insert_added"] == 200 and figures["bare_insert_s"]["n"] >= 1
    assert figures["import_vs_bare_ratio"] > 0 and figures["markdown_vs_json_ratio"] > 0
    assert data["passwd"]["passwd_s"]["n"] >= 3 and data["passwd"]["passwd_vs_unlock_ratio"] > 0
    # sync: the whole journal arrived on the second computer, and each new entry after it
    assert figures["sync_arrived"] == figures["sync_entries"] == 200
    assert figures["sync_travelled"] == 2 * figures["sync_rounds"] and figures["sync_rounds"] >= 3
    assert figures["sync_folder_mb"] > 0
    assert data["pacer"]["pacer_boundaries"] >= 1  # 6 s of 5.5 s phases
    assert data["timeline"]["timeline_zoom_frame_s"]["n"] == 5
    # search and cold start against their targets (issue 20): counts and ratios, never times
    search = data["search"]["200"]
    assert search["entries"] == 200 and search["search_s"]["n"] == search["baseline_search_s"]["n"]
    assert search["ratio_p50"] > 0 and search["target_p95_s"] > 0
    assert data["startup"]["cold_start_s"]["n"] >= 1 and data["startup"]["cold_start_ratio"] > 0
    # every target of issue 20 printed with its baseline and ratio (bench/targets.py)
    rows = {row["target"].split(",")[0].split(" (")[0]: row for row in data["targets"]}
    assert set(rows) == {
        "import",
        "Markdown export",
        "search",
        "cold start to the lock screen",
        "timeline",
        "passwd",
    }
    assert all(row["baseline"] and row["ratio"] > 0 for row in data["targets"])
    assert len(data["targets"]) == 5 + len(data["search"])  # search: a row per journal size
    assert "issue 20's targets" in result.stdout
