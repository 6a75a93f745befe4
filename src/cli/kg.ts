#!/usr/bin/env node
// The `kg` executable: runs the CLI and exits with the code it returns.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
