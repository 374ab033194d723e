/* The one error convention of the library: a function that can fail returns one of these
 * codes (0 for success) and, where the caller must print why, fills a message buffer it is
 * given. Nothing below cli/ exits or prints. */
#ifndef RP_ERROR_H
#define RP_ERROR_H

#define RP_OK 0
#define RP_EINVAL 1   /* input outside the method's domain */
#define RP_ENOMEM 2   /* memory ran out */
#define RP_ENOCONV 3  /* an iterative fit did not converge */
#define RP_EDATA 4    /* not enough data for the method */
#define RP_EIO 5      /* a file or stream could not be read or written */

#endif
