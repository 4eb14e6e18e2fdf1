#!/bin/sh
#
# docs.sh - check that the program and its manual pages agree.
#
# For every command listed in the "Commands:" section of "mqtls --help"
# there must be a page man/mqtls-NAME.1, and every option that
# "mqtls NAME --help" prints must appear in that page as "Fl -long" or
# "Fl x" (mdoc source).  The global options printed by "mqtls --help" are
# checked against man/mqtls.1 the same way.  When mandoc is installed,
# every page in man/ must pass "mandoc -Tlint -Wwarning" without a single
# message.
#
# Run by "make check" with MQTLS (path of the built binary) and srcdir
# (the source directory) in the environment.  Each problem is printed on
# a line of its own.  Exit status: 0 pass, 1 fail, 77 skip (no binary to
# ask, because MQTLS is unset and ./mqtls does not exist).

srcdir=${srcdir:-.}
mandir=$srcdir/man
MANDOC=${MANDOC:-mandoc}
problems=0

problem() {
	printf 'docs.sh: %s\n' "$*"
	problems=$((problems + 1))
}

# Option names from --help text on standard input, one per line.  An
# option line starts (after blanks) with "-"; the option column ends at
# the first run of two blanks, where the description begins:
#   "  -D, --define NAME=VALUE   substitute ..."  gives  -D and --define
#   "      --format FORMAT       text or json"    gives  --format
options_of() {
	sed -n 's/^[ 	]*\(-.*\)$/\1/p' |
	sed 's/  .*//' |
	sed 's/,/ /g' |
	tr ' ' '\n' |
	sed -e 's/=.*//' -e 's/\[.*//' |
	grep -E '^(-[A-Za-z0-9]|--[A-Za-z0-9][A-Za-z0-9-]*)$'
}

# Command names from "mqtls --help" on standard input: the lines of the
# "Commands:" section, which ends at a blank line or the next heading.
commands_of() {
	awk '
	/^Commands:[ \t]*$/	{ inside = 1; next }
	inside && /^[ \t]*$/	{ inside = 0; next }
	inside && /^[^ \t]/	{ inside = 0; next }
	inside			{ print $1 }
	'
}

# documented PAGE OPTION: is OPTION written as an mdoc "Fl" in PAGE?
documented() {
	case $2 in
	--*)	pat="Fl \\\\?-${2#--}" ;;
	*)	pat="Fl ${2#-}" ;;
	esac
	grep -E "(^|[^A-Za-z])$pat([^A-Za-z0-9-]|\$)" "$1" >/dev/null 2>&1
}

# check_options LABEL PAGE HELPTEXT
check_options() {
	for opt in $(printf '%s\n' "$3" | options_of); do
		if ! documented "$2" "$opt"; then
			want="Fl ${opt#-}"
			problem "$2: option $opt of '$1' is not documented" \
			    "(no '$want')"
		fi
	done
}

if [ -z "${MQTLS:-}" ]; then
	if [ -x ./mqtls ]; then
		MQTLS=./mqtls
	else
		echo "docs.sh: MQTLS is not set and ./mqtls does not exist: skipped"
		exit 77
	fi
fi

if [ ! -d "$mandir" ]; then
	problem "$mandir: no such directory"
fi

# The program: global options, then each command and its options.
if [ ! -x "$MQTLS" ]; then
	problem "$MQTLS: not found or not executable"
else
	help=$("$MQTLS" --help 2>/dev/null)
	rc=$?
	if [ "$rc" -ne 0 ]; then
		problem "'mqtls --help' exited with status $rc"
	fi
	if [ -z "$help" ]; then
		problem "'mqtls --help' printed nothing on standard output"
	fi

	if [ -f "$mandir/mqtls.1" ]; then
		check_options "mqtls" "$mandir/mqtls.1" "$help"
	else
		problem "$mandir/mqtls.1: missing"
	fi

	commands=$(printf '%s\n' "$help" | commands_of)
	if [ -z "$commands" ]; then
		problem "'mqtls --help' lists no command under 'Commands:'"
	fi

	for name in $commands; do
		case $name in
		[a-z]*)	;;
		*)	problem "'mqtls --help': odd command name '$name'"
			continue ;;
		esac
		case $name in
		*[!a-z0-9-]*)
			problem "'mqtls --help': odd command name '$name'"
			continue ;;
		esac

		page=$mandir/mqtls-$name.1
		if [ ! -f "$page" ]; then
			problem "$page: missing (command '$name' has no manual page)"
		fi

		chelp=$("$MQTLS" "$name" --help 2>/dev/null)
		rc=$?
		if [ "$rc" -ne 0 ]; then
			problem "'mqtls $name --help' exited with status $rc"
		fi
		if [ -z "$chelp" ]; then
			problem "'mqtls $name --help' printed nothing on" \
			    "standard output"
			continue
		fi
		if [ -f "$page" ]; then
			check_options "mqtls $name" "$page" "$chelp"
		fi
	done
fi

# The pages themselves.
if command -v "$MANDOC" >/dev/null 2>&1; then
	for page in "$mandir"/*.[1-9]; do
		[ -f "$page" ] || continue
		out=$("$MANDOC" -Tlint -Wwarning "$page" 2>&1)
		if [ -n "$out" ]; then
			printf '%s\n' "$out" | sed 's/^/docs.sh: /'
			n=$(printf '%s\n' "$out" | wc -l | tr -d ' ')
			problems=$((problems + n))
		fi
	done
else
	echo "docs.sh: mandoc not found: manual pages not linted"
fi

if [ "$problems" -ne 0 ]; then
	echo "docs.sh: $problems problem(s)"
	exit 1
fi
exit 0
