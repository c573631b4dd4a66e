// The benchmark's instruments inside the page, injected as plain text before any of the page's scripts
// (tests/bench/harness.ts). Plain JavaScript on purpose: code that tsx compiled would carry helper calls
// (`__name`) that do not exist in the page. The static floor page gets the very same instruments.
(() => {
  const marks = {};
  const seen = new Set();
  let monitor = null;

  // The map and charts are "on screen" in the task after the animation frame that shows them, i.e. once the
  // main thread has produced that frame (the headline numbers are timed by their paint, below).
  // Everything is looked for inside an animation frame, just before the browser renders it: a check run
  // from the mutation callback itself asked for style and layout of a half-parsed page (checkVisibility),
  // work the floor's tiny page never paid, and which the frame then did again on the rest of the page.
  /** Calls `then` with the time in the task after the current one: from an animation frame, once it is produced. */
  const afterThisFrame = (then) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(performance.now());
    channel.port2.postMessage(null);
  };
  const onScreenAfterThisFrame = (name) => {
    seen.add(name);
    afterThisFrame((at) => {
      marks[name] = at;
    });
  };

  // The route's headline numbers (set by the harness before this script); the overview's KPI tiles by default.
  const headline = window.__benchHeadline || '[data-testid^="kpi-"]';
  // Only for an element that already shows digits: in a frame about to be rendered it costs no extra layout.
  const visible = (el) => (typeof el.checkVisibility === 'function' ? el.checkVisibility() : true);

  let checkQueued = false;
  const check = () => {
    checkQueued = false;
    // Tagged here, in the frame about to be painted, not from the mutation callback: that ran after every
    // chunk the parser added and searched the whole half-parsed page each time, work the floor's tiny page
    // hardly paid (our first paint came 8–20 ms later with the instrument than without it; the floor's 4 ms).
    // Once the headline's paint is timed there is nothing left to tag.
    if (marks.kpi === undefined) tagHeadlines();
    if (!seen.has('kpi')) {
      let hidden = false;
      for (const el of document.querySelectorAll(headline)) {
        if (!/\d/.test(el.textContent || '')) continue;
        if (visible(el)) {
          frameShowsHeadline();
          break;
        }
        hidden = true;
      }
      // Numbers already in the page but not yet rendered (a panel the browser has yet to find on screen,
      // content-visibility: auto) show without any further change to the DOM: look again next frame.
      if (hidden && !seen.has('kpi')) queueCheck();
    }
    if (!seen.has('map') && document.querySelector('.leaflet-container path')) onScreenAfterThisFrame('map');
    if (!seen.has('chart') && document.querySelector('.recharts-surface, svg[data-exportable]')) onScreenAfterThisFrame('chart');
    if (!seen.has('notFound') && document.querySelector('.not-found')) onScreenAfterThisFrame('notFound');
  };
  const queueCheck = () => {
    if (checkQueued) return;
    checkQueued = true;
    requestAnimationFrame(check);
  };
  // The headline numbers are timed by when the browser painted them (Element Timing: the time the frame
  // that first drew the tagged element's text was presented). The frame-based mark above comes earlier, when
  // the main thread is done with that frame: on our pages raster still took 30–60 ms after it (the floor's,
  // 0–13 ms), the pixels were not there yet. It stands in only where the browser reports no paint time.
  const HEADLINE_TAG = 'bench-headline';
  // Chromium reports a text's paint for the block that lays the text out, not for an inline element
  // around it: the roadmap's numbers, <span>s in table cells, were never reported, and until 2026-12-05
  // that route was timed by the frame-based stand-in. An inline headline is timed through its block.
  const textBlock = (el) => {
    let at = el;
    while (at.parentElement && getComputedStyle(at).display === 'inline') at = at.parentElement;
    return at;
  };
  const tagged = new WeakSet();
  const tagHeadlines = () => {
    for (const el of document.querySelectorAll(headline)) {
      if (tagged.has(el) || !/\d/.test(el.textContent || '')) continue;
      tagged.add(el);
      textBlock(el).setAttribute('elementtiming', HEADLINE_TAG);
    }
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const paintedAt = entry.identifier === HEADLINE_TAG ? entry.renderTime || entry.loadTime : 0;
        if (paintedAt && (marks.kpi === undefined || paintedAt < marks.kpi)) marks.kpi = paintedAt;
      }
    }).observe({ type: 'element', buffered: true });
  } catch {
    // No Element Timing in this browser: the frame-based mark is used.
  }
  const frameShowsHeadline = () => {
    seen.add('kpi');
    afterThisFrame((frameDone) =>
      setTimeout(() => {
        if (marks.kpi === undefined) marks.kpi = frameDone;
      }, 1000),
    );
  };
  new MutationObserver(queueCheck).observe(document, { childList: true, subtree: true, characterData: true });

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
