import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromDayNumber } from './calendar-date.ts';
import { EVENT_TYPES, LANGUAGES } from './corpus-schema.ts';
import {
  DEFAULT_VIEW_STATE,
  LANE_MODES,
  MAX_LIST_ITEMS,
  MAX_QUERY_LENGTH,
  VIEWS,
  VIEW_PARAMS,
  canonicalSearch,
  filtersOf,
  parseViewState,
  reconcileViewState,
  serializeViewState,
  type IgnoredParam,
  type ViewState,
} from './view-state.ts';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

describe('serializeViewState and parseViewState round-trip', () => {
  test.each<[string, ViewState]>([
    ['', view({})],
    ['?lang=ar', view({ lang: 'ar' })],
    ['?country=RU,SY', view({ countries: ['RU', 'SY'] })],
    ['?person=mikhail-bogdanov,vladimir-putin', view({ people: ['mikhail-bogdanov', 'vladimir-putin'] })],
    ['?type=call,milestone', view({ types: ['call', 'milestone'] })],
    ['?q=Lavrov+Damascus', view({ q: 'Lavrov Damascus' })],
    ['?q=%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81', view({ q: 'لافروف' })],
    ['?q=a%2Bb%26c%3Dd,e', view({ q: 'a+b&c=d,e' })],
    ['?from=2024-12-08&to=2025-03-31', view({ from: '2024-12-08', to: '2025-03-31' })],
    ['?from=2025-01-01&to=2025-01-01', view({ from: '2025-01-01', to: '2025-01-01' })],
    ['?to=2025-03-31', view({ to: '2025-03-31' })],
    ['?event=putin-sharaa-call-2025-02-12', view({ event: 'putin-sharaa-call-2025-02-12' })],
    ['?lanes=person', view({ lanes: 'person' })],
    ['?lanes=none&view=list', view({ lanes: 'none', view: 'list' })],
    [
      '?lang=ru&country=RU,SY&person=vladimir-putin&type=meeting&q=gas&from=2025-01-01&to=2025-02-01&event=e1&lanes=person&view=list',
      view({
        lang: 'ru',
        countries: ['RU', 'SY'],
        people: ['vladimir-putin'],
        types: ['meeting'],
        q: 'gas',
        from: '2025-01-01',
        to: '2025-02-01',
        event: 'e1',
        lanes: 'person',
        view: 'list',
      }),
    ],
  ])('%j is the view it serializes from', (search, state) => {
    expect(serializeViewState(state)).toBe(search);
    expect(parseViewState(search)).toEqual({ state, ignored: [] });
  });
});

describe('serializeViewState writes one URL per view', () => {
  test.each<[string, ViewState]>([
    ['leaves every default out', view({ lanes: 'country', view: 'timeline', q: '' })],
    ['sorts and de-duplicates lists', view({ countries: ['SY', 'RU', 'SY'], types: ['statement', 'call'] })],
  ])('%s', (_, state) => {
    const again = serializeViewState(parseViewState(serializeViewState(state)).state);
    expect(serializeViewState(state)).toBe(again);
  });

  test('country=SY,RU and country=RU,SY are the same view', () => {
    expect(parseViewState('?country=SY,RU').state).toEqual(parseViewState('?country=RU,SY').state);
    expect(serializeViewState(view({ countries: ['SY', 'RU', 'SY'] }))).toBe('?country=RU,SY');
  });

  test('parameters come out in the canonical order whatever order they went in', () => {
    const { state } = parseViewState('?view=list&q=x&country=SY&lang=en');
    expect(serializeViewState(state)).toBe('?lang=en&country=SY&q=x&view=list');
  });

  test('HTML in the search text stays text and is encoded', () => {
    const search = serializeViewState(view({ q: '<script>alert(1)</script>' }));
    expect(search).toBe('?q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E');
    expect(parseViewState(search).state.q).toBe('<script>alert(1)</script>');
  });
});

describe('parseViewState accepts what the UI would have written', () => {
  test.each<[string, Partial<ViewState>]>([
    ['?q=a+b', { q: 'a b' }],
    ['?q=a%20b', { q: 'a b' }],
    ['q=no-question-mark', { q: 'no-question-mark' }],
    ['?country=RU%2CSY', { countries: ['RU', 'SY'] }],
    ['?country=RU,,SY,', { countries: ['RU', 'SY'] }],
    ['?country=RU,+SY', { countries: ['RU', 'SY'] }],
    ['?type=call,call', { types: ['call'] }],
    ['?lang=AR', { lang: 'ar' }],
    ['?lang=ru-RU', { lang: 'ru' }],
    ['?lanes=country&view=timeline', {}],
    ['?q=&country=&from=', {}],
    ['?&&lang=en&&', { lang: 'en' }],
    ['?%6Cang=ru', { lang: 'ru' }],
  ])('%j', (search, patch) => {
    expect(parseViewState(search)).toEqual({ state: view(patch), ignored: [] });
  });
});

describe('parseViewState drops what it cannot use, reports it, and keeps the rest', () => {
  test.each<[string, Partial<ViewState>, IgnoredParam[]]>([
    ['?type=party&q=x', { q: 'x' }, [{ param: 'type', value: 'party', reason: 'unknown-value' }]],
    ['?type=call,party', { types: ['call'] }, [{ param: 'type', value: 'party', reason: 'unknown-value' }]],
    [
      '?from=2025-13-45&to=2025-02-01',
      { to: '2025-02-01' },
      [{ param: 'from', value: '2025-13-45', reason: 'malformed-date' }],
    ],
    ['?from=2025-02-30', {}, [{ param: 'from', value: '2025-02-30', reason: 'malformed-date' }]],
    ['?to=yesterday', {}, [{ param: 'to', value: 'yesterday', reason: 'malformed-date' }]],
    [
      '?from=2025-03-01&to=2025-02-01&view=list',
      { view: 'list' },
      [
        { param: 'from', value: '2025-03-01', reason: 'from-after-to' },
        { param: 'to', value: '2025-02-01', reason: 'from-after-to' },
      ],
    ],
    ['?lanes=diagonal', {}, [{ param: 'lanes', value: 'diagonal', reason: 'unknown-value' }]],
    ['?view=map', {}, [{ param: 'view', value: 'map', reason: 'unknown-value' }]],
    ['?lang=fr', {}, [{ param: 'lang', value: 'fr', reason: 'unknown-value' }]],
    ['?type=call&type=meeting', { types: ['call'] }, [{ param: 'type', value: 'meeting', reason: 'repeated' }]],
    [
      '?lang=xx&lang=ru',
      {},
      [
        { param: 'lang', value: 'ru', reason: 'repeated' },
        { param: 'lang', value: 'xx', reason: 'unknown-value' },
      ],
    ],
    ['?utm_source=news&lang=ar', { lang: 'ar' }, [{ param: 'utm_source', value: 'news', reason: 'unknown-parameter' }]],
    ['?Country=RU', {}, [{ param: 'Country', value: 'RU', reason: 'unknown-parameter' }]],
    ['?debug', {}, [{ param: 'debug', value: '', reason: 'unknown-parameter' }]],
    [
      '?country=ru,SYR,SY',
      { countries: ['SY'] },
      [
        { param: 'country', value: 'ru', reason: 'malformed-id' },
        { param: 'country', value: 'SYR', reason: 'malformed-id' },
      ],
    ],
    ['?person=Vladimir_Putin', {}, [{ param: 'person', value: 'Vladimir_Putin', reason: 'malformed-id' }]],
    ['?event=../../etc', {}, [{ param: 'event', value: '../../etc', reason: 'malformed-id' }]],
    ['?q=%E0%A4%A&lang=ru', { lang: 'ru' }, [{ param: 'q', value: '%E0%A4%A', reason: 'malformed-encoding' }]],
    ['?%ZZ=1', {}, [{ param: '%ZZ', value: '1', reason: 'malformed-encoding' }]],
    [
      '?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&view=%3Cb%3E',
      { q: '<img src=x onerror=alert(1)>' },
      [{ param: 'view', value: '<b>', reason: 'unknown-value' }],
    ],
  ])('%j', (search, patch, ignored) => {
    const result = parseViewState(search);
    expect(result.state).toEqual(view(patch));
    expect(result.ignored).toEqual(expect.arrayContaining(ignored));
    expect(result.ignored).toHaveLength(ignored.length);
  });

  test(`cuts the search text at ${MAX_QUERY_LENGTH} characters and reports the cut`, () => {
    const long = 'ж'.repeat(100_000);
    const result = parseViewState(`?q=${encodeURIComponent(long)}`);
    expect(result.state.q).toBe('ж'.repeat(MAX_QUERY_LENGTH));
    expect(result.ignored).toEqual([{ param: 'q', value: long, reason: 'too-long' }]);
  });

  test('cutting the search text never splits a character in two', () => {
    const result = parseViewState(`?q=${encodeURIComponent('😀'.repeat(MAX_QUERY_LENGTH + 1))}`);
    expect(Array.from(result.state.q)).toHaveLength(MAX_QUERY_LENGTH);
    expect(result.state.q).toBe('😀'.repeat(MAX_QUERY_LENGTH));
  });

  test(`keeps the first ${MAX_LIST_ITEMS} list items and reports the cut`, () => {
    const people = Array.from({ length: 5000 }, (_, i) => `p${String(i).padStart(5, '0')}`);
    const result = parseViewState(`?person=${people.join(',')}`);
    expect(result.state.people).toEqual(people.slice(0, MAX_LIST_ITEMS));
    expect(result.ignored).toEqual([{ param: 'person', value: people.join(','), reason: 'too-long' }]);
  });

  test('a lone surrogate in the search text becomes U+FFFD, which a URL can carry', () => {
    expect(parseViewState('?q=a\uD800b').state.q).toBe('a\uFFFDb');
  });

  test('a huge query string with junk parses, quickly', () => {
    const junk = '&x=%'.repeat(50_000) + '&lang=ru';
    const started = performance.now();
    const result = parseViewState(junk);
    expect(result.state.lang).toBe('ru');
    expect(result.ignored).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('reconcileViewState', () => {
  const known = {
    countries: new Set(['RU', 'SY']),
    people: new Set(['vladimir-putin']),
    events: new Set(['e1']),
  };

  test('drops the ids the corpus does not have and names each one', () => {
    const state = view({ countries: ['RU', 'ZZ'], people: ['nobody', 'vladimir-putin'], event: 'e9', q: 'x' });
    expect(reconcileViewState(state, known)).toEqual({
      state: view({ countries: ['RU'], people: ['vladimir-putin'], q: 'x' }),
      ignored: [
        { param: 'country', value: 'ZZ', reason: 'unknown-country' },
        { param: 'person', value: 'nobody', reason: 'unknown-person' },
        { param: 'event', value: 'e9', reason: 'unknown-event' },
      ],
    });
  });

  test('gives back the same object when every id is known, so memoized readers keep it', () => {
    const state = view({ countries: ['SY'], people: ['vladimir-putin'], event: 'e1' });
    const result = reconcileViewState(state, known);
    expect(result.state).toBe(state);
    expect(result.ignored).toEqual([]);
  });

  test('does not change the state it is given', () => {
    const state = view({ countries: ['ZZ'], event: 'e9' });
    reconcileViewState(state, known);
    expect(state).toEqual(view({ countries: ['ZZ'], event: 'e9' }));
  });
});

test('filtersOf takes the filters and nothing else', () => {
  const state = view({ countries: ['RU'], people: ['p'], types: ['call'], q: 'x', view: 'list', event: 'e1' });
  expect(filtersOf(state)).toEqual({ countries: ['RU'], people: ['p'], types: ['call'], q: 'x' });
});

test('filtersOf gives the same object for a view that differs only in window or selection (zoom frames keep their memos)', () => {
  const first = filtersOf(view({ countries: ['RU'], q: 'x', from: '2025-01-01', to: '2025-02-01' }));
  const zoomed = filtersOf(
    view({ countries: ['RU'], q: 'x', from: '2025-01-10', to: '2025-01-20', event: 'e1' }),
    first,
  );
  expect(zoomed).toBe(first);
  const narrowed = filtersOf(view({ countries: ['RU', 'SY'], q: 'x' }), zoomed);
  expect(narrowed).not.toBe(first);
  expect(narrowed).toEqual({ countries: ['RU', 'SY'], people: [], types: [], q: 'x' });
  const typed = filtersOf(view({ countries: ['RU', 'SY'], q: 'xy' }), narrowed);
  expect(typed).not.toBe(narrowed);
  // A keystroke changes the text alone: the lists keep their identity, and a facet its memo.
  expect(typed.countries).toBe(narrowed.countries);
  expect(typed.people).toBe(narrowed.people);
});

// Arbitraries: query strings made of the pieces a real or hostile link has.
const token = fc.oneof(
  fc.constantFrom(...VIEW_PARAMS, ...LANGUAGES, ...EVENT_TYPES, ...LANE_MODES, ...VIEWS),
  fc.constantFrom('RU', 'SY', 'ru', 'vladimir-putin', '2025-01-31', '2025-13-45', '2024-02-29', 'e1', ''),
  fc.constantFrom('%', '%E0%A4%A', '%C3%A9', '%2C', '%26', '%3D', '+', ',', '<script>', '%00', '%F0%9F%98%80'),
  fc.string(),
  fc.string({ unit: 'binary' }),
  // Lone surrogates: any UTF-16 code unit.
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
);
// Mostly our own keys, so that values reach the code that reads them.
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...VIEW_PARAMS) }, { weight: 1, arbitrary: token });
const value = fc
  .tuple(fc.array(token, { maxLength: 4 }), fc.constantFrom(',', ''))
  .map(([parts, separator]) => parts.join(separator));
const queryString = fc
  .array(fc.tuple(key, fc.constantFrom('=', '', '=='), value), { maxLength: 12 })
  .chain((pairs) =>
    fc.constantFrom('?', '').map((prefix) => prefix + pairs.map(([k, eq, v]) => `${k}${eq}${v}`).join('&')),
  );
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), queryString);

const sortedUnique = <T extends string>(arb: fc.Arbitrary<T>) =>
  fc.uniqueArray(arb, { maxLength: 6 }).map((items) => [...items].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,3}$/);
const date = fc.integer({ min: -300_000, max: 2_900_000 }).map(fromDayNumber);
const validState: fc.Arbitrary<ViewState> = fc
  .record(
    {
      lang: fc.constantFrom(...LANGUAGES),
      countries: sortedUnique(fc.stringMatching(/^[A-Z]{2}$/)),
      people: sortedUnique(slug),
      types: sortedUnique(fc.constantFrom(...EVENT_TYPES)),
      q: fc.string({ unit: 'binary', maxLength: MAX_QUERY_LENGTH }),
      from: date,
      to: date,
      event: slug,
      lanes: fc.constantFrom(...LANE_MODES),
      view: fc.constantFrom(...VIEWS),
    },
    { requiredKeys: ['countries', 'people', 'types', 'q', 'lanes', 'view'] },
  )
  .map((state) => {
    if (state.from && state.to && state.from > state.to) [state.from, state.to] = [state.to, state.from];
    return state;
  })
  .filter((state) => Array.from(state.q).length <= MAX_QUERY_LENGTH);

describe('canonicalSearch: the address bar after a link with parts the view cannot use', () => {
  const canonicalOf = (search: string, own: readonly string[] = []) =>
    canonicalSearch(parseViewState(search).state, search, own);
  test.each([
    ['a huge query is cut', `?q=${'x'.repeat(10_000)}`, `?q=${'x'.repeat(MAX_QUERY_LENGTH)}`],
    ['broken percent-encoding is dropped', '?q=%E0%A4%A&view=list', '?view=list'],
    ['a window whose from is after its to is dropped whole', '?from=2025-03-01&to=2025-01-01&view=list', '?view=list'],
    ['a parameter given twice keeps its first value', '?view=list&view=network&lang=ru&lang=ar', '?lang=ru&view=list'],
    ['unknown parameters go', '?utm_source=chat&country=SY', '?country=SY'],
    ['defaults are left out', '?lanes=country&view=timeline&q=', ''],
    ['parameters come in their canonical order', '?view=list&lang=ru', '?lang=ru&view=list'],
    ['a language tag becomes its language', '?lang=ar-EG', '?lang=ar'],
  ])('%s', (_name, search, canonical) => {
    expect(canonicalOf(search)).toBe(canonical);
  });

  test("the host page's own parameters are kept, once each, after the view's", () => {
    expect(canonicalOf('?n=3000&view=list&n=10&junk=1', ['n'])).toBe('?view=list&n=3000');
    expect(canonicalOf('?n=3000', ['n'])).toBe('?n=3000');
  });

  test('is a fixed point: the canonical form of a canonical link is itself', () => {
    fc.assert(
      fc.property(anyString, (search) => {
        const canonical = canonicalOf(search, ['n']);
        expect(canonicalOf(canonical, ['n'])).toBe(canonical);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('properties', () => {
  test('parseViewState never throws, whatever the string', () => {
    fc.assert(
      fc.property(anyString, (search) => {
        const { state, ignored } = parseViewState(search);
        expect(typeof state.q).toBe('string');
        expect(Array.isArray(ignored)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('serialize(parse(x).state) is a fixed point: it parses back to the same view with nothing ignored', () => {
    fc.assert(
      fc.property(anyString, (search) => {
        const { state } = parseViewState(search);
        const canonical = serializeViewState(state);
        const again = parseViewState(canonical);
        expect(again.state).toEqual(state);
        expect(again.ignored).toEqual([]);
        expect(serializeViewState(again.state)).toBe(canonical);
      }),
      { numRuns: 2000 },
    );
  });

  test('any valid view survives serialize then parse unchanged', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parseViewState(serializeViewState(state))).toEqual({ state, ignored: [] });
      }),
      { numRuns: 1000 },
    );
  });

  test('the URL of a view does not depend on the order of its list values', () => {
    fc.assert(
      fc.property(validState, fc.func(fc.integer()), (state, rank) => {
        const shuffle = <T>(items: T[]) => [...items].sort((a, b) => rank(a) - rank(b));
        const shuffled = { ...state, countries: shuffle(state.countries), people: shuffle(state.people) };
        expect(serializeViewState(shuffled)).toBe(serializeViewState(state));
      }),
    );
  });
});
