#!/usr/bin/env node
// Entry point of the `kg` command: runs the compiled CLI.
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2));
