/* dirlist.c - directory entries in name order, so that results never depend
 * on the order a file system happens to return. */
#include "dirlist.h"

#include "internal.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int ts_each_in_dir(const char *dir, int (*keep)(const char *name), size_t max,
                   int (*fn)(void *ud, const char *path), void *ud)
{
    DIR *dh = opendir(dir);
    if (!dh)
        return TOCSIN_ENOTFOUND;
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *de;
    while ((de = readdir(dh))) {
        if (de->d_name[0] == '.' || (keep && !keep(de->d_name)))
            continue;
        if (ts_vec_grow((void **)&names, &cap, n + 1, sizeof *names, max)) {
            rc = TOCSIN_ELIMIT;
            break;
        }
        if (!(names[n] = strdup(de->d_name))) {
            rc = TOCSIN_ENOMEM;
            break;
        }
        n++;
    }
    closedir(dh);
    if (!rc && n) /* an empty folder: names is NULL, which qsort may not take */
        qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n && !rc; i++) {
        size_t l = strlen(dir) + strlen(names[i]) + 2;
        char *path = malloc(l);
        if (!path) {
            rc = TOCSIN_ENOMEM;
            break;
        }
        /* "news/" and "news" name the same files: one slash between */
        size_t dl = strlen(dir);
        while (dl > 0 && dir[dl - 1] == '/')
            dl--; /* "/" itself becomes "" and its files "/name" */
        snprintf(path, l, "%.*s/%s", (int)dl, dir, names[i]);
        rc = fn(ud, path);
        free(path);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}
