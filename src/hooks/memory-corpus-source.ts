import type { CorpusSource } from './corpus-source.ts';

/** A source that serves files held in memory (a corpus made in the page, tests). */
export function memoryCorpusSource(files: ReadonlyMap<string, string | Uint8Array>): CorpusSource {
  const get = (name: string) => {
    const file = files.get(name);
    return file === undefined ? Promise.reject(new Error(`no file "${name}"`)) : Promise.resolve(file);
  };
  return {
    text: async (name) => {
      const file = await get(name);
      return typeof file === 'string' ? file : new TextDecoder().decode(file);
    },
    bytes: async (name) => {
      const file = await get(name);
      const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
      return bytes.slice().buffer;
    },
  };
}
