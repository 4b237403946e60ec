"""``python -m api``: the full ``timeline`` command line, serving commands included."""

from api.cli import main

if __name__ == "__main__":
    main(prog_name="timeline")
