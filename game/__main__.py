"""`python -m game` runs the command line (with no arguments, the game)."""

from game.cli import main

raise SystemExit(main())
