/**
 * Small shapes beside text that already says the same (a state, a direction of change, a sort order, a
 * result), drawn as SVG rather than as symbol characters (● ▲ ▼ ↕ ◌ ◐ ✕ ✓ ❚❚). Noto Sans, the app's
 * first font, has none of those characters: each sent the first paint searching the system's fonts for
 * another (traced on the overview: 5 of its 19 font loads), and a TV browser with few fonts may draw an
 * empty box instead. Decoration only: hidden from assistive technology.
 */
import type { ReactElement } from 'react';

export type MarkShape = 'dot' | 'ring' | 'half' | 'cross' | 'check' | 'pause' | 'up' | 'down' | 'square' | 'sortable';

// Drawn in a 10 × 10 box, in the text's colour.
const SHAPES: Record<MarkShape, ReactElement> = {
  dot: <circle cx="5" cy="5" r="3.5" />,
  ring: <circle cx="5" cy="5" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.2" strokeDasharray="1.8 1.1" />,
  half: (
    <>
      <circle cx="5" cy="5" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.2" />
      <path d="M5 1.5a3.5 3.5 0 0 0 0 7z" />
    </>
  ),
  cross: <path d="M2 2l6 6M8 2l-6 6" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />,
  check: (
    <path d="M1.5 5.5l2.5 2.5 4.5-6" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
  ),
  pause: (
    <>
      <rect x="2" y="1.5" width="2.2" height="7" />
      <rect x="5.8" y="1.5" width="2.2" height="7" />
    </>
  ),
  up: <path d="M5 1.5L9.2 8.5H0.8z" />,
  down: <path d="M5 8.5L0.8 1.5H9.2z" />,
  square: <rect x="2" y="2" width="6" height="6" />,
  sortable: <path d="M5 0.5L8.2 4H1.8zM5 9.5L1.8 6H8.2z" />,
};

export const Mark = ({ shape }: { shape: MarkShape }) => (
  <svg className="mark" viewBox="0 0 10 10" aria-hidden="true" focusable="false" data-shape={shape}>
    {SHAPES[shape]}
  </svg>
);
