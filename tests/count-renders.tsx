/**
 * A component wrapped in a React Profiler that reports each of its renders: for vi.mock factories that
 * count how often a chart is drawn (import it inside the factory, which vitest hoists above imports).
 */
import { Profiler, type ComponentType } from 'react';

export const withRenderCount =
  <P extends object>(Component: ComponentType<P>, onRender: () => void) =>
  (props: P) => (
    <Profiler id={Component.displayName ?? Component.name} onRender={onRender}>
      <Component {...props} />
    </Profiler>
  );
