#!/usr/bin/env node
// The `fsp` command. Node 20 cannot run TypeScript by itself, so the CLI is loaded through tsx's
// API; everything else lives in main.ts.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
