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
/* Band keys: TOCSIN_BANDS_COARSE bands of 4 rows (what databases written
 * before 0.2 hold), then TOCSIN_BANDS_FINE bands of 2 rows, which find
 * copies down to about 0.4 estimated overlap (a syndicated copy with a new
 * headline, a byline and its last paragraph cut). */
#define TOCSIN_BANDS_COARSE 8
#define TOCSIN_BANDS_FINE 16
#define TOCSIN_BANDS (TOCSIN_BANDS_COARSE + TOCSIN_BANDS_FINE)

typedef struct tocsin_fingerprint {
    uint64_t content;                  /* hash of the lowercased word sequence; 0 = empty */
    uint32_t minhash[TOCSIN_MINHASH];
    uint64_t bands[TOCSIN_BANDS];      /* band keys: equal key = candidate near-duplicate */
    uint32_t words;
    uint32_t shingles;                 /* word 4-shingles hashed (words - 3, at least 1) */
} tocsin_fingerprint;

/* Fingerprints UTF-8 text of n bytes (punctuation and case are ignored, so
 * copies that differ only in quotes, dashes or spacing look the same). */
void tocsin_fingerprint_text(const char *text, size_t n, tocsin_fingerprint *fp);

/* Fingerprints an article as the deduplicator sees it: its body without
 * the headline (the first line, when has_title) and without lines of page
 * furniture (bylines, "Continue reading", share boxes), since syndicated
 * copies differ in exactly these. */
void tocsin_fingerprint_article(const char *text, size_t n, int has_title, tocsin_fingerprint *fp);

/* Is a text with signature a and a shingles a copy of one with b and
 * nb? Yes when the estimated overlap of their shingle sets (Jaccard) is at
 * least TOCSIN_COPY_JACCARD, or when the smaller one lies nearly whole
 * (TOCSIN_COPY_CONTAINED) inside the other and they are of comparable size
 * (overlap at least TOCSIN_COPY_MIN_JACCARD, TOCSIN_COPY_MIN_SHINGLES
 * shingles or more): a copy with its last paragraphs cut. A count of 0
 * means unknown (signatures stored before 0.2): overlap alone decides. */
#define TOCSIN_COPY_JACCARD 0.75
#define TOCSIN_COPY_CONTAINED 0.85
#define TOCSIN_COPY_MIN_JACCARD 0.35
#define TOCSIN_COPY_MIN_SHINGLES 20
int tocsin_fingerprint_is_copy(const uint32_t *a, uint32_t na, const uint32_t *b, uint32_t nb);

/* Estimated Jaccard similarity of two signatures' shingle sets, 0..1. */
double tocsin_fingerprint_similarity(const uint32_t *a, const uint32_t *b);

#ifdef __cplusplus
}
#endif
#endif
