# Two commands for people, one for CI:
#   make demo   set up, build, serve the demo at http://127.0.0.1:$(PORT)
#   make test   set up, build, run every test suite: native (ctest, including a benchmark smoke
#               run and the installed CMake package), wasm in Node, browser (Chromium), the npm
#               package in sample apps, the WordPress plugin inside WordPress, sanitizers and
#               bounded fuzzing
PORT ?= 8000

.PHONY: setup native wasm view demo test test-native test-wasm test-browser test-package test-wordpress test-robustness bench clean

setup:
	@bash scripts/setup.sh

native: setup
	cmake --preset native >/dev/null
	cmake --build --preset native

wasm: setup
	NODE_PATH=/usr/share/nodejs cmake --preset wasm >/dev/null
	NODE_PATH=/usr/share/nodejs cmake --build --preset wasm

view: wasm
	node js/build-view.mjs
	node js/build-wordpress.mjs

demo: view
	node scripts/serve.mjs --port $(PORT)

test-native: native
	ctest --preset native

test-wasm: wasm
	NODE_PATH=/usr/share/nodejs ctest --preset wasm

# Two files at a time: a browser test mostly waits on its page, so two share the cores well.
test-browser: view
	node --test --test-concurrency=2 tests/browser/

# npm pack, then the tarball in Vite, webpack, esbuild, Node and CDN-layout sample apps.
test-package: view
	node --test tests/package/

test-robustness: setup
	bash scripts/ci-robustness.sh

# The plugin inside a real WordPress (Debian's wordpress, MariaDB and Apache, installed and
# started by scripts/setup-wordpress.sh for this suite only, on 127.0.0.1:$(WORDPRESS_PORT)).
WORDPRESS_PORT ?= 8765
test-wordpress: view
	WORDPRESS_PORT=$(WORDPRESS_PORT) bash scripts/setup-wordpress.sh
	WORDPRESS_PORT=$(WORDPRESS_PORT) node --test tests/wordpress/

test: test-native test-wasm test-browser test-package test-wordpress test-robustness

bench: native wasm
	bash bench/run.sh

clean:
	rm -rf build dist
