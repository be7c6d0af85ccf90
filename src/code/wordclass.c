/* wordclass.c - the dictionaries' word classes that the coder's rules
 * consult by name (mention.c, grammar.c), their bits looked up once per
 * dictionary and thread. */
#include "sentence.h"

#include <string.h>

int ts_class(const tocsin_dict *d, int which)
{
    static const char *const names[CL_COUNT] = {"war",  "attack",  "medium",   "airstrike",
                                                "talk", "meeting", "hostility", "pejorative"};
    static _Thread_local const tocsin_dict *cached;
    static _Thread_local int bit[CL_COUNT];
    if (which < 0 || which >= CL_COUNT)
        return -1;
    if (cached != d) {
        for (int k = 0; k < CL_COUNT; k++) {
            bit[k] = -1;
            for (int i = 0; i < d->nclasses; i++)
                if (!strcmp(d->classes[i], names[k]))
                    bit[k] = i;
        }
        cached = d;
    }
    return bit[which];
}
