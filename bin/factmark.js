#!/usr/bin/env node
// The `factmark` command: the CLI bundle built by `npm run build` (run by `npm install`).
require('../dist/node/cli.js');
