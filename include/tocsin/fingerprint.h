/* tocsin/fingerprint.h - what an article's text looks like to the
 * deduplicator: an exact content hash and a MinHash signature of its word
 * 4-shingles, cut into bands for near-duplicate lookup (syndicated wire copy
 * under another headline, re-posts with other boilerplate). */
#ifndef TOCSIN_FINGERPRINT_H
#define TOCSIN_FINGERPRINT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TOCSIN_MINHASH 32 /* hashes per signature */
#define TOCSIN_BANDS 8    /* bands of TOCSIN_MINHASH / TOCSIN_BANDS rows */

typedef struct tocsin_fingerprint {
    uint64_t content;                  /* hash of the lowercased word sequence; 0 = empty */
    uint32_t minhash[TOCSIN_MINHASH];
    uint64_t bands[TOCSIN_BANDS];      /* band keys: equal key = candidate near-duplicate */
    uint32_t words;
} tocsin_fingerprint;

/* Fingerprints UTF-8 text of n bytes (punctuation and case are ignored, so
 * copies that differ only in quotes, dashes or spacing look the same). */
void tocsin_fingerprint_text(const char *text, size_t n, tocsin_fingerprint *fp);

/* Estimated Jaccard similarity of two signatures' shingle sets, 0..1. */
double tocsin_fingerprint_similarity(const uint32_t *a, const uint32_t *b);

#ifdef __cplusplus
}
#endif
#endif
