/* wordclass.c - the dictionaries' word classes that the coder's rules
 * consult by name (mention.c, grammar.c), their bits looked up once per
 * dictionary and thread. */
#include "sentence.h"

#include <string.h>

_Thread_local const tocsin_dict *ts_class_dict;
_Thread_local int ts_class_bits[CL_COUNT];

int ts_class_lookup(const tocsin_dict *d, int which)
{
    static const char *const names[CL_COUNT] = {"war",  "attack",  "medium",   "airstrike",
                                                "talk", "meeting", "hostility", "pejorative",
                                                "weapon", "aid",     "econaid",   "humaid",
                                                "sanction", "agreement", "drill",
                                                "investigation", "stance", "cease", "copular",
                                                "allegation", "falsity", "misconduct", "abet"};
    if (which < 0 || which >= CL_COUNT)
        return -1;
    if (ts_class_dict != d) {
        for (int k = 0; k < CL_COUNT; k++) {
            ts_class_bits[k] = -1;
            for (int i = 0; i < d->nclasses; i++)
                if (!strcmp(d->classes[i], names[k]))
                    ts_class_bits[k] = i;
        }
        ts_class_dict = d;
    }
    return ts_class_bits[which];
}
