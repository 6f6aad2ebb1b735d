# SPDX-License-Identifier: GPL-3.0-or-later
# A thin wrapper over the CMake presets (see CMakePresets.json). Each target installs missing Debian packages.
PRESET ?= dev
DEMO_DIR := build/demo
DEMO_DB := $(DEMO_DIR)/caredesk-demo.db
DEMO_USER := admin
DEMO_PASSWORD := CareDesk-Demo-2026

.PHONY: all deps build run demo test bench bench-quick asan translations format clean

all: build

deps:
	@packaging/install-debian-deps.sh

build: deps
	cmake --preset $(PRESET)
	cmake --build --preset $(PRESET)

$(DEMO_DB): | build
	@mkdir -p $(DEMO_DIR)
	printf '%s\n%s\n' '$(DEMO_PASSWORD)' '$(DEMO_PASSWORD)' | build/$(PRESET)/bin/caredesk-cli demo --db $(DEMO_DB) --user $(DEMO_USER) --seed 1 > $(DEMO_DIR)/created.txt
	@echo "Demo database: $(DEMO_DB)  user: $(DEMO_USER)  password: $(DEMO_PASSWORD)"

demo: build $(DEMO_DB)

run: demo
	@echo "Sign in as $(DEMO_USER) with password $(DEMO_PASSWORD)"
	build/$(PRESET)/bin/caredesk --db $(DEMO_DB)

test: deps
	cmake --preset ci
	cmake --build --preset ci
	ctest --preset ci --timeout 600

bench: deps
	cmake --preset dev
	cmake --build --preset dev --target caredesk-bench
	build/dev/bin/caredesk-bench

bench-quick: deps
	cmake --preset dev
	cmake --build --preset dev --target caredesk-bench
	build/dev/bin/caredesk-bench --quick

asan: deps
	cmake --preset asan
	cmake --build --preset asan
	ctest --preset asan

translations: deps
	cmake --preset dev
	cmake --build --preset dev --target update_translations

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
