# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
# Both create .venv with a Python >= 3.12 and install what they need; re-running is fast
# because installs are keyed on pyproject.toml through stamp files.

VENV      := .venv
VPY       := $(VENV)/bin/python
STAMP_APP := $(VENV)/.stamp-app
STAMP_TST := $(VENV)/.stamp-test
PIP       := $(VPY) -m pip --disable-pip-version-check -q

.PHONY: run test bench bench-smoke package lint clean screenshots check-arch translations ts

$(VPY):
	@PY=$$(sh scripts/find-python.sh) || exit 1; \
	echo "Creating $(VENV) with $$PY"; \
	"$$PY" -m venv $(VENV)

$(STAMP_APP): pyproject.toml | $(VPY)
	$(PIP) install -e .
	@touch $@

$(STAMP_TST): pyproject.toml | $(VPY)
	$(PIP) install -e '.[test]'
	@touch $@ $(STAMP_APP)

run: $(STAMP_APP) translations
	$(VENV)/bin/innerchild

# Translations: resources/i18n/innerchild_<code>.ts are the sources (edit them with
# .venv/bin/pyside6-linguist); the window loads the .qm files pyside6-lrelease builds from them.
# `make ts` refreshes the sources after code changes (innerchild_en.ts holds English plurals only).
I18N    := resources/i18n
I18N_TS := $(filter-out $(I18N)/innerchild_en.ts,$(wildcard $(I18N)/innerchild_*.ts))
I18N_QM := $(patsubst %.ts,%.qm,$(wildcard $(I18N)/innerchild_*.ts))
I18N_PY  = $(shell find src/innerchild_desktop -name '*.py' | sort)

$(I18N)/%.qm: $(I18N)/%.ts | $(STAMP_APP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(I18N_QM)

ts: $(STAMP_APP)
	@$(VENV)/bin/pyside6-lupdate -silent -locations relative -no-obsolete $(I18N_PY) -ts $(I18N_TS)
	@$(VENV)/bin/pyside6-lupdate -silent -locations relative -no-obsolete -pluralonly $(I18N_PY) -ts $(I18N)/innerchild_en.ts

# Lint, the layer contracts and types that hold today, then the whole suite offscreen;
# pytest's own exit code decides success.
test: $(STAMP_TST) translations
	$(VENV)/bin/ruff check src tests bench packaging
	$(VENV)/bin/lint-imports --no-logo $(ARCH_CONTRACTS)
	$(if $(MYPY_TARGETS),$(VENV)/bin/mypy $(MYPY_TARGETS))
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest $(PYTEST_ARGS)

# Every contract in [tool.importlinter] (pyproject.toml) holds, so `make test` checks them all.
ARCH_CONTRACTS :=
# What `make test` type-checks ([tool.mypy]): everything, the core (domain, store, services,
# render) strict and ui/cli/screenshots with every function annotated and its body checked.
MYPY_TARGETS := src/innerchild_desktop

# Every contract and the whole type check, passing or not: what is left before make test.
check-arch: $(STAMP_TST)
	@rc=0; $(VENV)/bin/lint-imports --no-logo || rc=1; $(VENV)/bin/mypy || rc=1; exit $$rc

lint: $(STAMP_TST)
	$(VENV)/bin/ruff check src tests bench packaging
	$(VENV)/bin/ruff format --check src tests bench packaging

# Speed, scale and memory at 1k/10k entries (BENCH_SIZES=1000,10000,100000 for more), side by
# side with jrnl; writes bench/results.json. A smoke run of the same code is part of make test.
bench: $(STAMP_TST)
	QT_QPA_PLATFORM=offscreen $(VPY) bench/run.py

screenshots: $(STAMP_APP) translations
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/innerchild screenshots --out shots

clean:
	rm -rf $(VENV) build dist .pytest_cache

# make package, make validate-metadata, make icons: see packaging/package.mk
include packaging/package.mk
