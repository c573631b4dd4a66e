/**
 * The build's CommonJS wrappers as parenthesised function expressions (vite.config.ts, eagerCommonJs),
 * which V8 compiles off the main thread as the chunk streams in, and nothing else rewritten.
 */
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { eagerCommonJs } from '../../vite.config';

const render = (code: string): string => {
  const hook = eagerCommonJs().renderChunk as (this: unknown, code: string) => { code: string } | null;
  return hook.call({}, code)?.code ?? code;
};

describe('eager CommonJS wrappers', () => {
  it('turns each wrapper, with one parameter or two, into a function expression', () => {
    const chunk = [
      'var require_scheduler = /* @__PURE__ */ __commonJSMin(((exports) => {',
      '  exports.unstable_now = () => performance.now();',
      '}));',
      'var require_react = /* @__PURE__ */ __commonJSMin(((exports, module) => {',
      '  module.exports = require_react_production();',
      '}));',
    ].join('\n');
    const eager = render(chunk);
    expect(eager).toContain('__commonJSMin((function(exports) {\n  exports.unstable_now = () => performance.now();\n}));');
    expect(eager).toContain('__commonJSMin((function(exports, module) {\n  module.exports = require_react_production();\n}));');
    expect(eager).not.toMatch(/__commonJSMin\(\(\(/);
  });

  it('leaves the app’s own arrows alone, and a chunk with no wrapper as it was', () => {
    const app = 'const items = list.map(((item) => {\n  return item.id;\n}));\nuseEffect((() => { this.x = 1; }), []);';
    const plugin: Plugin = eagerCommonJs();
    expect((plugin.renderChunk as (this: unknown, code: string) => unknown).call({}, app)).toBeNull();
    expect(render(`${app}\nvar r = __commonJSMin(((exports) => { exports.a = 1; }));`)).toContain(app);
  });
});
