#!/usr/bin/env node
// The language server for any LSP editor: `factmark-language-server --stdio`.
require('../dist/node/server.js');
