/* tocsin/pipeline.h - coding documents on N threads that share one
 * dictionary, writing formatted events in input order.
 *
 * The pipeline is a tocsin_doc_sink: give it to tocsin_read_path. With jobs
 * = 1 it codes on the calling thread as documents stream in. With jobs > 1
 * documents are gathered into batches (about 1 MiB of text each) that worker
 * threads code with their own tocsin_coder; finished batches are written in
 * order, and at most 2 * jobs batches are in memory at once. A document
 * larger than 8 MiB is coded in 8 MiB parts (pronoun memory restarts). */
#ifndef TOCSIN_PIPELINE_H
#define TOCSIN_PIPELINE_H

#include "tocsin/coder.h"
#include "tocsin/format.h"
#include "tocsin/reader.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tocsin_pipeline tocsin_pipeline;

/* Receives formatted output; return non-zero to stop (e.g. a write error). */
typedef int (*tocsin_write_fn)(void *ud, const char *p, size_t n);

typedef struct tocsin_pipeline_options {
    int jobs;               /* threads, >= 1 */
    unsigned coder_options; /* TOCSIN_CODE_* */
    tocsin_format format;
    tocsin_write_fn write;
    void *write_ud;
    tocsin_diag_fn diag;    /* may be called from worker threads */
    void *diag_ud;
} tocsin_pipeline_options;

int tocsin_pipeline_new(const tocsin_dict *d, const tocsin_pipeline_options *o,
                        tocsin_pipeline **out);
/* A sink that feeds the pipeline (valid while the pipeline lives). */
tocsin_doc_sink tocsin_pipeline_sink(tocsin_pipeline *p);
/* Codes and writes everything still pending; sums the coders' statistics. */
int tocsin_pipeline_finish(tocsin_pipeline *p, tocsin_coder_stats *st);
void tocsin_pipeline_free(tocsin_pipeline *p);

#ifdef __cplusplus
}
#endif
#endif
