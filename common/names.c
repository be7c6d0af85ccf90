/* names.c - the names of codes for the front ends (see names.h). */
#include "names.h"

#include "dictload.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

static const char *names_dir;
static tocsin_names *names;
static pthread_once_t names_once = PTHREAD_ONCE_INIT;

void fe_names_dir(const char *dictdir)
{
    names_dir = dictdir;
}

static void load(void)
{
    tocsin_error err;
    memset(&err, 0, sizeof err);
    /* quiet on failure: an old dictionary folder without names/ still works */
    if (tocsin_names_load(cli_dict_dir(names_dir), &names, &err))
        names = NULL;
}

const tocsin_names *fe_names(void)
{
    pthread_once(&names_once, load);
    return names;
}

const char *fe_actor_name(const char *code, char *buf, size_t cap)
{
    if (!cap)
        return "";
    buf[0] = '\0';
    if (code && *code && tocsin_actor_name(fe_names(), code, buf, cap) == TOCSIN_ENOTFOUND)
        buf[0] = '\0';
    return buf;
}

const char *fe_cameo_name(const char *code)
{
    const char *n = code && *code ? tocsin_cameo_name(code) : NULL;
    return n ? n : "";
}

const char *fe_actor_label(const char *code, char *buf, size_t cap)
{
    char name[TOCSIN_NAME_MAX * 2];
    if (!cap)
        return "";
    if (!code) {
        buf[0] = '\0';
        return buf;
    }
    fe_actor_name(code, name, sizeof name);
    if (name[0])
        snprintf(buf, cap, "%s (%s)", code, name);
    else
        snprintf(buf, cap, "%s", code);
    return buf;
}
