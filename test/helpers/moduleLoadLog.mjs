// Registered with `node --import` in a child process: prints every project module the process loads
// (one "loaded <url>" line each, on stderr), for tests that check what a thread never loads.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(
      'export async function load(url, context, next) { if (url.startsWith("file:") && !url.includes("/node_modules/")) process.stderr.write("loaded " + url + "\\n"); return next(url, context); }',
    ),
);
