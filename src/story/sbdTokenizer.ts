/**
 * sbd's sentence tokenizer without sanitize-html. sbd requires sanitize-html at the top of its module
 * (and with it htmlparser2, postcss and their kin: about 30 ms of start-up) for an option storyline never
 * sets (`sanitize: false`, `allowed_tags: false`), so its one source file is loaded here with that
 * dependency replaced, as sbd's own "browser" field does for bundlers. Everything else it requires is
 * its own code, loaded as usual.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { runInThisContext } from 'node:vm';
import type sbdType from 'sbd';

function withoutSanitizer(): typeof sbdType {
  const file = createRequire(import.meta.url).resolve('sbd');
  const local = createRequire(file);
  const sanitizeHtml = () => {
    throw new Error('sbd was loaded without sanitize-html: call it with sanitize and allowed_tags off');
  };
  const source = readFileSync(file, 'utf8');
  const wrapper = runInThisContext(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file }) as (
    exports: object,
    require: (id: string) => unknown,
    module: { exports: object },
    filename: string,
    dirname: string,
  ) => void;
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, (id) => (id === 'sanitize-html' ? sanitizeHtml : local(id)), module, file, dirname(file));
  return module.exports as typeof sbdType;
}

/** Falls back to the ordinary import if sbd's layout ever changes so that the light load fails. */
function load(): typeof sbdType {
  try {
    return withoutSanitizer();
  } catch {
    return createRequire(import.meta.url)('sbd') as typeof sbdType;
  }
}

export const sbd = load();
