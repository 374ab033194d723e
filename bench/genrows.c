/* Writes N rows of a victims-like records file (';' with decimal commas, as Dutch Excel
 * exports) from a fixed seed. Usage: genrows N > file.csv */
#include <stdio.h>
#include <stdlib.h>

static unsigned long long state = 0x2545F4914F6CDD1DULL;

static unsigned next(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return (unsigned)(state >> 11);
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    static const char *const regio[] = {"NN", "ON", "MN", "NH", "AM", "DH", "RT", "ZWB", "OB",
                                        "LB", "LE"};
    static const char *const vorm[] = {"seksueel", "arbeid", "crimineel", "overig"};
    static const char *const melder[] = {"politie", "zorgcoordinator", "FairWork",
                                         "Arbeidsinspectie", "KMar", "overig"};
    static char buf[1 << 16];
    setvbuf(stdout, buf, _IOFBF, sizeof buf);
    printf("jaar;regio;vorm;minderjarig;geslacht;melder;leeftijd;score\n");
    for (long i = 0; i < n; i++)
        printf("%u;%s;%s;%u;%c;%s;%u;%u,%u\n", 2012 + next() % 13, regio[next() % 11],
               vorm[next() % 4], next() % 5 == 0, next() % 10 < 7 ? 'v' : 'm',
               melder[next() % 6], 12 + next() % 60, next() % 100, next() % 10);
    return 0;
}
