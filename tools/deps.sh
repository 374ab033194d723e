#!/bin/sh
# Finds every build dependency and writes the compiler and linker flags for the Makefile (to
# stdout). Like a Debian tool's build it only says what is missing, unless RP_DEPS_INSTALL=1
# (make demo, make check): then it installs the missing Debian packages, as root or with
# sudo. RP_DEPS_TEST=1 adds the packages only the tests need (a browser, PDF and zip tools,
# an office suite); RP_DEPS_TOOLS lists further commands, each from the Debian package of the
# same name.
set -u
INSTALL=${RP_DEPS_INSTALL:-0}
TESTS=${RP_DEPS_TEST:-0}

# pkg-config module, Debian package (one pair a line)
MODULES='gsl libgsl-dev
inih libinih-dev
libcmark libcmark-dev
cairo libcairo2-dev
pangocairo libpango1.0-dev
librsvg-2.0 librsvg2-dev
libpng libpng-dev
xlsxwriter libxlsxwriter-dev
libxml-2.0 libxml2-dev
minizip libminizip-dev
libqpdf libqpdf-dev
glib-2.0 libglib2.0-dev
libpq libpq-dev
fontconfig libfontconfig-dev
check check'

missing=''
need() { case " $missing " in *" $1 "*) ;; *) missing="$missing $1" ;; esac; }

probe() {
    missing=''
    command -v pkg-config >/dev/null 2>&1 || need pkg-config
    set -- $MODULES
    while [ $# -ge 2 ]; do
        pkg-config --exists "$1" 2>/dev/null || need "$2"
        shift 2
    done
    # libcsv ships no .pc file: look for its header and library instead.
    [ -f /usr/include/csv.h ] || [ -f /usr/local/include/csv.h ] || need libcsv-dev
    # GLPK (the existence check of multiple systems estimation) has no .pc file either.
    [ -f /usr/include/glpk.h ] || [ -f /usr/local/include/glpk.h ] || need libglpk-dev
    command -v gnuplot >/dev/null 2>&1 || need gnuplot-nox
    [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need fonts-dejavu-core
    # the sRGB profile of the PDF's output intent (PDF/A), read when a PDF is written
    [ -f /usr/share/color/icc/sRGB.icc ] || need icc-profiles-free
    # for the tests only: PDF text and images, XLSX contents, a real browser for the HTML
    if [ "$TESTS" = 1 ]; then
        command -v pdftotext >/dev/null 2>&1 || need poppler-utils
        command -v qpdf >/dev/null 2>&1 || need qpdf
        command -v unzip >/dev/null 2>&1 || need unzip
        command -v chromium >/dev/null 2>&1 || need chromium
        command -v node >/dev/null 2>&1 || need nodejs
        command -v npm >/dev/null 2>&1 || need npm
        # the PDF/UA checker (tests/pdfua) and the workbook check (tests/publish) run on
        # Debian's Python with pikepdf and openpyxl; LibreOffice opens the workbook (the
        # smallest install of it, without a desktop: about 250 MB); mandoc lints the man pages
        /usr/bin/python3 -c 'import pikepdf' >/dev/null 2>&1 || need python3-pikepdf
        /usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need python3-openpyxl
        command -v soffice >/dev/null 2>&1 || need libreoffice-calc-nogui
        command -v mandoc >/dev/null 2>&1 || need mandoc
        # the Word and slide files opened as their users open them (tests/office): LibreOffice
        # Writer and Impress without a desktop, and python-docx on Debian's python3
        [ -e /usr/lib/libreoffice/program/libswlo.so ] || need libreoffice-writer-nogui
        [ -e /usr/lib/libreoffice/program/libwpftimpresslo.so ] || need libreoffice-impress-nogui
        /usr/bin/python3 -c 'import docx' >/dev/null 2>&1 || need python3-docx
    fi
    # a throw-away PostgreSQL server (initdb, pg_ctl) for the database datasets' tests and
    # make bench (RP_DEPS_PG=1)
    if [ "$TESTS" = 1 ] || [ "${RP_DEPS_PG:-0}" = 1 ]; then
        ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need postgresql
        command -v psql >/dev/null 2>&1 || need postgresql-client
    fi
    # tools some targets add (make fuzz: clang; make memcheck: valgrind), named as packages
    for tool in ${RP_DEPS_TOOLS:-}; do
        command -v "$tool" >/dev/null 2>&1 || need "$tool"
    done
}

probe
if [ -n "$missing" ] && [ "$INSTALL" != 1 ]; then
    echo "rapporteur: missing Debian packages:$missing" >&2
    echo "    install them with: apt-get install$missing" >&2
    echo "    (or run make demo / make check, which install what is missing)" >&2
    exit 1
fi
if [ -n "$missing" ]; then
    echo "rapporteur: installing missing Debian packages:$missing" >&2
    if [ "$(id -u)" = 0 ]; then
        SUDO=''
    elif command -v sudo >/dev/null 2>&1; then
        SUDO='sudo'
    else
        echo "rapporteur: cannot install packages (not root, no sudo). Please run:" >&2
        echo "    apt-get install$missing" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq >&2 || true
    # shellcheck disable=SC2086
    if ! $SUDO apt-get install -y -qq --no-install-recommends $missing >&2; then
        echo "rapporteur: apt-get failed. Please install:$missing" >&2
        exit 1
    fi
    probe
    if [ -n "$missing" ]; then
        echo "rapporteur: still missing after install:$missing" >&2
        exit 1
    fi
fi

mods=$(echo "$MODULES" | awk '$1 != "check" { printf "%s ", $1 }')
# libqpdf and libpq are opened at run time (reports/pdftag.c, datasets/pgsource.c): their
# headers, not their libraries
linked=$(echo "$MODULES" | awk '$1 != "check" && $1 != "libqpdf" && $1 != "libpq" { printf "%s ", $1 }')
echo "# written by tools/deps.sh; delete to probe again"
echo "PKG_CFLAGS := $(pkg-config --cflags $mods)"
echo "PKG_LIBS := $(pkg-config --libs $linked) -lcsv -lglpk -lpthread -lm -ldl"
echo "CHECK_CFLAGS := $(pkg-config --cflags check)"
echo "CHECK_LIBS := $(pkg-config --libs check)"
