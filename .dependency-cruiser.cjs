/**
 * The layers, lowest first. A module may import its own layer and the layers below it, never
 * one above; nothing may import in a cycle; and only `lib/browser/`, `components/` glue in
 * `entrypoints/` may touch the extension APIs.
 *
 *   model       ids, bilingual text, the report schema
 *   engine      text → terms → context → resolve → detect → report → analyze
 *   helpers     format, extract, page, ext, teacher, export, reader (no extension APIs)
 *   browser     lib/browser: storage, tabs, messaging, the engine host
 *   components  Preact UI (props in, events out; no extension APIs)
 *   entrypoints the extension's pages and scripts
 */
const LAYERS = [
  ['model', '^lib/model/'],
  ['text', '^lib/text/'],
  ['terms', '^lib/terms/'],
  ['context', '^lib/context\\.ts$'],
  ['resolve', '^lib/resolve/'],
  ['detect', '^lib/detect/'],
  ['report', '^lib/report/'],
  ['analyze', '^lib/analyze\\.ts$'],
  ['helpers', '^lib/(format|extract|page|ext|teacher|export|reader)/'],
  ['browser', '^lib/browser/'],
  ['components', '^components/'],
  ['entrypoints', '^entrypoints/'],
];

const upward = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `${name}-imports-upward`,
  comment: `${name} may import only itself and the layers below it`,
  severity: 'error',
  from: { path },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => p) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'modules must not import each other, directly or through others',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'extension-apis-only-in-browser',
      comment: 'only lib/browser and entrypoints talk to the extension APIs (wxt, webextension-polyfill)',
      severity: 'error',
      from: { path: '^(lib|components)/', pathNot: '^lib/browser/' },
      to: { path: 'node_modules/(wxt|@wxt-dev|webextension-polyfill)/' },
    },
    {
      name: 'tests-and-scripts-not-imported',
      severity: 'error',
      from: { path: '^(lib|components|entrypoints)/' },
      to: { path: '^(tests|scripts)/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
