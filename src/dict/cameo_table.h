/* cameo_table.h - the CAMEO code table (generated data in cameo_table.c). */
#ifndef TS_CAMEO_TABLE_H
#define TS_CAMEO_TABLE_H

typedef struct ts_cameo {
    const char *code;
    int quad;
    double goldstein;
    const char *name;
} ts_cameo;

extern const ts_cameo ts_cameo_table[]; /* sorted by code */
extern const unsigned ts_cameo_count;

#endif
