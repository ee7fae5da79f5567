import fc from 'fast-check';

/*
 * Changes to JSON values, for property tests that hold two readings of the corpus format (the
 * fast checks and zod) to the same answers on thousands of changed files.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function pathsOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

function at(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, value);
}

// Values that probe each rule: types, blanks and edge white space, ids, codes, dates (real and
// not), enum members, numbers at the edges of the integer rules.
const PROBES: Json[] = [
  null,
  true,
  0,
  -1,
  1,
  1.5,
  2 ** 53,
  '',
  ' ',
  'x',
  ' x',
  'x ',
  'x\n',
  'RU',
  'ZZ',
  'no-one',
  'ru',
  'R',
  'a-b',
  'A-b',
  'a--b',
  '2025-02-28',
  '2025-02-01',
  '2024-02-29',
  '2025-02-29',
  '2025-02',
  '0999-01-01',
  'call',
  'milestone',
  'participant',
  'day',
  'month',
  'year',
  'explicit',
  'weekday',
  'https://example.com/a',
  'HTTPS://EXAMPLE.COM',
  'http:example.com',
  'ftp://example.com',
  'https://exa mple.com',
  '2025',
  '2025-1',
  'stated',
  'ar',
  [],
  {},
  ['x'],
  { ar: 'a', en: 'b', ru: 'c' },
];

type Mutation =
  | { kind: 'set'; target: number; probe: number }
  | { kind: 'sibling'; target: number; from: number }
  | { kind: 'copy'; target: number; from: number }
  | { kind: 'delete'; target: number }
  | { kind: 'extra-key'; target: number }
  | { kind: 'duplicate'; target: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), target: fc.nat(), probe: fc.nat(PROBES.length - 1) }),
  fc.record({ kind: fc.constant('copy' as const), target: fc.nat(), from: fc.nat() }),
  fc.record({ kind: fc.constant('sibling' as const), target: fc.nat(), from: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('extra-key' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), target: fc.nat() }),
);

export function mutate(corpus: Json, m: Mutation): Json {
  const paths = pathsOf(corpus);
  const path = paths[m.target % paths.length]!;
  if (path.length === 0) return m.kind === 'set' ? structuredClone(PROBES[m.probe]!) : corpus;
  const parent = at(corpus, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path.at(-1)!;
  switch (m.kind) {
    case 'set':
      parent[key] = structuredClone(PROBES[m.probe]!);
      break;
    case 'copy':
      parent[key] = structuredClone(at(corpus, paths[m.from % paths.length]!));
      break;
    case 'sibling': {
      // Another field of the same object: end := start, person := country, title := summary…
      const keys = Object.keys(parent);
      parent[key] = structuredClone(parent[keys[m.from % keys.length]!]!);
      break;
    }
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'extra-key': {
      const node = parent[key];
      if (node && typeof node === 'object' && !Array.isArray(node)) node.note = 'x';
      break;
    }
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]!));
      break;
  }
  return corpus;
}

/** Deep equality of JSON values (key order aside). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) => key in b && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
