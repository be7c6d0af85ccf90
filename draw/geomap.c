/* geomap.c - the brief's map, drawn by gnuplot (see geomap.h). */
#include "geomap.h"

#include "plot.h"
#include "common/dictload.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef TOCSIN_DATADIR
#define TOCSIN_DATADIR "/usr/local/share/tocsin"
#endif

#define MAP_W 1200
#define MAP_MIN_LON 40.0 /* the smallest frame, in degrees: a region, never a dot */
#define MAP_MIN_LAT 24.0
#define MAP_MAX_LABEL 60 /* bytes of a place's name on the map */

static int is_file(const char *p)
{
    struct stat sb;
    return p && stat(p, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0;
}

const char *geomap_outlines(const char *given)
{
    static char buf[4096];
    if (given)
        return given;
    const char *env = getenv("TOCSIN_MAP_DATA");
    if (env && *env)
        return env;
    /* next to the executable: build/tocsin -> build/map/countries.dat */
    if (cli_beside_exe("/map/countries.dat", buf, sizeof buf) && is_file(buf))
        return buf;
    if (is_file(TOCSIN_DATADIR "/map/countries.dat"))
        return TOCSIN_DATADIR "/map/countries.dat";
    return NULL;
}

unsigned geomap_quad_colour(int quad)
{
    static const unsigned c[5] = {0x888888, 0x5b9bd5, 0x1f4e99, 0xe8912d, 0xc8261e};
    return c[quad >= 1 && quad <= 4 ? quad : 0];
}

/* the short name of a place ("Kyiv" of "Kyiv, Kyiv City, Ukraine") as a
 * double-quoted gnuplot data string: no quote, backslash or control byte */
static void data_label(FILE *g, const char *name)
{
    char s[MAP_MAX_LABEL + 1];
    size_t n = 0;
    for (const char *c = name; *c && *c != ',' && n < MAP_MAX_LABEL; c++)
        s[n++] = (unsigned char)*c < 0x20 || *c == '"' || *c == '\\' || *c == 0x7f ? ' ' : *c;
    while (n && (s[n - 1] & 0xC0) == 0x80) /* a cut UTF-8 sequence */
        n--;
    if (n && (unsigned char)s[n - 1] >= 0xC0)
        n--;
    s[n] = '\0';
    fprintf(g, "\"%s\"", s);
}

int geomap_render(const char *prog, const char *outlines, const fe_places *p, size_t max, const char *out)
{
    if (!outlines || !is_file(outlines)) {
        fprintf(stderr, "%s: no map outlines%s%s (make web makes map/countries.dat)\n", prog,
                outlines ? " in " : "", outlines ? outlines : "");
        return 1;
    }
    for (const char *c = out; *c; c++)
        if ((unsigned char)*c < 0x20 || *c == 0x7f) {
            fprintf(stderr, "%s: the output file name has a control character\n", prog);
            return 1;
        }
    if (!plot_have_program("gnuplot")) {
        fprintf(stderr, "%s: gnuplot is not installed (not found on PATH): install the Debian package "
                        "gnuplot-nox\n", prog);
        return 1;
    }
    size_t n = p->n < max ? p->n : max;
    if (!n) {
        fprintf(stderr, "%s: no places to map\n", prog);
        return 1;
    }
    /* the frame: the places with a margin, at least a region's size */
    double lo0 = 180, lo1 = -180, la0 = 90, la1 = -90;
    long most = 1;
    for (size_t k = 0; k < n; k++) {
        const fe_place *pl = &p->v[k];
        lo0 = fmin(lo0, pl->lon), lo1 = fmax(lo1, pl->lon);
        la0 = fmin(la0, pl->lat), la1 = fmax(la1, pl->lat);
        if (pl->events > most)
            most = pl->events;
    }
    double mlo = fmax(MAP_MIN_LON, (lo1 - lo0) * 1.3), mla = fmax(MAP_MIN_LAT, (la1 - la0) * 1.3);
    double clo = (lo0 + lo1) / 2, cla = (la0 + la1) / 2;
    /* between a wide strip and a square once the longitudes are shrunk */
    double kx = cos(fmin(70, fabs(cla)) * 3.14159265358979 / 180);
    if (mla > mlo * kx)
        mlo = mla / kx;
    if (mla < 0.45 * mlo * kx)
        mla = 0.45 * mlo * kx;
    mlo = fmin(mlo, 360), mla = fmin(mla, 150);
    lo0 = clo - mlo / 2, lo1 = clo + mlo / 2, la0 = cla - mla / 2, la1 = cla + mla / 2;
    if (lo0 < -180)
        lo1 += -180 - lo0, lo0 = -180;
    if (lo1 > 180)
        lo0 -= lo1 - 180, lo1 = 180;
    if (la0 < -60)
        la1 += -60 - la0, la0 = -60;
    if (la1 > 85)
        la0 -= la1 - 85, la1 = 85;
    lo0 = fmax(lo0, -180), la0 = fmax(la0, -90);
    int height = (int)(MAP_W * (la1 - la0) / ((lo1 - lo0) * kx)) + 70;

    char *script = NULL;
    size_t len = 0;
    FILE *g = open_memstream(&script, &len);
    if (!g) {
        fprintf(stderr, "%s: out of memory\n", prog);
        return 1;
    }
    fprintf(g, "set terminal svg size %d,%d noenhanced font 'sans-serif,15' background '#ffffff'\n", MAP_W,
            height);
    fputs("set encoding utf8\nset output ", g);
    plot_gp_str(g, out);
    fputs("\nunset xtics\nunset ytics\nunset border\nset size ratio -1\n"
          "set lmargin 0\nset rmargin 0\nset tmargin 0\nset bmargin 2.5\n"
          "set key bottom center horizontal outside samplen 1 spacing 1 font ',14'\n",
          g);
    fprintf(g, "set xrange [%.4f:%.4f]\nset yrange [%.4f:%.4f]\n", lo0 * kx, lo1 * kx, la0, la1);
    fputs("set object 1 rectangle from graph 0,0 to graph 1,1 behind fillcolor rgb '#eaf1f8' "
          "fillstyle solid 1.0 noborder\n",
          g);
    /* names for the busiest places whose label does not cover another's:
       boxes in pixels, about 7.5 px a character of the 13-point type */
    double px = MAP_W / ((lo1 - lo0) * kx), box[GEOMAP_LABELS][4];
    int named[GEOMAP_LABELS] = {0}, nbox = 0;
    for (size_t k = 0; k < n && k < GEOMAP_LABELS; k++) {
        const fe_place *pl = &p->v[k];
        size_t nl = strcspn(pl->name, ",");
        double x0 = (pl->lon - lo0) * kx * px + 10, y1 = (la1 - pl->lat) * px - 4;
        double b[4] = {x0, y1 - 16, x0 + 7.5 * (double)(nl < MAP_MAX_LABEL ? nl : MAP_MAX_LABEL), y1};
        int clash = 0;
        for (int j = 0; j < nbox && !clash; j++)
            clash = b[0] < box[j][2] && box[j][0] < b[2] && b[1] < box[j][3] && box[j][1] < b[3];
        if (!clash) {
            memcpy(box[nbox++], b, sizeof b);
            named[k] = 1;
        }
    }
    fputs("$places << EOD\n", g);
    for (size_t k = n; k-- > 0;) { /* the biggest first, under the smaller ones */
        const fe_place *pl = &p->v[k];
        fprintf(g, "%.4f %.4f %.3f %u ", pl->lon * kx, pl->lat, 0.9 + 3.2 * sqrt((double)pl->events / most),
                geomap_quad_colour(fe_place_quad(pl)));
        data_label(g, k < GEOMAP_LABELS && named[k] ? pl->name : "");
        putc('\n', g);
    }
    fputs("EOD\n", g);
    fprintf(g, "kx = %.6f\nplot ", kx);
    plot_gp_str(g, outlines);
    fputs(" using ($1*kx):2 with lines lc rgb '#8c8a7e' lw 0.8 notitle, \\\n"
          "  $places using 1:2:3:4 with points pt 7 ps variable lc rgb variable notitle, \\\n"
          "  $places using 1:2:3:4 with points pt 6 ps variable lc rgb '#ffffff' lw 0.8 notitle, \\\n"
          "  $places using 1:2:5 with labels left offset 1.2,0.6 font ',13' tc rgb '#1b1f24' notitle",
          g);
    static const char *const quads[] = {"", "verbal cooperation", "material cooperation", "verbal conflict",
                                        "material conflict"};
    for (int q = 1; q <= 4; q++)
        fprintf(g, ", \\\n  NaN with points pt 7 ps 1.5 lc rgb '#%06x' title '%s'", geomap_quad_colour(q), quads[q]);
    fputs("\n", g);
    if (fclose(g)) {
        free(script);
        fprintf(stderr, "%s: out of memory\n", prog);
        return 1;
    }
    if (getenv("TOCSIN_PLOT_SCRIPT"))
        fwrite(script, 1, len, stderr);
    int rc = plot_run_gnuplot(prog, script, len);
    free(script);
    struct stat sb;
    if (!rc && (stat(out, &sb) || sb.st_size == 0)) {
        fprintf(stderr, "%s: gnuplot wrote nothing to %s\n", prog, out);
        rc = 1;
    }
    return rc;
}
