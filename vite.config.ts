import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './src/model/content-security-policy.ts';
import { HEAD_FILE, shardFileName, SKELETON_FILE } from './src/model/corpus-parts.ts';
import { appPreviewTags } from './src/share/share-page.ts';
import { siteUrl } from './src/share/site-url.ts';

/** The corpus as the app loads it (corpus-parts.ts), written by `npm run corpus`; separate assets. */
const CORPUS_DIR = 'src/generated/corpus/';
const CORPUS_HEAD = `${CORPUS_DIR}${HEAD_FILE}`;
/** The pages that load the bundled corpus (and so preload it). */
const CORPUS_PAGES = ['index.html', 'embed.html'];
/**
 * Preloaded with the page: what the first view waits for, the head and the skeleton, and the first
 * shard's texts without their words (the language's are chosen by the page once it runs).
 */
const PRELOADED = [SKELETON_FILE, shardFileName(0)];

function isCorpusFile(path: string): boolean {
  return path.replaceAll('\\', '/').includes(CORPUS_DIR);
}

/** Adds the CSP meta tag to the built page only: the dev server's HMR needs inline scripts. */
function contentSecurityPolicy(): Plugin {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return {
    name: 'tarikh:content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      // Right after the charset (which must come first) and before every script and stylesheet,
      // so that the policy covers them.
      const charset = /<meta charset="[^"]*"\s*\/?>/i;
      if (!charset.test(html)) throw new Error('index.html needs a <meta charset> for the CSP to follow');
      return html.replace(charset, (meta) => `${meta}\n    ${tag}`);
    },
  };
}

/**
 * The app page's link-preview tags (Open Graph, Twitter card, canonical link), made from its own
 * title and description. The card and the absolute addresses need TARIKH_SITE_URL; without it
 * the page has no og:image and no canonical link, which a crawler would only misread relative.
 */
function linkPreview(): Plugin {
  return {
    name: 'tarikh:link-preview',
    apply: 'build',
    transformIndexHtml(html, context) {
      if (!context.path.endsWith('/index.html')) return html;
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
      const description = /<meta\s+name="description"\s+content="([^"]*)"/.exec(html)?.[1];
      if (!title || !description)
        throw new Error('index.html needs a <title> and a meta description for its link preview');
      const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      const tags = appPreviewTags({ title: unescape(title), description: unescape(description) }, siteUrl());
      return html.replace('</title>', `</title>\n    ${tags}`);
    },
  };
}

/**
 * Preloads the hashed corpus head, skeleton and first shard from the built page, so their
 * downloads start with the script's instead of after the script has run. Fails the build if the
 * head is missing.
 */
function preloadCorpus(): Plugin {
  let base = './';
  return {
    name: 'tarikh:preload-corpus',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        // Only the app's pages load the corpus; the benchmark page generates its events.
        if (!CORPUS_PAGES.some((page) => context.path.endsWith(`/${page}`))) return [];
        const emitted = (name: string) =>
          Object.values(context.bundle ?? {}).find(
            (output) =>
              output.type === 'asset' &&
              output.originalFileNames.some((file) => file.replaceAll('\\', '/').endsWith(name)),
          );
        const head = emitted(CORPUS_HEAD);
        if (!head) throw new Error(`${CORPUS_HEAD} was not emitted as an asset: is it imported with ?url?`);
        const others = PRELOADED.map((name) => emitted(`${CORPUS_DIR}${name}`));
        return [head, ...others].flatMap((asset) =>
          asset
            ? [
                {
                  tag: 'link',
                  // crossorigin matches fetch()'s default mode (cors, same-origin credentials); without
                  // it the browser would not reuse the preloaded response and would download twice.
                  attrs: {
                    rel: 'preload',
                    href: assetHref(base, context.path, asset.fileName),
                    as: 'fetch',
                    crossorigin: true,
                  },
                  injectTo: 'head' as const,
                },
              ]
            : [],
        );
      },
    },
  };
}

/**
 * An asset's address as written in a page: under an absolute base, from the site's root; under a
 * relative one (the default), from the page's own folder, so that the build works at any path.
 */
function assetHref(base: string, pagePath: string, fileName: string): string {
  if (base.startsWith('/') || /^[a-z]+:/i.test(base)) return `${base}${fileName}`;
  const depth = pagePath.replace(/^\//, '').split('/').length - 1;
  return `${'../'.repeat(depth) || './'}${fileName}`;
}

/**
 * The installable app: a web app manifest, and a Workbox service worker that precaches the pages,
 * their scripts and styles, the languages, the icons and the bundled corpus, so that a reload
 * without a network shows the events. A new release waits until the reader reloads (the app
 * offers it) or comes back, rather than swapping code under an open page.
 */
function installableApp(): Plugin[] {
  return VitePWA({
    // Registered by the app itself, in a chunk of its own (hooks/register-service-worker.ts): not inline, for the CSP.
    injectRegister: false,
    registerType: 'prompt',
    // The glob below has them already.
    includeManifestIcons: false,
    manifest: {
      // The manifest has one name: in the three scripts, as the page's title has it.
      name: 'Tarikh · تاريخ · Тарих',
      short_name: 'Tarikh',
      description: 'Diplomatic contacts, day by day, as the news reported them, in Arabic, English and Russian.',
      lang: 'en',
      dir: 'ltr',
      id: './',
      start_url: './',
      scope: './',
      display: 'standalone',
      // The page's own colours; index.html gives the dark ones by media query, which a manifest cannot.
      theme_color: '#ffffff',
      background_color: '#fafafa',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,json,bin,svg,png,webmanifest}'],
      // Not the benchmark, and not the share pages (written after this, for link previews).
      // Nor the corpus's source files, which only the Propose page's preview reads (the app has them
      // as its derived corpus).
      globIgnores: ['bench.html', 'assets/bench-*', 'share/**', 'bench-corpus-*/**', 'assets/corpus-source-*'],
      // A link's parameters are the view, not another page: ?lang=ar&event=… is index.html.
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
      // A shard of the bundled corpus, or its skeleton, grows with it.
      maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
    },
  });
}

/** The chunk of everything the app's page needs at start (its entry apart). */
const STARTUP_CHUNK = 'app';

/**
 * The source modules whose chunks run whole on the first view or on the first search and filter,
 * besides the startup chunk: the dense lanes' layout, the canvas's marks, the overview's brush,
 * the texts' reader and the search's store and index files.
 */
const COMPILED_ON_ARRIVAL = [
  'src/model/crowded-lane.ts',
  'src/components/timeline/draw-marks-canvas.ts',
  'node_modules/d3-brush/',
  'src/model/load-texts.ts',
  'src/model/search-store.ts',
  'src/model/search-files.ts',
  'src/hooks/search-files-source.ts',
];
/** V8's explicit compile hint (Chrome 136): the script's functions are all compiled as it arrives. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Marks the chunks above for V8 to compile whole as they arrive. Left lazy, each function is
 * compiled on the page's thread the first time it runs: during the first search's answer, which
 * then waits for it. Compiled on arrival, the work is done off that thread, before anyone waits
 * for it. Other engines read the mark as a comment. Added after minification, which would drop it,
 * and fails the build when a listed module is in no chunk (renamed or moved), which would
 * otherwise go unnoticed. The file's name keeps the hash of its code without the mark: a copy
 * cached with or without it runs the same.
 */
function compileOnArrival(): Plugin {
  return {
    name: 'tarikh:compile-on-arrival',
    apply: 'build',
    // After Vite's own, which puts its preload map at the chunk's head: the mark must come first.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const found = new Set<string>();
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk') continue;
          const ids = output.moduleIds.map((id) => id.replaceAll('\\', '/'));
          const listed = COMPILED_ON_ARRIVAL.filter((module) => ids.some((id) => id.includes(`/${module}`)));
          listed.forEach((module) => found.add(module));
          if (output.name === STARTUP_CHUNK || listed.length > 0) output.code = COMPILE_HINT + output.code;
        }
        const missing = COMPILED_ON_ARRIVAL.filter((module) => !found.has(module));
        if (missing.length > 0) throw new Error(`compile on arrival: no chunk holds ${missing.join(', ')}`);
      },
    },
  };
}

const startup = new Map<string, boolean>();

// The entry itself stays in its own chunk: a chunk runs its modules wherever it is imported, and
// the benchmark page imports the shared one.
const isEntry = (id: string) => id.replaceAll('\\', '/').endsWith('/src/app/main.tsx');

/** True for a module that the app's page imports statically, directly or through others. */
function isStartup(
  id: string,
  context: { getModuleInfo(id: string): { importers: readonly string[] } | null },
): boolean {
  const known = startup.get(id);
  if (known !== undefined) return known;
  startup.set(id, false); // a cycle leads nowhere new
  const answer =
    isEntry(id) || (context.getModuleInfo(id)?.importers ?? []).some((importer) => isStartup(importer, context));
  startup.set(id, answer);
  return answer;
}

export default defineConfig({
  // Relative asset paths: one build works at the site's root and under any sub-path (a project's
  // pages on a code host, a newsroom's /tools/tarikh/), behind any static server.
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    linkPreview(),
    preloadCorpus(),
    compileOnArrival(),
    installableApp(),
  ],
  // Workers as modules, split like the pages: the extraction worker fetches the corpus's own
  // source files (for a preview of drafts with the bundled corpus) only when asked, instead of
  // carrying them all in its script.
  worker: {
    format: 'es',
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => /\/corpus\/(?:articles|annotations)\//.test(id.replaceAll('\\', '/')))
            ? 'assets/corpus-source-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  build: {
    rollupOptions: {
      // The embedded view (embed.html) shares the app's chunk. The benchmark page (bench.html?n=N)
      // is a page of the build too: the app's page loads none of its code, and it is linked from nowhere.
      // The extraction assistant (propose.html) is another, linked from the app's header: it too
      // shares only the app's startup chunk.
      input: { main: 'index.html', embed: 'embed.html', bench: 'bench.html', propose: 'propose.html' },
      output: {
        // Everything the app's page needs at start in one chunk (gzip compresses one file better
        // than a dozen, and it is one request); what it fetches on demand (the list, the network,
        // details, other languages, exports, zod) and what only the benchmark uses stay apart.
        codeSplitting: {
          groups: [{ name: (id, context) => (!isEntry(id) && isStartup(id, context) ? STARTUP_CHUNK : null) }],
        },
      },
    },
    // No modulepreload polyfill: it is one more script on every first view, and a browser without
    // <link rel="modulepreload"> (Firefox before 115, Safari before 17) only loses the hint; the
    // chunks still load through their imports.
    modulePreload: { polyfill: false },
    // Never inline the corpus as a data: URL (small corpora would be): the CSP's connect-src
    // does not allow fetching data: URLs, and the preload needs a file.
    assetsInlineLimit: (path) => (isCorpusFile(path) ? false : undefined),
  },
});
