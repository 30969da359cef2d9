#!/usr/bin/env node
// The `tsgo` command: registers the TypeScript loader (tsx) and runs the CLI in main.ts, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
