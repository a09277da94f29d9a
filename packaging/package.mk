# Packaging targets, included by the Makefile (or: make -f Makefile -f packaging/package.mk ...).
#
#   make package            one-folder app in dist/innerchild/ (PyInstaller)
#   make validate-metadata  desktop-file-validate + appstreamcli validate --no-net
#   make icons              re-render packaging/icons/ from resources/icons/<APP_ID>.svg
#   make icons-check        fail if the committed icons are stale

VENV        ?= .venv
VPY         ?= $(VENV)/bin/python
PIP         ?= $(VPY) -m pip --disable-pip-version-check -q
APP_ID      := io.github.innerchild.InnerChild
PYINSTALLER := $(VENV)/bin/pyinstaller
DESKTOP     := packaging/$(APP_ID).desktop
METAINFO    := packaging/$(APP_ID).metainfo.xml

.PHONY: package validate-metadata icons icons-check

$(PYINSTALLER): | $(VPY)
	$(PIP) install 'pyinstaller>=6.10'

# STAMP_APP comes from the Makefile (the app installed into .venv); empty when run alone.
package: $(STAMP_APP) translations $(PYINSTALLER)
	$(PYINSTALLER) --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/innerchild.spec
	@du -sh dist/innerchild

# Both tools print hints/infos that are fine; any warning or error fails the target.
validate-metadata:
	@command -v desktop-file-validate >/dev/null || { echo "desktop-file-validate missing (apt install desktop-file-utils)"; exit 1; }
	@command -v appstreamcli >/dev/null || { echo "appstreamcli missing (apt install appstream)"; exit 1; }
	@out=$$(desktop-file-validate $(DESKTOP)) || { echo "$$out"; exit 1; }; \
	echo "$$out"; ! echo "$$out" | grep -E ': (error|warning):' >/dev/null
	@out=$$(appstreamcli validate --no-net --explain $(METAINFO)) || { echo "$$out"; exit 1; }; \
	echo "$$out"; ! echo "$$out" | grep -E '^[EW]: ' >/dev/null

icons: | $(VPY)
	$(VPY) packaging/make_icons.py

icons-check: | $(VPY)
	$(VPY) packaging/make_icons.py --check
