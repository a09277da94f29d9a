"""Entry point for `innerchild` and `python -m innerchild_desktop`."""

import sys


def main() -> int:
    # Imported lazily so that `python -m innerchild_desktop` stays importable without side effects.
    from innerchild_desktop.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
