/*
 * mqsc.y - the generic grammar of one MQSC command.
 *
 *	command	: item+
 *	item	: WORD | KWOPEN value* ')'
 *	value	: WORD | QSTRING | KWOPEN nested ')'
 *
 * KWOPEN is a word with the '(' that follows it (see grammar/mqsc.l).
 *
 * The first item is the verb, the second usually the object type with its
 * name; the rest are parameters.  Nothing here names a keyword: meaning is
 * given by src/mqsc-check.c from the schema tables.  A nested list inside a
 * value, as in CONNAME(host(1414)), is kept as one value.
 *
 * Each command is parsed on its own (src/mqsc-reader.c cuts the input into
 * commands), so after a syntax error parsing resumes with the next
 * command, as runmqsc does.
 */
%code requires {
#include "ast.h"
#include "mqsc-parse.h"
}

%code provides {
int mqsc_lex_wrap(MQSCG_STYPE *, MQSCG_LTYPE *, struct mqsc_parser *);
void mqsc_scanner_start(struct mqsc_parser *, char *, size_t);
void mqsc_scanner_end(struct mqsc_parser *);
int mqsc_scanner_init(struct mqsc_parser *);
void mqsc_scanner_free(struct mqsc_parser *);
int mqscyylex(MQSCG_STYPE *, MQSCG_LTYPE *, void *);
}

%code {
#include <string.h>

#include "diag.h"
#include "rules.h"
#include "mqsc-reader.h"
#include "template.h"

#define mqscg_lex mqsc_lex_wrap

static void mqscg_error(MQSCG_LTYPE *, struct mqsc_parser *, const char *);
static struct ast_item *item_new(struct mqsc_parser *,
    const struct ast_value *, const MQSCG_LTYPE *);
static struct mqsc_vlist *vlist_new(struct mqsc_parser *);
static void vlist_add(struct mqsc_parser *, struct mqsc_vlist *,
    const struct ast_value *);
static struct ast_value *value_nested(struct mqsc_parser *,
    const MQSCG_LTYPE *);
}

%define api.pure full
%define api.prefix {mqscg_}
%define api.location.type {struct mqsc_loc}
%define parse.error custom
%locations
%expect 0
%parse-param {struct mqsc_parser *p}
%lex-param {struct mqsc_parser *p}

%code requires {
struct mqsc_vlist {
	struct ast_value	*v;
	size_t			 n, cap;
};
struct mqsc_ilist {
	struct ast_item		*head, *tail;
	size_t			 n;
};
#define YYLLOC_DEFAULT(cur, rhs, n)					\
	do {								\
		if (n) {						\
			(cur).lstart = YYRHSLOC(rhs, 1).lstart;		\
			(cur).lend = YYRHSLOC(rhs, n).lend;		\
		} else {						\
			(cur).lstart = (cur).lend =			\
			    YYRHSLOC(rhs, 0).lend;			\
		}							\
	} while (0)
}

/* Pointers only: bison copies values on every shift and reduction. */
%union {
	struct ast_value	*value;
	struct ast_item		*item;
	struct mqsc_vlist	*vlist;
	struct mqsc_ilist	*ilist;
}

%token <value> WORD QSTRING KWOPEN
%token BADQUOTE
%type <ilist> items
%type <item> item
%type <vlist> values
%type <value> value

%%

command	: items
		{
			struct ast_command *c;

			c = arena_alloc(&p->arena, sizeof *c);
			c->items = $1->head;
			c->nitems = $1->n;
			c->span = mqsc_parser_span(p, @1.lstart, @1.lend);
			p->result = c;
		}
	;

items	: item
		{
			$$ = arena_alloc(&p->arena, sizeof *$$);
			$$->head = $$->tail = $1;
			$$->n = 1;
		}
	| items item
		{ $$ = $1; $$->tail->next = $2; $$->tail = $2; $$->n++; }
	;

item	: WORD
		{ $$ = item_new(p, $1, NULL); }
	| KWOPEN values ')'
		{
			$$ = item_new(p, $1, &@3);
			$$->parens = 1;
			$$->values = $2->v;
			$$->nvalues = $2->n;
		}
	;

values	: %empty		{ $$ = vlist_new(p); }
	| values value		{ $$ = $1; vlist_add(p, $$, $2); }
	;

value	: WORD			{ $$ = $1; }
	| QSTRING		{ $$ = $1; }
	| KWOPEN nested ')'	{ $$ = value_nested(p, &@$); }
	;

nested	: %empty
	| nested WORD
	| nested QSTRING
	| nested KWOPEN nested ')'
	| nested '(' nested ')'
	;

%%

/* Only bison's own failures (memory exhausted) come here. */
static void
mqscg_error(MQSCG_LTYPE *loc, struct mqsc_parser *p, const char *msg)
{
	struct diag_loc	 dl;
	struct ast_span	 sp;

	sp = mqsc_parser_span(p, loc->lstart, loc->lend);
	dl.src = p->src;
	dl.start = sp.start;
	dl.end = sp.end;
	diag_rule(p->diags, "syntax", &dl, "%s", msg);
}

int
mqsc_lex_wrap(MQSCG_STYPE *lval, MQSCG_LTYPE *lloc, struct mqsc_parser *p)
{
	return mqscyylex(lval, lloc, p->scanner);
}

/* An item: its keyword, and the ')' that closes its list if any. */
static struct ast_item *
item_new(struct mqsc_parser *p, const struct ast_value *kw,
    const MQSCG_LTYPE *close)
{
	struct ast_item	*it;

	it = arena_alloc(&p->arena, sizeof *it);
	memset(it, 0, sizeof *it);
	it->kw = kw->s;
	it->kwlen = kw->len;
	it->kwflags = kw->flags;
	it->kwspan = kw->span;
	it->span.start = kw->span.start;
	it->span.end = close != NULL ?
	    mqsc_parser_span(p, close->lstart, close->lend).end : kw->span.end;
	return it;
}

/* WORD(...) inside a value list: keep the text, folded outside quotes. */
static struct ast_value *
value_nested(struct mqsc_parser *p, const MQSCG_LTYPE *loc)
{
	struct ast_value	*v;
	const char		*src = p->text->text + loc->lstart;
	size_t			 i, n = loc->lend - loc->lstart;
	char			*s;
	int			 q = 0;

	v = arena_alloc(&p->arena, sizeof *v);
	s = arena_strndup(&p->arena, src, n);
	v->flags = AV_NESTED;
	for (i = 0; i < n; i++) {
		if (s[i] == '\'')
			q = !q;
		else if (!q && s[i] >= 'a' && s[i] <= 'z') {
			s[i] -= 'a' - 'A';
			v->flags |= AV_FOLDED;
		}
	}
	if (p->templates && tmpl_contains(s, n))
		v->flags |= AV_TEMPLATE;
	v->s = s;
	v->len = n;
	v->span = mqsc_parser_span(p, loc->lstart, loc->lend);
	return v;
}

static struct mqsc_vlist *
vlist_new(struct mqsc_parser *p)
{
	struct mqsc_vlist	*l;

	l = arena_alloc(&p->arena, sizeof *l);
	l->v = NULL;
	l->n = l->cap = 0;
	return l;
}

static void
vlist_add(struct mqsc_parser *p, struct mqsc_vlist *l,
    const struct ast_value *v)
{
	struct ast_value	*nv;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 4;
		nv = arena_alloc(&p->arena, l->cap * sizeof *nv);
		if (l->n > 0)
			memcpy(nv, l->v, l->n * sizeof *nv);
		l->v = nv;
	}
	l->v[l->n++] = *v;
}

/* Syntax errors, in words an MQ administrator recognises. */
static int
yyreport_syntax_error(const yypcontext_t *ctx, struct mqsc_parser *p)
{
	const MQSCG_LTYPE	*loc = yypcontext_location(ctx);
	yysymbol_kind_t		 tok = yypcontext_token(ctx);
	struct diag_loc		 dl, open;
	struct ast_span		 sp;
	struct diag		*d;

	sp = mqsc_parser_span(p, loc->lstart, loc->lend);
	dl.src = p->src;
	dl.start = sp.start;
	dl.end = sp.end;
	switch (tok) {
	case YYSYMBOL_BADQUOTE:
		diag_rule(p->diags, "unterminated-string", &dl,
		    "quoted string is not closed: add the closing quote "
		    "(a quote inside a string is written as two quotes, '')");
		break;
	case YYSYMBOL_YYEOF:
		if (p->depth > 0) {
			sp = mqsc_parser_span(p, p->open_at, p->open_at + 1);
			open.src = p->src;
			open.start = sp.start;
			open.end = sp.end;
			d = diag_rule(p->diags,
			    "unbalanced-parenthesis", &open,
			    "'(' is not closed before the end of the command: "
			    "add the missing ')'");
			(void)d;
		} else
			diag_rule(p->diags, "syntax", &dl,
			    "syntax error: the command ends too early");
		break;
	case YYSYMBOL_YYUNDEF:
		diag_rule(p->diags, "syntax", &dl,
		    "syntax error: invalid character");
		break;
	default:
		if (loc->lend - loc->lstart == 1 &&
		    p->text->text[loc->lstart] == ')')
			diag_rule(p->diags,
			    "unbalanced-parenthesis", &dl,
			    "')' without a matching '(': remove it or add "
			    "the missing '('");
		else if (loc->lend - loc->lstart == 1 &&
		    p->text->text[loc->lstart] == '(')
			diag_rule(p->diags, "syntax", &dl,
			    p->depth > 1 ?
			    "unexpected '(' inside a value list: quote values "
			    "that contain parentheses, as in "
			    "CONNAME('host(1414)')" :
			    "unexpected '(': a value list must follow a "
			    "keyword with no other parameter in between, as "
			    "in MAXDEPTH(5000)");
		else if (tok == YYSYMBOL_QSTRING)
			diag_rule(p->diags, "syntax", &dl,
			    "a quoted string cannot stand on its own: put it "
			    "in parentheses after a keyword, as in "
			    "DESCR('text')");
		else
			diag_rule(p->diags, "syntax", &dl,
			    "syntax error near '%.*s'",
			    (int)(loc->lend - loc->lstart),
			    p->text->text + loc->lstart);
		break;
	}
	return 0;
}
