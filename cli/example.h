/* The example monitor project, compiled into the binary by tools/embed.c. */
#ifndef RP_EXAMPLE_H
#define RP_EXAMPLE_H

#include <stddef.h>

/* Static data, owned by the program. */
typedef struct rp_embedded_file {
    const char *name;
    const unsigned char *data;
    size_t size;
} rp_embedded_file;

extern const rp_embedded_file rp_example_files[];
extern const size_t rp_example_nfiles;

#endif
