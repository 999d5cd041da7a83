#!/usr/bin/env node
/**
 * Runs @doyensec/electronegativity over a folder and prints its findings as
 * JSON on stdout: { findings: [{ id, file, line, severity, confidence, sample, manualReview }], errors }.
 *
 * Offline on purpose: the tool fetches translations from the internet at
 * start (and waits up to a second for them); `got` is replaced by a stub that
 * fails at once, so it uses its bundled English strings and no request leaves
 * the machine. Usage: node scripts/electronegativity-scan.cjs <dir> [electronVersion]
 */
'use strict';
const Module = require('node:module');
const path = require('node:path');

const offlineGot = () => Promise.reject(new Error('offline: electronegativity may not use the network'));
const load = Module._load;
Module._load = function loadOffline(request, parent, isMain) {
  return request === 'got' ? offlineGot : load.call(this, request, parent, isMain);
};

async function main() {
  const [input, electronVersion] = process.argv.slice(2);
  if (!input) throw new Error('usage: electronegativity-scan.cjs <dir> [electronVersion]');
  const root = path.resolve(input);
  // The tool logs progress through console.log; stdout must carry only the JSON.
  const log = console.log;
  console.log = (...args) => console.error(...args);
  const run = require('@doyensec/electronegativity');
  const result = await run({
    input: root,
    isRelative: true,
    electronVersionOverride: electronVersion,
    customScan: [],
    // Compares the Electron version with the releases list it downloads; the
    // version is pinned in package.json and upgraded deliberately instead.
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    parserPlugins: [],
  });
  console.log = log;
  const findings = result.issues.map((issue) => ({
    id: issue.id,
    file: path.relative(root, path.resolve(root, issue.file)).split(path.sep).join('/'),
    line: issue.location.line,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    sample: issue.sample,
    manualReview: Boolean(issue.manualReview),
  }));
  const errors = result.errors.map((error) => ({
    file: path.relative(root, error.file).split(path.sep).join('/'),
    message: error.message,
    tolerable: error.tolerable,
  }));
  process.stdout.write(JSON.stringify({ findings, errors }, null, 2) + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
