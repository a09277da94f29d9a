#!/bin/sh
# Print the path of a Python >= 3.12 to build the virtual environment with, or explain and fail.
# PySide6 6.12 aborts at interpreter exit on Python 3.11 (bool_dealloc), so 3.11 is not accepted.
for candidate in "${PYTHON:-}" python3.13 python3.12 python3.14 python3 \
        "$HOME"/.pyenv/versions/3.13*/bin/python3 "$HOME"/.pyenv/versions/3.12*/bin/python3; do
    [ -n "$candidate" ] || continue
    if "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; then
        "$candidate" -c 'import sys; print(sys.executable)'
        exit 0
    fi
done
echo "Inner Child needs Python 3.12 or newer, and none was found." >&2
echo "Install one (e.g. 'pyenv install 3.13') or point PYTHON=/path/to/python3.12 at it." >&2
exit 1
