# rapporteur: build, test, demo, install. Run `make help` for the targets.

PREFIX ?= /usr/local
BUILD ?= build
CC ?= cc
CFLAGS ?= -O2 -g
SANFLAGS ?=
# -Werror only where warnings must stop the build (CI passes WERROR=-Werror, make sanitize
# sets it): a newer compiler's new warning should not stop a user's build.
WERROR ?=
WARN := -std=c11 -Wall -Wextra $(WERROR) -Wshadow -Wstrict-prototypes -Wformat=2 \
        -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
VERSION := $(shell cat VERSION)
EXAMPLE_FILES := $(sort $(wildcard datasets/example/*.csv datasets/example/monitor.ini \
                                   datasets/example/text/*.md))

# Flags of every library come from pkg-config via tools/deps.sh. `make` only says which Debian
# packages are missing; the goals a new user runs (make demo, make check, ...) install them.
# Goals that need no compiler skip the probe.
INSTALL_GOALS := demo check sanitize memcheck bench fuzz
TEST_GOALS := check sanitize memcheck
DEPS_INSTALL := $(if $(filter $(INSTALL_GOALS),$(MAKECMDGOALS)),1,0)
DEPS_TEST := $(if $(filter $(TEST_GOALS),$(MAKECMDGOALS)),1,0)
NOCONFIG := clean help
ifneq ($(MAKECMDGOALS),)
ifeq ($(filter-out $(NOCONFIG),$(MAKECMDGOALS)),)
SKIP_CONFIG := 1
endif
endif
ifndef SKIP_CONFIG
include $(BUILD)/config.mk
endif

ALL_CFLAGS = $(WARN) $(CFLAGS) $(SANFLAGS) -I. -DRP_VERSION='"$(VERSION)"' $(PKG_CFLAGS)
ALL_LDFLAGS = $(SANFLAGS) $(LDFLAGS)

LIB_SRC := $(sort $(wildcard base/*.c datasets/*.c stats/*.c words/*.c plots/*.c reports/*.c))
CLI_SRC := $(sort $(wildcard cli/*.c))
TEST_SRC := $(sort $(wildcard tests/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o) $(BUILD)/example_data.o
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/%.o)

.PHONY: all demo check layers sanitize bench install uninstall clean help memcheck fuzz property
.DELETE_ON_ERROR:

all: $(BUILD)/rapporteur

help:
	@echo "make            build $(BUILD)/rapporteur"
	@echo "make demo       install what is missing, build, write the example monitor to out/"
	@echo "make check      build and run every test"
	@echo "make layers     check what each folder includes, phrases and number formats only in words/, no new cycle"
	@echo "make sanitize   the whole suite under AddressSanitizer and UBSan"
	@echo "make memcheck   the end-to-end tests under valgrind"
	@echo "make bench      benchmarks (tabulate on 5 million rows, report, charts)"
	@echo "make fuzz       libFuzzer harnesses (FUZZ_SECONDS=N each)"
	@echo "make property   random projects: what validate accepts, report writes (PROPERTY_RUNS=N)"
	@echo "make install    PREFIX=$(PREFIX): binary, man pages and bash completion"

$(BUILD)/config.mk: tools/deps.sh
	@mkdir -p $(BUILD)
	RP_DEPS_INSTALL=$(DEPS_INSTALL) RP_DEPS_TEST=$(DEPS_TEST) sh tools/deps.sh > $@.tmp
	mv $@.tmp $@

# VERSION is compiled into the binary and the reports: a new version rebuilds
$(BUILD)/%.o: %.c $(BUILD)/config.mk VERSION
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/tests/%.o: tests/%.c $(BUILD)/config.mk VERSION
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(ALL_CFLAGS) $(CHECK_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/librapporteur.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

# The example monitor is compiled into the binary so that `init` works anywhere.
$(BUILD)/embed: tools/embed.c
	@mkdir -p $(BUILD)
	$(CC) $(WARN) -O1 $< -o $@

$(BUILD)/example_data.c: $(BUILD)/embed $(EXAMPLE_FILES)
	$(BUILD)/embed datasets/example $(EXAMPLE_FILES) > $@

$(BUILD)/example_data.o: $(BUILD)/example_data.c
	$(CC) $(WARN) $(CFLAGS) $(SANFLAGS) -I. -c $< -o $@

$(BUILD)/rapporteur: $(CLI_OBJ) $(BUILD)/librapporteur.a
	$(CC) $(ALL_LDFLAGS) $(CLI_OBJ) $(BUILD)/librapporteur.a $(PKG_LIBS) -o $@

$(BUILD)/check_rapporteur: $(TEST_OBJ) $(BUILD)/librapporteur.a
	$(CC) $(ALL_LDFLAGS) $(TEST_OBJ) $(BUILD)/librapporteur.a $(PKG_LIBS) $(CHECK_LIBS) -o $@

# Check's summary line is the last line of the run. The accessibility test drives Debian's
# Chromium with axe-core through puppeteer-core, from npm at the versions of package-lock.json.
# The folders' rules (tools/layers.sh): includes by folder, phrases and number formats only in
# words/, no new include cycle. make check runs it first, so its summary line stays the last.
layers:
	@sh tools/layers.sh

check: $(BUILD)/rapporteur $(BUILD)/check_rapporteur $(BUILD)/genproject
	@sh tools/layers.sh
	@RP_DEPS_INSTALL=1 RP_DEPS_TEST=1 sh tools/deps.sh > /dev/null
	@$(MAKE) --no-print-directory tests/axe/node_modules/.installed
	RP_BIN=$(abspath $(BUILD)/rapporteur) RP_TOP=$(CURDIR) \
	RP_GENPROJECT=$(abspath $(BUILD)/genproject) $(BUILD)/check_rapporteur

# Random projects for the property that what validate accepts, report writes (fuzz/).
$(BUILD)/genproject: fuzz/genproject.c
	@mkdir -p $(BUILD)
	$(CC) $(WARN) -O2 $< -o $@

# make property PROPERTY_RUNS=N [PROPERTY_FIRST=S] [PROPERTY_WITHOUT=feature,...]: N random
# projects through validate and report (fuzz/property.sh); failures keep their project in
# build/property/SEED.
PROPERTY_RUNS ?= 100
PROPERTY_FIRST ?= 1
PROPERTY_WITHOUT ?=
property: $(BUILD)/rapporteur $(BUILD)/genproject
	sh fuzz/property.sh $(abspath $(BUILD)/rapporteur) $(abspath $(BUILD)/genproject) \
	    $(BUILD)/property $(PROPERTY_FIRST) $(PROPERTY_RUNS) "$(PROPERTY_WITHOUT)"

tests/axe/node_modules/.installed: tests/axe/package.json tests/axe/package-lock.json
	cd tests/axe && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Sanitized code runs several times slower: Check's time limits are stretched to match.
sanitize:
	LSAN_OPTIONS=suppressions=$(CURDIR)/tools/lsan.supp:print_suppressions=0 \
	CK_TIMEOUT_MULTIPLIER=4 \
	$(MAKE) BUILD=build/san CFLAGS="-O1 -g" WERROR=-Werror \
	    SANFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	    check

# Every run of the binary in these suites goes through valgrind (tests/helpers.c), some 20
# times slower: Check's time limits are stretched to match. The reports suite takes about
# seven minutes of it, so CI runs only e2e.
MEMCHECK_SUITES ?= e2e reports
memcheck: $(BUILD)/rapporteur $(BUILD)/check_rapporteur $(BUILD)/genproject
	RP_DEPS_TOOLS=valgrind sh tools/deps.sh > /dev/null
	for suite in $(MEMCHECK_SUITES); do \
	    RP_BIN=$(abspath $(BUILD)/rapporteur) RP_TOP=$(CURDIR) RP_VALGRIND=1 \
	    RP_GENPROJECT=$(abspath $(BUILD)/genproject) \
	    CK_RUN_SUITE=$$suite CK_DEFAULT_TIMEOUT=600 CK_TIMEOUT_MULTIPLIER=5 \
	    $(BUILD)/check_rapporteur || exit 1; \
	done

# libFuzzer harnesses, built with clang into build/fuzz against a library of their own.
FUZZERS := csv ini recid escape text
FUZZ_SECONDS ?= 60
FUZZ_SAN := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
            -fno-omit-frame-pointer
fuzz:
	RP_DEPS_TOOLS=clang sh tools/deps.sh > /dev/null
	$(MAKE) BUILD=build/fuzz CC=clang CFLAGS="-O1 -g" SANFLAGS="$(FUZZ_SAN)" \
	    $(FUZZERS:%=build/fuzz/fuzz_%)
	sh fuzz/run.sh build/fuzz $(FUZZ_SECONDS) $(FUZZERS)

$(BUILD)/fuzz_%: fuzz/fuzz_%.c $(BUILD)/librapporteur.a
	@echo "  FUZZ    $<"
	@$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer $< $(BUILD)/librapporteur.a $(PKG_LIBS) -o $@

bench: $(BUILD)/rapporteur $(BUILD)/bench_audit
	@RP_DEPS_PG=1 RP_DEPS_INSTALL=1 sh tools/deps.sh > /dev/null
	sh bench/run.sh $(BUILD)/rapporteur

# The disclosure audit timed in the process (bench/audit.c), on generated projects.
$(BUILD)/bench_audit: bench/audit.c $(BUILD)/librapporteur.a
	$(CC) $(ALL_CFLAGS) $< $(BUILD)/librapporteur.a $(PKG_LIBS) -o $@

demo: $(BUILD)/rapporteur
	sh tools/demo.sh $(BUILD)/rapporteur out

# The bash completion goes where bash-completion looks for it on demand.
COMPLETIONS := $(PREFIX)/share/bash-completion/completions
install: $(BUILD)/rapporteur
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	    $(DESTDIR)$(PREFIX)/share/man/man5 $(DESTDIR)$(COMPLETIONS)
	install -m 755 $(BUILD)/rapporteur $(DESTDIR)$(PREFIX)/bin/rapporteur
	install -m 644 man/rapporteur.1 $(DESTDIR)$(PREFIX)/share/man/man1/rapporteur.1
	install -m 644 man/monitor.ini.5 $(DESTDIR)$(PREFIX)/share/man/man5/monitor.ini.5
	install -m 644 cli/rapporteur.bash-completion $(DESTDIR)$(COMPLETIONS)/rapporteur

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/rapporteur $(DESTDIR)$(PREFIX)/share/man/man1/rapporteur.1 \
	    $(DESTDIR)$(PREFIX)/share/man/man5/monitor.ini.5 $(DESTDIR)$(COMPLETIONS)/rapporteur

clean:
	rm -rf build out

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d)
