// The layout tests run in Node (node:test, node:assert, node:fs): they need Node's types, which
// `tsconfig.json` does not list (its `types` are mocha's, for the browser tests).
/// <reference types="node" />
