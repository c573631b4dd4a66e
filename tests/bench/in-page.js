// The benchmark's instruments inside the page, injected as plain text before any of the page's scripts
// (tests/bench/harness.ts). Plain JavaScript on purpose: code that tsx compiled would carry helper calls
// (`__name`) that do not exist in the page. The static floor page gets the very same instruments.
(() => {
  const marks = {};
  const seen = new Set();
  let monitor = null;

  // "On screen" = the task after the next animation frame, i.e. once the frame showing it was produced.
  const afterPaint = (name) => {
    seen.add(name);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        marks[name] = performance.now();
      };
      channel.port2.postMessage(null);
    });
  };

  // The route's headline numbers (set by the harness before this script); the overview's KPI tiles by default.
  const headline = window.__benchHeadline || '[data-testid^="kpi-"]';
  // Only for an element that already shows digits, so layout is rarely forced.
  const visible = (el) => (typeof el.checkVisibility === 'function' ? el.checkVisibility() : true);

  let recheck = false;
  const check = () => {
    if (!seen.has('kpi')) {
      let hidden = false;
      for (const el of document.querySelectorAll(headline)) {
        if (!/\d/.test(el.textContent || '')) continue;
        if (visible(el)) {
          afterPaint('kpi');
          break;
        }
        hidden = true;
      }
      // Numbers already in the page but not yet rendered (a panel the browser has yet to find on screen,
      // content-visibility: auto) show without any further change to the DOM: look again next frame.
      if (hidden && !seen.has('kpi') && !recheck) {
        recheck = true;
        requestAnimationFrame(() => {
          recheck = false;
          check();
        });
      }
    }
    if (!seen.has('map') && document.querySelector('.leaflet-container path')) afterPaint('map');
    if (!seen.has('chart') && document.querySelector('.recharts-surface, svg[data-exportable]')) afterPaint('chart');
    if (!seen.has('notFound') && document.querySelector('.not-found')) afterPaint('notFound');
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });

  const twoFrames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

  Object.defineProperty(window, '__bench', {
    enumerable: false,
    value: {
      state: () => ({
        marks: { ...marks },
        hasKpiElement: Boolean(document.querySelector(headline)),
        hasMap: Boolean(document.querySelector('.leaflet-container')),
        hasChart: Boolean(document.querySelector('.recharts-wrapper, .recharts-responsive-container, svg[data-exportable]')),
        loadingPage: Boolean(document.querySelector('.page-loading')),
        notFound: Boolean(document.querySelector('.not-found')),
        rendered: Boolean(document.querySelector('#root *, body [data-testid]')),
        hasBenchHook: Boolean(window.fomBench && typeof window.fomBench.refresh === 'function'),
      }),
      twoFrames,
      /** One refresh cycle through the app's handle (src/app/bench-hook.ts), until it is painted. */
      refresh: async () => {
        if (!window.fomBench) throw new Error('the page has no window.fomBench (open it with ?bench)');
        await window.fomBench.refresh();
        await twoFrames();
      },
      /** Counts animation-frame gaps and long tasks until stopMonitor(). */
      startMonitor: () => {
        const m = { gaps: [], longTasks: [], running: true, observer: null };
        monitor = m;
        let last = 0;
        const tick = (t) => {
          m.gaps.push(t - last);
          last = t;
          if (m.running) requestAnimationFrame(tick);
        };
        requestAnimationFrame((t) => {
          last = t;
          requestAnimationFrame(tick);
        });
        try {
          m.observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) m.longTasks.push(entry.duration);
          });
          m.observer.observe({ type: 'longtask' });
        } catch {
          // No Long Tasks API: the trace still gives the longest task.
        }
      },
      stopMonitor: () => {
        if (!monitor) return { gaps: [], longTasks: [] };
        monitor.running = false;
        if (monitor.observer) monitor.observer.disconnect();
        return { gaps: monitor.gaps, longTasks: monitor.longTasks };
      },
    },
  });
})();
