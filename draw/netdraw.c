/* netdraw.c - the actor network in DOT, drawn by graphviz (see netdraw.h). */
#include "netdraw.h"

#include "common/names.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

double network_tone(const tocsin_edge *e)
{
    long t = e->coop + e->conflict;
    return t ? (double)(e->coop - e->conflict) / (double)t : 0;
}

/* a DOT quoted string: the codes come from the data */
static void dot_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fputc('\\', f);
        fputc(c < 0x20 ? ' ' : c, f);
    }
    fputc('"', f);
}

/* a node labelled with its code and, under it, its name: "PRKMIL\nNorth Korean military" */
static void dot_node(FILE *f, const char *code)
{
    char name[200];
    fe_actor_name(code, name, sizeof name);
    fputs("  ", f);
    dot_str(f, code);
    if (name[0]) {
        fputs(" [label=", f);
        fputc('"', f);
        for (int part = 0; part < 2; part++) {
            for (const char *s = part ? name : code; *s; s++) {
                unsigned char c = (unsigned char)*s;
                if (c == '"' || c == '\\')
                    fputc('\\', f);
                fputc(c < 0x20 ? ' ' : c, f);
            }
            if (!part)
                fputs("\\n", f);
        }
        fputs("\"]", f);
    }
    fputs(";\n", f);
}

void network_dot(FILE *f, const tocsin_edge *v, size_t n)
{
    fprintf(f, "graph tocsin {\n  graph [overlap=false, splines=true, outputorder=edgesfirst, nodesep=0.5, "
               "ranksep=0.9, fontname=\"Helvetica\"];\n"
               "  node [shape=ellipse, style=filled, fillcolor=\"#f4f4f4\", fontname=\"Helvetica\"];\n"
               "  edge [fontname=\"Helvetica\", fontsize=9];\n");
    /* each actor once, with its name */
    for (size_t k = 0; k < n; k++)
        for (int side = 0; side < 2; side++) {
            const char *id = side ? v[k].b : v[k].a;
            int seen = side && !strcmp(v[k].a, id);
            for (size_t j = 0; j < k && !seen; j++)
                seen = !strcmp(v[j].a, id) || !strcmp(v[j].b, id);
            if (!seen)
                dot_node(f, id);
        }
    for (size_t k = 0; k < n; k++) {
        const tocsin_edge *e = &v[k];
        double t = network_tone(e);
        long tot = e->coop + e->conflict;
        double w = 1 + (tot > 1 ? 2.5 * log10((double)tot) : 0);
        /* cooperation solid blue, hostility dashed red */
        fputs("  ", f);
        dot_str(f, e->a);
        fputs(" -- ", f);
        dot_str(f, e->b);
        const char *col = t >= 0 ? "#1f5fbf" : "#c8261e";
        fprintf(f, " [color=\"%s\", style=%s, penwidth=%.1f, fontcolor=\"%s\", label=\"+%ld/-%ld\", tooltip=",
                col, t >= 0 ? "solid" : "dashed", w, col, e->coop, e->conflict);
        char tip[160];
        snprintf(tip, sizeof tip, "%s-%s: %ld cooperative, %ld conflictual, highest rung %d", e->a, e->b, e->coop,
                 e->conflict, e->max_rung);
        dot_str(f, tip);
        fputs("];\n", f);
    }
    /* the legend: one row, a small graph of its own beside the network */
    fputs("  subgraph cluster_legend {\n"
          "    label=\"legend\"; fontsize=10; fontcolor=\"#555555\"; color=\"#bbbbbb\"; style=rounded;\n"
          "    node [shape=plaintext, style=\"\", fontsize=10, fontcolor=\"#333333\", fillcolor=none, "
          "height=0.2];\n"
          "    \"legend: c\" [label=\"\", shape=point, width=0.05];\n"
          "    \"legend: cooperation\" [label=\"cooperation  \"];\n"
          "    \"legend: h\" [label=\"\", shape=point, width=0.05];\n"
          "    \"legend: hostility\" [label=\"hostility\"];\n"
          "    { rank=same; \"legend: c\"; \"legend: cooperation\"; \"legend: h\"; \"legend: hostility\"; }\n"
          "    \"legend: c\" -- \"legend: cooperation\" [color=\"#1f5fbf\", penwidth=2.5, minlen=1];\n"
          "    \"legend: cooperation\" -- \"legend: h\" [style=invis];\n"
          "    \"legend: h\" -- \"legend: hostility\" [color=\"#c8261e\", style=dashed, penwidth=2.5, minlen=1];\n"
          "  }\n"
          "  label=\"edge labels: +cooperative/-conflictual events; "
          "line width grows with the number of events\";\n"
          "  labelloc=b; fontsize=10; fontcolor=\"#555555\";\n",
          f);
    fprintf(f, "}\n");
}

int netdraw_render(const char *prog, const tocsin_edge *v, size_t n, const char *fmt, const char *out)
{
    if (strcmp(fmt, "svg") && strcmp(fmt, "png")) {
        fprintf(stderr, "%s: the network is drawn as svg or png, not %s\n", prog, fmt);
        return 1;
    }
    int created = access(out, F_OK) != 0;
    FILE *probe = fopen(out, "a"); /* not truncated: a failure leaves an older picture alone */
    if (!probe) {
        fprintf(stderr, "%s: cannot write %s: %s\n", prog, out, strerror(errno));
        return 1;
    }
    fclose(probe);
    int rc = 1, fds[2] = {-1, -1}, have_fa = 0;
    char tflag[8], *oflag = malloc(strlen(out) + 3);
    posix_spawn_file_actions_t fa;
    struct sigaction ign, old;
    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigemptyset(&ign.sa_mask);
    sigaction(SIGPIPE, &ign, &old); /* a dot that dies early must not kill us */
    if (!oflag || pipe(fds)) {
        fprintf(stderr, "%s: %s\n", prog, oflag ? strerror(errno) : "out of memory");
        goto out;
    }
    snprintf(tflag, sizeof tflag, "-T%s", fmt);
    memcpy(oflag, "-o", 2);
    memcpy(oflag + 2, out, strlen(out) + 1); /* one argument: a name starting with '-' stays a name */
    char *args[] = {"dot", tflag, oflag, NULL};
    if (posix_spawn_file_actions_init(&fa)) {
        fprintf(stderr, "%s: out of memory\n", prog);
        goto out;
    }
    have_fa = 1;
    posix_spawn_file_actions_adddup2(&fa, fds[0], 0);
    posix_spawn_file_actions_addclose(&fa, fds[0]);
    posix_spawn_file_actions_addclose(&fa, fds[1]);
    pid_t pid;
    fflush(NULL);
    int e = posix_spawnp(&pid, "dot", &fa, NULL, args, environ);
    close(fds[0]);
    fds[0] = -1;
    if (e) {
        if (e == ENOENT)
            fprintf(stderr, "%s: graphviz's dot is not installed (not found on PATH): install the Debian "
                            "package graphviz\n", prog);
        else
            fprintf(stderr, "%s: cannot run dot: %s\n", prog, strerror(e));
        goto out;
    }
    FILE *f = fdopen(fds[1], "w");
    if (f) {
        fds[1] = -1;
        network_dot(f, v, n);
        fclose(f);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    if (!f || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
        if (f && WIFEXITED(st) && WEXITSTATUS(st) == 127)
            fprintf(stderr, "%s: graphviz's dot could not be started: install the Debian package graphviz\n",
                    prog);
        else
            fprintf(stderr, "%s: graphviz's dot failed drawing %s\n", prog, out);
        goto out;
    }
    rc = 0;
out:
    if (fds[0] >= 0)
        close(fds[0]);
    if (fds[1] >= 0)
        close(fds[1]);
    if (have_fa)
        posix_spawn_file_actions_destroy(&fa);
    sigaction(SIGPIPE, &old, NULL);
    free(oflag);
    if (rc && created)
        remove(out);
    return rc;
}
