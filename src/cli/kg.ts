#!/usr/bin/env node
// The `kg` executable: runs the CLI and exits with the code it returns.
import { main } from './main.js';

// A reader that stops early (`kg statements | head`) is not an error: stop quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
