/*
 * model.h - the in-memory model of one queue manager: objects (channels,
 * queues, authentication information, listeners and the others), the
 * queue manager's own attributes, channel authentication records and
 * authority records.
 *
 * The model knows nothing about MQSC text; exec.c turns checked commands
 * into changes here, store.c makes them durable, display.c prints them.
 */
#ifndef MQTLS_MODEL_H
#define MQTLS_MODEL_H

#include <stddef.h>

struct schema_object;
struct schema_attr;

/*
 * One object.  For objects the schema models, vals[i] holds the value of
 * obj->attrs[i] as DISPLAY prints it (list items joined by ','), or NULL
 * when the attribute does not apply to this subtype.  Objects the schema
 * does not model keep their parameters as given (raw).
 */
struct mobj {
	const struct schema_object *obj;	/* QLOCAL, CHANNEL, CHLAUTH... */
	char		*name;		/* channel, queue, CHLAUTH profile */
	int		 subtype;	/* CHLTYPE / TYPE index, or -1 */
	const char	**vals;		/* obj->nattrs entries, interned */
	char		*raw;		/* unmodelled objects: "KEY(v) ..." */
	char		 altdate[11];	/* yyyy-mm-dd */
	char		 alttime[9];	/* hh.mm.ss */
	const char	*src_file;	/* where it was last set (interned) */
	unsigned	 src_line;
	unsigned long	 seq;		/* creation order */
	size_t		 src_off;	/* byte offset of that command */
	struct mobj	*hnext;
	struct mobj	*rnext;		/* records: next in its bucket */
	int		 dead;
};

struct model {
	char		*qmname;
	struct mobj	*qmgr;		/* the QMGR object */
	struct mobj	**table;	/* hash of named objects */
	size_t		 tsize, count;
	struct mobj	**recs;		/* CHLAUTH and AUTHREC records, in order */
	size_t		 nrecs, caprecs;
	struct mobj	**rtable;	/* hash of records by (type, name) */
	size_t		 rtsize, rcount;
	unsigned long	 seq;
	int		 no_timestamps;	/* tests: fixed ALTDATE/ALTTIME */
	char		 when[20];	/* "yyyy-mm-dd hh.mm.ss" to use for
					   the next change (store replay), or
					   empty for the clock */
};

/* Objects of these types share one name space (mqsc.md section 3). */
enum model_ns {
	NS_OTHER = 0,	/* one name space per object type */
	NS_QUEUE,	/* QLOCAL, QREMOTE, QALIAS, QMODEL */
	NS_CHANNEL,	/* every channel type but CLNTCONN */
	NS_CLNTCONN,
};

struct model	*model_new(const char *qmname);
void		 model_free(struct model *);

enum model_ns	 model_ns(const struct schema_object *, int subtype);
/* Look up a named object in the name space of (obj, subtype). */
struct mobj	*model_find(struct model *, const struct schema_object *,
		    int subtype, const char *name);
/* Any object of that name in the name space, whatever its type. */
struct mobj	*model_find_ns(struct model *, enum model_ns,
		    const struct schema_object *, const char *name);
struct mobj	*mobj_new(const struct schema_object *, const char *name,
		    int subtype);
struct mobj	*mobj_clone(const struct mobj *);
void		 mobj_free(struct mobj *);
void		 model_insert(struct model *, struct mobj *);
void		 model_remove(struct model *, struct mobj *);
/* Replace old by new in place (ALTER, DEFINE REPLACE). */
void		 model_replace(struct model *, struct mobj *old,
		    struct mobj *new);
void		 model_add_record(struct model *, struct mobj *);
void		 model_remove_record(struct model *, struct mobj *);
/* Put record o in place of old (NULL: add it), keeping old's place. */
void		 model_put_record(struct model *, struct mobj *old,
		    struct mobj *o);
void		 model_touch(struct model *, struct mobj *);
/*
 * The records of one object type (CHLAUTH, AUTHREC) on one profile, in
 * no particular order, found through a hash so that looking a record up
 * does not grow with the number of records:
 *	for (r = model_rec_first(m, obj, p); r; r = model_rec_next(r))
 */
struct mobj	*model_rec_first(const struct model *,
		    const struct schema_object *, const char *name);
struct mobj	*model_rec_next(const struct mobj *);

/* Value of an attribute by canonical name, or NULL. */
const char	*mobj_get(const struct mobj *, const char *name);
void		 mobj_set(struct mobj *, const struct schema_attr *,
		    const char *value);
/* Is this attribute part of an object's state (not LIKE, not WHERE)? */
int		 model_stored_attr(const struct schema_attr *);
/* Fill every attribute valid for the subtype from the schema defaults. */
void		 mobj_schema_defaults(struct mobj *);

/* Iterate over named objects in creation order (allocated array). */
struct mobj	**model_list(struct model *, size_t *n);

#endif
