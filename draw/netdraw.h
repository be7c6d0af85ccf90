/* netdraw.h - the actor network as a graphviz drawing, for `tocsin network`
 * and `tocsin report`: DOT text, and SVG or PNG made by graphviz's `dot`
 * (Debian package graphviz), run without a shell. */
#ifndef TOCSIN_CLI_NETDRAW_H
#define TOCSIN_CLI_NETDRAW_H

#include "tocsin/analytics.h"

#include <stdio.h>

/* Cooperation minus conflict as a share of the edge's events (-1 .. 1). */
double network_tone(const tocsin_edge *e);

/* The graph in DOT: cooperation solid blue, hostility dashed red, line
 * width by the number of events, and a legend saying so under the graph. */
void network_dot(FILE *f, const tocsin_edge *v, size_t n);

/* Draws the graph into out with `dot -T<fmt>` (fmt "svg" or "png").
 * Returns 0, or prints why not (prefixed by prog) and returns 1. */
int netdraw_render(const char *prog, const tocsin_edge *v, size_t n, const char *fmt, const char *out);

#endif
