/* geomap.h - the brief's map of where the events happened, drawn by
 * gnuplot: country borders and coasts from a data file made at build time
 * (map/countries.dat: Natural Earth 1:110m from the world-atlas npm
 * package, by web/mapdata.mjs) and one point per place, sized by its
 * events and coloured by its largest quad class, in a plain
 * longitude-latitude projection framed on the places. */
#ifndef TOCSIN_DRAW_GEOMAP_H
#define TOCSIN_DRAW_GEOMAP_H

#include "common/places.h"

#include <stddef.h>

#define GEOMAP_LABELS 8 /* places named on the map (the ones with the most events) */

/* The outlines file: TOCSIN_MAP_DATA when set, else map/countries.dat next
 * to the executable (the build folder), else DATADIR/map/countries.dat;
 * NULL when none exists (the brief then says so). given (--map-data) wins
 * when not NULL, whether it exists or not. */
const char *geomap_outlines(const char *given);

/* The quad class's colour on the map (0xRRGGBB), as the dashboard's. */
unsigned geomap_quad_colour(int quad);

/* Draws the places (at most max of them, most events first, those with
 * coordinates) over the outlines as an SVG of 1200 x about 700 pixels.
 * Returns 0, or prints why not (prefixed by prog) and returns 1. */
int geomap_render(const char *prog, const char *outlines, const fe_places *p, size_t max, const char *out);

#endif
