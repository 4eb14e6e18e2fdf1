#!/bin/sh
# shell.sh - the interactive shell through a real pseudo-terminal
# (tests/shell/pty.c): completion, Ctrl-C, history across sessions.
. "$srcdir/tests/lib.sh"

"$builddir/tests/shell/pty" "$MQTLS" "$t/store"
